import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import AjvModule from 'ajv';
import { ErrorEntrySchema } from '../../src/schemas/error-entry.ts';
import { brokenLinks } from './links.ts';
import { formatProblem } from '../../src/registry/problems.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { ROOT, fixture } from '../helpers.ts';
import { ELEMENT_IDS, filterSelectId } from '../../src/lib/element-ids.ts';
import { HEADER_SEARCH_ID } from '../../src/lib/header-search-id.ts';
import { releaseSite, sharedSite, type SharedSite } from '../shared-sites.ts';
import { buildSite, escapeHtml, readPage, removeBuild, type BuildResult } from './build-site.ts';
import { CODE_PAGE_BUDGET_BYTES, codePageWeights } from '../../scripts/lib/page-weight.ts';

/**
 * The registry as an author wrote it, read with the yaml package alone: the oracle the built site is
 * compared with, independent of the site's own reader.
 */
async function readRegistryFiles(dir: string) {
  // Folders starting with `_` and files beside them are the registry's own records, not APIs.
  const apis = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
  const codes = [];
  const names: Record<string, { name: string; categories: Record<string, string>; sources: Record<string, string> }> = {};
  for (const api of apis) {
    const definition = parse(await readFile(path.join(dir, api, '_api.yaml'), 'utf8'));
    names[api] = {
      name: definition.name,
      categories: Object.fromEntries(definition.categories.map((c: { id: string; name: string }) => [c.id, c.name])),
      sources: Object.fromEntries(definition.sources.map((s: { id: string; url: string }) => [s.id, s.url])),
    };
    for (const file of (await readdir(path.join(dir, api))).filter((name) => name !== '_api.yaml').sort()) {
      codes.push({ api, ...parse(await readFile(path.join(dir, api, file), 'utf8')) });
    }
  }
  return { apis, names, codes };
}

const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;

/** Page text with attribute values removed, so what is left is markup and text nodes only. */
const withoutAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

