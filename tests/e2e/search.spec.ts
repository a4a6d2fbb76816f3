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

/** The codes the `/search/` page lists for a query, best first, once it has answered. */
async function searchPageCodes(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.locator('#search-status')).not.toHaveText(/^(Searching…)?$/);
  return page.locator('#search-results li code').allTextContents();
}
const searchFor = (query: string) => `/search/?q=${encodeURIComponent(query)}`;

test.describe('the search page understands what people type', () => {
  const spellings: Array<[string, string]> = [
    ['CATALOG-NO-RESULT', 'CATALOG_NO_RESULT'],
    ['ACCESS\\_TOKEN\\_EXPIRED', 'ACCESS_TOKEN_EXPIRED'],
    ['catalog no result', 'CATALOG_NO_RESULT'],
    ['ERROR_INVALID_PARAMETERS', 'ERROR_INVALID_PARAMETER'],
    ['ACCESS_TOKEN_EXPIRD', 'ACCESS_TOKEN_EXPIRED'],
    ['`too_many_requests`', 'TOO_MANY_REQUESTS'],
  ];
  for (const [query, code] of spellings) {
    test(`puts ${code} first for “${query}”`, async ({ page }) => {
      expect((await searchPageCodes(page, searchFor(query)))[0]).toBe(code);
    });
  }

  test('a symptom in plain words that no page holds every word of still reaches its code', async ({ page }) => {
    const codes = await searchPageCodes(page, searchFor('the catalog service is not answering at all'));
    expect(codes[0]).toBe('CATALOG_UNAVAILABLE');
    expect((await searchPageCodes(page, searchFor('No response from catalog')))[0]).toBe('CATALOG_UNAVAILABLE');
  });

  test('a status in a sentence, a product name and common words of another language are understood', async ({ page }) => {
    const errors = await exported(page);
    const sentWith401 = new Set(errors.filter((error) => error.httpStatus === 401).map((error) => error.code));
    const sonos = new Set(errors.filter((error) => error.api === 'sonos-control').map((error) => error.code));
    const failed = await searchPageCodes(page, searchFor('the request failed (401) after a while'));
    expect(failed.slice(0, 3).filter((code) => sentWith401.has(code))).toHaveLength(3);
    const speaker = await searchPageCodes(page, searchFor('Sonos speaker says the token expired'));
    const isSonos = speaker.map((code) => sonos.has(code));
    expect(isSonos[0]).toBe(true);
    expect(isSonos, 'every Sonos code before any other').toEqual([...isSonos].sort((a, b) => Number(b) - Number(a)));
    expect(isSonos).toContain(false);
    expect((await searchPageCodes(page, searchFor('la playlist est pleine')))[0]).toBe('COLLECTION_PLAYLIST_FULL');
  });

  test('a mistyped word is searched as the word the index knows, and the page says so', async ({ page }) => {
    const codes = await searchPageCodes(page, searchFor('token expird'));
    expect(codes.slice(0, 3)).toContain('ACCESS_TOKEN_EXPIRED');
    await expect(page.locator('#search-status')).toContainText('Searched for “expired” (you typed “expird”)');
  });

  test('a pasted payload puts its code first, and a partial-failure body its top-level code', async ({ page }) => {
    const partial = JSON.stringify({
      TrackActionResults: [{ Id: 'music.1', Error: { ErrorCode: 'COLLECTION_INVALID_ID' } }],
      Error: { ErrorCode: 'COLLECTION_SOME_OPERATIONS_FAILED', Description: 'Some of the operations failed' },
    });
    expect(await searchPageCodes(page, searchFor(partial))).toEqual(['COLLECTION_SOME_OPERATIONS_FAILED', 'COLLECTION_INVALID_ID']);
  });

  test('each result shows an excerpt of the page with the matched words marked', async ({ page }) => {
    await searchPageCodes(page, searchFor('playback failed'));
    const marks = page.locator('#search-results li').first().locator('mark');
    await expect(marks.first()).toBeVisible();
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^(playback|fail)/);
    await expect(page.locator('#search-results li .result-excerpt').first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('search filters live in the URL', () => {
  test('a filter changed on the page narrows the results and is written into the URL', async ({ page }) => {
    const errors = await exported(page);
    const retryOf = new Map(errors.map((error) => [error.code, (error as ExportedError & { retry: string }).retry]));
    await searchPageCodes(page, searchFor('invalid'));
    await page.getByLabel('Retry advice').selectOption('retry-after-fix');
    await expect(page).toHaveURL(/[?&]retry=retry-after-fix(&|$)/);
    await expect(page.locator('#search-status')).toContainText('for “invalid”');
    const codes = await page.locator('#search-results li code').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(retryOf.get(code), code).toBe('retry-after-fix');
  });

  test('a shared URL with every filter restores them and shows only codes that pass all', async ({ page }) => {
    const errors = (await exported(page)) as Array<ExportedError & { retry: string; category: string }>;
    const expected = errors
      .filter((error) => error.api === 'groove' && error.httpStatus === 502 && error.retry === 'retry-with-backoff')
      .map((error) => error.code)
      .sort();
    const codes = await searchPageCodes(page, '/search/?q=&api=groove&httpStatus=502&retry=retry-with-backoff');
    expect(codes.sort()).toEqual(expected);
    await expect(page.locator('#filter-api')).toHaveValue('groove');
    await expect(page.locator('#filter-httpStatus')).toHaveValue('502');
    await expect(page.locator('#filter-retry')).toHaveValue('retry-with-backoff');
  });

  test("the index's retry filter is read from the URL and written back to it", async ({ page }) => {
    await page.goto('/groove/?retry=retry-with-backoff');
    await expect(page.locator('#retry-retry-with-backoff')).toBeChecked();
    await expect(page.locator('tr[data-retry="do-not-retry"]').first()).toBeHidden();
    await page.locator('#retry-all').check();
    await expect(page).toHaveURL(/\/groove\/$/);
    await page.locator('#retry-do-not-retry').check();
    await expect(page).toHaveURL(/\/groove\/\?retry=do-not-retry$/);
  });
});

test.describe('OpenSearch', () => {
  test('every page links the description, which sends the address bar to the search page', async ({ page }) => {
    for (const path of ['/', '/groove/', '/groove/CATALOG_NO_RESULT/', '/lookup/']) {
      await page.goto(path);
      await expect(page.locator('link[rel="search"][type="application/opensearchdescription+xml"]')).toHaveAttribute(
        'href',
        '/opensearch.xml',
      );
    }
    const xml = await (await page.request.get('/opensearch.xml')).text();
    expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"');
    const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)?.[1] ?? '';
    expect(template).toMatch(/\/search\/\?q=\{searchTerms\}$/);
    const url = new URL(template.replace('{searchTerms}', encodeURIComponent('catalog-no-result')), page.url());
    expect((await searchPageCodes(page, url.pathname + url.search))[0]).toBe('CATALOG_NO_RESULT');
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
    // The list for the whole query, not an earlier keystroke's, whose late replacement would move the highlight.
    await expect(listbox.getByRole('option').last()).toHaveText('All results for “no_result”');
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

  test('an answer that lands after the arrows keeps the option they highlighted', async ({ page }) => {
    await page.goto('/sonos-control/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search error codes' });
    await page.keyboard.type('no_resul');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.last()).toHaveText('All results for “no_resul”');
    // One more letter and two arrows in one task of the page, so the answer for the longer query can only arrive
    // after the arrows, as it does for a reader whose keys are quicker than the search.
    const picked = await box.evaluate((input: HTMLInputElement) => {
      input.value += 't';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const down = () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
      down();
      down();
      return document.querySelector('[role="option"][aria-selected="true"] code')?.textContent;
    });
    expect(picked).toBeTruthy();
    await expect(options.last()).toHaveText('All results for “no_result”');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(1).locator('code')).toHaveText(picked!);
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
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

  test('a payload pasted into the box lists its code first, and Enter opens it without sending the payload', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/groove/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search error codes' });
    await box.fill('{"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"Expired Azure Marketplace token."}}');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(first).toContainText('ACCESS_TOKEN_EXPIRED');
    await expect(first).toContainText('In the pasted text');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/groove\/ACCESS_TOKEN_EXPIRED\/$/);
    expect(requests.filter((url) => url.includes('Marketplace'))).toEqual([]);
  });

  test('the open list passes axe', async ({ page }) => {
    await page.goto('/groove/');
    await page.keyboard.press('/');
    await page.keyboard.type('expired');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    await expectAccessible(page);
  });
});
