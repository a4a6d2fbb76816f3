import type { Segment } from '../lib/search-ranking.ts';
import type { SiteResult } from './site-search.ts';

/**
 * Renders search results. Everything is set as text, never as HTML: result data comes from the registry
 * and the query from the URL or a paste, and neither may inject markup. Matched words become `<mark>`
 * elements built here.
 */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(segment.text);
    }
  }
}

/** The parts of one result, for a list item or a combobox option: code, facts, summary, excerpt. */
export function resultParts(result: SiteResult, summaryTag: 'p' | 'span' = 'p'): HTMLElement[] {
  const code = document.createElement('code');
  code.textContent = result.code;
  const facts = document.createElement('span');
  facts.className = 'result-facts';
  facts.textContent = [result.note, result.facts].filter(Boolean).join(' · ');
  const summary = document.createElement(summaryTag);
  summary.className = 'result-summary';
  appendSegments(summary, result.summary);
  const parts = [code, facts, summary];
  if (result.excerpt.length) {
    const excerpt = document.createElement(summaryTag);
    excerpt.className = 'result-excerpt';
    appendSegments(excerpt, result.excerpt);
    parts.push(excerpt);
  }
  return parts;
}

export function renderResults(list: HTMLElement, results: readonly SiteResult[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const [code, ...rest] = resultParts(result);
      const link = document.createElement('a');
      link.href = result.url;
      link.append(code!);
      item.append(link, ...rest);
      return item;
    }),
  );
}

export function setText(element: HTMLElement | null, text: string): void {
  if (element) {
    element.textContent = text;
    element.hidden = text === '';
  }
}
