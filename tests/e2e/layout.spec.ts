/**
 * Every kind of page at phone, tablet and desktop widths, in light and dark: nothing scrolls sideways but
 * code blocks, no badge wraps, axe finds nothing, and a full-page screenshot of each is kept under
 * test-results/ for a person to look at.
 */
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
          await page.screenshot({ path: testInfo.outputPath(`${kind}-${width}-${colorScheme}.png`), fullPage: true });
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
