import { editDistanceWithin } from './edit-distance.ts';

/**
 * The words the search index holds, with how many codes use each, built at build time and published as
 * `/search/vocabulary.json`. The browser uses it to correct a mistyped word to one the index knows
 * (`expird` → `expired`) and to weigh rare words above common ones when merging partial matches.
 */
export interface Vocabulary {
  /** How many codes the counts are taken over. */
  documents: number;
  /** Lower-case word → the number of codes whose page uses it. */
  words: Record<string, number>;
}

/** Lower-case words of a text: letters and digits; underscores and all punctuation separate words. */
export function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    if (words.length >= limit) break;
    words.push(match[0]);
  }
  return words;
}

/** Counts, for each word, the documents (each given as its texts) that use it. */
export function buildVocabulary(documents: readonly (readonly string[])[]): Vocabulary {
  const words = new Map<string, number>();
  for (const texts of documents) {
    const own = new Set(texts.flatMap((text) => wordsOf(text)).filter((word) => word.length >= 2 && word.length <= 30));
    for (const word of own) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return { documents: documents.length, words: Object.fromEntries([...words].sort(([a], [b]) => a.localeCompare(b))) };
}

/** How many typos a word of this length may carry and still be corrected: none under 4 letters. */
export const typoAllowance = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/**
 * The word the index knows that `word` stands for: itself when the index has it or a word it begins (a
 * word still being typed, or another form of it such as `answering` for `answer`); otherwise the known
 * word fewest typos away (at most `allowance`), the more common one on a tie; undefined when no known word
 * is close.
 */
export function correctWord(word: string, vocabulary: Vocabulary, allowance = typoAllowance(word.length)): string | undefined {
  if (word in vocabulary.words) return word;
  const stem = stemOf(word);
  const entries = Object.entries(vocabulary.words);
  if (entries.some(([known]) => known.startsWith(word) || (stem.length >= 4 && known.startsWith(stem)))) return word;
  if (!allowance) return undefined;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [known, count] of entries) {
    const distance = editDistanceWithin(word, known, allowance);
    if (distance > allowance) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: known, distance, count };
  }
  return best?.word;
}

/** How much a word tells results apart: rare words count more (inverse document frequency). */
export function wordWeight(word: string, vocabulary: Vocabulary): number {
  const stem = stemOf(word);
  let count = vocabulary.words[word];
  if (count === undefined) {
    for (const [known, n] of Object.entries(vocabulary.words)) if (known.startsWith(stem)) count = Math.max(count ?? 0, n);
  }
  return rarity(count ?? 1, vocabulary.documents);
}

/** Inverse document frequency: the weight of a word that `matches` of `documents` pages hold. */
export function rarity(matches: number, documents: number): number {
  return Math.log(1 + documents / Math.max(1, matches));
}

/**
 * A rough English stem, only for comparing words here (Pagefind stems properly inside its index): common
 * endings dropped, never below three letters.
 */
export function stemOf(word: string): string {
  const stem = word.replace(/(ations?|ings?|ed|es|ers?|ly|s)$/, '');
  return stem.length >= 3 ? stem : word;
}
