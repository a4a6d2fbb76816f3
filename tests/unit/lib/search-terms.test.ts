import { describe, expect, test } from 'vitest';
import { responseMessages, searchTerms } from '../../../src/lib/search-terms.ts';

describe('searchTerms', () => {
  test('indexes the words of a code and every multi-word suffix, so any part of it is a prefix of some term', () => {
    expect(searchTerms('DELIVERY_CONCURRENT_STREAMING')).toEqual(['DELIVERY CONCURRENT STREAMING', 'CONCURRENT_STREAMING', '·']);
    expect(searchTerms('CATALOG_NO_RESULT')).toEqual(['CATALOG NO RESULT', 'NO_RESULT', '·']);
  });

  test('adds the registry keywords once each', () => {
    expect(searchTerms('TOO_MANY_REQUESTS', ['throttled', 'rate limit', 'throttled'])).toEqual([
      'TOO MANY REQUESTS',
      'MANY_REQUESTS',
      'throttled',
      'rate limit',
      '·',
    ]);
  });

  test('leaves a single-word code as it is', () => {
    expect(searchTerms('TIMEOUT')).toEqual(['TIMEOUT', '·']);
  });

  test('adds the summary and messages after the keywords, and ends with a lone separator that marks the end of the block', () => {
    expect(searchTerms('CATALOG_UNAVAILABLE', ['outage'], ['The catalog did not answer.', 'No response from catalog.'])).toEqual([
      'CATALOG UNAVAILABLE',
      'outage',
      'The catalog did not answer.',
      'No response from catalog.',
      '·',
    ]);
  });
});

describe('responseMessages', () => {
  test("collects the API's own messages from sample responses, once each, at any depth", () => {
    expect(
      responseMessages([
        { Error: { ErrorCode: 'CATALOG_UNAVAILABLE', Description: 'No response from catalog.' } },
        [{ success: false }, { errorCode: 'ERROR_NOT_CAPABLE', reason: 'no line-in' }],
        { Error: { Description: 'No response from catalog.', Message: 'Try later' } },
      ]),
    ).toEqual(['No response from catalog.', 'no line-in', 'Try later']);
  });
});
