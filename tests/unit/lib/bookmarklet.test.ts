import { describe, expect, test } from 'vitest';
import { bookmarkletHref } from '../../../src/lib/bookmarklet.ts';

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
