import type { PagefindResultData } from './pagefind-client.ts';

/** What a result shows: its code, a line of facts (API, category, status) and its summary. */
export function resultParts(result: PagefindResultData): { code: string; facts: string; summary: string } {
  const status = result.meta['httpStatus'];
  return {
    code: result.meta['code'] ?? result.meta['title'] ?? result.url,
    facts: [result.meta['api'], result.meta['category'], status && `HTTP ${status}`].filter(Boolean).join(' · '),
    summary: result.meta['summary'] ?? '',
  };
}

/**
 * Renders search results as a list of links. Everything is set as text, never as HTML: result metadata
 * comes from the registry and the query from the URL, and neither may inject markup.
 */
export function renderResults(list: HTMLElement, results: readonly PagefindResultData[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const parts = resultParts(result);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      const code = document.createElement('code');
      code.textContent = parts.code;
      link.append(code);

      const facts = document.createElement('span');
      facts.className = 'result-facts';
      facts.textContent = parts.facts;

      const summary = document.createElement('p');
      summary.textContent = parts.summary;
      item.append(link, facts, summary);
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
