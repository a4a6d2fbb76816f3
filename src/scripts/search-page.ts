import { searchCodes } from './pagefind-client.ts';
import { renderResults, setText } from './render-results.ts';

const FILTERS = ['api', 'category', 'httpStatus'] as const;

const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? '').trim();
const filters = Object.fromEntries(
  FILTERS.flatMap((name) => {
    const value = params.get(name);
    return value ? [[name, value]] : [];
  }),
);

const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLElement>('#search-results');
const input = document.querySelector<HTMLInputElement>('#search-page-input');
if (input) input.value = query;
for (const name of FILTERS) {
  const select = document.querySelector<HTMLSelectElement>(`#filter-${name}`);
  if (select) select.value = filters[name] ?? '';
}

if (list && (query || Object.keys(filters).length)) {
  setText(status, 'Searching…');
  try {
    const { results, exact, status: httpStatus } = await searchCodes(query, filters);
    renderResults(list, results);
    const scope = httpStatus ? `sent with HTTP ${httpStatus}` : query ? `for “${query}”` : 'with these filters';
    const count = results.length ? `${results.length} result${results.length === 1 ? '' : 's'} ${scope}.` : `No codes found ${scope}.`;
    setText(status, exact ? `${count} Exact match: ${exact.meta['code']}.` : count);
    if (exact) list.querySelector('li')?.classList.add('exact-match');
  } catch {
    setText(status, 'The search index could not be loaded. Browse the API indexes instead.');
  }
}
