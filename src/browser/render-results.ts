import type { ResultMatch } from '../lib/search-policy.ts';
import type { Segment } from '../lib/search-ranking.ts';
import type { SiteResult } from './site-search.ts';

/**
 * Renders search results, for the result lists and the header box's list alike. Everything is set as text,
 * never as HTML: result data comes from the registry and the query from the URL or a paste, and neither may
 * inject markup. Matched words become `<mark>` elements built here.
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

function textElement(tag: string, className: string, segments: readonly Segment[]): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  appendSegments(element, segments);
  return element;
}

/** Why a result is listed, when it is not a plain text match. */
const MATCH_LABELS: Record<ResultMatch, string> = {
  payload: 'In the pasted text',
  exact: 'Exact code',
  code: 'Code',
  'in-text': 'Code in the text',
  closest: 'Closest code',
  'closest-in-text': 'Closest to a code in the text',
};

/**
 * One result as a list item: its code, facts (note, API, category, status), summary and excerpt. In a
 * results list the code links to the code's page; in the header box it is an option, which the combobox
 * makes pickable and which may hold neither a link nor paragraphs, so the code stays plain and the summary
 * and excerpt are spans.
 */
export function resultItem(result: SiteResult, kind: 'link' | 'option'): HTMLLIElement {
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = result.code;
  const link = document.createElement('a');
  if (kind === 'link') {
    link.href = result.url;
    link.append(code);
  }
  const facts = document.createElement('span');
  facts.className = 'result-facts';
  facts.textContent = [result.note, result.match && MATCH_LABELS[result.match], result.facts].filter(Boolean).join(' · ');
  const block = kind === 'link' ? 'p' : 'span';
  item.append(kind === 'link' ? link : code, facts, textElement(block, 'result-summary', result.summary));
  if (result.excerpt.length) item.append(textElement(block, 'result-excerpt', result.excerpt));
  return item;
}

export function renderResults(list: HTMLElement, results: readonly SiteResult[]): void {
  list.replaceChildren(...results.map((result) => resultItem(result, 'link')));
}

/** More results below those already shown, which stay as they are (nothing on screen moves). */
export function appendResults(list: HTMLElement, results: readonly SiteResult[]): void {
  list.append(...results.map((result) => resultItem(result, 'link')));
}

export function setText(element: HTMLElement | null, text: string): void {
  if (element) {
    element.textContent = text;
    element.hidden = text === '';
  }
}
