import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';
import { fixtureOrigin } from './ports.ts';

const FIXTURE = fixtureOrigin();

/** Records CSP violations from the first byte of every page, for the test to read. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function expectWellStructured(page: Page) {
  const levels = await page
    .locator('main h1, main h2, main h3, main h4')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.forEach(
    (level, index) => index > 0 && expect(level, `heading ${index} jumps a level`).toBeLessThanOrEqual(levels[index - 1]! + 1),
  );
  for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role)).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'APIs' })).toBeVisible();
}

const pages: Array<[string, string]> = [
  ['home', '/'],
  ['API index', '/groove/'],
  ['code page', '/sonos-control/ERROR_INVALID_PARAMETER/'],
  ['guide', '/guides/sonos-control/'],
  ['lookup with results', `/lookup/?q=${encodeURIComponent('ACCESS_TOKEN_EXPIRED or AUTHORIZATION_TOKEN_EXPIRED')}`],
  ['search results', '/search/?q=token'],
  ['404', '/no/such/page/'],
  ['retired code', `${FIXTURE}/shop/ORDER_LOCKED/`],
  ['deprecated code', `${FIXTURE}/shop/PARTIAL_ORDER_LIST/`],
  ['index with retired codes', `${FIXTURE}/shop/`],
];

test.describe('every kind of page', () => {
  for (const [name, url] of pages) {
    test(`the ${name} passes axe in light and dark, with headings in order and landmarks`, async ({ page }) => {
      await watchCsp(page);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await expectWellStructured(page);
      await expectAccessible(page);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('the skip link is the first stop and moves focus to the main content, with a visible focus ring', async ({ page }) => {
    await page.goto('/groove/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('content security', () => {
  test('every page declares, before any script or stylesheet, a policy that allows no inline script or style', async ({ page }) => {
    for (const url of ['/', '/groove/CATALOG_NO_RESULT/', '/lookup/', '/search/', '/guides/groove/', '/groove/NO_SUCH_CODE/']) {
      await page.goto(url);
      // A <meta> policy governs only the elements after it.
      const firstGoverned = await page
        .locator('head > meta[http-equiv="content-security-policy"], head > script, head > link[rel="stylesheet"]')
        .first()
        .evaluate((element) => element.outerHTML);
      expect(firstGoverned, url).toContain('content-security-policy');
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const directive = (name: string) => policy?.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
      for (const name of ['script-src', 'style-src']) {
        expect(directive(name), `${url} ${name}`).toContain("'self'");
        expect(directive(name), `${url} ${name}`).not.toContain('unsafe-inline');
      }
      expect(policy).toContain("object-src 'none'");
    }
  });

  test('search, lookup, copy buttons and the 404 resolver run without a single violation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await watchCsp(page);
    await page.goto('/groove/TOO_MANY_REQUESTS/');
    await page.keyboard.press('/');
    await page.keyboard.type('throttled');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('TOO_MANY_REQUESTS');
    await page.getByRole('button', { name: 'Copy the response' }).first().click();
    await page.getByRole('button', { name: 'Copy link to this code' }).click();
    expect(await violations(page)).toEqual([]);

    await page.goto(`/lookup/?q=${encodeURIComponent('ACCESS_TOKEN_EXPIRED AUTHORIZATION_TOKEN_EXPIRED')}`);
    await expect(page.locator('#lookup-matches li')).toHaveCount(2);
    expect(await violations(page)).toEqual([]);

    await page.goto('/groove/catalog_no_result/');
    await expect(page).toHaveURL(/\/groove\/CATALOG_NO_RESULT\/$/);
    expect(await violations(page)).toEqual([]);
  });

  test('markup and script in registry text render as text and run nothing', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      return dialog.dismiss();
    });
    await page.goto(`${FIXTURE}/shop/ORDER_LOCKED/`);
    await expect(page.locator('#causes')).toContainText('<img src=x onerror="alert(1)"><script>alert(2)</script> & <b>bold</b>.');
    await expect(page.locator('#causes img, #causes b, main script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("a renamed code's page sends readers to its successor even without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${FIXTURE}/shop/SERVICE_OVERLOADED/`);
    await expect(page).toHaveURL(`${FIXTURE}/shop/SERVER_BUSY/`);
    await context.close();
  });
});
