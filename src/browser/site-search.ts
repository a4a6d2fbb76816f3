import { nearestToTokens, readCodeSpelling, readText, type CodeReading, type KnownCode } from '../lib/resolve-code.ts';
import { RETRY_POLICIES, type RetryPolicy } from '../lib/retry-policies.ts';
import { buildExcerpt, markWords, mergeByCoverage, queryTerms, termStems, type QueryTerm, type Segment } from '../lib/search-ranking.ts';
import { rarity, type Vocabulary } from '../lib/search-vocabulary.ts';
import { loadCodeIndex, loadVocabulary } from './code-index.ts';
import { loadPagefind, searchIndex, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';

/**
 * The site's one search: the header box, `/search/` and the lookup page's fallback all call `searchSite`.
 * A pasted payload is resolved to its codes; a code in any spelling comes first; a three-digit query lists
 * the codes sent with that HTTP status; words go to Pagefind, and a query whose words no page holds all of
 * falls back to ranked partial matches (see ../lib/search-ranking.ts).
 */

export const FILTER_NAMES = ['api', 'category', 'httpStatus', 'retry'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

export interface SiteResult {
  url: string;
  code: string;
  /** API, category and HTTP status, joined for display. */
  facts: string;
  /** The code's summary, with the words the query matched marked. */
  summary: Segment[];
  /** A few lines of the page around the words the query matched; empty when only the code or summary did. */
  excerpt: Segment[];
  /** Why the result is here when it is not a plain text match, such as "In the pasted text". */
  note?: string;
  /** Offered as what a mistyped code was probably meant to be ("did you mean"). */
  near?: boolean;
}

export interface SiteSearch {
  results: SiteResult[];
  /** How the query was understood. */
  reading: 'empty' | 'payload' | 'suggest' | 'status' | 'words' | 'partial' | 'filters';
  /** The one code the query names outright: Enter in the header box opens it. */
  exact?: SiteResult;
  /** The HTTP status a three-digit query was read as. */
  status?: string;
  /** Words searched in another spelling than typed (`expird` → `expired`). */
  corrections: Array<{ typed: string; word: string }>;
}

/** Pasted text beyond this is not read: 4 MB is far more than any error response. */
const MAX_TEXT = 4 * 1024 * 1024;
/** Words are taken from the start of a long query only, and only so many of them. */
const MAX_WORDS_TEXT = 300;
const MAX_WORDS = 16;
/** Longer than any word the index holds (a code with its underscores included). */
const MAX_WORD_LENGTH = 60;

/** Whether the text is a pasted response or log line rather than words typed into a box. */
export function looksLikePayload(text: string): boolean {
  const head = text.slice(0, 10_000);
  return head.length > 160 || /\n/.test(head.trim()) || (/[{[]/.test(head) && /[:=]/.test(head)) || /code["']?\s{0,8}[:=]/i.test(head);
}

/**
 * The human-readable messages of a pasted payload (`"Description": "…"`, `"reason": "…"`), which describe
 * the error in the API's words even when its code is not one this site documents. The pattern cannot
 * backtrack: every part is a fixed string or a bounded run of one character class.
 */
export function payloadMessages(text: string): string[] {
  const messages: string[] = [];
  for (const match of text.matchAll(/"(?:description|message|reason|errorMessage)"[ \t]{0,8}:[ \t]{0,8}"([^"\\\n]{1,300})/gi)) {
    messages.push(match[1]!);
    if (messages.length === 5) break;
  }
  return messages;
}

/** Pagefind's filter values: the retry filter is indexed by its label, the URL carries the policy's id. */
function pagefindFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (!value) continue;
    out[name] = name === 'retry' ? (RETRY_POLICIES[value as RetryPolicy]?.label ?? value) : value;
  }
  return out;
}

let warming: Promise<void> | undefined;

/**
 * Fetches everything a search needs (the code list, the vocabulary, Pagefind's module, its WebAssembly and
 * metadata), all at once and only once, so that the first query finds them ready. Pagefind loads its
 * WebAssembly on the first search, not in `init`, so an empty preload stands in for that search.
 */
export function warmUp(): Promise<void> {
  warming ??= Promise.all([
    loadCodeIndex(),
    loadVocabulary(),
    loadPagefind().then(async (pagefind) => {
      await pagefind.init();
      await pagefind.preload('');
    }),
  ]).then(() => undefined);
  return warming;
}

/** A query as read once, however it is then answered: a megabyte of paste is scanned a single time. */
export interface QueryReading {
  /** The query, trimmed, and capped at what a search reads. */
  text: string;
  /** Whether it is a pasted response or log line rather than words typed into a box. */
  payload: boolean;
  /** The documented codes it names, in the order lookup lists them. */
  found: KnownCode[];
  /** Its code-shaped tokens naming no code, for "did you mean". */
  unknownTokens: string[];
  /** The code the whole text spells, if any. */
  spelled?: { reading: CodeReading; codes: KnownCode[] };
}

export async function readQuery(query: string): Promise<QueryReading> {
  const text = (query.length > MAX_TEXT ? query.slice(0, MAX_TEXT) : query).trim();
  const { index, known } = await loadCodeIndex();
  const { codes, unknownTokens } = readText(text, known, index);
  const spelled = readCodeSpelling(text, known, index);
  return { text, payload: looksLikePayload(text), found: codes, unknownTokens, ...(spelled ? { spelled } : {}) };
}

export async function searchSite(query: string | QueryReading, filters: Filters = {}, limit = 25): Promise<SiteSearch> {
  const pf = pagefindFilters(filters);
  const filtered = Object.keys(pf).length > 0;
  if (!(typeof query === 'string' ? query.trim() : query.text)) {
    if (!filtered) return { results: [], reading: 'empty', corrections: [] };
    const all = await searchIndex(null, pf);
    return {
      results: await toResults(
        all.slice(0, limit).map((result) => [result]),
        [],
      ),
      reading: 'filters',
      corrections: [],
    };
  }

  const { text: trimmed, payload, found, unknownTokens, spelled } = typeof query === 'string' ? await readQuery(query) : query;
  if (payload && found.length) {
    const results = await describeCodes(found.slice(0, limit), filters, 'In the pasted text');
    return { results, reading: 'payload', ...(found.length === 1 && results[0] ? { exact: results[0] } : {}), corrections: [] };
  }

  // First the codes the text names: the whole text as a code in any spelling, a code in a sentence, a
  // code it probably mistypes, or, for a paste naming no documented code, codes spelled like its tokens.
  const guessed = spelled?.reading === 'typo' || spelled?.reading === 'plural';
  const note = spelled?.reading === 'exact' ? 'Exact code' : 'Code';
  const { known } = await loadCodeIndex();
  const named =
    spelled && !guessed
      ? await describeCodes(spelled.codes.slice(0, 3), filters, note)
      : found.length
        ? await describeCodes(found.slice(0, 5), filters, 'Code in the text')
        : spelled
          ? (await describeCodes(spelled.codes.slice(0, 3), filters, 'Closest code')).map((result) => ({ ...result, near: true }))
          : payload
            ? (await describeCodes(nearestToTokens(unknownTokens, known), filters, 'Closest to a code in the text')).map((result) => ({
                ...result,
                near: true,
              }))
            : [];
  const exact = spelled && !guessed ? named[0] : undefined;

  if (/^[1-5]\d\d$/.test(trimmed) && !filters.httpStatus) {
    const byStatus = await searchIndex(null, { ...pf, httpStatus: trimmed });
    if (byStatus.length) {
      return {
        results: await toResults(
          byStatus.slice(0, limit).map((result) => [result]),
          [],
        ),
        reading: 'status',
        status: trimmed,
        corrections: [],
      };
    }
  }

  // A paste is searched by the messages in it (its `Description`, `reason`), other text by its words.
  const messages = payload ? payloadMessages(trimmed).join(' ') : '';
  const words = await searchWords(wordsOfQuery(messages || trimmed), pf, limit);
  const seen = new Set(named.map((result) => result.url));
  const results = [...named, ...words.results.filter((result) => !seen.has(result.url))].slice(0, limit);
  const reading = named.some((result) => result.near) && payload ? 'suggest' : words.reading;
  return { ...words, results, reading, ...(exact ? { exact } : {}) };
}

/**
 * The part of a text that is searched as words: its first words, each no longer than a word the index can
 * hold, so that neither Pagefind nor the typo correction is handed a long run of letters from a paste.
 */
export function wordsOfQuery(text: string): string {
  return text
    .slice(0, MAX_WORDS_TEXT)
    .split(/\s+/)
    .filter((word) => word && word.length <= MAX_WORD_LENGTH)
    .slice(0, MAX_WORDS)
    .join(' ');
}

/** Words through Pagefind, merged by coverage when the query has several meaningful words. */
async function searchWords(query: string, filters: Record<string, string>, limit: number): Promise<Omit<SiteSearch, 'exact'>> {
  const vocabulary: Vocabulary = await loadVocabulary().catch(() => ({ documents: 1, words: {} }));
  const terms = queryTerms(query, vocabulary);
  const corrections = terms.filter((term) => term.word !== term.typed).map(({ typed, word }) => ({ typed, word }));
  const allWords = await searchIndex(query, filters);
  if (!terms.length) {
    return {
      results: await toResults(
        allWords.slice(0, limit).map((result) => [result]),
        [],
      ),
      reading: 'words',
      corrections,
    };
  }
  // A code-like token that is part of no code (`CATALOG_NOT_FOUND`) is searched by its words instead; one
  // that is (`NO_RESULT`) stays whole, so it finds exactly the codes that contain it.
  const codeParts = (await loadCodeIndex()).known.map((entry) => entry.code.toLowerCase());
  const searched = terms.flatMap((term) =>
    term.word.includes('_') && !codeParts.some((code) => code.includes(term.word))
      ? queryTerms(term.word.replaceAll('_', ' '), vocabulary).filter((part) => !terms.some((other) => other.word === part.word))
      : [term],
  );
  // A word weighs as rare as the pages Pagefind matches it on, which stems and completes it (`stopped` also
  // finds `stop` and `stops`), rather than as its exact spelling's count in the vocabulary.
  const perTerm = await Promise.all(
    searched.map(async (term) => {
      const results = await searchIndex(term.word, filters);
      return { term: { ...term, weight: results.length ? rarity(results.length, vocabulary.documents) : term.weight }, results };
    }),
  );
  // Pages holding every word as typed get one more share, worth half the query, on top of their coverage.
  const everyWord: QueryTerm = { word: '\u0000every-word', typed: '', weight: perTerm.reduce((sum, { term }) => sum + term.weight, 0) / 2 };
  const lists = terms.length > 1 && allWords.length ? [...perTerm, { term: everyWord, results: allWords }] : perTerm;
  const merged = mergeByCoverage(lists).slice(0, limit);
  const sources = new Map<string, PagefindResult[]>();
  for (const { results } of lists) {
    for (const result of results) sources.set(result.id, [...(sources.get(result.id) ?? []), result]);
  }
  const results = await toResults(
    merged.map((entry) => sources.get(entry.id) ?? []),
    perTerm.map(({ term }) => term),
  );
  const complete = merged[0] && perTerm.every(({ term }) => merged[0]!.matched.includes(term.word));
  return { results, reading: complete ? 'words' : 'partial', corrections };
}

/**
 * Each page's data, once, with the matched locations of every list it came from. Pagefind shares one data
 * object per page and overwrites its locations on each `data()` call, so they are copied one call at a time.
 */
async function toResults(pages: ReadonlyArray<readonly PagefindResult[]>, terms: readonly QueryTerm[]): Promise<SiteResult[]> {
  const stems = termStems(terms);
  return Promise.all(
    pages.map(async (sources) => {
      let data: PagefindResultData | undefined;
      const locations: Array<{ location: number; weight: number }> = [];
      for (const source of sources) {
        data = await source.data();
        locations.push(...(data.weighted_locations ?? []).map(({ location, weight }) => ({ location, weight })));
      }
      return toResult(data!, locations, stems);
    }),
  );
}

function toResult(
  data: PagefindResultData,
  locations: ReadonlyArray<{ location: number; weight: number }>,
  stems: string[],
  note?: string,
): SiteResult {
  const { meta } = data;
  return {
    url: data.url,
    code: meta['code'] ?? meta['title'] ?? data.url,
    facts: [meta['api'], meta['category'], meta['httpStatus'] && `HTTP ${meta['httpStatus']}`].filter(Boolean).join(' · '),
    summary: markWords(meta['summary'] ?? '', stems),
    excerpt: buildExcerpt(data.content, locations, stems),
    ...(note ? { note } : {}),
  };
}

/** Results for codes already known (from a payload or a spelling), in that order, within the filters. */
export async function describeCodes(codes: readonly KnownCode[], filters: Filters = {}, note?: string): Promise<SiteResult[]> {
  const pf = pagefindFilters(filters);
  const described = await Promise.all(
    codes.map(async (code) => {
      if (pf['api'] && pf['api'] !== code.api) return undefined;
      const results = await searchIndex(code.code, { ...pf, api: code.api }).catch(() => []);
      for (const result of results.slice(0, 5)) {
        const data = await result.data();
        if (data.meta['code'] === code.code) return toResult(data, [], [], note);
      }
      if (Object.keys(pf).length) return undefined;
      return { url: code.url, code: code.code, facts: code.api, summary: [], excerpt: [], ...(note ? { note } : {}) };
    }),
  );
  return described.filter((result): result is SiteResult => result !== undefined);
}
