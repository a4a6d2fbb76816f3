import { describe, expect, test } from 'vitest';
import { ErrorEntrySchema } from '../../../src/schemas/error-entry.ts';

const valid = {
  code: 'CATALOG_NO_RESULT',
  category: 'catalog',
  httpStatus: 404,
  status: 'active',
  summary: 'The catalog has no item matching the requested ID.',
};

function issuesFor(entry: Record<string, unknown>) {
  const result = ErrorEntrySchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('ErrorEntrySchema', () => {
  test('accepts a complete entry, and null as the HTTP status', () => {
    expect(issuesFor(valid)).toEqual([]);
    expect(issuesFor({ ...valid, httpStatus: null })).toEqual([]);
  });

  test('accepts 200 as a default status, since some errors ride on a successful response', () => {
    expect(issuesFor({ ...valid, httpStatus: 200 })).toEqual([]);
  });

  test('refuses a status that is not a registered HTTP status, a fraction, or text', () => {
    for (const httpStatus of [4040, 209, 404.5, '404']) {
      expect(issuesFor({ ...valid, httpStatus })).toEqual([
        {
          path: 'httpStatus',
          message: 'a registered HTTP status code such as 400, 404 or 502, or null where the API has no HTTP status',
        },
      ]);
    }
  });

  test('refuses a summary that is not one sentence on one line', () => {
    for (const summary of ['Too short.', 'No full stop at the end', 'Two lines.\nNot allowed.', 'x'.repeat(200) + '.']) {
      expect(issuesFor({ ...valid, summary }).map((issue) => issue.path)).toEqual(['summary']);
    }
  });

  test('refuses an unknown status, naming the allowed ones', () => {
    expect(issuesFor({ ...valid, status: 'live' })).toEqual([
      { path: 'status', message: 'one of active, deprecated, retired' },
    ]);
  });

  test('refuses unknown fields instead of dropping them', () => {
    const { summary, ...rest } = valid;
    const issues = issuesFor({ ...rest, sumary: summary });
    expect(issues.map((issue) => issue.path)).toEqual(['summary', '']);
    expect(issues[1]?.message).toContain('sumary');
  });

  test('requires every field', () => {
    expect(issuesFor({}).map((issue) => issue.path).sort()).toEqual(
      ['category', 'code', 'httpStatus', 'status', 'summary'],
    );
  });
});
