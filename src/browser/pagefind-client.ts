import { PAGEFIND_MODULE_URL } from '../lib/urls.ts';

/** The part of Pagefind's browser API this site uses; the module exists only in the built site. */
export interface PagefindResultData {
  url: string;
  /** The page's text, words separated by spaces; `locations` index into its words. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  weighted_locations?: Array<{ weight: number; location: number }>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

let loaded: Promise<PagefindModule> | undefined;

/** Loads the index on first use, so a page pays nothing for search until someone searches. */
export function loadPagefind(): Promise<PagefindModule> {
  loaded ??= import(/* @vite-ignore */ PAGEFIND_MODULE_URL) as Promise<PagefindModule>;
  return loaded;
}

/** Every page matching `query` (null: every page the filters allow), best first, with data loaded lazily. */
export async function searchIndex(query: string | null, filters: Record<string, string> = {}): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query, { filters });
  return results;
}
