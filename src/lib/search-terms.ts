/**
 * Extra words indexed on a code page, with a high weight, so that people find it however they type it.
 * Pagefind keeps `_` inside words and matches by prefix, so `CATALOG_NO_RESULT` is found by `catalog_no` but
 * not by `no_result`: indexing each suffix (`NO_RESULT`, `RESULT`) makes any contiguous part of a code a
 * prefix of some word, and the parts as separate words let `no result` or `concurrent streaming` match.
 * The phrases (the summary, and the messages the API itself sends with the code) carry the same weight, so a
 * symptom described in their words ranks that code above pages that merely mention the words in passing.
 *
 * The page shows the terms joined by ` · ` in a hidden block, and the list ends with a lone `·`, so the
 * block ends in two separators in a row: in the page text Pagefind returns, search excerpts start after it
 * (see `buildExcerpt` in search-ranking.ts), since these terms are not prose to quote.
 */
export const TERMS_SEPARATOR = '·';

export function searchTerms(code: string, keywords: readonly string[] = [], phrases: readonly string[] = []): string[] {
  const parts = code.split(/[_\-.]+/).filter(Boolean);
  const suffixes = parts.slice(1).map((_part, index) => parts.slice(index + 1).join('_'));
  return [...new Set([parts.join(' '), ...suffixes.filter((suffix) => suffix.includes('_')), ...keywords, ...phrases]), TERMS_SEPARATOR];
}

const MESSAGE_KEY = /^(description|message|reason|errorMessage)$/i;

/**
 * The human-readable messages in sample responses (`Description`, `Message`, `reason`): the API's own words
 * for the error, which are what a person pastes or paraphrases. The walk is bounded in depth and count.
 */
export function responseMessages(responses: readonly unknown[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || found.length >= 20 || value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && MESSAGE_KEY.test(key)) found.push(inner);
      else visit(inner, depth + 1);
    }
  };
  for (const response of responses) visit(response, 0);
  return [...new Set(found)];
}
