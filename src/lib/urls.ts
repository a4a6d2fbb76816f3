/** Every URL the site publishes is built here, so the contract's URL scheme lives in one place. */

export const HOME_URL = '/';
/** The site's icon (public/favicon.svg), for the header, the browser tab and OpenSearch. */
export const FAVICON_URL = '/favicon.svg';
/** public/theme.js, which applies the stored theme before the first paint. */
export const THEME_SCRIPT_URL = '/theme.js';
/** The card a pasted link unfurls with (public/social-card.png). */
export const SOCIAL_CARD_URL = '/social-card.png';
export const apiUrl = (api: string) => `/${api}/`;
export const errorUrl = (api: string, code: string) => `/${api}/${code}/`;
export const categoryUrl = (api: string, category: string) => `/${api}/#${category}`;
export const apiExportUrl = (api: string) => `/${api}/errors.json`;
/** A code's whole registry entry as JSON, beside its page. */
export const errorJsonUrl = (api: string, code: string) => `/${api}/${code}.json`;
/** A registry JSON Schema: `api`, `error-entry` or an API's id. */
export const schemaUrl = (name: string) => `/schemas/${name}.schema.json`;
export const EXPORT_URL = '/errors.json';
export const SEARCH_URL = '/search/';
export const LOOKUP_URL = '/lookup/';
export const guideUrl = (api: string) => `/guides/${api}/`;
export const CODE_INDEX_URL = '/lookup/codes.json';
/** Redirect rules for hosts that read them (Netlify, Cloudflare Pages). */
export const REDIRECTS_FILE = '/_redirects';
export const SEARCH_VOCABULARY_URL = '/search/vocabulary.json';
export const OPENSEARCH_URL = '/opensearch.xml';
/** Where the build writes the Pagefind index (src/integrations/pagefind.ts) and the browser loads it from. */
export const PAGEFIND_URL = '/pagefind/';
/** Pagefind's browser module, in that folder. */
export const PAGEFIND_MODULE_URL = `${PAGEFIND_URL}pagefind.js`;
/** The shards of the search index and their sizes, which the browser searches together (src/integrations/pagefind.ts). */
export const PAGEFIND_SHARDS_FILE = 'shards.json';
export const PAGEFIND_SHARDS_URL = `${PAGEFIND_URL}${PAGEFIND_SHARDS_FILE}`;
/** What that file holds. */
export interface PagefindShardList {
  /** Every shard, the first at PAGEFIND_URL itself, with the number of pages it holds. */
  shards: Array<{ url: string; pages: number }>;
}
/** A lookup whose text stays in the browser: the fragment is never sent to the server. */
export const lookupHashUrl = (text: string) => `${LOOKUP_URL}#q=${encodeURIComponent(text)}`;
/** A shareable search: the query and every filter set, in the order the contract lists them. */
export const searchUrl = (query: string, filters: Partial<Record<string, string>> = {}) => {
  const params = new URLSearchParams({ q: query });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return `${SEARCH_URL}?${params}`;
};
