import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { formatPath, formatProblem, problemsFromIssues, sortProblems } from '../../../src/registry/problems.ts';

describe('formatProblem', () => {
  test('writes file:line: field: what is wrong — what would be valid', () => {
    expect(
      formatProblem({ file: 'registry/groove/FOO.yaml', line: 3, field: 'httpStatus', message: 'found number 4040', hint: 'a registered HTTP status' }),
    ).toBe('registry/groove/FOO.yaml:3: httpStatus: found number 4040 — a registered HTTP status');
  });

  test('leaves out the field for a problem with the whole file', () => {
    expect(formatProblem({ file: 'a.yaml', line: 1, message: 'the file is empty', hint: 'a mapping' })).toBe(
      'a.yaml:1: the file is empty — a mapping',
    );
  });
});

describe('formatPath', () => {
  test('writes nested paths the way an author reads the YAML', () => {
    expect(formatPath(['categories', 2, 'name'])).toBe('categories[2].name');
    expect(formatPath(['summary'])).toBe('summary');
  });
});

describe('sortProblems', () => {
  test('orders problems by file, then line', () => {
    const at = (file: string, line: number) => ({ file, line, message: 'm', hint: 'h' });
    expect(sortProblems([at('b.yaml', 1), at('a.yaml', 9), at('a.yaml', 2)]).map((p) => `${p.file}:${p.line}`)).toEqual([
      'a.yaml:2',
      'a.yaml:9',
      'b.yaml:1',
    ]);
  });
});

describe('problemsFromIssues', () => {
  const schema = z.strictObject({
    name: z.string({ error: 'a name' }).min(1, { error: 'a non-empty name' }).regex(/^[a-z]+$/, { error: 'lower-case letters' }),
    items: z.array(z.strictObject({ id: z.int({ error: 'a whole number' }) })),
  });
  const where = { file: 'x.yaml', lineOf: (path: readonly PropertyKey[]) => path.length + 10 };

  function problemsFor(data: unknown) {
    const result = schema.safeParse(data);
    if (result.success) return [];
    return problemsFromIssues(result.error.issues, data, schema, where).map(formatProblem);
  }

  test('says what was found and uses the schema message as the hint', () => {
    expect(problemsFor({ name: 'ok', items: [{ id: 'seven' }] })).toEqual([
      'x.yaml:13: items[0].id: found the text "seven" — a whole number',
    ]);
  });

  test('reports a value once even when it breaks several rules', () => {
    expect(problemsFor({ name: '', items: [] })).toEqual(['x.yaml:11: name: empty — a non-empty name']);
  });

  test('suggests the intended name for a misspelled field, from the fields the schema allows there', () => {
    expect(problemsFor({ name: 'ok', items: [{ id: 1, idd: 2 }] })).toEqual([
      'x.yaml:13: items[0].idd: unknown field — did you mean "id"? Correct the name or remove the field; the fields allowed here are id',
    ]);
  });

  test('says a required field is missing', () => {
    expect(problemsFor({ items: [] })).toEqual(['x.yaml:11: name: missing — a name']);
  });
});
