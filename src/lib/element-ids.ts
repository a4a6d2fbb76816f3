/**
 * The ids by which the browser scripts (src/browser/) find what the pages render. A page renders
 * `id={ELEMENT_IDS.lookupStatus}` and its script finds it with `byId(ELEMENT_IDS.lookupStatus)`
 * (src/browser/elements.ts), so the two cannot drift apart. The values are what the browser tests select by, and
 * what readers' bookmarks of a page may hold; change one only together with those tests.
 *
 * Not here: `theme-select`, which public/theme.js reads without being bundled, and a code page's section ids
 * (`causes`, `troubleshooting`, …), which the public contract fixes for support tickets to link to; and the header's search box, whose id is in
 * header-search-id.ts for the reason given there.
 */
export const ELEMENT_IDS = {
  /** `/search/`: the query box, the status line and the results (pages/search.astro; browser/search-page.ts). */
  searchPageInput: 'search-page-input',
  searchStatus: 'search-status',
  searchResults: 'search-results',
  /** `/lookup/`: the form, its box, the status line, the codes found and the search results for the rest. */
  lookupPageForm: 'lookup-page-form',
  lookupPageInput: 'lookup-page-input',
  lookupStatus: 'lookup-status',
  lookupMatches: 'lookup-matches',
  lookupResults: 'lookup-results',
  /** `/lookup/`: the log file picker and its field, and the button that copies a triage as a Markdown table. */
  lookupFile: 'lookup-file',
  lookupFileField: 'lookup-file-field',
  lookupCopy: 'lookup-copy',
  lookupCopyStatus: 'lookup-copy-status',
  /** `/lookup/`: the bookmarklet link and the section that shows it once the script has built it. */
  bookmarklet: 'bookmarklet',
  bookmarkletSection: 'bookmarklet-section',
  /** The not-found page: the status line and the nearest codes (pages/404.astro; browser/not-found.ts). */
  notFoundStatus: 'not-found-status',
  notFoundSuggestions: 'not-found-suggestions',
} as const;

export type ElementId = (typeof ELEMENT_IDS)[keyof typeof ELEMENT_IDS];

/** The id of the search page's select for one filter (components/FilterSelect.astro; browser/search-page.ts). */
export function filterSelectId(filter: string): string {
  return `filter-${filter}`;
}
