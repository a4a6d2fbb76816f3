import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatProblem } from '../src/registry/problems.ts';
import { readRegistry } from '../src/registry/read-registry.ts';
import { ROOT } from '../scripts/lib/scratch-project.ts';

export { ROOT };

/** Absolute path of a fixture registry under `tests/fixtures/`. */
export function fixture(name: string): string {
  return path.join(ROOT, 'tests', 'fixtures', name);
}

/** The formatted problems `readRegistry` finds in a fixture registry. */
export async function problemLines(name: string): Promise<string[]> {
  const { problems } = await readRegistry(fixture(name));
  return problems.map(formatProblem);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Time budget for a test that runs commands: each starts a fresh Node (about 1 s when the machine is idle,
 * several times that on a 2-core machine beside a build), and a test may run three or four.
 */
export const COMMAND_TIMEOUT = 60_000;

/** Runs a Node script from the project root with extra environment, capturing its exit code and output. */
export async function runNode(args: readonly string[], env: Record<string, string>): Promise<RunResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as RunResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
