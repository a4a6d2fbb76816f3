import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/registry/problems.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { ROOT, fixture } from '../helpers.ts';
import { buildSite, escapeHtml, readPage, type BuildResult } from './build-site.ts';

/**
 * The registry as an author wrote it, read with the yaml package alone: the oracle the built site is
 * compared with, independent of the site's own reader.
 */
async function readRegistryFiles(dir: string) {
  const apis = (await readdir(dir)).sort();
  const codes = [];
  const names: Record<string, { name: string; categories: Record<string, string> }> = {};
  for (const api of apis) {
    const definition = parse(await readFile(path.join(dir, api, '_api.yaml'), 'utf8'));
    names[api] = {
      name: definition.name,
      categories: Object.fromEntries(definition.categories.map((c: { id: string; name: string }) => [c.id, c.name])),
    };
    for (const file of (await readdir(path.join(dir, api))).filter((name) => name !== '_api.yaml').sort()) {
      codes.push({ api, ...parse(await readFile(path.join(dir, api, file), 'utf8')) });
    }
  }
  return { apis, names, codes };
}

/** Page text with attribute values removed, so what is left is markup and text nodes only. */
const withoutAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

describe('the built site', () => {
  let site: BuildResult;
  let registry: Awaited<ReturnType<typeof readRegistryFiles>>;

  beforeAll(async () => {
    site = await buildSite(path.join(ROOT, 'registry'));
    registry = await readRegistryFiles(path.join(ROOT, 'registry'));
  });
  afterAll(() => rm(site.outDir, { recursive: true, force: true }));

  test('builds without errors', () => {
    expect(site.code, site.output).toBe(0);
  });

  test('exports every registry code in /errors.json, exactly as the contract shapes it', async () => {
    const exported = JSON.parse(await readPage(site.outDir, '/errors.json'));
    expect(exported.apis).toEqual(
      registry.apis.map((id) => ({ id, name: registry.names[id]?.name, url: `/${id}/` })),
    );
    const expected = registry.codes.map((entry) => ({
      api: entry.api,
      code: entry.code,
      category: registry.names[entry.api]?.categories[entry.category],
      httpStatus: entry.httpStatus,
      summary: entry.summary,
      url: `/${entry.api}/${entry.code}/`,
      status: entry.status,
    }));
    const byKey = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect([...exported.errors].sort(byKey)).toEqual(expected.sort(byKey));
    expect(exported.errors).toHaveLength(52);
  });

  test("exports each API's part at /<api>/errors.json", async () => {
    const whole = JSON.parse(await readPage(site.outDir, '/errors.json'));
    for (const api of registry.apis) {
      const part = JSON.parse(await readPage(site.outDir, `/${api}/errors.json`));
      expect(part.apis.map((entry: { id: string }) => entry.id)).toEqual([api]);
      expect(part.errors).toEqual(whole.errors.filter((error: { api: string }) => error.api === api));
    }
  });

  test('gives every code a page at its contract URL with its facts, linked from its API index', async () => {
    const { errors } = JSON.parse(await readPage(site.outDir, '/errors.json'));
    const indexes = new Map<string, string>();
    for (const api of registry.apis) indexes.set(api, await readPage(site.outDir, `/${api}/`));

    for (const error of errors) {
      const html = await readPage(site.outDir, error.url);
      expect(html).toContain(`<code>${error.code}</code></h1>`);
      expect(html).toContain(escapeHtml(error.summary));
      expect(html).toContain(`>${escapeHtml(error.category)}</a>`);
      expect(html).toContain(error.httpStatus === null ? '>None</span>' : `<span class="http-status">${error.httpStatus} `);
      expect(html).toContain(`href="/${error.api}/"`);
      expect(indexes.get(error.api)).toContain(`href="${error.url}"`);
    }
  });

  test('links each code page to the upstream reference of its API', async () => {
    expect(await readPage(site.outDir, '/groove/CATALOG_NO_RESULT/')).toContain(
      'href="https://docs.microsoft.com/en-us/groove/groove-service-rest-reference/json-error"',
    );
    expect(await readPage(site.outDir, '/sonos-control/ERROR_NOT_CAPABLE/')).toContain(
      'href="https://docs.sonos.com/docs/globalerror"',
    );
  });

  test('groups each API index by category, in the order _api.yaml lists them', async () => {
    const html = await readPage(site.outDir, '/groove/');
    const headings = [...html.matchAll(/<h2 id="([a-z-]+)-heading">/g)].map((match) => match[1]);
    expect(headings).toEqual(['input-validation', 'authentication', 'catalog', 'collection', 'discovery', 'streaming', 'subscription', 'server']);
  });

  test('shows both APIs with their code counts on the home page, with search and lookup forms', async () => {
    const html = await readPage(site.outDir, '/');
    expect(html).toContain('44 codes in 8 categories');
    expect(html).toContain('8 codes in 1 category');
    expect(html).toContain('action="/search/"');
    expect(html).toContain('action="/lookup/"');
  });

  test('indexes exactly the code pages for search, with the contract filters', async () => {
    const entry = JSON.parse(await readPage(site.outDir, '/pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(52);
    const html = await readPage(site.outDir, '/groove/CATALOG_NO_RESULT/');
    expect(html).toContain('data-pagefind-filter="api:groove"');
    expect(html).toContain('data-pagefind-filter="category"');
    expect(html).toContain('data-pagefind-filter="httpStatus:404"');
    const sonos = await readPage(site.outDir, '/sonos-control/ERROR_INVALID_SYNTAX/');
    expect(sonos).not.toContain('data-pagefind-filter="httpStatus');
  });

  test('ships no JavaScript on home, index and code pages', async () => {
    for (const page of ['/', '/groove/', '/sonos-control/', '/groove/TOO_MANY_REQUESTS/', '/sonos-control/ERROR_NOT_CAPABLE/']) {
      expect(await readPage(site.outDir, page)).not.toMatch(/<script/i);
    }
  });
});

describe('a build of another registry through REGISTRY_DIR', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite(fixture('valid'));
  });
  afterAll(() => rm(site.outDir, { recursive: true, force: true }));

  test('publishes that registry instead of the project one', async () => {
    expect(site.code, site.output).toBe(0);
    const exported = JSON.parse(await readPage(site.outDir, '/errors.json'));
    expect(exported.errors.map((error: { url: string }) => error.url)).toEqual([
      '/relay/ERR_TIMEOUT/',
      '/shop/ORDER_NOT_FOUND/',
      '/shop/PARTIAL_ORDER_LIST/',
      '/shop/SERVER_BUSY/',
    ]);
    expect(existsSync(path.join(site.outDir, 'groove'))).toBe(false);
  });

  test('renders markup in registry text as text', async () => {
    const html = await readPage(site.outDir, '/shop/SERVER_BUSY/');
    expect(html).toContain('&lt;script&gt;alert(&quot;registry&quot;)&lt;/script&gt; &amp; &lt;b&gt;friends&lt;/b&gt;');
    expect(withoutAttributes(html)).not.toMatch(/<script|<b>/i);
  });
});

describe('a build of a broken registry', () => {
  test('fails with the same file:line lines as npm run check, no stack trace, and leaves the output folder alone', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'error-reference-previous-'));
    await writeFile(path.join(outDir, 'previous-site.html'), 'the last good build');

    const registry = fixture('broken-unknown-field');
    const result = await buildSite(registry, outDir);
    const { problems } = await readRegistry(registry);

    expect(result.code).toBe(1);
    for (const problem of problems) expect(result.output).toContain(formatProblem(problem));
    expect(result.output).toContain('The registry has 3 problems; nothing was built.');
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(await readdir(outDir)).toEqual(['previous-site.html']);
    await rm(outDir, { recursive: true, force: true });
  });
});
