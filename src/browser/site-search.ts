import type { KnownCode } from '../lib/resolve-code.ts';
import {
  describeCodes as describe,
  readQuery as read,
  searchSite as search,
  type Filters,
  type QueryReading,
  type SearchContext,
  type SiteResult,
  type SiteSearch,
} from '../lib/search-policy.ts';
import { loadCodeIndex, loadVocabulary } from './code-index.ts';
import { loadPagefind, searchIndex } from './pagefind-client.ts';

/**
 * The site's one search, wired to the page: the header box, `/search/` and the lookup page's fallback all
 * come here. What a query means and how results are ranked is decided in ../lib/search-policy.ts; this module
 * hands it Pagefind, the published code list and the vocabulary, each fetched once.
 */

export { FILTER_NAMES, looksLikePayload, type FilterName, type Filters, type SiteResult, type SiteSearch } from '../lib/search-policy.ts';

let warming: Promise<void> | undefined;

/**
 * Fetches everything a search needs (the code list, the vocabulary, Pagefind's module, its WebAssembly and
 * metadata), all at once and only once, so that the first query finds them ready. Pagefind loads its
 * WebAssembly on the first search, not in `init`, so an empty preload stands in for that search.
 */
export function warmUp(): Promise<void> {
  warming ??= Promise.all([
    loadCodeIndex(),
    loadVocabulary(),
    loadPagefind().then(async (pagefind) => {
      await pagefind.init();
      await pagefind.preload('');
    }),
  ]).then(() => undefined);
  return warming;
}

/** A search without its vocabulary still works: words are then neither corrected nor weighed. */
async function context(): Promise<SearchContext> {
  const [codes, vocabulary] = await Promise.all([loadCodeIndex(), loadVocabulary().catch(() => ({ documents: 1, words: {} }))]);
  return { index: { search: searchIndex }, codes, vocabulary };
}

/** A query as typed. */
export async function searchSite(query: string, filters: Filters = {}, limit = 25): Promise<SiteSearch> {
  const ready = await context();
  return search(read(query, ready.codes), filters, limit, ready);
}

/** A query already read (the lookup page reads a paste once, with `resolveText`), so that it is scanned once. */
export async function searchReading(reading: QueryReading, filters: Filters = {}, limit = 25): Promise<SiteSearch> {
  return search(reading, filters, limit, await context());
}

/**
 * Results for codes already known (from a payload, a spelling or a message), in that order; `note` says why
 * they are listed where no match kind does ("Near ERROR_SOMETHING_NEW", the message they were sent with).
 */
export async function describeCodes(codes: readonly KnownCode[], note?: string): Promise<SiteResult[]> {
  const results = await describe(codes, {}, undefined, await context());
  return note ? results.map((result) => ({ ...result, note })) : results;
}
