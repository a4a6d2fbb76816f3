import { findCodes, nearestCodes } from '../lib/resolve-code.ts';
import { loadCodeIndex, describeCodes } from './code-index.ts';
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
    const { index, known } = await loadCodeIndex();
    const matches = findCodes(query, known, index);
    const [only] = matches;
    if (only && matches.length === 1) {
      setText(status, `Found ${only.code}; opening its page…`);
      location.replace(only.url);
    } else if (matches.length > 1) {
      setText(status, `${matches.length} codes found in what you entered. Choose one:`);
      renderResults(matchesList, await describeCodes(matches));
    } else {
      const words = query.match(/[A-Za-z0-9_]{3,}/g) ?? [];
      const near = [...new Set(words.flatMap((word) => nearestCodes(word, known, 3)))].slice(0, 5);
      if (near.length) {
        setText(status, 'No code found in what you entered. Did you mean one of these?');
        renderResults(matchesList, await describeCodes(near));
      } else {
        setText(status, 'No code found in what you entered. Search results for its words:');
      }
      const results = await searchPages(query.slice(0, 200));
      renderResults(resultsList, results);
      if (!near.length && !results.length) setText(status, 'No code found in what you entered, and no page matches its words.');
    }
  } catch {
    setText(status, 'The lookup could not load the list of codes. Browse the API indexes instead.');
  }
}