describe('the built site', () => {
  let site: SharedSite;
  let registry: Awaited<ReturnType<typeof readRegistryFiles>>;

  beforeAll(async () => {
    site = await sharedSite('project');
    registry = await readRegistryFiles(path.join(ROOT, 'registry'));
  });
  afterAll(() => releaseSite(site));

  test('builds without errors', () => {
    expect(site.code, site.output).toBe(0);
  });

  test('renders every element id its page script looks up (src/lib/element-ids.ts)', async () => {
    const pages: Record<string, (keyof typeof ELEMENT_IDS)[]> = {
      '/search/': ['searchPageInput', 'searchStatus', 'searchResults'],
      '/lookup/': [
        'lookupPageForm',
        'lookupPageInput',
        'lookupStatus',
        'lookupMatches',
        'lookupResults',
        'bookmarklet',
        'bookmarkletSection',
      ],
      '/404.html': ['notFoundStatus', 'notFoundSuggestions'],
    };
    for (const [url, names] of Object.entries(pages)) {
      const html = await readPage(site.outDir, url);
      for (const name of names) expect(html.split(`id="${ELEMENT_IDS[name]}"`), `${url} ${name}`).toHaveLength(2);
    }
    for (const url of ['/', '/groove/CATALOG_NO_RESULT/', '/search/']) {
      expect((await readPage(site.outDir, url)).split(`id="${HEADER_SEARCH_ID}"`), url).toHaveLength(2);
    }
    const search = await readPage(site.outDir, '/search/');
    // The filters the contract puts in the search page's URL.
    for (const filter of ['api', 'category', 'httpStatus', 'retry']) expect(search).toContain(`id="${filterSelectId(filter)}"`);
  });

  test('prints no warning, and one count of the routes instead of a line for each', () => {
    expect(site.output).not.toMatch(/\[WARN\]|warning/i);
    expect(site.output).not.toContain('├─');
    expect(site.output).toMatch(/\b\d+ routes rendered\n/);
  });

  test('exports every registry code in /errors.json, exactly as the contract shapes it', async () => {
    const exported = JSON.parse(await readPage(site.outDir, '/errors.json'));
    expect(exported.apis).toEqual(registry.apis.map((id) => ({ id, name: registry.names[id]?.name, url: `/${id}/` })));
    const expected = registry.codes.map((entry) => ({
      api: entry.api,
      code: entry.code,
      category: registry.names[entry.api]?.categories[entry.category],
      httpStatus: entry.httpStatus,
      summary: entry.summary,
      url: `/${entry.api}/${entry.code}/`,
      status: entry.status,
      retry: entry.retry,
      origin: entry.upstream.kind,
      sources: entry.upstream.sources.map((id: string) => registry.names[entry.api]?.sources[id]),
    }));
    const byKey = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect([...exported.errors].sort(byKey)).toEqual(expected.sort(byKey));
    expect(exported.errors).toHaveLength(55);
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

  test('a code with no HTTP status of its own says, in its facts box, the status its samples show over HTTP', async () => {
    const { errors } = JSON.parse(await readPage(site.outDir, '/errors.json'));
    const statusless = errors.filter((error: { httpStatus: number | null }) => error.httpStatus === null);
    expect(statusless.length).toBeGreaterThan(0);
    let overHttp = 0;
    for (const error of statusless) {
      const html = await readPage(site.outDir, error.url);
      const sent = [...html.matchAll(/<code class="status-line">HTTP\/1\.1 (\d{3} [^<]+)<\/code>/g)].map((match) => match[1]!);
      const facts = html.slice(html.indexOf('<dt>HTTP status</dt>'), html.indexOf('<dt>Retry</dt>'));
      for (const status of sent) expect(facts).toContain(escapeHtml(status));
      if (sent.length) {
        expect(facts).toContain('over HTTP');
        overHttp++;
      } else expect(facts).not.toContain('over HTTP');
    }
    expect(overHttp).toBeGreaterThan(0);
  });

  test('links each code page to the upstream reference of its API', async () => {
    expect(await readPage(site.outDir, '/groove/CATALOG_NO_RESULT/')).toContain(
      'href="https://docs.microsoft.com/en-us/groove/groove-service-rest-reference/json-error"',
    );
    expect(await readPage(site.outDir, '/sonos-control/ERROR_NOT_CAPABLE/')).toContain('href="https://docs.sonos.com/docs/globalerror"');
  });

  test('groups each API index by category, in the order _api.yaml lists them', async () => {
    const html = await readPage(site.outDir, '/groove/');
    const headings = [...html.matchAll(/<h2 id="([a-z-]+)-heading">/g)].map((match) => match[1]);
    expect(headings).toEqual([
      'input-validation',
      'authentication',
      'catalog',
      'collection',
      'discovery',
      'streaming',
      'subscription',
      'server',
    ]);
  });

  test('shows both APIs with their code counts on the home page, with search and lookup forms', async () => {
    const html = await readPage(site.outDir, '/');
    expect(html).toContain('45 codes in 8 categories');
    expect(html).toContain('10 codes in 1 category');
    expect(html).toContain('action="/search/"');
    expect(html).toContain('action="/lookup/"');
  });

  test('indexes exactly the code pages for search, with the contract filters', async () => {
    const entry = JSON.parse(await readPage(site.outDir, '/pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(55);
    const html = await readPage(site.outDir, '/groove/CATALOG_NO_RESULT/');
    expect(html).toContain('data-pagefind-filter="api:groove"');
    expect(html).toContain('data-pagefind-filter="category"');
    expect(html).toContain('data-pagefind-filter="httpStatus:404"');
    const sonos = await readPage(site.outDir, '/sonos-control/ERROR_INVALID_SYNTAX/');
    expect(sonos).not.toContain('data-pagefind-filter="httpStatus');
  });

  /** The module scripts a page loads, and their combined size. */
  async function scriptsOf(page: string) {
    const html = await readPage(site.outDir, page);
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)].map((match) => match[1]!);
    expect([...html.matchAll(/<script\b/gi)].length, `${page}: every script is an external file`).toBe(sources.length);
    const bodies = await Promise.all(sources.map((src) => readPage(site.outDir, src)));
    return { sources, bodies };
  }

  test('each code has /<api>/<CODE>.json with its whole entry as validated, valid against the published schema', async () => {
    expect(site.code, site.output).toBe(0);
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const api of ['groove', 'sonos-control']) {
      const validate = ajv.compile(JSON.parse(await readPage(site.outDir, `/schemas/${api}.schema.json`)));
      for (const file of (await readdir(path.join(ROOT, 'registry', api))).filter((name) => name !== '_api.yaml')) {
        const code = file.replace(/\.yaml$/, '');
        const twin = JSON.parse(await readPage(site.outDir, `/${api}/${code}.json`));
        expect(twin).toEqual({
          api,
          url: `/${api}/${code}/`,
          schema: `/schemas/${api}.schema.json`,
          entry: ErrorEntrySchema.parse(parse(await readFile(path.join(ROOT, 'registry', api, file), 'utf8'))),
        });
        expect(validate(twin.entry), ajv.errorsText(validate.errors)).toBe(true);
      }
    }
  });

  test('publishes the registry JSON Schemas at stable URLs, identical to the ones editors use', async () => {
    for (const name of await readdir(path.join(ROOT, 'registry', '_schemas'))) {
      expect(await readPage(site.outDir, `/schemas/${name}`)).toBe(await readFile(path.join(ROOT, 'registry', '_schemas', name), 'utf8'));
    }
  });

  test('every internal link, asset and #fragment in the built site resolves', async () => {
    const failures = await brokenLinks(site.outDir);
    expect(failures).toEqual([]);
  });

  test('loads the theme script and one small module on every page, plus the lookup box and retry filter where they are; the search box and its styles load on first use', async () => {
    // Besides the theme script and the site's module: the home page's lookup box (it sends its text in the
    // URL's fragment) and an index's retry filter (it keeps the filter in the URL); each a small script of its own.
    const withThirdScript = new Set(['/', '/groove/', '/sonos-control/']);
    for (const page of [
      '/',
      '/groove/',
      '/sonos-control/',
      '/guides/groove/',
      '/groove/TOO_MANY_REQUESTS/',
      '/sonos-control/ERROR_NOT_CAPABLE/',
    ]) {
      const { sources, bodies } = await scriptsOf(page);
      expect(sources, page).toHaveLength(withThirdScript.has(page) ? 3 : 2);
      expect(sources[0], page).toBe('/theme.js');
      expect(bodies[0]!.length).toBeLessThan(1024);
      // The minifier may quote the id with any of the three quotes.
      const module = bodies.find((body) => [`"`, `'`, '`'].some((quote) => body.includes(`${quote}${HEADER_SEARCH_ID}${quote}`)));
      expect(module, page).toBeDefined();
      // The header search's starter, without Vite's preload helper, and the copy buttons.
      expect(module).toMatch(/import\(`\/_astro\/search-combobox\.[\w-]+\.js`\)/);
      expect(module).not.toContain('modulepreload');
      expect(module).toContain('clipboard');
      for (const body of bodies) expect(body.length, page).toBeLessThan(3072);
      // Only the pages that show results or a lookup form (the home page has one) link search.css themselves.
      const stylesheets = [...(await readPage(site.outDir, page)).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
        (match) => match[1]!,
      );
      const searchStyles = /\/_astro\/search\.[\w-]+\.css/.exec(module!)?.[0];
      expect(searchStyles, page).toBeDefined();
      if (page !== '/') expect(stylesheets, page).not.toContain(searchStyles);
    }
  });

  test('keeps every code page at or under 12,000 bytes gzip of HTML, CSS and JavaScript before search is used', async () => {
    const weights = await codePageWeights(site.outDir);
    expect(weights).toHaveLength(registry.codes.length);
    const over = weights.filter((weight) => weight.gzip.total > CODE_PAGE_BUDGET_BYTES);
    expect(over.map((weight) => `${weight.page}: ${JSON.stringify(weight.gzip)}`)).toEqual([]);
  });

  test('publishes the compact code list that lookup and the 404 page resolve against', async () => {
    const { errors } = JSON.parse(await readPage(site.outDir, '/errors.json'));
    const index = JSON.parse(await readPage(site.outDir, '/lookup/codes.json'));
    expect(index.apis).toEqual([
      {
        id: 'groove',
        name: 'Groove Service REST API',
        code: 'Error.ErrorCode',
        itemCode: 'Error.ErrorCode',
        codePattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$',
      },
      { id: 'sonos-control', name: 'Sonos Control API', code: 'errorCode', codePattern: '^ERROR_[A-Z0-9]+(_[A-Z0-9]+)*$' },
    ]);
    // The texts each code is sent with, so that a quoted message finds its code: the reference's per-item message among them.
    expect(index.messages.groove).toContainEqual(['COLLECTION_INVALID_ID', 'Invalid collection id for this operation']);
    for (const api of registry.apis) {
      expect(index.codes[api]).toEqual(
        errors.filter((error: { api: string }) => error.api === api).map((error: { code: string }) => error.code),
      );
    }
  });

  test('indexes the parts of each code and its keywords for search, hidden from readers', async () => {
    const html = await readPage(site.outDir, '/groove/TOO_MANY_REQUESTS/');
    const hidden = html.match(/<div hidden data-pagefind-weight="5">([^<]*)<\/div>/)?.[1];
    expect(hidden).toContain('TOO MANY REQUESTS');
    expect(hidden).toContain('MANY_REQUESTS');
    expect(hidden).toContain('throttled');
  });

  test('gives every code page what its share buttons copy: its path, code, API and summary', async () => {
    const html = await readPage(site.outDir, '/groove/CATALOG_NO_RESULT/');
    expect(html).toContain(
      'data-share-path="/groove/CATALOG_NO_RESULT/" data-share-code="CATALOG_NO_RESULT" data-share-api="Groove Service REST API" data-share-summary="The catalog has no item matching the requested ID."',
    );
  });

  test('gives every code page its causes, troubleshooting and samples sections, a retry badge and related links', async () => {
    const { errors } = JSON.parse(await readPage(site.outDir, '/errors.json'));
    const urls = new Set(errors.map((error: { url: string }) => error.url));
    for (const error of errors) {
      const html = await readPage(site.outDir, error.url);
      const section = (id: string) => html.match(new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`))?.[1] ?? '';
      expect(section('causes').match(/<li>/g)?.length ?? 0, `${error.url} causes`).toBeGreaterThanOrEqual(2);
      expect(section('troubleshooting').match(/<li>/g)?.length ?? 0, `${error.url} steps`).toBeGreaterThanOrEqual(3);
      expect(section('samples').match(/<figure class="sample">/g)?.length ?? 0, `${error.url} samples`).toBeGreaterThanOrEqual(1);
      // A sample copied from the Groove reference's GitHub copy keeps its hyphenated spelling of the code.
      expect(
        [error.code, error.code.replaceAll('_', '-')].some((code) => section('samples').includes(code)),
        `${error.url} sample code`,
      ).toBe(true);
      expect(html).toContain(`class="badge retry-${error.retry}"`);
      const related = [...section('related').matchAll(/href="(\/[^"]+)"/g)].map((match) => match[1]);
      expect(related.length, `${error.url} related`).toBeGreaterThanOrEqual(1);
      for (const url of related) expect(urls).toContain(url);
      // Every cause and step carries its basis: numbers pointing into the Sources list, or the inferred mark.
      const statements = [...`${section('causes')}${section('troubleshooting')}`.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(
        (match) => match[1]!,
      );
      for (const statement of statements) {
        const cites = [...statement.matchAll(/href="#source-(\d+)"/g)].map((match) => match[1]);
        expect(cites.length > 0 !== statement.includes('class="inferred"'), `${error.url}: ${statement}`).toBe(true);
        for (const number of cites) expect(section('sources'), `${error.url} source ${number}`).toContain(`id="source-${number}"`);
      }
      expect(section('support'), `${error.url} support`).toMatch(
        /Who acts:<\/strong> The (end user|app&#39;s developer|API&#39;s owner \(escalate\))\./,
      );
      expect(section('support'), `${error.url} customer words`).toContain('<blockquote data-copy-text>');
      expect(section('log').match(/<li>/g)?.length ?? 0, `${error.url} log`).toBeGreaterThanOrEqual(2);
    }
  });

  test('highlights samples with token classes and writes no inline style anywhere', async () => {
    const html = await readPage(site.outDir, '/groove/CATALOG_NO_RESULT/');
    expect(html).toContain('HTTP/1.1 404 Not Found');
    expect(html).toMatch(/<pre class="code-block" data-language="json"[^>]*><code>\{\n/);
    expect(html).toMatch(/<pre class="code-block" data-language="http"/);
    expect(html).toContain('<span class="hl-keyword">"ErrorCode"</span>');
    for (const url of ['/', '/groove/', '/groove/CATALOG_NO_RESULT/', '/guides/groove/', '/lookup/', '/search/']) {
      expect(await readPage(site.outDir, url), url).not.toMatch(/\sstyle=|<style/);
    }
  });

  test('publishes a guide per API that lists, from the registry, the codes sent with 200 OK', async () => {
    const { errors } = JSON.parse(await readPage(site.outDir, '/errors.json'));
    const guide = await readPage(site.outDir, '/guides/groove/');
    const okCodes = errors.filter((error: { api: string; httpStatus: number }) => error.api === 'groove' && error.httpStatus === 200);
    expect(okCodes.length).toBeGreaterThan(0);
    for (const error of okCodes) expect(guide).toContain(`href="${error.url}"`);
    // The guide cites the reference page whose example shows per-item errors, through the registry's source list.
    expect(guide).toContain('/Groove/groove-service-rest-reference/uri-add-track-collection.md"');
    // The retirement date stands only beside the reference's own notice, cited through the source list.
    expect(guide).toContain('31 December 2017');
    expect(guide).toContain('/groove/api-overview.md"');
    expect(await readPage(site.outDir, '/groove/')).toContain('href="/guides/groove/"');
    expect(await readPage(site.outDir, '/guides/sonos-control/')).toContain('href="/sonos-control/ERROR_UNSUPPORTED_NAMESPACE/"');
  });
});

describe('a build of another registry through REGISTRY_DIR', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite(fixture('valid'));
  });
  afterAll(() => removeBuild(site));

  test('publishes that registry instead of the project one', async () => {
    expect(site.code, site.output).toBe(0);
    const exported = JSON.parse(await readPage(site.outDir, '/errors.json'));
    expect(exported.errors.map((error: { url: string }) => error.url)).toEqual([
      '/relay/ERR_BUSY/',
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
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;em&gt;more&lt;/em&gt;');
    expect(html).toContain('logs &lt;b&gt;503&lt;/b&gt; &amp; &lt;script&gt;alert(&quot;seen&quot;)&lt;/script&gt; and the status line.');
    // The site's own scripts (the theme script and modules) and the logo in the header are the only markup expected.
    const markup = withoutAttributes(html.replace('<img src="/favicon.svg" width="22" height="22" alt="">', '')).replace(
      /<script( type="")? src=""><\/script>/g,
      '',
    );
    expect(markup).not.toMatch(/<script|<b>|<img|<em>/i);
  });

  test('shows the fix as a failing and a corrected request, and backoff advice with its published schedule or the default', async () => {
    const fixed = await readPage(site.outDir, '/shop/ORDER_NOT_FOUND/');
    const fix = fixed.match(/<section id="fix">([\s\S]*?)<\/section>/)?.[1] ?? '';
    // The requests are highlighted, so their text is compared without the markup.
    const text = fix.replace(/<[^>]+>/g, '');
    expect(fix.indexOf('fix-failing')).toBeLessThan(fix.indexOf('fix-corrected'));
    expect(text.indexOf('GET /orders/42 HTTP/1.1')).toBeGreaterThan(-1);
    expect(text.indexOf('GET /orders/42 HTTP/1.1')).toBeLessThan(text.indexOf('GET /orders/4217 HTTP/1.1'));
    expect(fix).toContain('The path carries the order ID the create call returned, 4217, instead of a mistyped one.');
    expect(fix).toContain('href="#source-1"');
    expect(await readPage(site.outDir, '/shop/SERVER_BUSY/')).not.toContain('id="fix"');
    const published = await readPage(site.outDir, '/relay/ERR_TIMEOUT/');
    expect(published).toContain('Retry up to 4 times, 2 s, 6 s, 18 s, 20 s apart');
    expect(published).toMatch(
      /The schedule is the one published in\s*<a href="https:\/\/relay.example\/errors" rel="external">\s*Relay errors/,
    );
    expect(published).not.toContain("site's default");
  });

  test('builds no guide for an API that has none, and does not link to one', async () => {
    expect(existsSync(path.join(site.outDir, 'guides'))).toBe(false);
    expect(await readPage(site.outDir, '/shop/')).not.toContain('/guides/');
  });
});

describe('a rebuild after registry files changed', () => {
  test('parses only the changed file, and publishes the change and the removal', async () => {
    const registry = path.join(await mkdtemp(path.join(tmpdir(), 'error-reference-rebuild-')), 'registry');
    await cp(fixture('valid'), registry, { recursive: true });
    const first = await buildSite(registry);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/registry: read 7 files in \d+ ms: 7 parsed, 0 unchanged/);

    const busy = path.join(registry, 'shop', 'SERVER_BUSY.yaml');
    await writeFile(
      busy,
      (await readFile(busy, 'utf8')).replace(/^summary: .*$/m, 'summary: The service is too busy to take the order now.'),
    );
    await rm(path.join(registry, 'shop', 'PARTIAL_ORDER_LIST.yaml'));
    const second = await buildSite(registry, { project: first.project });
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/registry: read 6 files in \d+ ms: 1 parsed, 5 unchanged/);

    const { errors } = JSON.parse(await readPage(second.outDir, '/errors.json')) as { errors: Array<{ code: string; summary: string }> };
    expect(errors.map((error) => error.code)).toEqual(['ERR_BUSY', 'ERR_TIMEOUT', 'ORDER_NOT_FOUND', 'SERVER_BUSY']);
    expect(errors.find((error) => error.code === 'SERVER_BUSY')?.summary).toBe('The service is too busy to take the order now.');
    expect(await readPage(second.outDir, '/shop/SERVER_BUSY/')).toContain('The service is too busy to take the order now.');
    await Promise.all([removeBuild(second), rm(path.dirname(registry), { recursive: true, force: true })]);
  });
});

describe('a build of a broken registry', () => {
  test('fails with the same file:line lines as npm run check, no stack trace, and leaves the output folder alone', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'error-reference-previous-'));
    await writeFile(path.join(outDir, 'previous-site.html'), 'the last good build');

    const registry = fixture('broken-unknown-field');
    const result = await buildSite(registry, { outDir });
    const { problems } = await readRegistry(registry);

    expect(result.code).toBe(1);
    for (const problem of problems) expect(result.output).toContain(formatProblem(problem));
    expect(result.output).toContain('The registry has 3 problems; nothing was built.');
    expect(result.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(await readdir(outDir)).toEqual(['previous-site.html']);
    await Promise.all([rm(outDir, { recursive: true, force: true }), removeBuild(result)]);
  });
});
