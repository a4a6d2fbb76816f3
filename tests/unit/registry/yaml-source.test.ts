import { describe, expect, test } from 'vitest';
import { LIMITS, parseYamlSource } from '../../../src/registry/yaml-source.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('parseYamlSource', () => {
  const text = ['code: A_B', 'categories:', '  - id: one', '    name: One', '  - id: two', '    name: >-', '      Two', ''].join('\n');

  test('finds the line of any value by its path, nested or not', () => {
    const parsed = parseYamlSource('a.yaml', encode(text));
    if (!parsed.ok) throw new Error('expected the file to parse');
    expect(parsed.source.data).toEqual({ code: 'A_B', categories: [{ id: 'one', name: 'One' }, { id: 'two', name: 'Two' }] });
    expect(parsed.source.lineOf(['code'])).toBe(1);
    expect(parsed.source.lineOf(['categories', 1, 'id'])).toBe(5);
    expect(parsed.source.lineOf(['categories', 1, 'name'])).toBe(6);
  });

  test('falls back to the nearest ancestor for a field that is not there', () => {
    const parsed = parseYamlSource('a.yaml', encode(text));
    if (!parsed.ok) throw new Error('expected the file to parse');
    expect(parsed.source.lineOf(['categories', 0, 'summary'])).toBe(3);
    expect(parsed.source.lineOf(['summary'])).toBe(1);
  });

  test('names the line of the first byte that is not UTF-8, after multi-byte characters', () => {
    const bytes = new Uint8Array([...encode('code: A\nsummary: Café ünïcode\nx: '), 0xc3, 0x28, ...encode('\n')]);
    const parsed = parseYamlSource('a.yaml', bytes);
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.line)).toEqual([3]);
  });

  test('accepts a UTF-8 byte order mark', () => {
    const parsed = parseYamlSource('a.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('code: A\n')]));
    expect(parsed.ok && parsed.source.data).toEqual({ code: 'A' });
  });

  test('refuses a file holding a single value, on the line where it stands', () => {
    const parsed = parseYamlSource('a.yaml', encode('# comment\n\nhello\n'));
    expect(parsed.ok ? [] : parsed.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '3: the file holds a single value',
    ]);
  });

  const problemsOf = (source: string) => {
    const parsed = parseYamlSource('a.yaml', encode(source));
    return parsed.ok ? [] : parsed.problems.map((problem) => `${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
  };

  test('refuses nesting past the limit without overflowing the call stack, however deep', () => {
    for (const depth of [LIMITS.depth + 1, 50_000]) {
      expect(problemsOf(`code: A\nbody: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toEqual([
        `2: the value nests more than ${LIMITS.depth} levels of mappings and lists deep`,
      ]);
    }
    expect(problemsOf(`code: A\nbody: ${'['.repeat(LIMITS.depth - 1)}${']'.repeat(LIMITS.depth - 1)}\n`)).toEqual([]);
  });

  test('accepts a few aliases and refuses ones that expand past the limit, at the first alias', () => {
    expect(problemsOf('a: &x [1, 2]\nb: *x\n')).toEqual([]);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'];
    expect(problemsOf(laughs.join('\n'))).toEqual([`2: YAML aliases (*name) here expand to more than ${LIMITS.aliases} copies`]);
  });

  test('names the field of a text over the limit, and of an invisible character, in nested values', () => {
    expect(problemsOf(`code: A\nsamples:\n  - title: ok\n    body: "${'x'.repeat(LIMITS.textLength + 1)}"\n`)).toEqual([
      `4: samples[0].body: the text is 8,001 characters long, over the limit of 8,000`,
    ]);
    expect(problemsOf('code: A\nsteps:\n  - first\n  - "sec\u200Dond"\n# a comment with \u202E\n')).toEqual([
      '4: steps[1]: the invisible character U+200D (ZERO WIDTH JOINER) is in the text',
      '5: the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) is in the text',
    ]);
  });

  test('lists ten invisible characters at most, and says how many more there are', () => {
    const problems = problemsOf(`code: A\n${'x: "\u200B"\n'.repeat(1)}note: "${'\u200B'.repeat(25)}"\n`);
    expect(problems).toHaveLength(10);
    expect(problems[9]).toMatch(/, and 16 more follow in this file$/);
  });

  test('refuses a file over the size limit before reading it', () => {
    expect(problemsOf(`code: A\n# ${'x'.repeat(LIMITS.fileBytes)}\n`)).toEqual(['1: the file is 129 KB, over the limit of 128 KB']);
  });
});
