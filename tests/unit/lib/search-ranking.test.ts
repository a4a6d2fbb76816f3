import { describe, expect, test } from 'vitest';
import {
  buildExcerpt,
  markWords,
  mergeByCoverage,
  negatedPhrases,
  preferPages,
  queryTerms,
  termStems,
  type QueryTerm,
} from '../../../src/lib/search-ranking.ts';
import { buildVocabulary } from '../../../src/lib/search-vocabulary.ts';

const vocabulary = buildVocabulary([
  ['CATALOG_UNAVAILABLE', 'The catalog service behind the API did not answer.', 'No response from catalog.'],
  ['CATALOG_NO_RESULT', 'The catalog has no item matching the requested ID.', 'Item does not exist.'],
  ['ACCESS_TOKEN_EXPIRED', 'The access token has expired and must be replaced.'],
  ['COLLECTION_PLAYLIST_FULL', 'The playlist has reached its maximum number of tracks.'],
]);

describe('queryTerms', () => {
  test('drops stop words and keeps the words that say which error is meant', () => {
    expect(queryTerms('the catalog service is not answering at all', vocabulary).map((term) => term.word)).toEqual([
      'catalog',
      'service',
      'answering',
    ]);
  });

  test('corrects a typo to the word the index knows, and says what was typed', () => {
    expect(queryTerms('token expird', vocabulary).map(({ word, typed }) => [word, typed])).toEqual([
      ['token', 'token'],
      ['expired', 'expird'],
    ]);
  });

  test('drops a word no indexed word is close to, and keeps a part of a code whole', () => {
    expect(queryTerms('zzqqxx playlist', vocabulary).map((term) => term.word)).toEqual(['playlist']);
    expect(queryTerms('no_result', vocabulary).map((term) => term.word)).toEqual(['no_result']);
  });

  test('weighs a rare word above a common one', () => {
    const [catalog, playlist] = queryTerms('catalog playlist', vocabulary);
    expect(playlist!.weight).toBeGreaterThan(catalog!.weight);
  });
});

describe('queryTerms for a query in another language', () => {
  test('keeps words the index holds or begins, and drops unknown words instead of correcting them', () => {
    expect(queryTerms('token expird', vocabulary, { correct: false }).map((term) => term.word)).toEqual(['token']);
    expect(queryTerms('playlis consulta', vocabulary, { correct: false }).map((term) => term.word)).toEqual(['playlis']);
  });
});

describe('negatedPhrases', () => {
  test('runs from the negation through the first meaningful word after it', () => {
    expect(negatedPhrases('the catalog service is not answering at all')).toEqual(['not answering']);
    expect(negatedPhrases("track is not in the user's library")).toEqual(['not in the user']);
    expect(negatedPhrases('the playlist isn\u2019t loading, no results')).toEqual(['not loading', 'no results']);
  });

  test('gives no phrase when only stop words follow the negation within three words', () => {
    expect(negatedPhrases('it does not work at all')).toEqual(['not work']);
    expect(negatedPhrases('not at all, not')).toEqual([]);
  });
});

describe('preferPages', () => {
  const merged = [
    { id: 'a', matched: ['x'], coverage: 1, rank: 3 },
    { id: 'b', matched: ['x'], coverage: 1, rank: 2 },
    { id: 'c', matched: ['x'], coverage: 1, rank: 1 },
  ];

  test('puts pages in more preferred sets first, an earlier set above all later ones, each group in rank order', () => {
    expect(preferPages(merged, [new Set(['c', 'b'])]).map((page) => page.id)).toEqual(['b', 'c', 'a']);
    expect(preferPages(merged, [new Set(['c']), new Set(['b', 'c'])]).map((page) => page.id)).toEqual(['c', 'b', 'a']);
    expect(preferPages(merged, [new Set(['b']), new Set(['c'])]).map((page) => page.id)).toEqual(['b', 'c', 'a']);
  });

  test('leaves the order alone with no preference, and leaves out nothing', () => {
    expect(preferPages(merged, []).map((page) => page.id)).toEqual(['a', 'b', 'c']);
    expect(preferPages(merged, [new Set(['z'])]).map((page) => page.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('mergeByCoverage', () => {
  const term = (word: string, weight: number): QueryTerm => ({ word, typed: word, weight });

  test('ranks a page covering more of the query, and its rarer words, above a page matching one word strongly', () => {
    const merged = mergeByCoverage([
      {
        term: term('catalog', 1),
        results: [
          { id: 'no-result', score: 10 },
          { id: 'unavailable', score: 5 },
        ],
      },
      { term: term('answer', 2), results: [{ id: 'unavailable', score: 3 }] },
    ]);
    expect(merged.map((page) => page.id)).toEqual(['unavailable', 'no-result']);
    expect(merged[0]!.coverage).toBeCloseTo(1);
    expect(merged[0]!.matched).toEqual(['catalog', 'answer']);
  });

  test('breaks a tie in coverage by the strength of the matches', () => {
    const merged = mergeByCoverage([
      {
        term: term('token', 1),
        results: [
          { id: 'weak', score: 1 },
          { id: 'strong', score: 9 },
        ],
      },
    ]);
    expect(merged.map((page) => page.id)).toEqual(['strong', 'weak']);
  });
});

describe('markWords and buildExcerpt', () => {
  const stems = termStems([{ word: 'expired', typed: 'expird', weight: 1 }]);

  test('marks the words of a summary that match the query, in any form', () => {
    expect(markWords('The token has expired; renew it.', stems)).toEqual([
      { text: 'The token has ', marked: false },
      { text: 'expired', marked: true },
      { text: '; renew it.', marked: false },
    ]);
  });

  test('takes the excerpt from body text after the search terms block, around the most matches', () => {
    const content =
      'Groove API. ACCESS_TOKEN_EXPIRED. The token expired. ACCESS TOKEN EXPIRED · token expired · · Facts here. Cached tokens expired after ten minutes, so renew the token before it expires.';
    const words = content.split(' ');
    const at = (word: string, from = 0) => words.indexOf(word, from);
    const dot = at('·', at('·') + 1) + 1;
    const excerpt = buildExcerpt(
      content,
      [
        { location: at('expired.'), weight: 1 },
        { location: at('EXPIRED'), weight: 5 },
        { location: at('expired', dot), weight: 1 },
        { location: at('expires.'), weight: 1 },
      ],
      stems,
    );
    const text = excerpt.map((segment) => segment.text).join('');
    expect(text).toContain('Cached tokens expired after ten minutes');
    expect(text).not.toContain('·');
    expect(excerpt.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['expired', 'expires']);
  });

  test('gives no excerpt when only the code or the summary matched', () => {
    expect(buildExcerpt('API. CODE. Summary words. CODE · terms. Body.', [{ location: 1, weight: 7 }], stems)).toEqual([]);
  });
});
