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

  test('the home lookup sends its text in the fragment, which never reaches the server', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/');
    const payload = JSON.stringify({ Error: { ErrorCode: 'TOO_MANY_REQUESTS', Description: 'x'.repeat(30_000) } });
    await page.getByLabel('Look up a code or paste an error response').fill(payload);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/groove\/TOO_MANY_REQUESTS\/$/);
    expect(requests.filter((url) => url.includes('xxxxxxxx'))).toEqual([]);
  });

  test('both ?q= and #q= links resolve', async ({ page }) => {
    await page.goto('/lookup/#q=catalog-no-result');
    await expect(page).toHaveURL(/\/groove\/CATALOG_NO_RESULT\/$/);
    await page.goto(lookup('ACCESS\\_TOKEN\\_EXPIRED'));
    await expect(page).toHaveURL(/\/groove\/ACCESS_TOKEN_EXPIRED\/$/);
  });

  test('a partial-failure body lists its top-level code first', async ({ page }) => {
    const body = JSON.stringify({
      TrackActionResults: [{ Id: 'music.1', Error: { ErrorCode: 'COLLECTION_INVALID_ID' } }],
      Error: { ErrorCode: 'COLLECTION_SOME_OPERATIONS_FAILED' },
    });
    await page.goto(`/lookup/#q=${encodeURIComponent(body)}`);
    await expect(page.locator('#lookup-matches li a')).toHaveText(['COLLECTION_SOME_OPERATIONS_FAILED', 'COLLECTION_INVALID_ID']);
  });

  test('the lookup form answers first and then writes its text into the address as a new history entry', async ({ page }) => {
    // What the status line said at each change of the address: the answer must already be there.
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { saidAtPush: string[] }).saidAtPush = said;
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        said.push(document.querySelector('#lookup-status')?.textContent ?? '');
        push(...args);
      };
    });
    await page.goto('/lookup/');
    const box = page.getByLabel('A code, or a whole error response as you received it');
    await box.fill('ACCESS_TOKEN_EXPIRED or AUTHORIZATION_TOKEN_EXPIRED');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/lookup\/#q=ACCESS_TOKEN_EXPIRED%20or%20AUTHORIZATION_TOKEN_EXPIRED$/);
    expect(await page.evaluate(() => (window as unknown as { saidAtPush: string[] }).saidAtPush)).toEqual([
      '2 codes found in what you entered. Choose one:',
    ]);
    await box.fill('the user is being throttled');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/#q=the%20user%20is%20being%20throttled$/);
    // Back returns to the first text's answer, looked up again from the address.
    await page.goBack();
    await expect(page.getByRole('status')).toHaveText('2 codes found in what you entered. Choose one:');
    await expect(box).toHaveValue('ACCESS_TOKEN_EXPIRED or AUTHORIZATION_TOKEN_EXPIRED');
  });

  test('a long text naming no code is answered, and not copied into the text box', async ({ page }) => {
    await page.goto('/lookup/');
    await page.evaluate(() => {
      location.hash = `q=${encodeURIComponent('zzqqx '.repeat(50_000))}`;
    });
    await expect(page.getByRole('status')).toHaveText('No code found in what you entered, and no page matches its words.');
    const box = page.getByLabel('A code, or a whole error response as you received it');
    await expect(box).toHaveValue('');
    await expect(box).toHaveAttribute('placeholder', /KB of text from the address was looked up/);
  });

  test('the Look up selection bookmarklet opens the lookup with the text selected on another page', async ({ page, context, baseURL }) => {
    await page.goto('/lookup/');
    const href = (await page.locator('#bookmarklet').getAttribute('href'))!;
    expect(href).toMatch(/^javascript:/);
    const ticket = await context.newPage();
    await ticket.setContent('<p>Customer reports <span id="code">ERROR_NOT_CAPABLE</span> when choosing line-in.</p>');
    await ticket.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('#code')!));
    const popup = context.waitForEvent('page');
    await ticket.evaluate((source) => new Function(source)(), decodeURIComponent(href.slice('javascript:'.length)));
    const opened = await popup;
    await expect(opened).toHaveURL(`${baseURL}/sonos-control/ERROR_NOT_CAPABLE/`);
  });

  test('a code under the wrong API offers its own page', async ({ page }) => {
    await page.goto('/groove/ERROR_NOT_CAPABLE/');
    await expect(page.locator('#not-found-status')).toHaveText(
      'ERROR_NOT_CAPABLE is not a code of this API; it is documented for the Sonos Control API:',
    );
    await expect(page.locator('#not-found-suggestions li a')).toHaveAttribute('href', '/sonos-control/ERROR_NOT_CAPABLE/');
  });

  test('a hyphenated code URL reaches the canonical page', async ({ page }) => {
    await page.goto('/groove/catalog-no-result');
    await expect(page).toHaveURL(/\/groove\/CATALOG_NO_RESULT\/$/);
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
