/** Pagefind leaves a page out of an index that has pages with this attribute; only code pages carry it. */
export const INDEXED_PAGE_MARK = 'data-pagefind-body';

/**
 * The part of a rendered page that Pagefind indexes, as a document of its own: the element marked
 * `data-pagefind-body`, in an empty page. Pagefind reads nothing outside that element once any page has it,
 * yet every byte sent crosses to its indexer as base64 in JSON over a pipe: the head, header and footer of a
 * code page were a third of what the build sent it, at about a millisecond a page at 5000 codes (a CPU
 * profile of `astro build`). Found by scanning tags rather than by parsing the page, which would cost more
 * than it saves; the pages are the site's own, well formed.
 *
 * Returns undefined when the page has no such element, and the whole page when the element's end cannot be
 * found, so that Pagefind, not this shortcut, decides about a page it cannot read.
 */
export function indexedHtml(html: string): string | undefined {
  const markAt = html.indexOf(INDEXED_PAGE_MARK);
  if (markAt < 0) return undefined;
  const start = html.lastIndexOf('<', markAt);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, markAt))?.[1];
  if (!tag) return html;
  const end = closingTagEnd(html, tag, start);
  if (end < 0) return html;
  return `<!DOCTYPE html><html><body>${html.slice(start, end)}</body></html>`;
}

/** Where the element opened at `start` ends (after its closing tag), counting nested elements of the same name. */
function closingTagEnd(html: string, tag: string, start: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', found.index);
      return close < 0 ? -1 : close + 1;
    }
  }
  return -1;
}
