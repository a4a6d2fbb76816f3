/** A code the site documents, as `/errors.json` lists it. */
export interface KnownCode {
  api: string;
  code: string;
  url: string;
  summary: string;
}

/**
 * Finds the documented codes mentioned in any text: a bare code in any letter case, a code inside a
 * sentence or URL, or a whole pasted error payload. Matching is by whole identifier, so
 * `CATALOG_NO_RESULT` in a payload is found but `NO_RESULT` alone is not. When the text also names an API
 * id (as a URL such as `/groove/catalog_no_result/` does), codes of that API are preferred where a code
 * exists in several. Results keep the order in which they first appear in the text.
 */
export function findCodes(text: string, known: readonly KnownCode[]): KnownCode[] {
  const byCode = new Map<string, KnownCode[]>();
  for (const entry of known) {
    const key = entry.code.toUpperCase();
    byCode.set(key, [...(byCode.get(key) ?? []), entry]);
  }
  const tokens = text.match(/[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*/g) ?? [];
  const apisNamed = new Set(tokens.map((token) => token.toLowerCase()));

  const found: KnownCode[] = [];
  for (const token of tokens) {
    for (const part of [token, ...token.split('-')]) {
      const candidates = byCode.get(part.toUpperCase());
      if (!candidates) continue;
      const preferred = candidates.filter((candidate) => apisNamed.has(candidate.api));
      for (const candidate of preferred.length ? preferred : candidates) {
        if (!found.includes(candidate)) found.push(candidate);
      }
    }
  }
  return found;
}
