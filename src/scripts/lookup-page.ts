import { findCodes, type KnownCode } from '../lib/resolve-code.ts';
import { EXPORT_URL } from '../lib/urls.ts';
import { searchPages } from './pagefind-client.ts';
import { renderResults, setText } from './render-results.ts';

const query = new URLSearchParams(location.search).get('q') ?? '';
const input = document.querySelector<HTMLTextAreaElement>('#lookup-page-input');
const status = document.querySelector<HTMLElement>('#lookup-status');
const matchesList = document.querySelector<HTMLElement>('#lookup-matches');
const resultsList = document.querySelector<HTMLElement>('#lookup-results');
if (input) input.value = query;

if (query.trim() && matchesList && resultsList) {
  setText(status, 'Looking up…');
  try {
    const response = await fetch(EXPORT_URL);
    const { apis, errors } = (await response.json()) as { apis: Array<{ id: string; name: string }>; errors: KnownCode[] };
    const apiName = (id: string) => apis.find((api) => api.id === id)?.name ?? id;
    const matches = findCodes(query, errors);
    const [only] = matches;
    if (only && matches.length === 1) {
      setText(status, `Found ${only.code}; opening its page…`);
      location.replace(only.url);
    } else if (matches.length > 1) {
      setText(status, `${matches.length} codes found in what you entered. Choose one:`);
      renderResults(
        matchesList,
        matches.map((match) => ({ url: match.url, excerpt: '', meta: { code: match.code, api: apiName(match.api), summary: match.summary } })),
      );
    } else {
      setText(status, 'No code found in what you entered. Search results for the text:');
      const results = await searchPages(query.slice(0, 200));
      renderResults(resultsList, results);
      if (!results.length) setText(status, 'No code found in what you entered, and no page matches its words.');
    }
  } catch {
    setText(status, 'The lookup could not load the list of codes. Browse the API indexes instead.');
  }
}
