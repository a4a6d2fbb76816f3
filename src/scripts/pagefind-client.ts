/** The part of Pagefind's browser API this site uses; the module exists only in the built site. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> }>;
}

let loaded: Promise<PagefindModule> | undefined;

/** Loads the index on first use, so a page pays nothing for search until someone searches. */
export function loadPagefind(): Promise<PagefindModule> {
  const url = '/pagefind/pagefind.js';
  loaded ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
  return loaded;
}

/** Up to `limit` results for `query` (null: every page the filters allow), with their metadata. */
export async function searchPages(query: string | null, filters: Record<string, string> = {}, limit = 25): Promise<PagefindResultData[]> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query, { filters });
  return Promise.all(results.slice(0, limit).map((result) => result.data()));
}

export interface CodeSearch {
  results: PagefindResultData[];
  /** The result whose code is exactly what was typed, in any letter case. */
  exact?: PagefindResultData;
  /** Set when the query was read as an HTTP status and answered through the `httpStatus` filter. */
  status?: string;
}

/**
 * Search as a person means it. Pagefind matches numbers by prefix, so `404` would also find anything
 * starting with 404; a three-digit query is first answered with the `httpStatus` filter, which returns
 * exactly the codes sent with that status, and only falls back to text search if there are none.
 */
export async function searchCodes(query: string, filters: Record<string, string> = {}, limit = 25): Promise<CodeSearch> {
  const trimmed = query.trim();
  if (/^[1-5]\d\d$/.test(trimmed) && !filters['httpStatus']) {
    const byStatus = await searchPages(null, { ...filters, httpStatus: trimmed }, limit);
    if (byStatus.length) return { results: byStatus, status: trimmed };
  }
  const results = trimmed || Object.keys(filters).length ? await searchPages(trimmed || null, filters, limit) : [];
  const [first] = results;
  const exact = first && first.meta['code']?.toUpperCase() === trimmed.toUpperCase() ? first : undefined;
  return exact ? { results, exact } : { results };
}
