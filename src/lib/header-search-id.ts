/**
 * The id of the search box in every page's header (components/SiteHeader.astro; browser/search-boot.ts). It lives
 * apart from the other shared ids (element-ids.ts) because search-boot.ts is the one script on every page and must
 * stay one self-contained file: a module it shared with the other pages' scripts would become a chunk of its own,
 * one more request on every page and bytes over a code page's 9 KB budget.
 */
export const HEADER_SEARCH_ID = 'header-search';
