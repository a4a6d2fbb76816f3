import type { IndexHit } from '../lib/search-policy.ts';
import { PAGEFIND_MODULE_URL, PAGEFIND_SHARDS_URL, type PagefindShardList } from '../lib/urls.ts';

/** The part of a Pagefind instance this site uses. Its results are the policy's `IndexHit`s: the policy asks of a hit only what Pagefind gives. */
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the index's entry and metadata. */
  init(): Promise<void>;
  /** Loads what a search for `term` needs without searching. */
  preload(term: string): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: IndexHit[]; unfilteredResultCount: number }>;
}

/** Pagefind's browser module, which exists only in the built site: its default instance, and more for other bundles. */
interface PagefindModule extends PagefindInstance {
  createInstance(options: { basePath: string; noWorker: boolean }): PagefindInstance;
}

/** The site's index as the search uses it, however many shards it was built in. */
export interface SiteIndex {
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  /** Every page matching `query` (null: every page the filters allow), best first, with data loaded lazily. */
  search(query: string | null, filters: Record<string, string>): Promise<IndexHit[]>;
}

let loaded: Promise<SiteIndex> | undefined;

/**
 * Loads the index on first use, so a page pays nothing for search until someone searches. Pagefind runs on
 * the page's own thread rather than in its web worker: a search takes a few milliseconds, while the worker
 * costs one more round trip (its script) before anything can be searched, and a message each way for every
 * search and every result, of which one query makes dozens.
 *
 * A registry larger than one shard has its index in several (src/integrations/pagefind.ts); their list is
 * fetched beside the module.
 */
export function loadPagefind(): Promise<SiteIndex> {
  loaded ??= Promise.all([import(/* @vite-ignore */ PAGEFIND_MODULE_URL) as Promise<PagefindModule>, shardList()]).then(
    async ([pagefind, shards]) => {
      if (shards.length <= 1) {
        await pagefind.options({ noWorker: true });
        return {
          init: () => pagefind.init(),
          preload: (term) => pagefind.preload(term),
          search: async (query, filters) => (await pagefind.search(query, { filters })).results,
        };
      }
      // An instance starts loading as it is created, so it takes noWorker there rather than from options().
      const instances = shards.map(({ url, pages }) => ({ instance: pagefind.createInstance({ basePath: url, noWorker: true }), pages }));
      return {
        init: async () => void (await Promise.all(instances.map(({ instance }) => instance.init()))),
        preload: async (term) => void (await Promise.all(instances.map(({ instance }) => instance.preload(term)))),
        search: (query, filters) => searchShards(instances, query, filters),
      };
    },
  );
  return loaded;
}

/** Every page matching `query` (null: every page the filters allow), best first, with data loaded lazily. */
export async function searchIndex(query: string | null, filters: Record<string, string> = {}): Promise<IndexHit[]> {
  return (await loadPagefind()).search(query, filters);
}

/** The shards to search; the first alone where the list is missing, as in a site built before shards existed. */
async function shardList(): Promise<PagefindShardList['shards']> {
  const response = await fetch(PAGEFIND_SHARDS_URL).catch(() => undefined);
  if (!response?.ok) return [];
  return ((await response.json()) as PagefindShardList).shards;
}

/**
 * Searches every shard and ranks their pages as one index would. Pagefind scores a page by BM25, whose
 * inverse document frequency counts pages within its own index: a word that happens to be rarer in one shard
 * scores that shard's pages higher. Each shard's scores are therefore rescaled from its own frequency to the
 * frequency over all shards, counted from the pages each shard matched; Pagefind's `mergeIndex` sorts the raw
 * scores instead, which cost up to 3 points of top-3 on the phrase sets in a scale build.
 */
export async function searchShards(
  shards: ReadonlyArray<{ instance: PagefindInstance; pages: number }>,
  query: string | null,
  filters: Record<string, string>,
): Promise<IndexHit[]> {
  const answers = await Promise.all(shards.map(({ instance }) => instance.search(query, { filters })));
  if (query === null) return answers.flatMap(({ results }) => results);
  const total = shards.reduce((sum, { pages }) => sum + pages, 0);
  const matching = answers.reduce((sum, { unfilteredResultCount }) => sum + unfilteredResultCount, 0);
  const overall = inverseDocumentFrequency(total, matching);
  const hits = answers.flatMap(({ results, unfilteredResultCount }, shard) => {
    const factor = overall / inverseDocumentFrequency(shards[shard]!.pages, unfilteredResultCount);
    // New hits rather than changed ones: Pagefind may hand the same result objects to a later search.
    return results.map(({ id, score, data }) => ({ id, score: score * factor, data }));
  });
  return hits.sort((a, b) => b.score - a.score);
}

/** Pagefind's own (pagefind_web's calculate_idf): never negative, however common the word. */
function inverseDocumentFrequency(pages: number, matching: number): number {
  return Math.log(1 + (pages - matching + 0.5) / (matching + 0.5));
}
