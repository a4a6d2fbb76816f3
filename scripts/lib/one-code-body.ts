/**
 * About 1 MB (over 1,000,000 characters) of a Groove response naming one code, COLLECTION_FULL, after
 * 15,100 track items: what the "Look up selection" bookmarklet opens for a large selection. Percent-encoded
 * in an address it is 1.7 MB, under the 2 MB Chromium accepts (a megabyte padded with spaces is not).
 * Shared by the bench's `lookup_hash_1mb_to_code_ms` and the browser test that it lands on its page.
 */
export function largeOneCodeBody(): string {
  const items = Array.from({ length: 15_100 }, (_, i) => ({ Id: `music.${i}`, Name: `Track ${i} of a long list`, Rating: i % 5 }));
  return JSON.stringify({ Tracks: { Items: items }, Error: { ErrorCode: 'COLLECTION_FULL', Description: "User's collection is full" } });
}
