import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture } from '../helpers.ts';
import { buildSite, readPage, removeBuild, type BuildResult } from './build-site.ts';

const SITE_URL = 'https://errors.example.com';

/** The content of a page's `<meta property|name=…>` or `<link rel=…>`, or undefined when it has none. */
function head(html: string, key: string): string | undefined {
  const meta = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  const link = new RegExp(`<link rel="${key}" href="([^"]*)"`).exec(html);
  return (meta ?? link)?.[1];
}

describe('a build with SITE_URL', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite(fixture('valid'), { env: { SITE_URL } });
  });
  afterAll(() => removeBuild(site));

  test('gives every page a canonical link and og:url on that address, and a large social card', async () => {
    expect(site.code, site.output).toBe(0);
    for (const url of ['/', '/shop/', '/shop/ORDER_NOT_FOUND/', '/search/']) {
      const html = await readPage(site.outDir, url);
      expect(head(html, 'canonical'), url).toBe(`${SITE_URL}${url}`);
      expect(head(html, 'og:url'), url).toBe(`${SITE_URL}${url}`);
      expect(head(html, 'og:image'), url).toBe(`${SITE_URL}/social-card.png`);
      expect(head(html, 'twitter:card'), url).toBe('summary_large_image');
    }
    expect(existsSync(path.join(site.outDir, 'social-card.png'))).toBe(true);
    expect(site.output).not.toContain('SITE_URL is not set');
  });

  test("unfurls a code page as its code, with the API's name and the summary", async () => {
    const html = await readPage(site.outDir, '/shop/ORDER_NOT_FOUND/');
    expect(head(html, 'og:title')).toBe('ORDER_NOT_FOUND');
    expect(head(html, 'og:description')).toMatch(/^Shop REST API: \S.*\.$/);
    expect(head(html, 'og:type')).toBe('article');
    expect(head(html, 'og:site_name')).toBe('Error Code Reference');
  });

  test('writes a sitemap of the pages worth finding, and a robots.txt that points to it', async () => {
    const index = await readPage(site.outDir, '/sitemap-index.xml');
    expect(index).toContain(`<loc>${SITE_URL}/sitemap-0.xml</loc>`);
    const urls = [...(await readPage(site.outDir, '/sitemap-0.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const url of ['/', '/shop/', '/relay/', '/shop/ORDER_NOT_FOUND/', '/relay/ERR_BUSY/']) expect(urls).toContain(`${SITE_URL}${url}`);
    for (const url of ['/search/', '/lookup/', '/404/']) expect(urls).not.toContain(`${SITE_URL}${url}`);
    expect(await readPage(site.outDir, '/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}/sitemap-index.xml\n`);
  });
});

describe('a build without SITE_URL', () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite(fixture('valid'), { env: { SITE_URL: '' } });
  });
  afterAll(() => removeBuild(site));

  test('writes no absolute link it would have to guess, and says once which ones it left out', async () => {
    expect(site.code, site.output).toBe(0);
    const message = /SITE_URL is not set, so the site was built without these absolute links: (.*)\. Set SITE_URL/.exec(site.output);
    expect(message?.[1]).toBe(
      'canonical links, og:url, og:image (previews fall back to a text card), sitemap-index.xml, robots.txt, absolute addresses in opensearch.xml',
    );
    expect(site.output.split('SITE_URL is not set')).toHaveLength(2);
    for (const url of ['/', '/shop/', '/shop/ORDER_NOT_FOUND/']) {
      const html = await readPage(site.outDir, url);
      for (const key of ['canonical', 'og:url', 'og:image']) expect(head(html, key), `${url} ${key}`).toBeUndefined();
      expect(head(html, 'og:title'), url).toBeDefined();
      expect(head(html, 'twitter:card'), url).toBe('summary');
      expect(html, url).not.toContain('localhost');
    }
    for (const file of ['robots.txt', 'sitemap-index.xml', 'sitemap-0.xml'])
      expect(existsSync(path.join(site.outDir, file)), file).toBe(false);
  });

  test('shows facts only where they say something: no HTTP status column for an API without one, no "active" status', async () => {
    expect(await readPage(site.outDir, '/relay/')).not.toContain('<th scope="col">HTTP status</th>');
    expect(await readPage(site.outDir, '/shop/')).toContain('<th scope="col">HTTP status</th>');
    expect(await readPage(site.outDir, '/shop/ORDER_NOT_FOUND/')).not.toContain('<dt>Status</dt>');
    expect(await readPage(site.outDir, '/shop/PARTIAL_ORDER_LIST/')).toMatch(
      /<dt>Status<\/dt>\s*<dd class="lifecycle lifecycle-deprecated">deprecated<\/dd>/,
    );
  });

  test('keeps the spaces between sentences and links that the markup splits', async () => {
    const code = await readPage(site.outDir, '/shop/ORDER_NOT_FOUND/');
    expect(code).toMatch(/<\/a>\. (How|<\/p>)/);
    expect(await readPage(site.outDir, '/search/')).toMatch(/index: <a href="\/relay\/">/);
    expect(await readPage(site.outDir, '/relay/')).toContain('Members of <code>relayError</code>');
  });
});
