import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Wall seconds of `npm run explain` (node scripts/explain.ts, as npm runs it) on 10 MB of standard input:
 * a partial-failure body whose top-level code comes last, and the same size naming no code. The time of
 * explaining one code is printed beside them, so the cost of the input itself can be read off.
 */
export async function benchExplain(root: string, work: string): Promise<Array<[string, string]>> {
  const items = Array.from({ length: 160_000 }, (_, i) => ({ Id: `music.${i}`, Name: `Track ${i} of a long list` }));
  const withCode = JSON.stringify({
    TrackActionResults: [{ Id: 'music.0', Error: { ErrorCode: 'COLLECTION_INVALID_ID' } }],
    Items: items,
    Error: { ErrorCode: 'COLLECTION_SOME_OPERATIONS_FAILED' },
  }).padEnd(10_000_000, ' ');
  const noCode = JSON.stringify({ Items: items }).padEnd(10_000_000, ' ');
  const files = { with: path.join(work, 'explain-10mb.json'), none: path.join(work, 'explain-10mb-no-code.json') };
  await writeFile(files.with, withCode);
  await writeFile(files.none, noCode);

  const run = async (args: string[], stdin?: string) => {
    const started = performance.now();
    await promisify(execFile)(
      'sh',
      ['-c', `"${process.execPath}" scripts/explain.ts ${args.join(' ')}${stdin ? ` < "${stdin}"` : ''} > /dev/null 2>&1 || true`],
      { cwd: root },
    );
    return ((performance.now() - started) / 1000).toFixed(2);
  };
  return [
    ['explain_one_code_seconds', await run(['CATALOG_NO_RESULT'])],
    ['explain_10mb_seconds', await run(['-'], files.with)],
    ['explain_10mb_no_code_seconds', await run(['-'], files.none)],
  ];
}
