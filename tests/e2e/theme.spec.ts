import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(16, 18, 22)';

test.describe('theme switch', () => {
  test('a chosen theme overrides the system, persists across pages, and "System" follows the system again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/groove/');
    const select = page.getByRole('combobox', { name: 'Colour theme' });
    await expect(select).toHaveValue('system');
    expect(await background(page)).toBe(LIGHT);

    await select.selectOption('dark');
    expect(await background(page)).toBe(DARK);
    await page.goto('/groove/CATALOG_NO_RESULT/');
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('dark');
    expect(await background(page)).toBe(DARK);

    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('system');
    expect(await background(page)).toBe(LIGHT);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  });

  test('the stored theme is applied before the body is parsed, so the page never paints in the other one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Records the root's theme at the moment <body> enters the document, before any of it can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/sonos-control/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  });

  test('without JavaScript the switch is not offered and the page follows the system', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('.theme-switch')).toBeHidden();
    expect(await background(page)).toBe(DARK);
    await context.close();
  });
});
