import { expect, test } from 'vitest';
import { searchShards } from '../../../src/browser/pagefind-client.ts';

/** A shard's Pagefind instance that answers every query with the same hit objects and match count, as Pagefind's cache may. */
const shard = (pages: number, matching: number, hits: Array<[string, number]>) => {
  const results = hits.map(([id, score]) => ({ id, score, data: async () => ({ url: `/${id}/`, content: '', meta: {} }) }));
  return {
    pages,
    instance: {
      options: async () => undefined,
      init: async () => undefined,
      preload: async () => undefined,
      search: async () => ({ unfilteredResultCount: matching, results }),
    },
  };
};

/** Pagefind's inverse document frequency. */
const idf = (pages: number, matching: number) => Math.log(1 + (pages - matching + 0.5) / (matching + 0.5));

test('pages of several shards are ranked as one index would rank them, not by each shard’s own word rarity', async () => {
  // The word is common in the first shard and rare in the second: raw scores favour the second shard's weak match.
  const common = shard(100, 50, [['strong', idf(100, 50) * 1.0]]);
  const rare = shard(100, 2, [['weak', idf(100, 2) * 0.5]]);
  const hits = await searchShards([common, rare], 'token', {});
  expect(hits.map(({ id }) => id)).toEqual(['strong', 'weak']);
  const overall = idf(200, 52);
  expect(hits[0]!.score).toBeCloseTo(overall * 1.0, 5);
  expect(hits[1]!.score).toBeCloseTo(overall * 0.5, 5);
});

test('a listing by filters alone keeps every shard’s pages, and a search leaves the hits Pagefind gave unchanged', async () => {
  const first = shard(10, 1, [['a', 1]]);
  const second = shard(10, 1, [['b', 2]]);
  expect((await searchShards([first, second], null, { api: 'groove' })).map(({ id }) => id)).toEqual(['a', 'b']);
  const given = await first.instance.search();
  await searchShards([first, second], 'word', {});
  expect(given.results[0]!.score).toBe(1);
});
