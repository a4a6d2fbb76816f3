import { knownCodes, type CodeIndex, type KnownCode } from '../lib/resolve-code.ts';
import type { Vocabulary } from '../lib/search-vocabulary.ts';
import { CODE_INDEX_URL, SEARCH_VOCABULARY_URL } from '../lib/urls.ts';

let codes: Promise<{ index: CodeIndex; known: KnownCode[] }> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/** The published code list, fetched once per page. */
export function loadCodeIndex() {
  codes ??= fetchJson<CodeIndex>(CODE_INDEX_URL).then((index) => ({ index, known: knownCodes(index) }));
  return codes;
}

/** The search vocabulary (words and how many codes use each), fetched once per page. */
export function loadVocabulary() {
  vocabulary ??= fetchJson<Vocabulary>(SEARCH_VOCABULARY_URL);
  return vocabulary;
}
