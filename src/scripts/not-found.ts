import { resolvePath } from '../lib/resolve-code.ts';
import { describeCodes, loadCodeIndex } from './code-index.ts';
import { renderResults, setText } from './render-results.ts';

/**
 * Static hosts serve this page for any address they do not have, so this is where a code URL in the wrong
 * letter case, or with a typo, is put right: the path is resolved against the published code list.
 */
const status = document.querySelector<HTMLElement>('#not-found-status');
const list = document.querySelector<HTMLElement>('#not-found-suggestions');

try {
  const { index } = await loadCodeIndex();
  const resolution = resolvePath(location.pathname, index);
  if (resolution.kind === 'redirect') {
    setText(status, 'Opening the page this address stands for…');
    location.replace(resolution.url + location.hash);
  } else if (resolution.candidates.length && list) {
    setText(status, 'Perhaps you meant:');
    renderResults(list, await describeCodes(resolution.candidates));
  }
} catch {
  // The static page already offers lookup, search and the indexes.
}
