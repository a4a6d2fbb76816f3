import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('links that support tickets can trust', () => {
  for (const variant of [
    '/groove/catalog_no_result/',
    '/GROOVE/Catalog_No_Result',
    '/groove/CATALOG_NO_RESULT',
    '/Groove/catalog_NO_result/',
  ]) {
    test(`${variant} reaches the canonical page`, async ({ page }) => {
      await page.goto(variant);
      await expect(page).toHaveURL(/\/groove\/CATALOG_NO_RESULT\/?$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('CATALOG_NO_RESULT');
    });
  }

  test('a case variant keeps the section it linked to', async ({ page }) => {
    await page.goto('/sonos-control/error_not_capable/#troubleshooting');
    await expect(page).toHaveURL(/\/sonos-control\/ERROR_NOT_CAPABLE\/#troubleshooting$/);
  });

  test('an API id in another case reaches its index', async ({ page }) => {
    await page.goto('/SONOS-CONTROL/');
    await expect(page).toHaveURL(/\/sonos-control\/$/);
  });

  test('a mistyped code URL offers the nearest codes', async ({ page }) => {
    const response = await page.goto('/groove/ACCESS_TOKEN_EXPIRD/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('#not-found-status')).toHaveText('Perhaps you meant:');
    await expect(page.locator('#not-found-suggestions li a').first()).toHaveText('ACCESS_TOKEN_EXPIRED');
    await expectAccessible(page);
  });

  test('Copy link and Copy for ticket copy the address the reader is on, and a Markdown line with it', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Reached through a case variant and with a fragment: what is copied is the canonical page on this host.
    await page.goto('/groove/too_many_requests/#samples');
    await expect(page).toHaveURL(/\/groove\/TOO_MANY_REQUESTS\/#samples$/);
    const here = `${baseURL}/groove/TOO_MANY_REQUESTS/`;
    const share = page.locator('.share');
    await share.getByRole('button', { name: 'Copy link to this code' }).click();
    await expect(share.getByRole('status').first()).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(here);
    await share.getByRole('button', { name: /^Copy for ticket/ }).click();
    await expect(share.getByRole('status').last()).toHaveText('Ticket text copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[\`TOO_MANY_REQUESTS\`](${here}) (Groove Service REST API): The caller sent more requests than its rate limit allows and is being throttled.`,
    );
  });

  test('section headings link to their own anchors', async ({ page }) => {
    await page.goto('/groove/TOO_MANY_REQUESTS/');
    for (const id of ['causes', 'troubleshooting', 'samples']) {
      await expect(page.locator(`section#${id} h2 a.anchor`)).toHaveAttribute('href', `#${id}`);
    }
  });
});
