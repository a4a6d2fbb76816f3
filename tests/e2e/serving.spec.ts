import { expect, test } from '@playwright/test';
import { fixtureOrigin } from './ports.ts';

// The browser tests' site is served by scripts/serve.ts, as `npm start` serves it; these check the answers
// a static host gives that Astro's preview server did not.
test.describe('npm start answers as a static host would', () => {
  test('a malformed percent-encoded path gets a plain 400, with no stack trace or file path', async ({ request }) => {
    for (const path of ['/groove/%E0%A4%A/', '/%', '/lookup/%zz']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expect(response.headers()['content-type']).toContain('text/plain');
      const body = await response.text();
      expect(body).toContain('malformed percent-encoding');
      expect(body).not.toMatch(/\bat \w|node_modules|\/work\/|\/tmp\//);
    }
  });

  test('pages, assets and the 404 page carry the headers from _headers', async ({ request }) => {
    const page = await request.get('/groove/');
    expect(page.headers()['x-content-type-options']).toBe('nosniff');
    expect(page.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    const missing = await request.get('/no-such-page/');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['x-content-type-options']).toBe('nosniff');
    expect(await missing.text()).toContain('<title>');
    const script = (await page.text()).match(/src="(\/_astro\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('a renamed code answers with the 301 from _redirects, and the host files themselves are not served', async ({ request }) => {
    const renamed = await request.get(`${fixtureOrigin()}/shop/SERVICE_OVERLOADED/`, { maxRedirects: 0 });
    expect(renamed.status()).toBe(301);
    expect(renamed.headers()['location']).toBe('/shop/SERVER_BUSY/');
    for (const file of ['/_headers', '/_redirects']) expect((await request.get(file)).status(), file).toBe(404);
  });

  test('a code URL without its trailing slash is sent to the published address, keeping the query', async ({ request }) => {
    const response = await request.get('/groove/CATALOG_NO_RESULT?from=ticket', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/groove/CATALOG_NO_RESULT/?from=ticket');
  });
});
