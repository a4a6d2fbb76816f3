import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ApiSchema } from '../../../src/schemas/api.ts';
import { fixture } from '../../helpers.ts';

const valid = parse(readFileSync(`${fixture('valid')}/shop/_api.yaml`, 'utf8')) as Record<string, unknown>;

function pathsOfIssues(api: Record<string, unknown>): string[] {
  const result = ApiSchema.safeParse(api);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('ApiSchema', () => {
  test('accepts the fixture API', () => {
    expect(pathsOfIssues(valid)).toEqual([]);
  });

  test('refuses a code pattern that is unanchored or not a regular expression', () => {
    for (const codePattern of ['[A-Z_]+', '^[A-Z_+$', '^[A-Z_]+']) {
      expect(pathsOfIssues({ ...valid, codePattern })).toEqual(['codePattern']);
    }
  });

  test('refuses an API without categories, or with a category id that is not a slug', () => {
    expect(pathsOfIssues({ ...valid, categories: [] })).toEqual(['categories']);
    expect(pathsOfIssues({ ...valid, categories: [{ id: 'Input Validation', name: 'Input validation', summary: 'Bad input.' }] })).toEqual([
      'categories.0.id',
    ]);
  });

  test('refuses an unknown transport kind and an envelope example that is not JSON', () => {
    expect(pathsOfIssues({ ...valid, transport: { kind: 'smoke-signal', summary: 'Puffs.' } })).toEqual(['transport.kind']);
    const envelope = { ...(valid['envelope'] as object), example: '{ "Error": ' };
    expect(pathsOfIssues({ ...valid, envelope })).toEqual(['envelope.example']);
  });

  test('refuses an upstream address that is not https', () => {
    expect(pathsOfIssues({ ...valid, upstream: { title: 'Docs', url: 'http://example.com/' } })).toEqual(['upstream.url']);
  });
});
