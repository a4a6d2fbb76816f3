import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { COMMAND_TIMEOUT, fixture, ROOT, runNode } from '../../helpers.ts';

/** The parts of a registry file that explain prints, as written in the file. */
interface RegistryText {
  summary: string;
  causes: { text: string; inferred?: boolean }[];
  troubleshooting: { text: string; inferred?: boolean }[];
}

let registry: string;
beforeEach(async () => {
  registry = path.join(await mkdtemp(path.join(tmpdir(), 'registry-')), 'registry');
  await cp(fixture('broken-published-unrecorded'), registry, { recursive: true });
});
afterEach(() => rm(path.dirname(registry), { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => runNode([`scripts/${script}.ts`, ...args], { REGISTRY_DIR: registry });

describe('npm run urls', { timeout: COMMAND_TIMEOUT }, () => {
  test('records every code, keeps what was listed, and then the check passes', async () => {
    expect((await run('check')).code).toBe(1);
    const result = await run('urls');
    expect(result.stdout).toBe(`${registry}/_published-urls.txt: 2 URLs, 1 newly recorded.\n`);
    expect((await readFile(path.join(registry, '_published-urls.txt'), 'utf8')).split('\n').filter((line) => line.startsWith('/'))).toEqual(
      ['/shop/ORDER_NOT_FOUND/', '/shop/SERVER_BUSY/'],
    );
    expect((await run('check')).code).toBe(0);
  });
});

describe('npm run new', { timeout: COMMAND_TIMEOUT }, () => {
  test('scaffolds a file, records its URL, and the check then lists each field still to write', async () => {
    await run('urls');
    const result = await run('new', 'shop', 'ORDER_EXPIRED', '--category', 'orders', '--status', '410');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created ${registry}/shop/ORDER_EXPIRED.yaml.`);
    const text = await readFile(path.join(registry, 'shop', 'ORDER_EXPIRED.yaml'), 'utf8');
    expect(text).toContain('httpStatus: 410');
    expect(await readFile(path.join(registry, '_published-urls.txt'), 'utf8')).toContain('/shop/ORDER_EXPIRED/');
    const check = await run('check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('shop/ORDER_EXPIRED.yaml:7: summary: still holds the text `npm run new` put there');
    expect(check.stderr).not.toContain('not recorded');
  });

  test('refuses a code that exists, in any letter case, and writes nothing', async () => {
    const shop = path.join(registry, 'shop', '_api.yaml');
    await writeFile(
      shop,
      (await readFile(shop, 'utf8')).replace('codePattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"', 'codePattern: "^[A-Za-z_]+$"'),
    );
    const before = await readFile(path.join(registry, 'shop', 'ORDER_NOT_FOUND.yaml'), 'utf8');
    for (const code of ['ORDER_NOT_FOUND', 'order_not_found']) {
      const result = await run('new', 'shop', code);
      expect(result).toMatchObject({
        code: 1,
        stderr: `npm run new: ${registry}/shop/ORDER_NOT_FOUND.yaml already exists; nothing was written.\n`,
      });
    }
    expect(await readdir(path.join(registry, 'shop'))).toEqual(['ORDER_NOT_FOUND.yaml', 'SERVER_BUSY.yaml', '_api.yaml']);
    expect(await readFile(path.join(registry, 'shop', 'ORDER_NOT_FOUND.yaml'), 'utf8')).toBe(before);
  });

  test('refuses an unknown API, a malformed code, an unknown category and a status that does not exist', async () => {
    expect((await run('new', 'billing', 'ORDER_EXPIRED')).stderr).toBe(
      `npm run new: no API "billing" with a valid _api.yaml in ${registry} (APIs: shop).\n`,
    );
    expect((await run('new', 'shop', 'order-expired')).stderr).toBe(
      'npm run new: "order-expired" breaks the code format of Shop REST API: codes match ^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$.\n',
    );
    expect((await run('new', 'shop', 'ORDER_EXPIRED', '--category', 'billing')).stderr).toContain('no category "billing"');
    expect((await run('new', 'shop', 'ORDER_EXPIRED', '--status', '499')).stderr).toBe(
      'npm run new: "499" is not a registered HTTP status.\n',
    );
    expect((await run('new', 'shop')).code).toBe(1);
  });
});

describe('npm run explain', { timeout: COMMAND_TIMEOUT }, () => {
  test('explains the code of a pasted payload: summary, causes, steps and URL', async () => {
    const result = await runNode(['scripts/explain.ts', '{"Error":{"ErrorCode":"too_many_requests"}}'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^TOO_MANY_REQUESTS · Groove Service REST API · Server errors · HTTP 429 Too Many Requests · Retry with backoff\n/,
    );
    // The prose is the registry's to change: the file says what explain must print, basis mark included.
    const entry = parse(await readFile(path.join(ROOT, 'registry', 'groove', 'TOO_MANY_REQUESTS.yaml'), 'utf8')) as RegistryText;
    const line = ({ text, inferred }: RegistryText['causes'][number]) => `${text}${inferred === true ? ' (inferred)' : ''}`;
    expect(result.stdout).toContain(`${entry.summary}\n`);
    expect(result.stdout).toContain(`Causes\n  - ${line(entry.causes[0]!)}\n`);
    expect(result.stdout).toContain(`What to do\n  1. ${line(entry.troubleshooting[0]!)}\n`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('http://localhost:4321/groove/TOO_MANY_REQUESTS/');
  });

  test('refuses to answer from a registry with problems, printing the lines npm run check prints', async () => {
    const result = await runNode(['scripts/explain.ts', 'ORDER_NOT_FOUND'], { REGISTRY_DIR: fixture('broken-alias-bomb') });
    const check = await runNode(['scripts/check.ts'], { REGISTRY_DIR: fixture('broken-alias-bomb') });
    const problemLine = check.stderr.split('\n')[0]!;
    expect(problemLine).toContain('broken-alias-bomb/shop/ORDER_NOT_FOUND.yaml:38:');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`${problemLine}\n\nnpm run explain: the registry has 1 problem; fix them (npm run check) first.\n`);
  });

  test('exits 1 with a clear message and the nearest codes when nothing matches', async () => {
    const result = await runNode(['scripts/explain.ts', 'ERROR_NOT_CAPABEL'], {});
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'No documented code found in the input.\nDid you mean: ERROR_NOT_CAPABLE (sonos-control)?\n',
    });
  });
});

describe('npm run schema', { timeout: COMMAND_TIMEOUT }, () => {
  test('writes the editor schemas the check then accepts', async () => {
    await run('urls');
    const result = await run('schema');
    expect(result.stdout).toBe(`${registry}/_schemas: wrote api.schema.json, error-entry.schema.json, shop.schema.json.\n`);
    expect((await run('check')).code).toBe(0);
  });
});
