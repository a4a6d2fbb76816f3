import { describe, expect, test } from 'vitest';
import { indexedHtml } from '../../../src/integrations/indexed-html.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title><link rel="stylesheet" href="/a.css"></head><body><header><nav>Home</nav></header>${body}<footer>Footer text</footer></body></html>`;

describe('the part of a page sent to the indexer', () => {
  test('is the element marked data-pagefind-body, nested elements of the same name included, and nothing around it', () => {
    const body = '<article class="x" data-pagefind-body><h1>CODE</h1><article><p>inner</p></article><p>after inner</p></article>';
    const sent = indexedHtml(page(`${body}<article><p>a sibling</p></article>`))!;
    expect(sent).toBe(`<!DOCTYPE html><html><body>${body}</body></html>`);
    expect(sent).not.toContain('Footer text');
    expect(sent).not.toContain('a sibling');
  });

  test('ignores a longer tag name that starts with the same letters', () => {
    const body = '<main data-pagefind-body><mainly>x</mainly><p>kept</p></main>';
    expect(indexedHtml(page(body))).toBe(`<!DOCTYPE html><html><body>${body}</body></html>`);
  });

  test('is nothing for a page without the mark, and the whole page when the element never closes', () => {
    expect(indexedHtml(page('<main><p>not indexed</p></main>'))).toBeUndefined();
    const unclosed = page('<main data-pagefind-body><p>cut short');
    expect(indexedHtml(unclosed)).toBe(unclosed);
  });
});
