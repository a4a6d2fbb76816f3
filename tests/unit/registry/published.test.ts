import { describe, expect, test } from 'vitest';
import { formatPublished, readPublished } from '../../../src/registry/published.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { fixture, problemLines } from '../../helpers.ts';

describe('the list of published URLs', () => {
  test('fails the check, naming the code, when a published code file disappears', async () => {
    expect(await problemLines('broken-published-deleted')).toEqual([
      'tests/fixtures/broken-published-deleted/_published-urls.txt:3: ORDER_GONE (/shop/ORDER_GONE/) was published, but shop/ORDER_GONE.yaml no longer exists — restore the file and set status: retired with a lifecycle reason (and successor); published codes are never deleted',
    ]);
  });

  test('asks for a code that is not recorded yet to be recorded with npm run urls', async () => {
    expect(await problemLines('broken-published-unrecorded')).toEqual([
      'tests/fixtures/broken-published-unrecorded/shop/SERVER_BUSY.yaml:1: SERVER_BUSY is not recorded in tests/fixtures/broken-published-unrecorded/_published-urls.txt — run `npm run urls` and commit the list, so that its URL is kept from now on',
    ]);
  });

  test('refuses a line that is not a code URL', async () => {
    expect(await problemLines('broken-published-malformed')).toEqual([
      'tests/fixtures/broken-published-malformed/_published-urls.txt:4: "shop/SERVER_BUSY" is not a code URL — a line such as /groove/CATALOG_NO_RESULT/; regenerate the file with `npm run urls` rather than editing it',
    ]);
  });

  test('is rewritten with every current code added and no published URL ever dropped', async () => {
    const dir = fixture('broken-published-deleted');
    const { registry } = await readRegistry(dir);
    const previous = await readPublished(dir, 'list');
    const { text, added, total } = formatPublished(registry, previous);
    expect(text.split('\n').filter((line) => line.startsWith('/'))).toEqual(['/shop/ORDER_GONE/', '/shop/ORDER_NOT_FOUND/', '/shop/SERVER_BUSY/']);
    expect({ added, total }).toEqual({ added: 0, total: 3 });
    expect(text).toMatch(/^# .*npm run urls/);
  });

  test('is optional: a registry that never recorded its URLs is not checked for it', async () => {
    expect(await problemLines('valid')).toEqual([]);
  });

  test('covers every code of the project registry', async () => {
    expect(await problemLines('../../registry')).toEqual([]);
    const list = await readPublished(`${fixture('../../registry')}`, 'list');
    expect(list?.entries).toHaveLength(55);
  });
});
