import type { IndexHit } from '../lib/search-policy.ts';
import { PAGEFIND_MODULE_URL, PAGEFIND_SHARDS_URL, type PagefindShardList } from '../lib/urls.ts';

/** The part of Pagefind's browser API this site uses; the module exists only in the built site. Its results are
 * the policy's `IndexHit`s: the policy asks of a hit only what Pagefind gives. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Adds another index's pages to every search; results of all indexes come back as one list, by score. */
  mergeIndex(bundleUrl: string): Promise<void>;
  /** Loads what a search for `term` needs without searching. */
  preload(term: string): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: IndexHit[] }>;
}

let loaded: Promise<PagefindModule> | undefined;

/**
 * Loads the index on first use, so a page pays nothing for search until someone searches. Pagefind runs on
 * the page's own thread rather than in its web worker: this index is small enough that a search takes a few
 * milliseconds, while the worker costs one more round trip (its script) before anything can be searched,
 * and a message each way for every search and every result, of which one query makes dozens.
 *
 * A large registry's index comes in shards (src/integrations/pagefind.ts); their list is fetched beside the
 * module, and each shard after the first is merged into it once it has its WebAssembly, which merged indexes
 * share. Two Pagefind instances of their own cannot share a page: they corrupt each other's WebAssembly
 * memory ("memory access out of bounds" in Pagefind 1.6), so ranking across shards is Pagefind's, which sorts
 * the shards' scores together, each scored against its own shard's word counts.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loaded ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_MODULE_URL) as Promise<PagefindModule>, shardUrls()]).then(
    async ([pagefind, shards]) => {
      // A page that preloads Pagefind's entry file (the search page) names the cache tag it preloaded it under.
      const tag = document.querySelector<HTMLElement>('[data-pagefind-tag]')?.dataset['pagefindTag'];
      await pagefind.options({ noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
      if (shards.length) {
        await pagefind.init();
        await Promise.all(shards.map((url) => pagefind.mergeIndex(url)));
      }
      return pagefind;
    },
  );
  return loaded;
}

/** The shards to merge into the first; none where the list is missing, as in a site built before shards existed. */
async function shardUrls(): Promise<string[]> {
  const response = await fetch(PAGEFIND_SHARDS_URL).catch(() => undefined);
  if (!response?.ok) return [];
  const { shards } = (await response.json()) as PagefindShardList;
  return shards.slice(1).map(({ url }) => url);
}

/**
 * The latest searches' hits, by query and filters. The search page asks for the same query twice (its first
 * results, then all of them), and Pagefind, on the page's thread, would search again each time: a task of
 * about 100 ms on Lighthouse's slowed phone CPU. The index does not change while a page is open.
 */
const recent = new Map<string, Promise<IndexHit[]>>();
const RECENT_SEARCHES = 32;

/** Every page matching `query` (null: every page the filters allow), best first, with data loaded lazily. */
export async function searchIndex(query: string | null, filters: Record<string, string> = {}): Promise<IndexHit[]> {
  const key = JSON.stringify([query, filters]);
  let hits = recent.get(key);
  if (!hits) {
    hits = loadPagefind().then(async (pagefind) => (await pagefind.search(query, { filters })).results);
    // A failed search is asked again next time, not remembered.
    hits.catch(() => recent.delete(key));
    recent.set(key, hits);
    if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
  }
  return [...(await hits)];
}
