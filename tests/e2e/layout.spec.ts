/**
 * Every kind of page at phone, tablet and desktop widths, in light and dark: nothing scrolls sideways but
 * code blocks, no badge wraps, axe finds nothing, and a full-page screenshot of each is kept in
 * test-results/screenshots/ for a person to look at.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { fixtureOrigin } from './ports.ts';

const FIXTURE = fixtureOrigin();
const WIDTHS = [320, 390, 768, 1280] as const;

const pages: Array<[string, string]> = [
  ['home', '/'],
  ['groove-index', '/groove/'],
  ['sonos-index', '/sonos-control/'],
  // The longest code in the registry, with a request, a response and a status line.
  ['code-page', '/groove/ACCESS_TOKEN_SUBSCRIPTION_VALIDATION_ERROR/'],
  ['sonos-code-page', '/sonos-control/ERROR_INVALID_PARAMETER/'],
  // The heaviest code page: a fix example, six related codes with their differences, support and what to log.
  ['fix-code-page', '/groove/ACCESS_TOKEN_MISSING/'],
  ['guide', '/guides/groove/'],
  ['search', '/search/?q=token'],
  ['lookup', `/lookup/?q=${encodeURIComponent('ACCESS_TOKEN_EXPIRED or AUTHORIZATION_TOKEN_EXPIRED')}`],
  ['not-found', '/no/such/page/'],
  ['retired-code', `${FIXTURE}/shop/ORDER_LOCKED/`],
  ['index-with-retired', `${FIXTURE}/shop/`],
];

/**
 * Elements wider than the viewport or than their own box, outside code blocks (which scroll on purpose).
 * Each is named by tag, class and text, with its width and the width it had room for.
 */
function overflowingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('pre, .visually-hidden, noscript, [hidden]') || !(element instanceof HTMLElement)) continue;
      const box = element.getBoundingClientRect();
      // Visually hidden text (a 1 px clipped box) is there for screen readers only.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > viewport + 1 || box.left < -1)
        found.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${viewport}`);
      else if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)} holds ${element.scrollWidth} px in ${element.clientWidth}`);
      }
    }
    return found;
  });
}

/** Badges whose text runs over more than one line. */
function wrappedBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.badge')]
      .filter((badge) => badge.offsetParent !== null)
      .filter((badge) => {
        const range = document.createRange();
        range.selectNodeContents(badge);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      })
      .map((badge) => badge.textContent ?? ''),
  );
}

test.describe('layout at every width', () => {
  for (const [kind, url] of pages) {
    for (const width of WIDTHS) {
      test(`the ${kind} page fits ${width} px without sideways scrolling, wrapped badges or axe violations`, async ({ page }, testInfo) => {
        // Two colour schemes, each with a full-page screenshot and an axe run over pages up to 44 codes long.
        test.slow();
        await page.setViewportSize({ width, height: width < 768 ? 844 : 900 });
        await page.goto(url);
        await page.waitForLoadState('networkidle');
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          // One folder for all of them, named by page kind, width and scheme, to look through side by side.
          const file = path.join(testInfo.project.outputDir, 'screenshots', `${kind}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(scroll, `${colorScheme}: the page scrolls sideways by ${scroll} px`).toBeLessThanOrEqual(0);
          expect(await overflowingBoxes(page), colorScheme).toEqual([]);
          expect(await wrappedBadges(page), colorScheme).toEqual([]);
          expect((await axeViolations(page)).map((line) => `${colorScheme}: ${line}`)).toEqual([]);
        }
      });
    }
  }
});

test.describe('small screens and print', () => {
  test('on a phone the header stays compact, with search in reach and no keyboard hint on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/groove/ACCESS_TOKEN_EXPIRED/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(150);
    await expect(page.getByRole('searchbox', { name: 'Search error codes' })).toBeInViewport();
    await expect(page.getByRole('searchbox', { name: 'Search error codes' })).toHaveAttribute('placeholder', 'Search codes');
    // Meaning and what to do come first: the summary and the Troubleshooting heading within the first screen and a bit.
    await expect(page.locator('.lede')).toBeInViewport();
    const troubleshooting = await page.locator('#troubleshooting h2').boundingBox();
    expect(troubleshooting!.y).toBeLessThan(844 * 1.25);
    await context.close();
  });

  test('at 320 px the compact header gives the site name and each API a single line, and offers the `/` key only with a keyboard', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto('/groove/ACCESS_TOKEN_EXPIRED/');
    const siteName = page.locator('.site-name');
    expect(
      await siteName.evaluate((name) => name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight)),
    ).toBeLessThan(1.5);
    // An inline link has one box per line it runs over.
    expect(await page.locator('.site-header nav a').evaluateAll((links) => links.map((link) => link.getClientRects().length))).toEqual([
      1, 1,
    ]);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(150);
    await expect(page.getByRole('searchbox', { name: 'Search error codes' })).toHaveAttribute('placeholder', 'Search codes  ( / )');
    await context.close();
  });

  test('on a phone an index lists each code as a stacked row, its summary as wide as the row', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/groove/');
    await expect(page.locator('.error-table thead').first()).toBeHidden();
    const widths = await page
      .locator('.error-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.getBoundingClientRect().width, row.lastElementChild!.getBoundingClientRect().width]));
    expect(widths).toHaveLength(45);
    for (const [row, summary] of widths) expect(summary).toBe(row);
    await context.close();
  });

  test('printing leaves out the header, search, theme switch and copy buttons, and keeps the guidance', async ({ page }) => {
    await page.goto('/groove/TOO_MANY_REQUESTS/');
    await expect(page.locator('.share button').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.share', '.site-footer', '.breadcrumbs']) await expect(page.locator(selector)).toBeHidden();
    await expect(page.locator('#troubleshooting')).toBeVisible();
    expect(await page.locator('.source a[rel~="external"]').evaluate((link) => getComputedStyle(link, '::after').content)).toContain(
      'https://docs.microsoft.com/',
    );
  });
});
