import { TERMS_SEPARATOR } from './search-terms.ts';
import { correctWord, stemOf, wordWeight, type Vocabulary } from './search-vocabulary.ts';

/**
 * How a plain-language query becomes ranked results when no page holds all of its words: the words that
 * carry meaning are kept (stop words dropped, typos corrected against the index's vocabulary), each is
 * searched on its own, and pages are ranked by how much of the query they cover, rare words counting more,
 * and by how strongly each word matched (Pagefind's score, which weighs the code, summary and the API's own
 * message above body text).
 */

/** Words that say nothing about which error is meant, in the phrasing people use to describe one. */
export const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any are as at be been before being but by can cannot could did do does doing ' +
    "don't for from get gets getting got had has have having he her here him his how i i'm if in into is it it's its " +
    'just keep keeps kept me my no not now of on once only or our out over same say says saying she should so some still ' +
    'than that the their them then there these they this those to too try trying up us very was we were what when where ' +
    'which while who why will with would you your error errors code codes api get says said message response returned ' +
    'returns return gives gave giving shows showing shown'
  ).split(' '),
);

export interface QueryTerm {
  /** The word as searched (corrected when the typed word was a typo). */
  word: string;
  /** The word as typed. */
  typed: string;
  /** Inverse document frequency: how much finding this word says. */
  weight: number;
}

/**
 * The meaningful words of a query, corrected; at most eight, and words no page is close to are dropped. A
 * token joined by underscores (`no_result`) is part of a code, which the index holds as it is: it is kept
 * whole and never corrected. With `correct: false` (a query in another language, whose unknown words are
 * words of that language rather than typos) a word is kept only when the index holds it or a longer form.
 */
export function queryTerms(query: string, vocabulary: Vocabulary, { correct = true }: { correct?: boolean } = {}): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const tokens = [...query.toLowerCase().matchAll(/[a-z0-9_]+/g)].slice(0, 32).map(([token]) => token.replace(/^_+|_+$/g, ''));
  for (const typed of tokens) {
    if (!typed || STOP_WORDS.has(typed) || typed.length > 60 || (typed.length < 2 && !/\d/.test(typed))) continue;
    const word = typed.includes('_') ? typed : correctWord(typed, vocabulary, correct ? undefined : 0);
    // A typo is never corrected into a word that says nothing (`hour` is not `your`).
    if (!word || STOP_WORDS.has(word) || terms.some((term) => term.word === word)) continue;
    terms.push({ word, typed, weight: wordWeight(word, vocabulary) });
    if (terms.length === 8) break;
  }
  return terms;
}

/** Words that turn the meaning of the words after them: "not answering" is a symptom, "answering" is not. */
const NEGATIONS = new Set(['not', 'no', 'never', 'cannot']);

/**
 * The phrases of a query that negate a meaningful word ("not answering", "not in the user"), from the negation
 * through the first word after it that is no stop word, at most three words on; at most three phrases. The
 * negation is a stop word, so the words alone lose what these say, which a page states in the same words.
 */
