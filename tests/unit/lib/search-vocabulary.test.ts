import { describe, expect, test } from 'vitest';
import { buildVocabulary, correctWord, rarity, wordWeight } from '../../../src/lib/search-vocabulary.ts';

const vocabulary = buildVocabulary([
  ['ACCESS_TOKEN_EXPIRED', 'The token has expired.', 'Renew the token.'],
  ['TOO_MANY_REQUESTS', 'The caller is being throttled.'],
  ['COLLECTION_PLAYLIST_FULL', 'The playlist is full.'],
]);

describe('buildVocabulary', () => {
  test('counts each word once per code, splitting codes into their words', () => {
    expect(vocabulary.documents).toBe(3);
    expect(vocabulary.words['token']).toBe(1);
    expect(vocabulary.words['the']).toBe(3);
    expect(vocabulary.words['playlist']).toBe(1);
  });
});

describe('correctWord', () => {
  test('corrects no typo when allowed none', () => {
    expect(correctWord('expird', vocabulary, 0)).toBeUndefined();
  });

  test('corrects up to one typo in a short word and two in a long one', () => {
    expect(correctWord('expird', vocabulary)).toBe('expired');
    expect(correctWord('throtled', vocabulary)).toBe('throttled');
    expect(correctWord('throtteld', vocabulary)).toBe('throttled');
    expect(correctWord('thrtld', vocabulary)).toBeUndefined();
  });

  test('keeps known words, words being typed and other forms of a known word as they are', () => {
    expect(correctWord('token', vocabulary)).toBe('token');
    expect(correctWord('play', vocabulary)).toBe('play');
    expect(correctWord('renewing', vocabulary)).toBe('renewing');
  });

  test('gives nothing for a word no known word is close to, and never corrects words under four letters', () => {
    expect(correctWord('zzqqxx', vocabulary)).toBeUndefined();
    expect(correctWord('tkn', vocabulary)).toBeUndefined();
  });

  test('weighs a word used by fewer codes higher', () => {
    expect(wordWeight('token', vocabulary)).toBeGreaterThan(wordWeight('the', vocabulary));
  });

  test('a word the index matches on more pages (its other forms included) weighs less', () => {
    expect(rarity(16, 55)).toBeLessThan(rarity(1, 55));
    expect(rarity(55, 55)).toBeGreaterThan(0);
    expect(wordWeight('token', vocabulary)).toBe(rarity(1, 3));
  });
});
