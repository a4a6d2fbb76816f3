import { describe, expect, test } from 'vitest';
import { invisibleCharacters } from '../../../src/registry/text-safety.ts';

describe('invisibleCharacters', () => {
  test('names each bidirectional, zero-width and control character with its offset and code point', () => {
    expect(invisibleCharacters('a\u202Eb\u200Bc\u0007d\u2066e\u00ADf')).toEqual([
      { offset: 1, codePoint: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' },
      { offset: 3, codePoint: 'U+200B', name: 'ZERO WIDTH SPACE' },
      { offset: 5, codePoint: 'U+0007', name: 'CONTROL CHARACTER' },
      { offset: 7, codePoint: 'U+2066', name: 'LEFT-TO-RIGHT ISOLATE' },
      { offset: 9, codePoint: 'U+00AD', name: 'SOFT HYPHEN' },
    ]);
  });

  test('passes tabs, line breaks, accents, non-Latin scripts and a leading byte order mark', () => {
    expect(invisibleCharacters('\uFEFFcode: A\tB\r\nsummary: Café, 東京, مرحبا, ёж — “quoted”\n')).toEqual([]);
  });

  test('refuses a byte order mark anywhere but at the start', () => {
    expect(invisibleCharacters('code: A\uFEFF')).toEqual([{ offset: 7, codePoint: 'U+FEFF', name: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)' }]);
  });
});
