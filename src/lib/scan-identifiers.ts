/**
 * One pass over pasted text that finds every identifier (a run of letters, digits and underscores, joined by
 * single hyphens, with Markdown's `\_` read as `_`), the key it is the value of (`"ErrorCode": "…"`,
 * `errorCode: '…'`, `code=…`) and how deeply it is nested in brackets. Hand-written rather than a regular
 * expression so that no input, however long or crafted, costs more than one look at each character.
 */

export interface Identifier {
  /** The identifier as written, Markdown escapes removed; empty when it is longer than `maxLength`. */
  text: string;
  /** The identifier it is the value of, when the text reads `key: value` or `key = value`. */
  key?: string | undefined;
  /** How many `{` and `[` enclose it (outside double-quoted strings). */
  depth: number;
  /** Where it starts in the text, so callers can keep the order of appearance. */
  start: number;
  /** Its 1-based line. */
  line: number;
  /** Where its line starts in the text, so a caller can quote the line. */
  lineStart: number;
  /**
   * The keys of the objects and lists it is inside, outermost first (`Error` for `{"Error": {"ErrorCode":
   * …}}`), with `undefined` for one opened without a key. Valid only during the call; copy it to keep it.
   */
  parents: readonly (string | undefined)[];
}

/** Longer identifiers are counted but not copied: no code is that long, and copying would cost memory. */
export const MAX_IDENTIFIER_LENGTH = 120;

/** Keys deeper than this are not remembered (the depth is still counted): no error body nests so deep. */
const MAX_REMEMBERED_DEPTH = 32;

const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95; // 0-9 A-Z a-z _
const BACKSLASH = 92;
const HYPHEN = 45;
const UNDERSCORE = 95;

/**
 * Calls `visit` for each identifier in order, with one object refilled each time (copy what you keep);
 * `visit` returns false to stop early. A callback rather than a
 * generator, and one slice per identifier rather than one string per character: ten megabytes take a few
 * hundred milliseconds.
 */
export function scanIdentifiers(text: string, visit: (identifier: Identifier) => boolean | void, maxLength = MAX_IDENTIFIER_LENGTH): void {
  let depth = 0;
  let inString = false;
  // `key` is the last identifier while only quotes and spaces follow it; `awaitingValue` once `:` or `=` has.
  let key: string | undefined;
  let awaitingValue: string | undefined;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const parents: (string | undefined)[] = [];
  // One object, refilled for each identifier: a log of megabytes has millions of them.
  const identifier: Identifier = { text: '', depth: 0, start: 0, line: 1, lineStart: 0, parents };
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isWordChar(code) || (code === BACKSLASH && text.charCodeAt(i + 1) === UNDERSCORE)) {
      const start = i;
      let escaped = false;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (isWordChar(c)) i++;
        else if (c === BACKSLASH && (text.charCodeAt(i + 1) === UNDERSCORE || text.charCodeAt(i + 1) === HYPHEN)) {
          escaped = true;
          i += 2;
        } else if (c === HYPHEN && i > start && isWordChar(text.charCodeAt(i + 1))) i++;
        else break;
      }
      let word = i - start <= maxLength + (escaped ? maxLength : 0) ? text.slice(start, i) : '';
      if (escaped) word = word.replaceAll('\\', '');
      if (word.length > maxLength) word = '';
      identifier.text = word;
      identifier.key = awaitingValue;
      identifier.depth = depth;
      identifier.start = start;
      identifier.line = line;
      identifier.lineStart = lineStart;
      if (visit(identifier) === false) return;
      key = word || undefined;
      awaitingValue = undefined;
      continue;
    }
    if (code === 34 /* " */) {
      inString = !inString;
    } else if (code === 10 || code === 13) {
      // JSON strings never span lines, so a quote left open by prose closes here.
      inString = false;
      key = awaitingValue = undefined;
      if (code === 10) {
        line++;
        lineStart = i + 1;
      }
    } else if ((code === 58 || code === 61) /* : = */ && key !== undefined && awaitingValue === undefined) {
      awaitingValue = key;
      key = undefined;
    } else if (code !== 39 && code !== 32 && code !== 9 /* ' space tab */) {
      if (!inString) {
        if (code === 123 || code === 91) {
          if (depth < MAX_REMEMBERED_DEPTH) parents.push(awaitingValue);
          depth++;
        } else if ((code === 125 || code === 93) && depth > 0) {
          depth--;
          if (depth < MAX_REMEMBERED_DEPTH) parents.pop();
        }
      }
      key = awaitingValue = undefined;
    }
    i++;
  }
}
