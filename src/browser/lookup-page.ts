import { bookmarkletHref } from '../lib/bookmarklet.ts';
import { lookupHashUrl } from '../lib/urls.ts';
import { renderResults, setText } from './render-results.ts';
import { describeCodes, readQuery, searchReading, warmUp } from './site-search.ts';

/**
 * `/lookup/`: the text comes from the fragment (`#q=`, which never reaches the server, however long the
 * pasted payload) or, for older links, the query string (`?q=`). One code opens its page; several are
 * listed with the top-level code of a partial-failure body first; none gives the nearest codes and the
 * site search for its words. The form puts its text in the fragment too.
 */
const form = document.querySelector<HTMLFormElement>('#lookup-page-form');
const input = document.querySelector<HTMLTextAreaElement>('#lookup-page-input');
const status = document.querySelector<HTMLElement>('#lookup-status');
const matchesList = document.querySelector<HTMLElement>('#lookup-matches');
const resultsList = document.querySelector<HTMLElement>('#lookup-results');

/**
 * Shows the text being looked up in the box. A browser takes seconds to lay out a text box holding a
 * megabyte, so a text that long is looked up but not copied into the box; the status line says so.
 */
const SHOWN_IN_BOX = 20_000;
function showInBox(text: string) {
  if (!input || input.value === text) return;
  const fits = text.length <= SHOWN_IN_BOX;
  input.value = fits ? text : '';
  input.placeholder = fits
    ? ''
    : `The ${Math.round(text.length / 1000)} KB of text from the address was looked up; it is too long to show here.`;
}

function requestedText(): string {
  const hash = location.hash;
  // The form writes only `#q=`, with `&` encoded: decoded directly, a megabyte costs a fraction of what
  // URLSearchParams takes. Anything else in the fragment goes through URLSearchParams.
  if (hash.startsWith('#q=') && !hash.includes('&')) {
    try {
      return decodeURIComponent(hash.slice(3).replaceAll('+', ' '));
    } catch {
      // A malformed escape: URLSearchParams below reads it leniently.
    }
  }
  const fromHash = new URLSearchParams(hash.slice(1)).get('q');
  return fromHash ?? new URLSearchParams(location.search).get('q') ?? '';
}

let latest = 0;
/** Looks the text up and shows the answer; says whether it did, opened a code's page, or was overtaken. */
async function lookUp(text: string): Promise<'answered' | 'opened' | 'stale'> {
  if (!matchesList || !resultsList) return 'stale';
  const ticket = ++latest;
  matchesList.replaceChildren();
  resultsList.replaceChildren();
  if (!text.trim()) {
    setText(status, '');
    return 'answered';
  }
  setText(
    status,
    text.length > SHOWN_IN_BOX ? `Looking up the ${Math.round(text.length / 1000)} KB of text in the address…` : 'Looking up…',
  );
  try {
    const read = await readQuery(text);
    const { found, spelled } = read;
    const matches = found.length ? found : spelled && (spelled.reading === 'exact' || spelled.reading === 'spelling') ? spelled.codes : [];
    if (ticket !== latest) return 'stale';
    const [only] = matches;
    if (only && matches.length === 1) {
      setText(status, `Found ${only.code}; opening its page…`);
      location.replace(only.url);
      return 'opened';
    }
    if (matches.length > 1) {
      setText(status, `${matches.length} codes found in what you entered. Choose one:`);
      renderResults(matchesList, await describeCodes(matches));
      return ticket === latest ? 'answered' : 'stale';
    }
    const search = await searchReading(read);
    if (ticket !== latest) return 'stale';
    const near = search.results.filter((result) => result.near);
    const words = search.results.filter((result) => !near.includes(result));
    renderResults(matchesList, near);
    renderResults(resultsList, words);
    setText(
      status,
      near.length
        ? 'No code found in what you entered. Did you mean one of these?'
        : words.length
          ? 'No code found in what you entered. Search results for its words:'
          : 'No code found in what you entered, and no page matches its words.',
    );
  } catch {
    setText(status, 'The lookup could not load the list of codes. Browse the API indexes instead.');
  }
  return ticket === latest ? 'answered' : 'stale';
}

// This page exists to look things up: what that needs is fetched now, not when the text arrives.
void warmUp().catch(() => undefined);
const initial = requestedText();
showInBox(initial);
void lookUp(initial);

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input?.value ?? '';
  // The answer first, then the address: encoding a megabyte and writing it into the address takes the
  // browser longer than the lookup itself. The new fragment is a history entry of its own (`pushState`
  // runs no `hashchange`, so the text is looked up once); a code's page, once opened, takes the entry's
  // place instead.
  void lookUp(text).then((outcome) => {
    if (outcome !== 'answered') return;
    const hash = new URL(lookupHashUrl(text), location.href).hash;
    if (location.hash !== hash) history.pushState(null, '', hash);
  });
});
addEventListener('hashchange', () => {
  const text = requestedText();
  showInBox(text);
  void lookUp(text);
});

// The bookmarklet is built for the address this page is served from, so it works on any host.
const bookmarklet = document.querySelector<HTMLAnchorElement>('#bookmarklet');
const bookmarkletSection = document.querySelector<HTMLElement>('#bookmarklet-section');
if (bookmarklet && bookmarkletSection) {
  bookmarklet.href = bookmarkletHref(location.origin);
  // Clicked here rather than bookmarked, it would only be blocked by this page's CSP; say what to do instead.
  bookmarklet.addEventListener('click', (event) => {
    event.preventDefault();
    setText(status, 'Drag “Look up selection” to your bookmarks bar, then use it on the page with the text.');
  });
  bookmarkletSection.hidden = false;
}
