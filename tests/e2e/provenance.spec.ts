import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe.ts';

test.describe('provenance on code pages', () => {
  test('a documented code quotes its owner apart from our guidance, and each copied sample links the page it is copied from', async ({
    page,
    request,
  }) => {
    await page.goto('/groove/COLLECTION_INVALID_ID/');
    const upstream = page.locator('.upstream-description');
    await expect(upstream).toContainText('Documented by Microsoft');
    await expect(upstream.locator('blockquote')).toHaveText('Invalid collection id for this operation');
    await expect(upstream.getByRole('link', { name: 'Error (JSON), Groove Service REST Reference' })).toHaveAttribute(
      'href',
      'https://docs.microsoft.com/en-us/groove/groove-service-rest-reference/json-error',
    );

    const samples = page.locator('#samples figure');
    const { entry } = await (await request.get('/groove/COLLECTION_INVALID_ID.json')).json();
    await expect(samples).toHaveCount(entry.samples.length);
    const first = samples.first().locator('.sample-provenance');
    await expect(first).toContainText('Upstream');
    await expect(first.getByRole('link')).toHaveAttribute(
      'href',
      /groove-api-documentation\/blob\/[0-9a-f]{40}\/Groove\/groove-service-rest-reference\/uri-[a-z-]+\.md$/,
    );
    await expect(samples.first()).toContainText('"ErrorCode": "COLLECTION-INVALID-ID"');

    const sources = page.locator('section#sources li');
    await expect(sources.first()).toContainText("Microsoft, the API's owner");
    await expect(page.locator('section#sources')).toContainText('mobajemu-msft/groove-api-documentation');
  });

  test('an illustrative sample says so and carries no invented Message', async ({ page }) => {
    await page.goto('/groove/MISSING_INPUT_PARAMETER/');
    const sample = page.locator('#samples figure');
    await expect(sample.locator('.sample-provenance')).toContainText('Illustrative');
    await expect(sample.locator('.sample-provenance').getByRole('link')).toHaveText('GET (/1/content/{namespace}/search?q={query})');
    await expect(sample).toContainText('GET /1/content/music/search?accessToken=Bearer+[...]');
    await expect(sample).not.toContainText('Message');
  });

  test('a code seen only in clients says the owner does not list it, and shows the HTTP status clients get', async ({ page }) => {
    await page.goto('/sonos-control/ERROR_NOT_AUTHORIZED/');
    await expect(page.locator('.upstream-description')).toContainText('Observed in clients');
    await expect(page.locator('.upstream-description')).toContainText('Not in the Sonos Control API reference');
    await expect(page.locator('.upstream-description blockquote')).toHaveCount(0);
    await expect(page.locator('#samples .status-line')).toHaveText('HTTP/1.1 401 Unauthorized');
    await expect(page.locator('section#sources')).toContainText('SmartThings, an independent client');
    await expectAccessible(page);
  });

  test('every cause and step either points to a listed source that shows it or is marked as our inference', async ({ page }) => {
    for (const url of ['/groove/INVALID_INPUT_PARAMETER/', '/sonos-control/ERROR_NOT_CAPABLE/']) {
      await page.goto(url);
      const statements = page.locator('#causes li, #troubleshooting ol li');
      expect(await statements.count()).toBeGreaterThan(4);
      for (const statement of await statements.all()) {
        const cites = statement.locator('a.cite');
        const inferred = statement.locator('.inferred');
        // Exactly one of the two, so a reader never meets a bare claim or a claim both cited and guessed.
        expect((await cites.count()) > 0 !== (await inferred.count()) > 0, await statement.innerText()).toBe(true);
        for (const cite of await cites.all()) {
          const target = (await cite.getAttribute('href'))!;
          expect(target).toMatch(/^#source-\d+$/);
          await expect(page.locator(`section#sources li${target}`)).toHaveCount(1);
          await expect(cite).toHaveAccessibleName(/source \d+/);
        }
      }
    }
    await expect(page.locator('section#sources')).toContainText("marks the site's own reading");
    await page.locator('#causes a.cite').first().click();
    await expect(page).toHaveURL(/#source-\d+$/);
    await expectAccessible(page);
  });
});
