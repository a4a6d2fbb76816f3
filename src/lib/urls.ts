/** Every URL the site publishes is built here, so the contract's URL scheme lives in one place. */

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
