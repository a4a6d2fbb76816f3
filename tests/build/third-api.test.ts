import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { knownCodes, resolveText, type CodeIndex } from '../../src/lib/resolve-code.ts';
import { fixture } from '../helpers.ts';
import { buildSite, readPage, removeBuild, type BuildResult } from './build-site.ts';

/**
 * A registry whose third API sends Google's canonical errors (the code under `error.status`, the HTTP status
 * under `error.code`) builds from YAML alone, with its envelope drawn, its search index written, and a
 * pasted body resolved through the published code list as the lookup page resolves it.
 */
describe('a registry with an API of another shape', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite(fixture('three-apis'), { env: { REPOSITORY_URL: 'https://git.example/acme/errors' } });
  });
  afterAll(() => removeBuild(site));

  test('builds its pages, its envelope and its search index', async () => {
    expect(site.code, site.output).toBe(0);
    const page = await readPage(site.outDir, '/cloud/NOT_FOUND/');
    expect(page).toContain('Bucket my-photos-2024 does not exist.');
    const index = await readPage(site.outDir, '/cloud/');
    expect(index).toContain('<code>error.status</code>');
    expect((await readdir(path.join(site.outDir, 'pagefind'))).some((name) => name.startsWith('pagefind-entry'))).toBe(true);
    const exported = JSON.parse(await readPage(site.outDir, '/errors.json'));
    expect(exported.errors).toContainEqual(
      expect.objectContaining({ api: 'cloud', code: 'NOT_FOUND', httpStatus: 404, url: '/cloud/NOT_FOUND/' }),
    );
  });

  test('publishes a code list that resolves its bodies, its messages and its undocumented codes', async () => {
    const index = JSON.parse(await readPage(site.outDir, '/lookup/codes.json')) as CodeIndex;
    const known = knownCodes(index);
    expect(resolveText('{"error":{"code":429,"message":"Quota exceeded.","status":"RESOURCE_EXHAUSTED"}}', index, known)).toMatchObject({
      kind: 'code',
      code: { api: 'cloud', code: 'RESOURCE_EXHAUSTED' },
    });
    expect(resolveText('Bucket holiday-pics does not exist.', index, known)).toMatchObject({ kind: 'code', code: { code: 'NOT_FOUND' } });
    const unknown = resolveText('{"error":{"code":409,"message":"Bucket exists.","status":"ALREADY_EXISTS"}}', index, known);
    expect(unknown).toMatchObject({ kind: 'undocumented', row: { code: 'ALREADY_EXISTS', apis: ['cloud'] } });
    expect(unknown.kind === 'undocumented' && unknown.row.report).toMatch(
      /^https:\/\/git\.example\/acme\/errors\/issues\/new\?title=Undocumented\+code\+ALREADY_EXISTS/,
    );
  });
});
