import type { PagefindResultData } from './pagefind-client.ts';

/**
 * Renders search results as a list of links. Everything is set as text, never as HTML: result metadata
 * comes from the registry and the query from the URL, and neither may inject markup.
 */
export function renderResults(list: HTMLElement, results: readonly PagefindResultData[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      const code = document.createElement('code');
      code.textContent = result.meta['code'] ?? result.meta['title'] ?? result.url;
      link.append(code);

      const facts = document.createElement('span');
      facts.className = 'result-facts';
      const status = result.meta['httpStatus'];
      facts.textContent = [result.meta['api'], result.meta['category'], status && `HTTP ${status}`]
        .filter(Boolean)
        .join(' · ');

      const summary = document.createElement('p');
      summary.textContent = result.meta['summary'] ?? '';
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
