import { knownCodes, type CodeIndex, type KnownCode } from '../lib/resolve-code.ts';
import { CODE_INDEX_URL } from '../lib/urls.ts';
import { searchPages, type PagefindResultData } from './pagefind-client.ts';

let loaded: Promise<{ index: CodeIndex; known: KnownCode[] }> | undefined;

/** The published code list, fetched once per page. */
export function loadCodeIndex() {
  loaded ??= fetch(CODE_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${CODE_INDEX_URL}: HTTP ${response.status}`);
      return response.json() as Promise<CodeIndex>;
    })
    .then((index) => ({ index, known: knownCodes(index) }));
  return loaded;
}

/** Search-result data for known codes, so a list of candidates can show each code's API and summary. */
export async function describeCodes(codes: readonly KnownCode[]): Promise<PagefindResultData[]> {
  return Promise.all(
    codes.map(async (code) => {
      const results = await searchPages(code.code, { api: code.api }, 3).catch(() => []);
      return results.find((result) => result.meta['code'] === code.code) ?? { url: code.url, excerpt: '', meta: { code: code.code } };
    }),
  );
}
