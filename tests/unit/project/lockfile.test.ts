import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../../helpers.ts';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

test('package-lock.json records every optional dependency, so npm ci accepts it (run `npm run lock` if not)', () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
      if (!(nested in lock.packages) && !(`node_modules/${name}` in lock.packages)) missing.push(`${name} (of ${location || 'the project'})`);
    }
  }
  expect(missing, 'npm ci will refuse this lockfile; run `npm run lock` and commit package-lock.json').toEqual([]);
});
