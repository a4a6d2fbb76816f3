/**
 * Characters that change how text reads without showing themselves: C0 and C1 controls (tab, line feed
 * and carriage return aside), bidirectional overrides, embeddings, isolates and marks (the "Trojan
 * Source" characters), zero-width spaces and joiners, the soft hyphen, and a byte order mark anywhere but
 * at the very start. A registry file has no use for any of them, and on a published page they can make a
 * code or an instruction read differently from what it is.
 */
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

// Control characters are what this pattern exists to find.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface InvisibleCharacter {
  /** Offset of the character in the text, in UTF-16 code units. */
  offset: number;
  /** The code point, written as U+XXXX. */
  codePoint: string;
  name: string;
}

/** Every invisible or control character in the text, in one linear pass; a leading byte order mark is allowed. */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.index === 0 && match[0] === '\uFEFF') continue;
    const value = match[0].charCodeAt(0);
    found.push({ offset: match.index, codePoint: `U+${value.toString(16).toUpperCase().padStart(4, '0')}`, name: NAMES[value] ?? 'CONTROL CHARACTER' });
  }
  return found;
}
