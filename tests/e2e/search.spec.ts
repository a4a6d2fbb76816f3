import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe.ts';

interface ExportedError {
  api: string;
  code: string;
  url: string;
  httpStatus: number | null;
}

async function exported(page: Page): Promise<ExportedError[]> {
  const response = await page.request.get('/errors.json');
  return ((await response.json()) as { errors: ExportedError[] }).errors;
}

/** The codes Pagefind returns for a query, best first, as the search page would ask for them. */
async function search(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (text) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    const { results } = await pagefind.search(text);
    const data = await Promise.all(results.slice(0, 10).map((result: { data(): Promise<{ meta: { code: string } }> }) => result.data()));
    return data.map((entry: { meta: { code: string } }) => entry.meta.code);
  }, query);
}

test.describe('search quality', () => {
  test('every code is the first result for its exact and its lower-case spelling', async ({ page }) => {
    const errors = await exported(page);
    await page.goto('/search/');
    for (const error of errors) {
      expect((await search(page, error.code))[0], error.code).toBe(error.code);
      expect((await search(page, error.code.toLowerCase()))[0], error.code.toLowerCase()).toBe(error.code);
    }
  });

  test('a part of a code, words from it, and words people use find the right codes', async ({ page }) => {
    await page.goto('/search/');
    expect((await search(page, 'NO_RESULT')).sort()).toEqual(['CATALOG_NO_RESULT', 'COLLECTION_NO_RESULT', 'DISCOVERY_NO_RESULT']);
    expect((await search(page, 'concurrent streaming'))[0]).toBe('DELIVERY_CONCURRENT_STREAMING');
    expect((await search(page, 'throttled'))[0]).toBe('TOO_MANY_REQUESTS');
    expect((await search(page, 'rate limit'))[0]).toBe('TOO_MANY_REQUESTS');
    expect((await search(page, 'line in'))[0]).toBe('ERROR_NOT_CAPABLE');
  });

  test('an HTTP status finds exactly the codes sent with it', async ({ page }) => {
    const errors = await exported(page);
    const notFound = errors
      .filter((error) => error.httpStatus === 404)
      .map((error) => error.code)
      .sort();
    await page.goto('/search/?q=404');
    await expect(page.getByRole('status')).toHaveText(`${notFound.length} results sent with HTTP 404.`);
    expect((await page.locator('#search-results li code').allTextContents()).sort()).toEqual(notFound);
  });

  test('results show code, API, category and summary, filters narrow them, and an exact code is marked', async ({ page }) => {
    await page.goto('/search/?q=catalog_no_result');
    const first = page.locator('#search-results li').first();
    await expect(first).toContainText('CATALOG_NO_RESULT');
    await expect(first).toContainText('Groove Service REST API · Catalog errors · HTTP 404');
    await expect(first).toContainText('The catalog has no item matching the requested ID.');
    await expect(first).toHaveClass(/exact-match/);
    await expect(page.getByRole('status')).toContainText('Exact match: CATALOG_NO_RESULT.');

    await page.goto('/search/?q=invalid&api=sonos-control');
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    for (const text of await results.allTextContents()) expect(text).toContain('Sonos Control API');
    await expectAccessible(page);
  });

  test('a search with no match says so', async ({ page }) => {
    await page.goto('/search/?q=zzqqxx');
    await expect(page.getByRole('status')).toHaveText('No codes found for “zzqqxx”.');
  });
});

test.describe('the header search, by keyboard alone', () => {
  test('/ focuses it, arrows pick a result and Enter opens it', async ({ page }) => {
    await page.goto('/sonos-control/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search error codes' });
    await expect(box).toBeFocused();
    await page.keyboard.type('no_result');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(listbox.getByRole('option')).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = listbox.getByRole('option').nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    const code = (await second.locator('code').textContent())!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/groove/${code}/$`));
  });

  test('Ctrl+K focuses it, an exact code opens with Enter, and Escape closes then clears', async ({ page }) => {
    await page.goto('/');
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search error codes' });
    await expect(box).toBeFocused();
    await page.keyboard.type('error_not_capable');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox.getByRole('option').first()).toContainText('Exact code');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await page.keyboard.type('error_not_capable');
    await expect(listbox.getByRole('option').first()).toContainText('Exact code');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sonos-control\/ERROR_NOT_CAPABLE\/$/);
  });

  test('Enter with nothing picked opens the full results page', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('token');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=token$/);
    await expect(page.locator('#search-results li').first()).toBeVisible();
  });

  test('the open list passes axe', async ({ page }) => {
    await page.goto('/groove/');
    await page.keyboard.press('/');
    await page.keyboard.type('expired');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await expectAccessible(page);
  });
});