export function negatedPhrases(query: string): string[] {
  const tokens = [
    ...query
      .toLowerCase()
      .replace(/n['’]t\b/g, ' not')
      .matchAll(/[a-z0-9]+/g),
  ]
    .slice(0, 32)
    .map(([token]) => token);
  const phrases = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    if (!NEGATIONS.has(token)) continue;
    const content = tokens
      .slice(index + 1, index + 4)
      .findIndex((word) => word.length > 1 && !STOP_WORDS.has(word) && !NEGATIONS.has(word));
    if (content >= 0) phrases.add(tokens.slice(index, index + content + 2).join(' '));
    if (phrases.size === 3) break;
  }
  return [...phrases];
}

export interface Scored {
  id: string;
  score: number;
}

export interface MergedResult {
  id: string;
  /** The query terms the page matched. */
  matched: string[];
  /** The share of the query's weight the page covers, from 0 to 1. */
  coverage: number;
  rank: number;
}

/**
 * Merges one result list per term into a single ranking. A page's rank adds, for each term it matched, the
 * term's weight scaled by how strong the match was relative to that term's best page (from a quarter of the
 * weight for a passing mention to one and a quarter for the strongest); so a page matching more of the query,
 * and its rarer words, comes first, and a word in a code's name or summary counts well above the same word in
 * passing, which a query of several words otherwise lets outweigh the code it names.
 */
export function mergeByCoverage(perTerm: ReadonlyArray<{ term: QueryTerm; results: readonly Scored[] }>): MergedResult[] {
  const total = perTerm.reduce((sum, { term }) => sum + term.weight, 0) || 1;
  const pages = new Map<string, MergedResult>();
  for (const { term, results } of perTerm) {
    const best = Math.max(0, ...results.map((result) => result.score)) || 1;
    for (const result of results) {
      const page = pages.get(result.id) ?? { id: result.id, matched: [], coverage: 0, rank: 0 };
      if (page.matched.includes(term.word)) continue;
      page.matched.push(term.word);
      page.coverage += term.weight / total;
      page.rank += term.weight * (0.25 + result.score / best);
      pages.set(result.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
}

/**
 * The merged ranking with what the query said besides its words, such as the API it names and the HTTP status
 * it mentions: a page in more of the `preferred` sets comes first, an earlier set outweighing all later ones
 * together, and the ranking by words decides within each group. Only pages the words found are ranked.
 */
export function preferPages(merged: readonly MergedResult[], preferred: ReadonlyArray<ReadonlySet<string>>): MergedResult[] {
  const tier = (id: string) => preferred.reduce((sum, ids, index) => sum + (ids.has(id) ? 2 ** (preferred.length - 1 - index) : 0), 0);
  return [...merged].sort((a, b) => tier(b.id) - tier(a.id) || b.rank - a.rank || a.id.localeCompare(b.id));
}

/** A piece of text to show, marked when it is a word the query matched. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Whether a word of a page is one of the query's words, or another form of it (`expired` for `expire`). */
export function matchesTerm(word: string, stems: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return stems.some((stem) => lower.startsWith(stem));
}

/** The stems the marking compares with, for the typed words and their corrections. */
export function termStems(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.flatMap((term) => [term.word, term.typed]).map(stemOf))];
}

/** `text` with the words the query matched marked, for a summary shown in full. */
export function markWords(text: string, stems: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  for (const part of text.split(/([A-Za-z0-9_]+)/)) {
    if (!part) continue;
    const marked = /^[A-Za-z0-9_]+$/.test(part) && part.split('_').some((piece) => matchesTerm(piece, stems));
    const last = segments.at(-1);
    if (last && last.marked === marked && !marked) last.text += part;
    else segments.push({ text: part, marked });
  }
  return segments;
}

/**
 * A short excerpt of a page's text around the words the search matched, with those words marked. Pagefind
 * reports where each match is (word positions in the page's text) and with what weight; only body-text
 * matches (weight 1 or less) after the code page's weighted search terms (a block of phrases separated by
 * ` · ` and ending in ` · ·`, right after the summary; see search-terms.ts) are candidates: the code and
 * summary are shown on their own already, and the search terms are not prose. The window holding the most
 * matches wins, the earliest on a tie.
 */
export function buildExcerpt(
  content: string,
  locations: ReadonlyArray<{ location: number; weight: number }>,
  stems: readonly string[],
  length = 26,
): Segment[] {
  const words = content.split(/\s+/).filter(Boolean);
  let termsBlock = words.findIndex((word, index) => word === TERMS_SEPARATOR && words[index + 1] === TERMS_SEPARATOR);
  termsBlock = termsBlock < 0 ? words.indexOf(TERMS_SEPARATOR) : termsBlock + 1;
  const body = locations
    .filter((entry) => entry.weight <= 1 && entry.location > termsBlock && entry.location < words.length)
    .map((entry) => entry.location);
  if (!body.length) return [];
  body.sort((a, b) => a - b);
  let bestStart = 0;
  let bestCount = -1;
  for (const first of body) {
    const start = Math.max(termsBlock + 1, first - 6);
    if (words.slice(start, start + length).includes(TERMS_SEPARATOR)) continue;
    const count = body.filter((location) => location >= start && location < start + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  if (bestCount < 0) return [];
  const hits = new Set(body);
  const segments: Segment[] = bestStart > 0 ? [{ text: '… ', marked: false }] : [];
  const end = Math.min(words.length, bestStart + length);
  for (let index = bestStart; index < end; index++) {
    const word = words[index]!;
    const space = index + 1 < end ? ' ' : '';
    // Pagefind's locations place the window; the marks go on the query's own words only, not on stop words
    // it also matched or on a long token (a URL) that merely contains one.
    if (stems.length ? matchesTerm(word.replace(/^\W+/, ''), stems) : hits.has(index)) {
      const [, lead = '', core = word, trail = ''] = /^(\W*)(.*?)(\W*)$/.exec(word) ?? [];
      if (lead) segments.push({ text: lead, marked: false });
      segments.push({ text: core, marked: true });
      segments.push({ text: trail + space, marked: false });
    } else {
      segments.push({ text: word + space, marked: false });
    }
  }
  if (end < words.length) segments.push({ text: ' …', marked: false });
  return segments.reduce<Segment[]>((joined, segment) => {
    const last = joined.at(-1);
    if (!segment.text) return joined;
    if (last && !last.marked && !segment.marked) last.text += segment.text;
    else joined.push({ ...segment });
    return joined;
  }, []);
}
