import { expect, test, type Page } from '@playwright/test';

/**
 * Nothing a reader is looking at may move once painted: late content (the theme switch, search results, the
 * lookup's answer) takes space the page reserved for it. Every layout shift the page reports from its first
 * paint is summed after the late content is in the DOM, which is waited for by the DOM's state, never by time.
 * The speed figures (Lighthouse's score, largest paint) are measured by `npm run bench`, not here.
 */

interface PageKind {
  name: string;
  path: string;
  /** Resolves once the page's late content has rendered. */
  settled: (page: Page) => Promise<void>;
  /**
   * Known to shift still, and why: the test is expected to fail until that is fixed, and then fails as
   * "expected to fail" until this is removed.
   */
  knownShift?: string;
}

const themeSwitchShown = (page: Page) => expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeVisible();

const KINDS: PageKind[] = [
  { name: 'code page', path: '/groove/ACCESS_TOKEN_EXPIRED/', settled: themeSwitchShown },
  { name: 'home', path: '/', settled: themeSwitchShown },
  { name: 'API index', path: '/groove/', settled: themeSwitchShown },
  { name: 'guide', path: '/guides/groove/', settled: themeSwitchShown },
  {
    name: 'search',
    path: '/search/?q=token%20expired',
    settled: async (page) => {
      await themeSwitchShown(page);
      await expect(page.locator('#search-status')).toContainText('results for');
      await expect(page.locator('#search-results li').first()).toBeVisible();
    },
  },
  {
    name: 'not found',
    path: '/no-such-page/',
    settled: async (page) => {
      await themeSwitchShown(page);
      // The page's script has the code list, against which it finds nothing to suggest.
      await page.waitForFunction(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some(
          (entry) => entry.name.endsWith('/lookup/codes.json') && entry.responseEnd > 0,
        ),
      );
    },
  },
  {
    name: 'not found, a mistyped code',
    path: '/groove/ACCESS_TOKEN_EXPIRD/',
    knownShift: 'the suggestions are inserted above the lookup and search forms once the code list has loaded',
    settled: async (page) => {
      await themeSwitchShown(page);
      await expect(page.locator('#not-found-suggestions li').first()).toBeVisible();
    },
  },
  {
    name: 'lookup',
    // Two codes, so the page lists them rather than opening one.
    path: `/lookup/#q=${encodeURIComponent('ACCESS_TOKEN_EXPIRED then TOO_MANY_REQUESTS')}`,
    settled: async (page) => {
      await themeSwitchShown(page);
      await expect(page.locator('#lookup-status')).toContainText('2 codes found');
      await expect(page.locator('#lookup-matches li').first()).toBeVisible();
    },
  },
];

/** Installed before the page's first byte: records every layout shift not caused by input. */
function observeShifts() {
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
      if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  Object.assign(window, { layoutShifts: { shifts, observer } });
}

/** The sum of the shifts so far, after two more frames so that the last render's shifts are reported. */
function shiftSum(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const { shifts, observer } = (window as unknown as { layoutShifts: { shifts: number[]; observer: PerformanceObserver } })
          .layoutShifts;
        for (const entry of observer.takeRecords() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) shifts.push(entry.value);
        resolve(shifts.reduce((sum, value) => sum + value, 0));
      }),
    ),
  );
}

for (const kind of KINDS) {
  test.describe(`layout shift: ${kind.name}`, () => {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`${width} px, ${colorScheme}: nothing moves once painted`, async ({ browser }) => {
          test.fail(kind.knownShift !== undefined, kind.knownShift);
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
          const page = await context.newPage();
          await page.addInitScript(observeShifts);
          const loaded = page.goto(kind.path);
          await kind.settled(page);
          await loaded;
          expect(await page.evaluate(shiftSum)).toBe(0);
          await context.close();
        });
      }
    }
  });
}
