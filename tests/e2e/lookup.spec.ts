import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('lookup', () => {
  test('a Sonos response pasted into the home page lookup opens the code page', async ({ page }) => {
    await page.goto('/');
    await page
      .getByLabel('Look up a code or paste an error response')
      .fill('[{"namespace":"groupVolume:1","success":false,"type":"globalError"},{"errorCode":"ERROR_MISSING_PARAMETERS","reason":"Missing required value:[0].householdId"}]');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/sonos-control\/ERROR_MISSING_PARAMETERS\/$/);
  });

  test('a code in lower case resolves to its page', async ({ page }) => {
    await page.goto('/lookup/?q=delivery_concurrent_streaming');
    await expect(page).toHaveURL(/\/groove\/DELIVERY_CONCURRENT_STREAMING\/$/);
  });

  test('text naming several codes offers them as a list', async ({ page }) => {
    await page.goto(`/lookup/?q=${encodeURIComponent('ACCESS_TOKEN_EXPIRED, then AUTHORIZATION_TOKEN_EXPIRED')}`);
    await expect(page.getByRole('status')).toHaveText('2 codes found in what you entered. Choose one:');
    await expect(page.locator('#lookup-matches li a')).toHaveText(['ACCESS_TOKEN_EXPIRED', 'AUTHORIZATION_TOKEN_EXPIRED']);
    await expectAccessible(page);
  });

  test('text with no code says so, and pasted markup stays text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      return dialog.dismiss();
    });
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await page.goto(`/lookup/?q=${encodeURIComponent(hostile)}`);
    await expect(page.getByRole('status')).toContainText('No code found in what you entered');
    await expect(page.getByLabel('A code, or a whole error response as you received it')).toHaveValue(hostile);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});
