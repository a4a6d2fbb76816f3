import { describe, expect, test } from 'vitest';
import { searchTerms } from '../../../src/lib/search-terms.ts';

describe('searchTerms', () => {
  test('indexes the words of a code and every multi-word suffix, so any part of it is a prefix of some term', () => {
    expect(searchTerms('DELIVERY_CONCURRENT_STREAMING')).toEqual(['DELIVERY CONCURRENT STREAMING', 'CONCURRENT_STREAMING']);
    expect(searchTerms('CATALOG_NO_RESULT')).toEqual(['CATALOG NO RESULT', 'NO_RESULT']);
  });

  test('adds the registry keywords once each', () => {
    expect(searchTerms('TOO_MANY_REQUESTS', ['throttled', 'rate limit', 'throttled'])).toEqual([
      'TOO MANY REQUESTS',
      'MANY_REQUESTS',
      'throttled',
      'rate limit',
    ]);
  });

  test('leaves a single-word code as it is', () => {
    expect(searchTerms('TIMEOUT')).toEqual(['TIMEOUT']);
  });
});
