import { describe, expect, test } from 'vitest';
import { bookmarkletHref } from '../../../src/lib/bookmarklet.ts';
import { inflateFragment } from '../../../src/lib/compressed-fragment.ts';

/** Runs the bookmarklet's script against a stand-in page and returns the URL it opens. */
function run(
  href: string,
  page: { selection: string; active?: { tagName: string; value: string; selectionStart: number; selectionEnd: number } },
) {
  const source = decodeURIComponent(href.replace(/^javascript:/, ''));
  const opened: string[] = [];
  const script = new Function('document', 'getSelection', 'prompt', 'open', source);
  script(
    { activeElement: page.active ?? null },
    () => page.selection,
    () => null,
    (url: string) => opened.push(url),
  );
  return opened;
}

describe('bookmarkletHref', () => {
  test("opens this site's lookup with the selected text in the fragment, never in the query", () => {
    const href = bookmarkletHref('https://errors.example');
    expect(href.startsWith('javascript:')).toBe(true);
    expect(run(href, { selection: '  {"ErrorCode": "ACCESS_TOKEN_EXPIRED"} ' })).toEqual([
      'https://errors.example/lookup/#q=%7B%22ErrorCode%22%3A%20%22ACCESS_TOKEN_EXPIRED%22%7D',
    ]);
  });

  test('reads a selection inside a text box, which the page selection does not include', () => {
    const active = { tagName: 'TEXTAREA', value: 'see CATALOG_NO_RESULT here', selectionStart: 4, selectionEnd: 21 };
    expect(run(bookmarkletHref('https://errors.example'), { selection: '', active })).toEqual([
      'https://errors.example/lookup/#q=CATALOG_NO_RESULT',
    ]);
  });

  test('opens nothing when nothing is selected and the prompt is cancelled', () => {
    expect(run(bookmarkletHref('https://errors.example'), { selection: '' })).toEqual([]);
  });
});

describe('a long selection', () => {
  /** Runs the bookmarklet on a page whose selection is `selection`, and resolves to the URL it opens. */
  function opened(selection: string): Promise<string> {
    const source = decodeURIComponent(bookmarkletHref('https://errors.example').replace(/^javascript:/, ''));
    return new Promise((resolve) =>
      new Function('document', 'getSelection', 'prompt', 'open', source)(
        { activeElement: null },
        () => selection,
        () => null,
        resolve,
      ),
    );
  }

  test('is deflated into #z=, which the lookup page inflates back to the same text', async () => {
    const items = Array.from({ length: 2000 }, (_, index) => ({ Id: `music.${index}`, Name: `Track ${index}` }));
    const text = JSON.stringify({ Tracks: { Items: items }, Error: { ErrorCode: 'COLLECTION_FULL' } });
    const url = await opened(text);
    expect(url.startsWith('https://errors.example/lookup/#z=')).toBe(true);
    expect(url.length).toBeLessThan(text.length / 5);
    expect(await inflateFragment(url.slice(url.indexOf('#z=') + 3))).toBe(text);
  });

  test('up to 20,000 characters still travels in #q= as it is', async () => {
    expect(await opened('x'.repeat(20_000))).toBe(`https://errors.example/lookup/#q=${'x'.repeat(20_000)}`);
  });
});

describe('inflateFragment', () => {
  test('refuses a link that would inflate past the cap, and one that is not compressed text, saying which', async () => {
    const bomb = await opened32MB();
    await expect(inflateFragment(bomb)).rejects.toThrow('longer than 16 MB once inflated');
    await expect(inflateFragment('not*base64')).rejects.toThrow('not valid base64url');
    await expect(inflateFragment('AAAA')).rejects.toThrow('damaged');
  });
});

/** 32 MB of one letter, deflated and base64url-encoded as the bookmarklet does: about 32 KB. */
async function opened32MB(): Promise<string> {
  const compressed = await new Response(
    new Blob(['a'.repeat(32 * 1024 * 1024)]).stream().pipeThrough(new CompressionStream('deflate-raw')),
  ).arrayBuffer();
  return Buffer.from(compressed).toString('base64url');
}
