import { describe, expect, test } from 'vitest';
import { knownCodes, type CodeIndex } from '../../../src/lib/resolve-code.ts';
import {
  describeCodes,
  readQuery,
  searchSite,
  type IndexHit,
  type SearchContext,
  type SiteSearch,
} from '../../../src/lib/search-policy.ts';
import { buildVocabulary } from '../../../src/lib/search-vocabulary.ts';

/**
 * A small index standing in for Pagefind: a page matches when each word of the query begins one of its words
 * (Pagefind matches by prefix), scores by how many of its words do, and filters compare exactly.
 */
interface Page {
  api: string;
  code: string;
  httpStatus?: string;
  retry: string;
  text: string;
}

const PAGES: Page[] = [
  {
    api: 'groove',
    code: 'CATALOG_NO_RESULT',
    httpStatus: '404',
    retry: 'Do not retry',
    text: 'The catalog has no item matching the requested ID.',
  },
  {
    api: 'groove',
    code: 'CATALOG_UNAVAILABLE',
    httpStatus: '502',
    retry: 'Retry with backoff',
    text: 'The catalog service did not answer.',
  },
  {
    api: 'groove',
    code: 'COLLECTION_FULL',
    httpStatus: '400',
    retry: 'User action needed',
    text: 'The collection is full, nothing more can be added.',
  },
  { api: 'groove', code: 'COLLECTION_PLAYLIST_FULL', httpStatus: '400', retry: 'User action needed', text: 'The playlist is full.' },
  { api: 'groove', code: 'ACCESS_TOKEN_EXPIRED', httpStatus: '401', retry: 'Re-authenticate first', text: 'The access token has expired.' },
  {
    api: 'groove',
    code: 'MISSING_INPUT_PARAMETER',
    httpStatus: '400',
    retry: 'Retry after fixing the request',
    text: 'A parameter was missing or empty, such as an empty search.',
  },
  {
    api: 'sonos-control',
    code: 'ERROR_COMMAND_FAILED',
    retry: 'Do not retry',
    text: 'The player failed to change the volume of a fixed line-out.',
  },
  {
    api: 'sonos-control',
    code: 'ERROR_NOT_AUTHORIZED',
    retry: 'Re-authenticate first',
    text: 'The household request needs an authorized account; the token expired.',
  },
];

const words = (text: string) => text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];

const pageText = (page: Page) => `${page.code} ${page.code.replaceAll('_', ' ')} ${page.text}`;

