import { resolvePath } from '../lib/resolve-code.ts';
import { ELEMENT_IDS } from '../lib/element-ids.ts';
import { loadCodeIndex } from './code-index.ts';
import { byId } from './elements.ts';
import { renderResults, setText } from './render-results.ts';
import { describeCodes } from './site-search.ts';

/**
 * Static hosts serve this page for any address they do not have, so this is where a code URL in the wrong
 * letter case or spelling, under the wrong API, or with a typo, is put right: the path is resolved against
 * the published code list.
 */
const status = byId(ELEMENT_IDS.notFoundStatus);
const list = byId(ELEMENT_IDS.notFoundSuggestions);

try {
  const { index } = await loadCodeIndex();
  const resolution = resolvePath(location.pathname, index);
  if (resolution.kind === 'redirect') {
    setText(status, 'Opening the page this address stands for…');
    location.replace(resolution.url + location.hash);
  } else if (resolution.candidates.length && list) {
    const [first] = resolution.candidates;
    const apiName = (id: string) => index.apis.find((api) => api.id === id)?.name ?? id;
    setText(
      status,
      resolution.kind === 'other-api' && first
        ? `${first.code} is not a code of this API; it is documented for the ${[...new Set(resolution.candidates.map((code) => apiName(code.api)))].join(' and ')}:`
        : 'Perhaps you meant:',
    );
    renderResults(list, await describeCodes(resolution.candidates));
  }
} catch {
  // The static page already offers lookup, search and the indexes.
}
