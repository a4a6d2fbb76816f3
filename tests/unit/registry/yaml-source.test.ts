import { describe, expect, test } from 'vitest';
import { parseYamlSource } from '../../../src/registry/yaml-source.ts';

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
});