function context(
  pages: readonly Page[] = PAGES,
): SearchContext & { calls: Array<{ query: string | null; filters: Record<string, string> }> } {
  const calls: Array<{ query: string | null; filters: Record<string, string> }> = [];
  const index: CodeIndex = {
    apis: [
      { id: 'groove', name: 'Groove', code: 'Error.ErrorCode', codePattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$' },
      { id: 'sonos-control', name: 'Sonos', code: 'errorCode', codePattern: '^ERROR_[A-Z0-9]+(_[A-Z0-9]+)*$' },
    ],
    codes: {
      groove: PAGES.filter((page) => page.api === 'groove').map((page) => page.code),
      'sonos-control': PAGES.filter((page) => page.api === 'sonos-control').map((page) => page.code),
    },
  };
  return {
    calls,
    codes: { index, known: knownCodes(index) },
    vocabulary: buildVocabulary(pages.map((page) => [pageText(page)])),
    index: {
      async search(query, filters) {
        calls.push({ query, filters });
        const hits: IndexHit[] = [];
        for (const page of pages) {
          const facts: Record<string, string | undefined> = { api: page.api, httpStatus: page.httpStatus, retry: page.retry };
          if (Object.entries(filters).some(([name, value]) => facts[name] !== value)) continue;
          const own = words(pageText(page));
          const wanted = query === null ? [] : words(query);
          if (wanted.some((word) => !own.some((known) => known.startsWith(word)))) continue;
          // A quoted query is a phrase, as Pagefind reads it: its words in a row.
          if (query?.startsWith('"') && !` ${own.join(' ')} `.includes(` ${wanted.join(' ')} `)) continue;
          const score = wanted.reduce((sum, word) => sum + own.filter((known) => known.startsWith(word)).length, 0);
          hits.push({
            id: page.code,
            score,
            data: async () => ({
              url: `/${page.api}/${page.code}/`,
              content: pageText(page),
              meta: { code: page.code, api: page.api, summary: page.text, ...(page.httpStatus ? { httpStatus: page.httpStatus } : {}) },
            }),
          });
        }
        return hits.sort((a, b) => b.score - a.score);
      },
    },
  };
}

async function search(query: string, filters = {}, ctx = context()): Promise<SiteSearch> {
  return searchSite(readQuery(query, ctx.codes), filters, 25, ctx);
}

const codes = (result: SiteSearch) => result.results.map((entry) => entry.code);

describe('searchSite', () => {
  test('an empty query without filters asks the index nothing', async () => {
    const ctx = context();
    expect(await search('   ', {}, ctx)).toEqual({ results: [], reading: 'empty', corrections: [] });
    expect(ctx.calls).toEqual([]);
  });

  test('an empty query with filters lists the pages they allow, the retry filter by its label', async () => {
    const ctx = context();
    const result = await search('', { retry: 'reauthenticate-first' }, ctx);
    expect(result.reading).toBe('filters');
    expect(codes(result)).toEqual(['ACCESS_TOKEN_EXPIRED', 'ERROR_NOT_AUTHORIZED']);
    expect(ctx.calls).toEqual([{ query: null, filters: { retry: 'Re-authenticate first' } }]);
  });

  test('a payload naming one code gives that code as the exact match', async () => {
    const result = await search('{"Error": {"ErrorCode": "COLLECTION_FULL", "Description": "User\'s collection is full"}}');
    expect(result.reading).toBe('payload');
    expect(codes(result)).toEqual(['COLLECTION_FULL']);
    expect(result.results[0]!.match).toBe('payload');
    expect(result.exact?.code).toBe('COLLECTION_FULL');
  });

  test('a payload naming two codes lists both and names no exact match', async () => {
    const result = await search('{"ErrorCode": "COLLECTION_FULL"}\n{"ErrorCode": "CATALOG_NO_RESULT"}');
    expect(result.reading).toBe('payload');
    expect(codes(result)).toEqual(['COLLECTION_FULL', 'CATALOG_NO_RESULT']);
    expect(result.exact).toBeUndefined();
  });

  test('a code exactly, in another spelling or in camel case comes first and is the exact match', async () => {
    for (const [query, match] of [
      ['CATALOG_NO_RESULT', 'exact'],
      ['catalog_no_result', 'exact'],
      ['catalog-no-result', 'code'],
      ['CatalogNoResult', 'code'],
    ] as const) {
      const result = await search(query);
      expect(codes(result)[0], query).toBe('CATALOG_NO_RESULT');
      expect(result.results[0]!.match, query).toBe(match);
      expect(result.exact?.code, query).toBe('CATALOG_NO_RESULT');
    }
  });

  test('a mistyped code offers the closest code, marked near, and is no exact match', async () => {
    const result = await search('ACCESS_TOKEN_EXPIRD');
    expect(codes(result)[0]).toBe('ACCESS_TOKEN_EXPIRED');
    expect(result.results[0]).toMatchObject({ match: 'closest', near: true });
    expect(result.exact).toBeUndefined();
  });

  test('a code inside a sentence comes first, as a code in the text', async () => {
    const result = await search('we keep getting COLLECTION_PLAYLIST_FULL from the add call');
    expect(codes(result)[0]).toBe('COLLECTION_PLAYLIST_FULL');
    expect(result.results[0]!.match).toBe('in-text');
  });

  test('a paste naming no documented code suggests codes spelled like its tokens and searches its messages', async () => {
    const result = await search('{"Error": {"ErrorCode": "COLLECTION_FUL", "Description": "the playlist is full"}}');
    expect(result.reading).toBe('suggest');
    expect(result.results[0]).toMatchObject({ code: 'COLLECTION_FULL', match: 'closest-in-text', near: true });
    expect(codes(result)).toContain('COLLECTION_PLAYLIST_FULL');
  });

  test('a paste naming no code is searched by its message, in the shapes clients and gateways write it', async () => {
    for (const key of ['Description', 'error', 'error_description', 'detail', 'faultstring']) {
      const ctx = context();
      const result = await search(`{"status": "failed", "${key}": "the playlist is full"}`, {}, ctx);
      expect(
        ctx.calls.map((call) => call.query),
        key,
      ).toContain('playlist full');
      expect(codes(result)[0], key).toBe('COLLECTION_PLAYLIST_FULL');
    }
  });

  test('a three-digit query lists exactly the codes sent with that status, unless a status filter is set', async () => {
    const result = await search('400');
    expect(result).toMatchObject({ reading: 'status', status: '400' });
    expect(codes(result).sort()).toEqual(['COLLECTION_FULL', 'COLLECTION_PLAYLIST_FULL', 'MISSING_INPUT_PARAMETER']);
    expect((await search('400', { httpStatus: '404' })).reading).not.toBe('status');
  });

  test('words on one page read as words; words no page holds all of fall back to partial matches', async () => {
    expect(await search('playlist full')).toMatchObject({ reading: 'words' });
    expect(codes(await search('playlist full'))[0]).toBe('COLLECTION_PLAYLIST_FULL');
    const partial = await search('catalog answer playlist');
    expect(partial.reading).toBe('partial');
    expect(codes(partial)[0]).toBe('CATALOG_UNAVAILABLE');
  });

  test('a mistyped word is searched as the word the index knows, and the correction is reported', async () => {
    const result = await search('token expird');
    expect(result.corrections).toEqual([{ typed: 'expird', word: 'expired' }]);
    expect(codes(result)[0]).toBe('ACCESS_TOKEN_EXPIRED');
  });

  test('a status in a sentence puts the codes sent with it first among the pages the words find', async () => {
    expect(codes(await search('the collection is full'))[0]).toBe('COLLECTION_FULL');
    expect(codes(await search('nothing more can be added, it is full')).slice(0, 1)).toEqual(['COLLECTION_FULL']);
    const full = await search('full and the token expired (401)');
    expect(codes(full)[0]).toBe('ACCESS_TOKEN_EXPIRED');
  });

  test('an API named by a product word puts its codes first, without dropping the others', async () => {
    const plain = codes(await search('token expired'));
    expect(plain[0]).toBe('ACCESS_TOKEN_EXPIRED');
    const sonos = codes(await search('Sonos token expired'));
    expect(sonos[0]).toBe('ERROR_NOT_AUTHORIZED');
    expect(sonos).toContain('ACCESS_TOKEN_EXPIRED');
  });

  test('a status with no meaningful word lists the codes sent with it', async () => {
    expect(codes(await search('how do I fix error 502'))).toEqual(['CATALOG_UNAVAILABLE']);
  });

  test('a word is never corrected into a stop word or a product name', async () => {
    const ctx = context();
    ctx.vocabulary.words['your'] = 8;
    ctx.vocabulary.words['sonos'] = 2;
    const result = await search('songs expired after an hour', {}, ctx);
    expect(result.corrections).toEqual([]);
    expect(codes(result)[0]).toBe('ACCESS_TOKEN_EXPIRED');
  });

  test('a status no code of the named API is sent with is searched as a word of its pages', async () => {
    const pages = PAGES.map((page) =>
      page.code === 'ERROR_NOT_AUTHORIZED' ? { ...page, text: `${page.text} HTTP 401 from the player.` } : page,
    );
    const result = await search('the Sonos player keeps failing with 401', {}, context(pages));
    expect(codes(result)[0]).toBe('ERROR_NOT_AUTHORIZED');
  });

  test('a status and an API whose words find nothing list the codes named that way', async () => {
    const result = await search('groove gives 502 zzzz');
    expect(codes(result)).toEqual(['CATALOG_UNAVAILABLE']);
  });

  test('a query in another language is searched by its known words, codes and statuses, its other words not corrected', async () => {
    const result = await search('¿por qué Groove devuelve 400 con la búsqueda vacía?');
    expect(codes(result)[0]).toBe('MISSING_INPUT_PARAMETER');
    expect(result.corrections).toEqual([]);
  });

  test('filters reach every search the words make', async () => {
    const ctx = context();
    const result = await search('full', { api: 'groove', httpStatus: '400' }, ctx);
    expect(codes(result).sort()).toEqual(['COLLECTION_FULL', 'COLLECTION_PLAYLIST_FULL']);
    expect(ctx.calls.every((call) => call.filters['api'] === 'groove' && call.filters['httpStatus'] === '400')).toBe(true);
  });
});

describe('searchSite ranking a symptom in words', () => {
  const pages = (...texts: Array<[string, string]>): Page[] =>
    texts.map(([code, text]) => ({ api: 'groove', code, httpStatus: '400', retry: 'Do not retry', text }));

  test('a page holding every meaningful word is not outranked by one that also holds the stop words', async () => {
    const ctx = context(
      pages(
        ['CATALOG_UNAVAILABLE', 'The catalog service stopped answering, and is answering nothing.'],
        ['CATALOG_NO_RESULT', 'Answering at all: the catalog has no item, the service is fine.'],
        ['COLLECTION_FULL', 'The collection is full.'],
      ),
    );
    expect(codes(await search('the catalog service answering at all', {}, ctx))[0]).toBe('CATALOG_UNAVAILABLE');
  });

  test('a negated word counts as the phrase it is in, so the page saying it comes first', async () => {
    const ctx = context(
      pages(
        ['COLLECTION_NO_RESULT', 'The track is not in the user library.'],
        ['COLLECTION_PLAYLIST_FULL', 'The track is in a playlist of the user library, and the library is full, not the catalog.'],
        ['CATALOG_NO_RESULT', 'The catalog has no item.'],
      ),
    );
    expect(codes(await search("track is not in the user's library", {}, ctx))[0]).toBe('COLLECTION_NO_RESULT');
  });
});

describe('describeCodes', () => {
  test('describes known codes in order from the index, and offers a code the index lacks by its URL when unfiltered', async () => {
    const ctx = context(PAGES.filter((page) => page.code !== 'COLLECTION_FULL'));
    const [full, missing] = await Promise.all([
      describeCodes(
        ctx.codes.known.filter((code) => code.code === 'COLLECTION_FULL'),
        {},
        'code',
        ctx,
      ),
      describeCodes(
        ctx.codes.known.filter((code) => code.code === 'COLLECTION_FULL'),
        { api: 'groove' },
        'code',
        ctx,
      ),
    ]);
    expect(full).toEqual([
      { url: '/groove/COLLECTION_FULL/', code: 'COLLECTION_FULL', facts: 'groove', summary: [], excerpt: [], match: 'code' },
    ]);
    expect(missing).toEqual([]);
  });

  test('leaves out codes of another API than the filter names', async () => {
    const ctx = context();
    const described = await describeCodes(ctx.codes.known, { api: 'sonos-control' }, undefined, ctx);
    expect(described.map((entry) => entry.code)).toEqual(['ERROR_COMMAND_FAILED', 'ERROR_NOT_AUTHORIZED']);
  });
});
