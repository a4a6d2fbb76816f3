import { expect, test, type Page } from '@playwright/test';
import { mixedLog } from '../../scripts/lib/mixed-log.ts';
import { largeOneCodeBody } from '../../scripts/lib/one-code-body.ts';
import { runBookmarklet } from '../../scripts/lib/run-bookmarklet.ts';
import { expectAccessible } from './axe.ts';

const lookup = (text: string) => `/lookup/?q=${encodeURIComponent(text)}`;

/**
 * Records every layout shift of each page the context opens, from its first paint on (a buffered
 * PerformanceObserver), with the elements that moved. Shifts in the site header are left out: the header is
 * the same on every page and tests/e2e/layout-shift.spec.ts holds it to zero.
 */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; moved: string[] }> = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node: Node | null }> }>) {
        const nodes = entry.sources.map((source) => source.node).filter((node): node is Element => node instanceof Element);
        if (nodes.some((node) => node.closest('.site-header'))) continue;
        shifts.push({ value: entry.value, moved: nodes.map((node) => node.outerHTML.slice(0, 80)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { layoutShifts: unknown[] }).layoutShifts);

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

  test('the home lookup never sends its text to the server', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/');
    const payload = JSON.stringify({ Error: { ErrorCode: 'TOO_MANY_REQUESTS', Description: 'x'.repeat(30_000) } });
    await page.getByLabel('Look up a code or paste an error response').fill(payload);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/groove\/TOO_MANY_REQUESTS\/$/);
    expect(requests.filter((url) => url.includes('xxxxxxxx'))).toEqual([]);
  });

  test('a 1 MB payload in the address, as the bookmarklet opens it, lands on its code page', async ({ page }) => {
    // How fast is `npm run bench`'s lookup_hash_1mb_to_code_ms; here only where it lands.
    const body = largeOneCodeBody();
    expect(body.length).toBeGreaterThanOrEqual(1_000_000);
    await page.goto('/groove/');
    // The lookup page may already be leaving when its navigation commits, which aborts `goto` itself.
    await page.goto(`/lookup/#q=${encodeURIComponent(body)}`, { waitUntil: 'commit' }).catch(() => undefined);
    await page.waitForURL((url) => url.pathname === '/groove/COLLECTION_FULL/');
    // The code page took the lookup's place in the history: Back does not return to a page that opens it again.
    await page.goBack();
    await expect(page).toHaveURL(/\/groove\/$/);
  });

  test('a 1 MB paste into the home page box reaches its code page without travelling in the address', async ({ page }) => {
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    await page.goto('/');
    await page.getByLabel('Look up a code or paste an error response').evaluate((box, text) => {
      (box as HTMLTextAreaElement).value = text;
    }, largeOneCodeBody());
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/groove\/COLLECTION_FULL\/$/);
    expect(addresses.filter((address) => address.length > 1000)).toEqual([]);
  });

  test('a long paste from the home page that names several codes is listed, and then kept in the address', async ({ page }) => {
    await page.goto('/');
    const log = `ACCESS_TOKEN_EXPIRED then AUTHORIZATION_TOKEN_EXPIRED ${'x'.repeat(30_000)}`;
    await page.getByLabel('Look up a code or paste an error response').fill(log);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByRole('status')).toHaveText('2 codes found in what you entered. Choose one:');
    await expect(page).toHaveURL(/\/lookup\/#q=ACCESS_TOKEN_EXPIRED%20then/);
    await page.reload();
    await expect(page.getByRole('status')).toHaveText('2 codes found in what you entered. Choose one:');
  });

  for (const [kind, text, answered] of [
    ['a log', 'ACCESS_TOKEN_EXPIRED, then AUTHORIZATION_TOKEN_EXPIRED, then ACCESS_TOKEN_EXPIRED', '2 codes found in what you entered'],
    ['text that matches nothing', 'the frobnicator wobbles sideways', 'No code found in what you entered'],
  ]) {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      test(`opened with ${kind}, the lookup page answers without a layout shift at ${viewport.width} px`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await recordLayoutShifts(page);
        await page.goto(`/lookup/#q=${encodeURIComponent(text!)}`);
        await expect(page.locator('#lookup-status')).toContainText(answered!);
        await expect(page.locator('#bookmarklet-section')).toBeVisible();
        // Two frames after the answer, so that its layout has been observed.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        expect(await layoutShifts(page)).toEqual([]);
      });
    }
  }

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

  test('the bookmarklet deflates a 1 MB selection into a short #z= address that lands on its code', async ({ page, context, baseURL }) => {
    await context.addInitScript(() => {
      if (location.pathname === '/lookup/') sessionStorage.setItem('opened-as', location.href);
    });
    await page.goto('/lookup/');
    const href = (await page.locator('#bookmarklet').getAttribute('href'))!;
    const { opened } = await runBookmarklet(context, href, largeOneCodeBody());
    await expect(opened).toHaveURL(`${baseURL}/groove/COLLECTION_FULL/`);
    // The tab keeps its sessionStorage from the lookup page to the code page it opened.
    const lookupAddress = (await opened.evaluate(() => sessionStorage.getItem('opened-as')))!;
    expect(lookupAddress).toContain('/lookup/#z=');
    // A tenth of the same text in #q=, which is 1.7 MB, where Chromium spends seconds.
    expect(lookupAddress.length).toBeLessThan(encodeURIComponent(largeOneCodeBody()).length / 10);
  });

  test('a damaged #z= address says so and leaves the box empty for a paste', async ({ page }) => {
    await page.goto('/lookup/#z=AAAA');
    await expect(page.locator('#lookup-status')).toHaveText(/could not be read: the link’s compressed text is damaged/);
    await expect(page.getByLabel('A code, or a whole error response as you received it')).toHaveValue('');
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

  test('a pasted log lists each code once, most frequent first, with its count and first line, and copies as a Markdown table', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const log = [
      'Mar 01 10:00:00 app[311]: GET /1/content/music/collection/browse -> 401 {"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"Expired Azure Marketplace token."}}',
      'Mar 01 10:00:04 app[311]: ws << [{"namespace":"playback","success":false,"type":"globalError"},{"errorCode":"ERROR_NOT_CAPABLE"}]',
      'Mar 01 10:00:05 app[311]: retry 1/3 errorCode=ERROR_NOT_CAPABLE player=RINCON_000E58A0123401400',
      'Mar 01 10:00:09 app[311]: Unhandled GrooveException: TOO-MANY-REQUESTS',
      'Mar 01 10:00:11 app[311]: retry 2/3 errorCode=ERROR_NOT_CAPABLE player=RINCON_000E58A0123401400',
    ].join('\n');
    await page.goto('/lookup/');
    await page.getByLabel('A code, or a whole error response as you received it').fill(log);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByRole('status').first()).toHaveText('3 codes found in what you entered. Choose one:');
    const items = page.locator('#lookup-matches li');
    await expect(items.locator('a')).toHaveText(['ERROR_NOT_CAPABLE', 'ACCESS_TOKEN_EXPIRED', 'TOO_MANY_REQUESTS']);
    await expect(items.nth(0).locator('.result-facts')).toContainText('3 lines');
    await expect(items.nth(0).locator('.result-line')).toHaveText(`First on line 2: ${log.split('\n')[1]}`);
    await expect(items.nth(2).locator('.result-line')).toHaveText(
      'First on line 4: Mar 01 10:00:09 app[311]: Unhandled GrooveException: TOO-MANY-REQUESTS',
    );
    await page.getByRole('button', { name: 'Copy as a Markdown table' }).click();
    await expect(page.locator('#lookup-copy-status')).toHaveText('The table is copied, as Markdown.');
    const table = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(table[0]).toBe('| Code | API | Lines | First line | First occurrence |');
    expect(table[2]).toMatch(
      /^\| \[ERROR_NOT_CAPABLE\]\(http:\/\/127\.0\.0\.1:\d+\/sonos-control\/ERROR_NOT_CAPABLE\/\) \| Sonos Control API \| 3 \| 2 \| `Mar 01/,
    );
    expect(table).toHaveLength(5);
    await expectAccessible(page);
  });

  test('a quoted message opens its code, and one with other variable parts lists the codes it reads like', async ({ page }) => {
    await page.goto(lookup('Invalid collection id for this operation'));
    await expect(page).toHaveURL(/\/groove\/COLLECTION_INVALID_ID\/$/);
    await page.goto(lookup('Missing required value:[2].groupId'));
    await expect(page).toHaveURL(/\/sonos-control\/ERROR_MISSING_PARAMETERS\/$/);
    await page.goto(lookup('Parameter count must have a value of at least 5'));
    await expect(page.getByRole('status')).toHaveText(
      'No code in what you entered, but it reads like the message these codes are sent with:',
    );
    await expect(page.locator('#lookup-matches li a').first()).toHaveText('INVALID_INPUT_PARAMETER');
  });

  test("a code the registry lacks in a known API's envelope is named undocumented, with that API's nearest codes", async ({ page }) => {
    await page.goto(lookup('{"errorCode":"ERROR_SOMETHING_NEW","reason":"new in firmware 16.2"}'));
    await expect(page.getByRole('status').first()).toHaveText(
      'ERROR_SOMETHING_NEW is not documented: the Sonos Control API sent it, but its reference does not list it.',
    );
    await expect(page.locator('#lookup-matches li .result-facts')).toHaveText('Undocumented · Sonos Control API · 1 line');
    const nearest = page.locator('#lookup-results li > a');
    await expect(nearest).toHaveCount(3);
    for (const link of await nearest.all()) await expect(link).toHaveAttribute('href', /^\/sonos-control\//);
    // The site under test is built without REPOSITORY_URL, so there is nowhere to report it.
    await expect(page.getByRole('link', { name: /Report ERROR_SOMETHING_NEW/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('ten megabytes of pasted log are triaged: each code once, most frequent first', async ({ page }) => {
    // How fast, and how long the page ever goes without running a timer, is measured by `npm run bench`
    // (lookup_10mb_log_*), not here: a timed assertion fails on a loaded machine, not on a slow page.
    await Promise.all([page.waitForResponse((response) => response.url().includes('/lookup/codes.json')), page.goto('/lookup/')]);
    const log = mixedLog(10_000_000);
    await page.evaluate((text) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/plain', text);
      const box = document.querySelector<HTMLTextAreaElement>('#lookup-page-input')!;
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    }, log);
    expect(log.length).toBeGreaterThanOrEqual(10_000_000);
    await expect(page.locator('#lookup-status')).toContainText('2 codes found', { timeout: 30_000 });
    await expect(page.locator('#lookup-matches li a')).toHaveText(['ERROR_NOT_CAPABLE', 'TOO_MANY_REQUESTS']);
  });

  test('a log file chosen on the page is triaged like a paste', async ({ page }) => {
    await page.goto('/lookup/');
    const log =
      'E/Sonos: globalError errorCode: ERROR_COMMAND_FAILED\nE/Sonos: globalError errorCode: ERROR_COMMAND_FAILED\nW/Groove: 404 CATALOG_NO_RESULT\n';
    await page.getByLabel('Or choose a log file').setInputFiles({ name: 'app.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
    await expect(page.locator('#lookup-matches li a')).toHaveText(['ERROR_COMMAND_FAILED', 'CATALOG_NO_RESULT']);
    await expect(page.locator('#lookup-matches li .result-facts').first()).toContainText('2 lines');
  });
});
