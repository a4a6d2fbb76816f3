import { isProductWord, understandQuery } from './query-understanding.ts';
import { nearestToTokens, readCodeSpelling, readText, type CodeIndex, type CodeReading, type KnownCode } from './resolve-code.ts';
import { RETRY_POLICIES, type RetryPolicy } from './retry-policies.ts';
import {
  buildExcerpt,
  markWords,
  mergeByCoverage,
  negatedPhrases,
  preferPages,
  queryTerms,
  termStems,
  type QueryTerm,
  type Segment,
} from './search-ranking.ts';
import { rarity, type Vocabulary } from './search-vocabulary.ts';

/**
 * The site's one search, as decisions: what a query is (a paste, a code in some spelling, a status, words),
 * what to ask the index, how to rank and merge what it answers, when to fall back, and how each result
 * matched. The index is reached only through `SearchIndex` (Pagefind in the browser, see
 * ../browser/site-search.ts; a table of pages in the unit tests), and the wording shown to readers lives
 * with the pages that show it.
 */

export const FILTER_NAMES = ['api', 'category', 'httpStatus', 'retry'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Partial<Record<FilterName, string>>;

/** One page as the index describes it. */
interface IndexPage {
  url: string;
  /** The page's text, words separated by spaces; `weighted_locations` index into its words. */
  content: string;
  meta: Record<string, string | undefined>;
  weighted_locations?: Array<{ weight: number; location: number }>;
}

/** One page matching a search, best first, its description loaded on demand. */
export interface IndexHit {
  id: string;
  score: number;
  data(): Promise<IndexPage>;
}

/** What the policy asks of the index: the pages matching words (null: every page), within filters. */
interface SearchIndex {
  search(query: string | null, filters: Record<string, string>): Promise<IndexHit[]>;
}

/** Everything a search reads: the index, the published code list and the vocabulary of indexed words. */
export interface SearchContext {
  index: SearchIndex;
  codes: { index: CodeIndex; known: readonly KnownCode[] };
  vocabulary: Vocabulary;
}

/**
 * How a result was found when it is not a plain text match: the code is in a pasted payload, the query is the
 * code exactly or in another spelling, the code is named in a sentence, or it is the closest code to a
 * mistyped one (in the query as a whole, or in a paste).
 */
export type ResultMatch = 'payload' | 'exact' | 'code' | 'in-text' | 'closest' | 'closest-in-text';

export interface SiteResult {
  url: string;
  code: string;
  /** API, category and HTTP status, joined for display. */
  facts: string;
  /** The code's summary, with the words the query matched marked. */
  summary: Segment[];
  /** A few lines of the page around the words the query matched; empty when only the code or summary did. */
  excerpt: Segment[];
  match?: ResultMatch;
  /** Why the result is listed, in words, where no match kind says it (a lookup's message or undocumented code). */
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
/** Below this many pages, a word of a query weighs no more (see searchWords). */
const RARE_PAGES = 5;
/** Longer than any word the index holds (a code with its underscores included). */
const MAX_WORD_LENGTH = 60;

/** Whether the text is a pasted response or log line rather than words typed into a box. */
export function looksLikePayload(text: string): boolean {
  const head = text.slice(0, 10_000);
  return head.length > 160 || /\n/.test(head.trim()) || (/[{[]/.test(head) && /[:=]/.test(head)) || /code["']?\s{0,8}[:=]/i.test(head);
}

/**
 * The human-readable messages of a pasted payload (`"Description": "…"`, `"reason": "…"`, and the shapes
 * clients and gateways write: `"error": "…"`, OAuth's `error_description`, a problem document's `detail`, an
 * API gateway's `faultstring`), which describe the error in words even when its code is not one this site
 * documents. The pattern cannot backtrack: every part is a fixed string or a bounded run of one character class.
 */
function payloadMessages(text: string): string[] {
  const messages: string[] = [];
  for (const match of text.matchAll(
    /"(?:description|message|reason|errorMessage|error|error_description|detail|faultstring)"[ \t]{0,8}:[ \t]{0,8}"([^"\\\n]{1,300})/gi,
  )) {
    messages.push(match[1]!);
    if (messages.length === 5) break;
  }
  return messages;
}

/**
 * The part of a text that is searched as words: its first words, each no longer than a word the index can
 * hold, so that neither the index nor the typo correction is handed a long run of letters from a paste.
 */
function wordsOfQuery(text: string): string {
  return text
    .slice(0, MAX_WORDS_TEXT)
    .split(/\s+/)
    .filter((word) => word && word.length <= MAX_WORD_LENGTH)
    .slice(0, MAX_WORDS)
    .join(' ');
}

/** The index's filter values: the retry filter is indexed by its label, the URL carries the policy's id. */
function indexFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (!value) continue;
    out[name] = name === 'retry' ? (RETRY_POLICIES[value as RetryPolicy]?.label ?? value) : value;
  }
  return out;
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

/** A single word in camel case (`TooManyRequests`), as a client library's enum or exception names a code. */
const CAMEL_CASE = /^[A-Z]?[a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;

export function readQuery(query: string, codes: SearchContext['codes']): QueryReading {
  const text = (query.length > MAX_TEXT ? query.slice(0, MAX_TEXT) : query).trim();
  const { codes: found, rows, unknownTokens: tokens } = readText(text, codes.known, codes.index);
  // A code the registry lacks in an API's own code field is the likeliest typo of all: offer its nearest codes first.
  const unknownTokens = [...new Set([...rows.flatMap((row) => (row.known ? [] : [row.code])), ...tokens])];
  const camel = CAMEL_CASE.test(text);
  const read = readCodeSpelling(camel ? text.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_') : text, codes.known, codes.index);
  // Camel case is another spelling of a code, never the code exactly.
  const spelled = read && camel && read.reading === 'exact' ? { ...read, reading: 'spelling' as const } : read;
  return { text, payload: looksLikePayload(text), found, unknownTokens, ...(spelled ? { spelled } : {}) };
}

export async function searchSite(reading: QueryReading, filters: Filters, limit: number, context: SearchContext): Promise<SiteSearch> {
  const pf = indexFilters(filters);
  const { text, payload, found, spelled } = reading;
  if (!text) {
    if (!Object.keys(pf).length) return { results: [], reading: 'empty', corrections: [] };
    return { results: await listPages(context, pf, limit), reading: 'filters', corrections: [] };
  }
  if (payload && found.length) {
    const results = await describeCodes(found.slice(0, limit), filters, 'payload', context);
    return { results, reading: 'payload', ...(found.length === 1 && results[0] ? { exact: results[0] } : {}), corrections: [] };
  }

  const named = await namedCodes(reading, filters, context);
  const exact = spelled && (spelled.reading === 'exact' || spelled.reading === 'spelling') ? named[0] : undefined;

  if (/^[1-5]\d\d$/.test(text) && !filters.httpStatus) {
    const results = await listPages(context, { ...pf, httpStatus: text }, limit);
    if (results.length) return { results, reading: 'status', status: text, corrections: [] };
  }

  // A paste is searched by the messages in it (its `Description`, `reason`), other text by its words as understood.
  const messages = payload ? payloadMessages(text).join(' ') : '';
  const words = await searchWords(messages || text, !payload, pf, limit, context);
  const seen = new Set(named.map((result) => result.url));
  const results = [...named, ...words.results.filter((result) => !seen.has(result.url))].slice(0, limit);
  const kind = named.some((result) => result.near) && payload ? 'suggest' : words.reading;
  return { ...words, results, reading: kind, ...(exact ? { exact } : {}) };
}

/**
 * The codes the text names, first: the whole text as a code in any spelling, a code in a sentence, a code
 * it probably mistypes, or, for a paste naming no documented code, codes spelled like its tokens.
 */
async function namedCodes({ payload, found, unknownTokens, spelled }: QueryReading, filters: Filters, context: SearchContext) {
  if (spelled && (spelled.reading === 'exact' || spelled.reading === 'spelling'))
    return describeCodes(spelled.codes.slice(0, 3), filters, spelled.reading === 'exact' ? 'exact' : 'code', context);
  if (found.length) return describeCodes(found.slice(0, 5), filters, 'in-text', context);
  if (spelled) return near(await describeCodes(spelled.codes.slice(0, 3), filters, 'closest', context));
  if (payload) return near(await describeCodes(nearestToTokens(unknownTokens, context.codes.known), filters, 'closest-in-text', context));
  return [];
}

const near = (results: SiteResult[]) => results.map((result) => ({ ...result, near: true }));

/** Every page the filters allow, in the index's order. */
async function listPages(context: SearchContext, filters: Record<string, string>, limit: number): Promise<SiteResult[]> {
  const all = await context.index.search(null, filters);
  return toResults(
    all.slice(0, limit).map((hit) => [hit]),
    [],
  );
}

/**
 * Words through the index, merged by coverage when the query has several meaningful words. Typed words are
 * first understood (see query-understanding.ts): a status or an API named in passing makes the codes sent
 * with that status, or of that API, come first among the pages the words find, and stands in for the words
 * when they find nothing.
 */
async function searchWords(
  text: string,
  typed: boolean,
  filters: Record<string, string>,
  limit: number,
  context: SearchContext,
): Promise<Omit<SiteSearch, 'exact'>> {
  const { vocabulary, index } = context;
  const understood = typed ? understandQuery(text) : { words: text, foreign: false };
  const api = typed && understood.api && !filters['api'] ? understood.api : undefined;
  const status = typed && understood.status && !filters['httpStatus'] ? understood.status : undefined;
  const [apiPages, statusPages] = await Promise.all([
    api ? index.search(null, { ...filters, api }) : undefined,
    status ? index.search(null, { ...filters, ...(api ? { api } : {}), httpStatus: status }) : undefined,
  ]);
  // A status no code of the named API is sent with (Sonos has none) may still be in the pages' words, such as a
  // 401 a player's HTTP endpoint answers.
  const content = status && !statusPages?.length ? `${understood.words} ${status}` : understood.words;
  const words = wordsOfQuery(content.trim() ? content : api || status ? '' : text);
  // A word corrected into a product's name (`songs` → `sonos`) would rank a whole API by a typo.
  const terms = queryTerms(words, vocabulary, { correct: !understood.foreign }).filter(
    (term) => !typed || term.word === term.typed || !isProductWord(term.word),
  );
  const corrections = terms.filter((term) => term.word !== term.typed).map(({ typed: spelled, word }) => ({ typed: spelled, word }));
  // Named outright and found nothing by its words: the codes of that API, or sent with that status.
  const fallback = async () =>
    statusPages?.length || apiPages?.length
      ? toResults(
          (statusPages?.length ? statusPages : apiPages!).slice(0, limit).map((hit) => [hit]),
          [],
        )
      : [];
  // No word that says which error is meant ("how do I fix error 429"): what was named decides, if anything was.
  if (!terms.length) {
    const named = await fallback();
    const results = named.length
      ? named
      : await toResults(
          (words ? await index.search(words, filters) : []).slice(0, limit).map((hit) => [hit]),
          [],
        );
    return { results, reading: 'words', corrections };
  }
  // A code-like token that is part of no code (`CATALOG_NOT_FOUND`) is searched by its words instead; one
  // that is (`NO_RESULT`) stays whole, so it finds exactly the codes that contain it.
  const codeParts = context.codes.known.map((entry) => entry.code.toLowerCase());
  const searched = terms.flatMap((term) =>
    term.word.includes('_') && !codeParts.some((code) => code.includes(term.word))
      ? queryTerms(term.word.replaceAll('_', ' '), vocabulary).filter((part) => !terms.some((other) => other.word === part.word))
      : [term],
  );
  // A word weighs as rare as the pages the index matches it on, which stems and completes it (`stopped` also
  // finds `stop` and `stops`), rather than as its exact spelling's count in the vocabulary; but a word on fewer
  // than RARE_PAGES pages weighs no more than one on that many, since a page holding a rare word of the query
  // ("blocked", "listener") in passing is no likelier the answer than the page named by its common words.
  const perTerm = await Promise.all(
    searched.map(async (term) => {
      const results = await index.search(term.word, filters);
      return {
        term: { ...term, weight: results.length ? rarity(Math.max(results.length, RARE_PAGES), vocabulary.documents) : term.weight },
        results,
      };
    }),
  );
  const total = perTerm.reduce((sum, { term }) => sum + term.weight, 0);
  // Pages holding every meaningful word get one more share, worth half the query, on top of their coverage.
  // Stop words are left out of it: asked for "at" and "all" as well, the index answers only pages that hold
  // those in passing, and a page saying "not answering" in its own words would lose the share to them.
  const everyWordPages = terms.length > 1 ? await index.search(terms.map((term) => term.word).join(' '), filters) : [];
  const everyWord: QueryTerm = { word: '\u0000every-word', typed: '', weight: total / 2 };
  // A negated word ("not answering") is also searched as the phrase it is in, weighing as much again as the
  // word: the page saying it in those words comes before pages holding the word in passing, but a phrase
  // held by few pages ("could not read") does not outweigh the rest of the query as a rare word would.
  const negated = await Promise.all(
    negatedPhrases(words).flatMap((phrase) => {
      const word = perTerm.find(({ term }) => term.typed === phrase.split(' ').at(-1))?.term;
      if (!word) return [];
      return [
        index
          .search(`"${phrase}"`, filters)
          .then((results) => ({ term: { word: `\u0000${phrase}`, typed: '', weight: word.weight }, results })),
      ];
    }),
  );
  const lists = [
    ...perTerm,
    ...(everyWordPages.length ? [{ term: everyWord, results: everyWordPages }] : []),
    ...negated.filter(({ results }) => results.length),
  ];
  const merged = preferPages(
    mergeByCoverage(lists),
    [apiPages, statusPages].filter((pages) => pages?.length).map((pages) => new Set(pages!.map((hit) => hit.id))),
  ).slice(0, limit);
  if (!merged.length) return { results: await fallback(), reading: 'partial', corrections };
  const sources = new Map<string, IndexHit[]>();
  for (const { results } of lists) {
    for (const result of results) sources.set(result.id, [...(sources.get(result.id) ?? []), result]);
  }
  const results = await toResults(
    merged.map((entry) => sources.get(entry.id) ?? []),
    perTerm.map(({ term }) => term),
  );
  const complete = perTerm.every(({ term }) => merged[0]!.matched.includes(term.word));
  return { results, reading: complete ? 'words' : 'partial', corrections };
}

/**
 * Each page's data, once, with the matched locations of every list it came from. Pagefind shares one data
 * object per page and overwrites its locations on each `data()` call, so they are copied one call at a time.
 */
async function toResults(pages: ReadonlyArray<readonly IndexHit[]>, terms: readonly QueryTerm[]): Promise<SiteResult[]> {
  const stems = termStems(terms);
  return Promise.all(
    pages.map(async (sources) => {
      let data: IndexPage | undefined;
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
  data: IndexPage,
  locations: ReadonlyArray<{ location: number; weight: number }>,
  stems: string[],
  match?: ResultMatch,
): SiteResult {
  const { meta } = data;
  return {
    url: data.url,
    code: meta['code'] ?? meta['title'] ?? data.url,
    facts: [meta['api'], meta['category'], meta['httpStatus'] && `HTTP ${meta['httpStatus']}`].filter(Boolean).join(' · '),
    summary: markWords(meta['summary'] ?? '', stems),
    excerpt: buildExcerpt(data.content, locations, stems),
    ...(match ? { match } : {}),
  };
}

/**
 * Results for codes already known (from a payload or a spelling), in that order, within the filters. A code
 * the index does not find (it was built without it) is still offered, by its URL, when no filter applies.
 */
export async function describeCodes(
  codes: readonly KnownCode[],
  filters: Filters,
  match: ResultMatch | undefined,
  context: SearchContext,
): Promise<SiteResult[]> {
  const pf = indexFilters(filters);
  const described = await Promise.all(
    codes.map(async (code) => {
      if (pf['api'] && pf['api'] !== code.api) return undefined;
      const results = await context.index.search(code.code, { ...pf, api: code.api }).catch(() => []);
      for (const result of results.slice(0, 5)) {
        const data = await result.data();
        if (data.meta['code'] === code.code) return toResult(data, [], [], match);
      }
      if (Object.keys(pf).length) return undefined;
      return { url: code.url, code: code.code, facts: code.api, summary: [], excerpt: [], ...(match ? { match } : {}) };
    }),
  );
  return described.filter((result): result is SiteResult => result !== undefined);
}
