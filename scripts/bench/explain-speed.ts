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
  const log = path.join(work, 'explain-10mb.log');
  await writeFile(log, mixedLog(10_000_000));
  return [
    ['explain_one_code_seconds', await run(['CATALOG_NO_RESULT'])],
    ['explain_10mb_seconds', await run(['-'], files.with)],
    ['explain_10mb_no_code_seconds', await run(['-'], files.none)],
    ['explain_10mb_log_triage_seconds', await run(['--file', `"${log}"`])],
  ];
}

/**
 * A log of at least `size` characters in the forms applications write (JSON bodies, Sonos arrays,
 * `key=value` pairs, exception text with hyphenated codes, lines naming no code), for the triage figure.
 */
function mixedLog(size: number): string {
  const forms = [
    (i: number) => `${i} WARN ws << [{"namespace":"groupVolume","success":false,"type":"globalError"},{"errorCode":"ERROR_NOT_CAPABLE"}]`,
    (i: number) => `${i} ERROR http 429 {"Error":{"ErrorCode":"TOO_MANY_REQUESTS","Description":"Too many requests"}}`,
    (i: number) => `${i} WARN cloud errorCode=ERROR_COMMAND_FAILED householdId=Sonos_${i}`,
    (i: number) => `${i} ERROR sync GrooveException: COLLECTION-INVALID-ID (track music.${i})`,
    (i: number) => `${i} INFO sync finished batch ${i} with 25 tracks in 118 ms`,
  ];
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = forms[i % forms.length]!(i);
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}
