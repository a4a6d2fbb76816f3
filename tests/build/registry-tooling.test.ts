import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/registry/problems.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { ROOT, fixture } from '../helpers.ts';
import { releaseSite, sharedSite, type SharedSite } from '../shared-sites.ts';
import { buildSite, readPage, removeBuild } from './build-site.ts';

describe('codes at every stage of their life', () => {
  let site: SharedSite;
  beforeAll(async () => {
    site = await sharedSite('lifecycle');
  });
  afterAll(() => releaseSite(site));

  test('a deprecated code shows a banner with its reason and successor', async () => {
    expect(site.code, site.output).toBe(0);
    const html = await readPage(site.outDir, '/shop/PARTIAL_ORDER_LIST/');
    expect(html).toContain('Deprecated: still sent, but on its way out');
    expect(html).toContain('The order list now pages its results, so partial lists are no longer sent.');
    expect(html).toMatch(/Use instead: <a href="\/shop\/ORDER_NOT_FOUND\/"><code>ORDER_NOT_FOUND<\/code><\/a>/);
  });

  test('a retired code keeps its page, saying prominently that it is retired and why', async () => {
    const html = await readPage(site.outDir, '/shop/ORDER_LOCKED/');
    expect(html).toContain('Retired: the API no longer sends this code');
    expect(html).toContain('Orders are no longer locked while they are edited, so this error is never sent.');
    expect(html).not.toContain('http-equiv="refresh"');
  });

  test("a renamed code's old URL leads to the new one, with and without JavaScript", async () => {
    const html = await readPage(site.outDir, '/shop/SERVICE_OVERLOADED/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/shop/SERVER_BUSY/">');
    expect(html).toMatch(/Renamed to <a href="\/shop\/SERVER_BUSY\/"><code>SERVER_BUSY<\/code><\/a>/);
  });

  test('_redirects sends the URL of each renamed code, and only those, to its successor with a 301', async () => {
    expect(await readPage(site.outDir, '/_redirects')).toBe(
      '# Renamed codes: the old URL redirects to the new one. Generated at build time from the registry.\n/shop/SERVICE_OVERLOADED/ /shop/SERVER_BUSY/ 301\n',
    );
  });

  test('the index lists retired codes apart from the current ones', async () => {
    const html = await readPage(site.outDir, '/shop/');
    const [current, retired] = html.split('id="retired"');
    expect(retired).toContain('href="/shop/ORDER_LOCKED/"');
    expect(retired).toContain('href="/shop/SERVICE_OVERLOADED/"');
    expect(current).not.toContain('href="/shop/ORDER_LOCKED/"');
    expect(current).toContain('href="/shop/PARTIAL_ORDER_LIST/"');
    expect(current).toMatch(/PARTIAL_<wbr>ORDER_<wbr>LIST<\/code><\/a>\s*<span class="badge lifecycle-deprecated">deprecated<\/span>/);
  });

  test('each code page links to its file in the configured repository', async () => {
    const html = await readPage(site.outDir, '/shop/ORDER_LOCKED/');
    expect(html).toContain('href="https://git.example/acme/errors/edit/main/tests/fixtures/lifecycle/shop/ORDER_LOCKED.yaml"');
  });
});

describe('a broken registry', async () => {
  const fixtures = (await readdir(path.join(ROOT, 'tests', 'fixtures'))).filter(
    (name) => name.startsWith('broken-') && name !== 'broken-duplicate-code',
  );

  test.concurrent.each(fixtures)('%s is refused by the build with the lines npm run check prints', async (name) => {
    const { problems } = await readRegistry(fixture(name));
    expect(problems.length).toBeGreaterThan(0);
    const result = await buildSite(fixture(name));
    expect(result.code).toBe(1);
    for (const problem of problems) expect(result.output).toContain(formatProblem(problem));
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    // Astro's own hint for browser globals must not replace the registry's, whatever words the text holds.
    expect(result.output).not.toContain('Browser APIs');
    expect(result.output).toContain('Fix each line above, then run `npm run check`');
    expect(await readdir(result.outDir)).toEqual([]);
    await removeBuild(result);
  });
});
