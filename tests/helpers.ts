import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a fixture registry under `tests/fixtures/`. */
export function fixture(name: string): string {
  return path.join(ROOT, 'tests', 'fixtures', name);
}
