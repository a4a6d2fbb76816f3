import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { COMMAND_TIMEOUT, fixture, ROOT, runNode } from '../../helpers.ts';

const LOG = `2026-03-01 10:00:00 WARN  ws << [{"namespace":"relay","success":false,"type":"globalError"},{"errorCode":"ERR_BUSY"}]
2026-03-01 10:00:01 ERROR http 404 {"error":{"code":404,"message":"Bucket b-1 does not exist.","status":"NOT_FOUND"}}
2026-03-01 10:00:02 WARN  retry errorCode=ERR_BUSY
2026-03-01 10:00:03 ERROR http 409 {"Error":{"ErrorCode":"ORDER_LOCKED","Description":"Locked."}}
2026-03-01 10:00:04 WARN  OrderException: order-not-found | id=ord_77
`;

describe('npm run explain on a log', { timeout: COMMAND_TIMEOUT }, () => {
  test('prints the same Markdown table for --file and standard input: each code once, its count and first line', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'explain-'));
    try {
      const file = path.join(folder, 'app.log');
      await writeFile(file, LOG);
      const env = { REGISTRY_DIR: fixture('three-apis'), SITE_URL: 'https://errors.example' };
      const fromFile = await runNode(['scripts/explain.ts', '--file', file], env);
      const fromStdin = await promisify(execFile)('sh', ['-c', `"${process.execPath}" scripts/explain.ts < "${file}"`], {
        cwd: ROOT,
        env: { ...process.env, ...env },
      });
      expect(fromFile.code).toBe(0);
      expect(fromStdin.stdout).toBe(fromFile.stdout);
      expect(fromFile.stdout.split('\n').slice(0, 8)).toEqual([
        '4 codes found in the input, 1 of them undocumented; 5 lines name them.',
        '',
        '| Code | API | Lines | First line | First occurrence |',
        '| --- | --- | ---: | ---: | --- |',
        '| [ERR_BUSY](https://errors.example/relay/ERR_BUSY/) | Relay Command API | 2 | 1 | `2026-03-01 10:00:00 WARN  ws << [{"namespace":"relay","success":false,"type":"globalError"},{"errorCode":"ERR_BUSY"}]` |',
        '| [NOT_FOUND](https://errors.example/cloud/NOT_FOUND/) | Cloud Canonical API | 1 | 2 | `2026-03-01 10:00:01 ERROR http 404 {"error":{"code":404,"message":"Bucket b-1 does not exist.","status":"NOT_FOUND"}}` |',
        '| ORDER_LOCKED (undocumented) | Shop REST API | 1 | 4 | `2026-03-01 10:00:03 ERROR http 409 {"Error":{"ErrorCode":"ORDER_LOCKED","Description":"Locked."}}` |',
        '| [ORDER_NOT_FOUND](https://errors.example/shop/ORDER_NOT_FOUND/) | Shop REST API | 1 | 5 | `2026-03-01 10:00:04 WARN  OrderException: order-not-found ¦ id=ord_77` |',
      ]);
      expect(fromFile.stdout).toContain(
        'ORDER_LOCKED is not documented here, but it arrived in the envelope of the Shop REST API (line 4).',
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('refuses --file without a file, and names a file it cannot read', async () => {
    expect((await runNode(['scripts/explain.ts', '--file'], {})).code).toBe(1);
    const missing = await runNode(['scripts/explain.ts', '--file', '/nonexistent/app.log'], {});
    expect(missing).toMatchObject({ code: 1, stderr: 'npm run explain: cannot read /nonexistent/app.log: ENOENT\n' });
  });
});
