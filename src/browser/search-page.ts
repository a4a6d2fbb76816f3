import { searchUrl } from '../lib/urls.ts';
import { ELEMENT_IDS, filterSelectId } from '../lib/element-ids.ts';
import { appendResults, renderResults } from './render-results.ts';
import { byId } from './elements.ts';
import { FILTER_NAMES, searchSite, warmUp, type Filters, type SiteSearch } from './site-search.ts';

/**
 * `/search/`: the query and every filter live in the URL, so a filtered view can be shared. Changing a
 * filter searches again at once and rewrites the URL in place; the form still submits by GET without
 * JavaScript's help, which yields the same URL.
 */
// Everything a search needs starts loading now, side by side (the page preloads the files themselves);
// a search waits for the code list and vocabulary before it asks Pagefind, which would otherwise start late.
warmUp().catch(() => undefined); // a failure to load is reported by the search that needed it

const form = document.querySelector<HTMLFormElement>('.search-page-form');
const status = byId(ELEMENT_IDS.searchStatus);
const list = byId(ELEMENT_IDS.searchResults);
const input = byId<HTMLInputElement>(ELEMENT_IDS.searchPageInput);
const selects = FILTER_NAMES.map((name) => [name, document.getElementById(filterSelectId(name)) as HTMLSelectElement | null] as const);

function readUrl(): { query: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

function readForm(): { query: string; filters: Filters } {
  const filters: Filters = {};
  for (const [name, select] of selects) if (select?.value) filters[name] = select.value;
  return { query: (input?.value ?? '').trim(), filters };
}

/**
 * Results come in two steps when there are many: the first few, which fill a phone's screen, and then the rest.
 * Pagefind fetches a file per result for its text, so the first screen waits for 5 of them rather than 25 (on
 * Lighthouse's phone the results painted 3.7 s after the request). The policy ranks the same way whatever the
 * limit, so the first few are the first of the whole list, and the rest are appended below them.
 */
const FIRST_RESULTS = 5;
const ALL_RESULTS = 25;

/** The status line keeps its place when empty (search.css reserves it), so it is never hidden. */
function say(...parts: Array<string | Node>) {
  status?.replaceChildren(...parts);
}

/** What the status line says after the count: where the results come from, and how the query was read. */
function describe(
  query: string,
  { exact, status: httpStatus, reading, corrections, results }: SiteSearch,
): { scope: string; notes: string } {
  const scope = httpStatus
    ? `sent with HTTP ${httpStatus}`
    : reading === 'payload'
      ? 'in the pasted text'
      : query
        ? `for “${query.length > 80 ? `${query.slice(0, 80)}…` : query}”`
        : 'with these filters';
  const notes = [
    exact ? `Exact match: ${exact.code}.` : '',
    corrections.length ? `Searched for ${corrections.map(({ typed, word }) => `“${word}” (you typed “${typed}”)`).join(', ')}.` : '',
    reading === 'partial' && results.length ? 'No code matches every word; these match the most.' : '',
  ];
  return { scope, notes: notes.filter(Boolean).join(' ') };
}

const counted = (count: number) => `${count} result${count === 1 ? '' : 's'}`;

let latest = 0;
async function show({ query, filters }: { query: string; filters: Filters }) {
  if (!list) return;
  const ticket = ++latest;
  if (!query && !Object.keys(filters).length) {
    list.replaceChildren();
    say('');
    return;
  }
  say('Searching…');
  try {
    const first = await searchSite(query, filters, FIRST_RESULTS);
    if (ticket !== latest) return;
    renderResults(list, first.results);
    if (first.exact) list.querySelector('li')?.classList.add('exact-match');
    const { scope, notes } = describe(query, first);
    const tail = ` ${scope}.${notes ? ` ${notes}` : ''}`;
    if (first.results.length < FIRST_RESULTS) {
      say(first.results.length ? `${counted(first.results.length)}${tail}` : `No codes found${tail}`);
      return;
    }
    // The count is known once the rest is in; until then its place on the line is held (search.css), so the
    // words after it do not move when it arrives.
    const count = Object.assign(document.createElement('span'), { className: 'search-count', textContent: '… ' });
    say(count, tail.trimStart());
    // The first results are painted before the rest is searched: the search runs on this thread, and Pagefind
    // answers from what it has already loaded without giving the browser a turn to paint.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const all = await searchSite(query, filters, ALL_RESULTS);
    if (ticket !== latest) return;
    appendResults(list, all.results.slice(FIRST_RESULTS));
    // The space ends the count's box (where it takes no width), so the status line reads as one sentence.
    count.textContent = `${counted(all.results.length)} `;
  } catch {
    say('The search index could not be loaded. Browse the API indexes instead.');
  }
}

const initial = readUrl();
if (input) input.value = initial.query;
for (const [name, select] of selects) if (select) select.value = initial.filters[name] ?? '';

void show(initial);

/** A new query is a new history entry; a changed filter refines the current one in place. */
const update = (how: 'push' | 'replace') => (event: Event) => {
  event.preventDefault();
  const state = readForm();
  history[how === 'push' ? 'pushState' : 'replaceState'](null, '', searchUrl(state.query, state.filters));
  void show(state);
};
for (const [, select] of selects) select?.addEventListener('change', update('replace'));
form?.addEventListener('submit', update('push'));
addEventListener('popstate', () => {
  const state = readUrl();
  if (input) input.value = state.query;
  for (const [name, select] of selects) if (select) select.value = state.filters[name] ?? '';
  void show(state);
});
