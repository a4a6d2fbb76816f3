import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('search', () => {
  test('searching a code from the header lists its page first, and the result opens it', async ({ page }) => {
    await page.goto('/sonos-control/');
    const search = page.getByRole('search').first();
    await search.getByRole('searchbox').fill('CATALOG_NO_RESULT');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=CATALOG_NO_RESULT$/);
    const first = page.locator('#search-results li').first();
    await expect(first).toContainText('CATALOG_NO_RESULT');
    await expect(first).toContainText('Groove Service REST API · Catalog errors · HTTP 404');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/groove\/CATALOG_NO_RESULT\/$/);
  });

  test('each code is the first result for its exact spelling', async ({ page, request }) => {
    const { errors } = (await (await request.get('/errors.json')).json()) as { errors: Array<{ code: string; url: string }> };
    for (const error of errors) {
      await page.goto(`/search/?q=${encodeURIComponent(error.code)}`);
      await expect(page.locator('#search-results li a').first()).toHaveAttribute('href', error.url);
    }
  });

  test('filters narrow the results by API and HTTP status', async ({ page }) => {
    await page.goto('/search/?q=invalid&httpStatus=502');
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    for (const text of await results.allTextContents()) expect(text).toContain('HTTP 502');
    await page.goto('/search/?q=invalid&api=sonos-control');
    await expect(results.first()).toBeVisible();
    for (const text of await results.allTextContents()) expect(text).toContain('Sonos Control API');
    await expectAccessible(page);
  });

  test('a search with no match says so', async ({ page }) => {
    await page.goto('/search/?q=zzqqxx');
    await expect(page.getByRole('status')).toHaveText('No codes found for “zzqqxx”.');
  });
});
