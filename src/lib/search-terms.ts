/**
 * Extra words indexed on a code page so that people find it however they type it. Pagefind keeps `_` inside
 * words and matches by prefix, so `CATALOG_NO_RESULT` is found by `catalog_no` but not by `no_result`:
 * indexing each suffix (`NO_RESULT`, `RESULT`) makes any contiguous part of a code a prefix of some word,
 * and the parts as separate words let `no result` or `concurrent streaming` match.
 */
export function searchTerms(code: string, keywords: readonly string[] = []): string[] {
  const parts = code.split(/[_\-.]+/).filter(Boolean);
  const suffixes = parts.slice(1).map((_part, index) => parts.slice(index + 1).join('_'));
  return [...new Set([parts.join(' '), ...suffixes.filter((suffix) => suffix.includes('_')), ...keywords])];
}
