/**
 * Finds the code a message stands for when a customer quotes only the message, with its variable parts
 * changed: ids, numbers, parameter and player names. Every text the registry holds for a code (the owner's
 * description, and each `Description`, `Message` or `reason` its samples carry) is a template: its words
 * with the variable ones left out. A text matches a template by how many of the template's fixed words it
 * has, in order. The work is bounded: the text is read up to a fixed number of words, and each template
 * costs that many words times its own length.
 */

export interface MessageTemplate {
  api: string;
  code: string;
  text: string;
  /** The fixed words, lower case, in order. */
  words: string[];
  /** A sentence or clause of a longer message rather than the whole of it. */
  part?: boolean;
}

export interface MessageMatch {
  api: string;
  code: string;
  /** The registry's text that matched. */
  text: string;
  /** The share of the template's fixed words the text has, in order: 1 for every one. */
  score: number;
}

/** Words beyond this are not read: a quoted message is a sentence or two. */
const MAX_WORDS = 120;
/** A template needs this many fixed words to be matched at all; shorter ones would match too much. */
const MIN_FIXED_WORDS = 2;
/** A sentence or clause of a longer message is a template only with this many fixed words: enough to be specific. */
const MIN_CLAUSE_WORDS = 5;
/** What a clause's score is multiplied by, so that it never equals a whole message quoted word for word. */
const PART_WEIGHT = 0.99;
/** The share of a template's fixed words a text must have to be offered as its code. */
export const MESSAGE_THRESHOLD = 0.7;

/**
 * A word that varies from one error to the next: it holds a digit (`25`, `RINCON_7828CA0F`), joins parts
 * (`player_id`, `music.AQQ`, `my-photos`), or is a parameter name in camelCase (`householdId`, `maxItems`).
 */
function isVariable(word: string): boolean {
  return /\d/.test(word) || /[-_.]/.test(word) || /[a-z][A-Z]/.test(word);
}

/** "doesn't" as "does not", so that a customer's contraction matches the reference's full words. */
function expandContractions(text: string): string {
  return text.replace(/\b([A-Za-z]+)n['’]t\b/g, (_whole, stem: string) => {
    const lower = stem.toLowerCase();
    return `${lower === 'ca' ? 'can' : lower === 'wo' ? 'will' : stem} not`;
  });
}

/** The fixed words of a text, lower case, at most MAX_WORDS of them. */
export function fixedWords(text: string): string[] {
  const words: string[] = [];
  for (const match of expandContractions(text).matchAll(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*/g)) {
    if (!isVariable(match[0])) words.push(match[0].toLowerCase());
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}

export function messageTemplates(messages: Record<string, Array<[string, string]>>): MessageTemplate[] {
  const seen = new Set<string>();
  const templates: MessageTemplate[] = [];
  for (const [api, pairs] of Object.entries(messages)) {
    for (const [code, text] of pairs) {
      const key = `${api} ${code} ${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const words = fixedWords(text);
      if (words.length >= MIN_FIXED_WORDS) templates.push({ api, code, text, words });
      // People quote the first sentence, or one clause, of a longer message: each is a template of its own.
      const parts = text.split(/(?<=[.!?;,:])\s+/).map(fixedWords);
      for (const part of parts.length > 1 ? parts : []) {
        if (part.length >= MIN_CLAUSE_WORDS) templates.push({ api, code, text, words: part, part: true });
      }
    }
  }
  return templates;
}

/** Length of the longest common subsequence of two word lists, in O(a × b) time and O(b) memory. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The codes whose messages the text quotes, best first: by the share of the template's fixed words found
 * in order, then by how much of the text the template explains (so the template closest to the whole
 * text wins a tie), one entry per code.
 */
export function matchMessages(text: string, templates: readonly MessageTemplate[], limit = 5): MessageMatch[] {
  const words = fixedWords(text);
  if (words.length < MIN_FIXED_WORDS) return [];
  const present = new Set(words);
  const scored: Array<MessageMatch & { precision: number }> = [];
  for (const template of templates) {
    // Most templates share too few words with the text to reach the threshold; skip them before the full count.
    let shared = 0;
    for (const word of template.words) if (present.has(word)) shared++;
    if (shared / template.words.length < MESSAGE_THRESHOLD) continue;
    const common = commonWords(words, template.words);
    // A clause quoted whole is good evidence, but a whole message quoted whole is better: it wins a tie.
    const score = (common / template.words.length) * (template.part ? PART_WEIGHT : 1);
    if (score >= MESSAGE_THRESHOLD)
      scored.push({ api: template.api, code: template.code, text: template.text, score, precision: common / words.length });
  }
  scored.sort((a, b) => b.score - a.score || b.precision - a.precision || a.code.localeCompare(b.code));
  const seen = new Set<string>();
  const matches: MessageMatch[] = [];
  for (const { precision: _precision, ...match } of scored) {
    const key = `${match.api} ${match.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push(match);
    if (matches.length >= limit) break;
  }
  return matches;
}
