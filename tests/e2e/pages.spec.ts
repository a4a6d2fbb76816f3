import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('pages', () => {
  test('the home page presents both APIs with their code counts and links to them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error Code Reference');
    const groove = page.getByRole('article').filter({ hasText: 'Groove Service REST API' });
    await expect(groove).toContainText('45 codes in 8 categories');
    await expect(page.getByRole('article').filter({ hasText: 'Sonos Control API' })).toContainText('10 codes in 1 category');
    await groove.getByRole('link', { name: 'Groove Service REST API' }).click();
    await expect(page).toHaveURL(/\/groove\/$/);
    await expectAccessible(page);
  });

  test('an API index lists every code by category, and its links reach the code pages', async ({ page }) => {
    await page.goto('/groove/');
    await expect(page.getByRole('heading', { level: 2, name: 'Catalog errors' })).toBeVisible();
    await expect(page.locator('table.error-table tbody tr')).toHaveCount(45);
    const catalog = page.locator('section#catalog');
    await expect(catalog.locator('tbody tr')).toHaveCount(3);
    await catalog.getByRole('link', { name: 'CATALOG_NO_RESULT' }).click();
    await expect(page).toHaveURL(/\/groove\/CATALOG_NO_RESULT\/$/);
    await page.goto('/groove/');
    await expectAccessible(page);
  });

  test('a code page states the code, API, category, HTTP status and summary, and leads back to its index', async ({ page }) => {
    await page.goto('/groove/TOO_MANY_REQUESTS/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TOO_MANY_REQUESTS');
    await expect(page.locator('.eyebrow')).toHaveText('Groove Service REST API');
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Server errors');
    await expect(facts).toContainText('429 Too Many Requests');
    await expect(page.locator('p.source').getByRole('link', { name: /Error \(JSON\), Groove Service REST Reference/ })).toHaveAttribute(
      'href',
      'https://docs.microsoft.com/en-us/groove/groove-service-rest-reference/json-error',
    );
    await expectAccessible(page);
    await page.getByRole('link', { name: '← All Groove Service REST API codes' }).click();
    await expect(page).toHaveURL(/\/groove\/$/);
  });

  test('a Sonos code page says there is no HTTP status rather than inventing one', async ({ page }) => {
    await page.goto('/sonos-control/ERROR_NOT_CAPABLE/');
    await expect(page.locator('dl.facts')).toContainText('HTTP statusNone');
    await expect(page.getByText('gives this code no HTTP status of its own: in a command response it has none.')).toBeVisible();
    await expectAccessible(page);
  });

  test('a code page has a support section: words for the customer with a copy button, who acts, and what to ask for', async ({
    page,
    context,
    request,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { entry } = await (await request.get('/groove/TOO_MANY_REQUESTS.json')).json();
    await page.goto('/groove/TOO_MANY_REQUESTS/');
    const support = page.locator('section#support');
    await expect(support.getByRole('heading', { level: 2 })).toContainText('For support');
    await expect(support).toContainText(/Who acts: The (end user|app's developer|API's owner \(escalate\))\./);
    await expect(page.locator('dl.facts')).toContainText('Who acts');
    await expect(support.locator('.support-ask li')).toHaveText(entry.support.ask);
    await support.getByRole('button', { name: 'Copy the words for the customer' }).click();
    await expect(support.getByRole('status')).toHaveText('Copied the words for the customer.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry.support.customer);
    await expect(page.locator('.seen')).toContainText(entry.seen.user);
    await expectAccessible(page);
  });

  test('Copy for ticket also gives the customer words and an internal note with who acts, what to collect and the link', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { entry } = await (await request.get('/sonos-control/ERROR_NOT_CAPABLE.json')).json();
    await page.goto('/sonos-control/ERROR_NOT_CAPABLE/');
    const share = page.locator('.share');
    await share.getByRole('button', { name: /^Copy customer words/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry.support.customer);
    await share.getByRole('button', { name: /^Copy internal note/ }).click();
    const actor = (await page.locator('dl.facts a[href="#support"]').innerText()).trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        `ERROR_NOT_CAPABLE (Sonos Control API): ${entry.summary}`,
        `Who acts: ${actor}`,
        'Collect from the customer:',
        ...entry.support.ask.map((item: string) => `- ${item}`),
        `Reference: ${baseURL}/sonos-control/ERROR_NOT_CAPABLE/`,
      ].join('\n'),
    );
  });

  test('a code page reads fine without JavaScript: every section, its sources and support, and no copy buttons', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/groove/INVALID_INPUT_PARAMETER/');
    for (const id of ['troubleshooting', 'causes', 'related', 'support', 'samples', 'log', 'sources']) {
      await expect(page.locator(`section#${id}`)).toBeVisible();
    }
    await expect(page.locator('section#support blockquote')).toBeVisible();
    await expect(page.locator('.share')).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
    await context.close();
  });

  test('an unknown address shows the not-found page with lookup and search', async ({ page }) => {
    const response = await page.goto('/groove/NOT_A_REAL_CODE/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByLabel('Look up a code or paste an error response')).toBeVisible();
    await expectAccessible(page);
  });

  test('pages read fine without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sonos-control/');
    await expect(page.locator('table.error-table tbody tr')).toHaveCount(10);
    await page.goto('/search/?q=volume');
    // Playwright's text selectors skip <noscript> on purpose, so the notice is found by its class.
    const notice = page.locator('p.notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Search runs in your browser and needs JavaScript');
    await notice.getByRole('link', { name: 'Sonos Control API' }).click();
    await expect(page).toHaveURL(/\/sonos-control\/$/);
    await context.close();
  });
});
