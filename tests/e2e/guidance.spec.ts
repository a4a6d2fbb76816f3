import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

interface ExportedError {
  api: string;
  code: string;
  url: string;
  retry: string;
}

test.describe('guidance on code pages', () => {
  test('a code page has causes, ordered steps, samples and related codes, each section linkable', async ({ page, request }) => {
    const { entry } = await (await request.get('/sonos-control/ERROR_INVALID_PARAMETER.json')).json();
    await page.goto('/sonos-control/ERROR_INVALID_PARAMETER/');
    for (const [id, name] of [
      ['causes', 'Causes'],
      ['troubleshooting', 'Troubleshooting'],
      ['samples', 'Samples'],
      ['related', 'Related codes'],
    ]) {
      await expect(page.locator(`section#${id}`).getByRole('heading', { level: 2 })).toContainText(name!);
    }
    await expect(page.locator('#causes li')).toHaveCount(entry.causes.length);
    await expect(page.locator('#troubleshooting ol li')).toHaveCount(entry.troubleshooting.length);
    await expect(page.locator('#troubleshooting .retry-advice')).toContainText('Retry after fixing the request');
    await expect(page.locator('#samples figure')).toHaveCount(entry.samples.length);
    await expect(page.locator('#samples')).toContainText(
      '"reason": "Set of players to group (array playerIds) contains invalid player ids"',
    );

    await page.getByRole('link', { name: 'Link to the Troubleshooting section' }).click();
    await expect(page).toHaveURL(/#troubleshooting$/);
    await page.locator('#related').getByRole('link', { name: 'ERROR_MISSING_PARAMETERS' }).click();
    await expect(page).toHaveURL(/\/sonos-control\/ERROR_MISSING_PARAMETERS\/$/);
    await expectAccessible(page);
  });

  test('each related code says how to tell it apart, and the API says what to log on every code page', async ({ page, request }) => {
    await page.goto('/sonos-control/ERROR_INVALID_PARAMETER/');
    const { entry } = await (await request.get('/sonos-control/ERROR_INVALID_PARAMETER.json')).json();
    const related = page.locator('#related li');
    await expect(related).toHaveCount(entry.related.length);
    for (const [index, item] of entry.related.entries()) {
      await expect(related.nth(index).getByRole('link')).toHaveText(item.code);
      await expect(related.nth(index).locator('span').last()).toHaveText(item.difference.replaceAll('`', ''));
    }
    const log = page.locator('section#log');
    await expect(log.getByRole('heading', { level: 2 })).toContainText('What to log');
    await expect(log.locator('li').first()).toContainText('errorCode and reason');
  });

  test('backoff advice gives its numbers and says the schedule is the site default', async ({ page, request }) => {
    const { errors } = (await (await request.get('/errors.json')).json()) as { errors: ExportedError[] };
    const backoff = errors.find((error) => error.api === 'groove' && error.retry === 'retry-with-backoff')!;
    await page.goto(backoff.url);
    const advice = page.locator('#troubleshooting .retry-advice');
    await expect(advice).toContainText('Retry up to 5 times, 1 s, 2 s, 4 s, 8 s, 16 s apart');
    await expect(advice).toContainText('31 s in all');
    await expect(advice).toContainText("This schedule is the site's default: the API publishes none.");
  });

  test('where the fix is in the request, the page shows the failing and the corrected request and what changed', async ({
    page,
    request,
  }) => {
    const { errors } = (await (await request.get('/errors.json')).json()) as { errors: ExportedError[] };
    let found: { url: string; fix: { failing: string; corrected: string; change: string } } | undefined;
    for (const error of errors) {
      const { entry } = await (await request.get(error.url.replace(/\/$/, '.json'))).json();
      if (entry.fix) {
        found = { url: error.url, fix: entry.fix };
        break;
      }
    }
    expect(found, 'at least one code shows its fix as an example').toBeDefined();
    await page.goto(found!.url);
    const fix = page.locator('section#fix');
    await expect(fix.locator('.fix-failing pre')).toHaveText(found!.fix.failing.trimEnd());
    await expect(fix.locator('.fix-corrected pre')).toHaveText(found!.fix.corrected.trimEnd());
    await expect(fix.locator('.fix-change')).toContainText(found!.fix.change.replaceAll('`', ''));
    await expect(fix.locator('.fix-change a.cite')).toHaveCount(1);
    await expectAccessible(page);
  });

  test('the copy button copies a sample response exactly as the API sends it, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/groove/CATALOG_NO_RESULT/');
    const response = page.locator('#samples .exchange-part[data-copy-label="response"]');
    await response.getByRole('button', { name: 'Copy the response' }).click();
    await expect(response.getByRole('status')).toHaveText('Copied the response.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The sample is the reference's own lookup example, which spells the code with hyphens.
    expect(JSON.parse(copied)).toEqual({ Error: { ErrorCode: 'CATALOG-NO-RESULT', Description: 'Item does not exist' } });
  });

  test('without JavaScript a code page shows its samples and no copy buttons', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/groove/TOO_MANY_REQUESTS/');
    await expect(page.locator('#samples pre').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
    await context.close();
  });
});

test.describe('the index retry filter', () => {
  test('narrows the table to one retry policy without JavaScript, hiding empty categories', async ({ browser, request }) => {
    const { errors } = (await (await request.get('/errors.json')).json()) as { errors: ExportedError[] };
    const backoff = errors.filter((error) => error.api === 'groove' && error.retry === 'retry-with-backoff');

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/groove/');
    await expect(page.locator('tr[data-retry]:visible')).toHaveCount(errors.filter((error) => error.api === 'groove').length);
    await page.getByRole('radio', { name: /Retry with backoff/ }).check();
    const visible = page.locator('tr[data-retry]:visible');
    await expect(visible).toHaveCount(backoff.length);
    expect((await visible.locator('th a').allTextContents()).sort()).toEqual(backoff.map((error) => error.code).sort());
    await expect(page.locator('section#input-validation')).toBeHidden();
    await page.getByRole('radio', { name: /Any/ }).check();
    await expect(page.locator('section#input-validation')).toBeVisible();
    await context.close();
  });
});

test.describe('guides', () => {
  for (const api of ['groove', 'sonos-control']) {
    test(`the ${api} guide is linked from its index, embeds registry codes, and is accessible`, async ({ page }) => {
      await page.goto(`/${api}/`);
      await page.locator('.guide-link a').click();
      await expect(page).toHaveURL(new RegExp(`/guides/${api}/$`));
      await expect(page.locator('.guide table.error-table tbody tr').first()).toBeVisible();
      await expect(page.locator('.guide .code-card').first()).toBeVisible();
      await expectAccessible(page);
    });
  }
});
