import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

const lookup = (text: string) => `/lookup/?q=${encodeURIComponent(text)}`;

test.describe('lookup', () => {
  test('a Sonos [header, body] response pasted into the home page opens the code page', async ({ page }) => {
    await page.goto('/');
    await page
      .getByLabel('Look up a code or paste an error response')
      .fill(
        '[{"namespace":"groupVolume","response":"setVolume","success":false,"type":"globalError"},{"errorCode":"ERROR_MISSING_PARAMETERS","reason":"Missing required value:[0].householdId"}]',
      );
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/sonos-control\/ERROR_MISSING_PARAMETERS\/$/);
  });

  const payloads: Array<[string, string, RegExp]> = [
    ['a code in lower case', 'delivery_concurrent_streaming', /\/groove\/DELIVERY_CONCURRENT_STREAMING\/$/],
    ['a code inside a sentence', 'Customer says the app shows TOO_MANY_REQUESTS after a minute.', /\/groove\/TOO_MANY_REQUESTS\/$/],
    [
      'a pretty-printed Groove body',
      '{\n  "Error": {\n    "ErrorCode": "ACCESS_TOKEN_EXPIRED",\n    "Description": "Expired Azure Marketplace token."\n  }\n}',
      /\/groove\/ACCESS_TOKEN_EXPIRED\/$/,
    ],
    [
      'a minified body under its status line and headers',
      'HTTP/1.1 409 Conflict\nContent-Type: application/json\n\n{"Error":{"ErrorCode":"COLLECTION_CONCURRENT_UPDATE","Description":"Concurrent update of the collection."}}',
      /\/groove\/COLLECTION_CONCURRENT_UPDATE\/$/,
    ],
    ['a fragment that is not valid JSON', '"errorCode":"ERROR_INVALID_OBJECT_ID"}, {"nam', /\/sonos-control\/ERROR_INVALID_OBJECT_ID\/$/],
    [
      'a payload whose message mentions another code',
      '{"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"x","Message":"not AUTHORIZATION_TOKEN_EXPIRED"}}',
      /\/groove\/ACCESS_TOKEN_EXPIRED\/$/,
    ],
  ];
  for (const [name, text, url] of payloads) {
    test(`resolves ${name}`, async ({ page }) => {
      await page.goto(lookup(text));
      await expect(page).toHaveURL(url);
    });
  }

  test('text naming several codes offers them as a list with their summaries', async ({ page }) => {
    await page.goto(lookup('ACCESS_TOKEN_EXPIRED, then AUTHORIZATION_TOKEN_EXPIRED'));
    await expect(page.getByRole('status')).toHaveText('2 codes found in what you entered. Choose one:');
    await expect(page.locator('#lookup-matches li a')).toHaveText(['ACCESS_TOKEN_EXPIRED', 'AUTHORIZATION_TOKEN_EXPIRED']);
    await expect(page.locator('#lookup-matches li').first()).toContainText('The Azure Marketplace access token has expired');
    await expectAccessible(page);
  });

  test('a misspelt code is answered with the nearest codes', async ({ page }) => {
    await page.goto(lookup('CATALOG_NO_RESULTS'));
    await expect(page.getByRole('status')).toHaveText('No code found in what you entered. Did you mean one of these?');
    await expect(page.locator('#lookup-matches li a').first()).toHaveText('CATALOG_NO_RESULT');
  });

  test('text with no code says so and shows search results for its words', async ({ page }) => {
    await page.goto(lookup('the user is being throttled'));
    await expect(page.getByRole('status')).toHaveText('No code found in what you entered. Search results for its words:');
    await expect(page.locator('#lookup-results li a').first()).toHaveText('TOO_MANY_REQUESTS');
  });

  test('pasted markup stays text and runs nothing', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      return dialog.dismiss();
    });
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await page.goto(lookup(hostile));
    await expect(page.getByRole('status')).toContainText('No code found in what you entered');
    await expect(page.getByLabel('A code, or a whole error response as you received it')).toHaveValue(hostile);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});
