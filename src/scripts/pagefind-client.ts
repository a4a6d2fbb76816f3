/** The part of Pagefind's browser API this site uses; the module exists only in the built site. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
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

/** Up to `limit` results for `query`, with their metadata. */
export async function searchPages(
  query: string,
  filters: Record<string, string> = {},
  limit = 25,
): Promise<PagefindResultData[]> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query, { filters });
  return Promise.all(results.slice(0, limit).map((result) => result.data()));
}
