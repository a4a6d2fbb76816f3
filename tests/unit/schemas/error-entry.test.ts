import { describe, expect, test } from 'vitest';
import { ErrorEntrySchema } from '../../../src/schemas/error-entry.ts';

const valid = {
  code: 'CATALOG_NO_RESULT',
  category: 'catalog',
  httpStatus: 404,
  status: 'active',
  summary: 'The catalog has no item matching the requested ID.',
  retry: 'do-not-retry',
  description: 'A lookup named an ID that the catalog does not hold, in this market or at all, so nothing came back.',
  causes: ['The ID was mistyped or truncated.', 'The item was removed from the catalog.'],
  troubleshooting: [
    'Compare the ID with the one an earlier response returned.',
    'Look the item up again with the user country set.',
    'Remove the item from stored lists if it is gone.',
  ],
  samples: [{ title: 'A lookup of a missing album', response: { status: 404, body: {} }, provenance: 'illustrative' }],
  related: ['COLLECTION_NO_RESULT'],
  upstream: { kind: 'documented', description: 'Item does not exist.', sources: ['json-error'] },
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
    expect(issuesFor({ ...valid, status: 'live' })).toEqual([{ path: 'status', message: 'one of active, deprecated, retired' }]);
  });

  test('refuses unknown fields instead of dropping them', () => {
    const { summary, ...rest } = valid;
    const issues = issuesFor({ ...rest, sumary: summary });
    expect(issues.map((issue) => issue.path)).toEqual(['summary', '']);
    expect(issues[1]?.message).toContain('sumary');
  });

  test('requires every field', () => {
    expect(
      issuesFor({})
        .map((issue) => issue.path)
        .sort(),
    ).toEqual([
      'category',
      'causes',
      'code',
      'description',
      'httpStatus',
      'related',
      'retry',
      'samples',
      'status',
      'summary',
      'troubleshooting',
      'upstream',
    ]);
  });

  test('requires at least two distinct causes and three distinct steps', () => {
    expect(issuesFor({ ...valid, causes: ['The ID was mistyped or truncated.'] })).toEqual([
      { path: 'causes', message: 'at least 2 distinct, concrete causes' },
    ]);
    expect(issuesFor({ ...valid, causes: ['The ID was mistyped or truncated.', 'The ID was mistyped or truncated.'] })).toEqual([
      { path: 'causes', message: 'causes that differ from one another' },
    ]);
    expect(issuesFor({ ...valid, troubleshooting: valid.troubleshooting.slice(0, 2) })).toEqual([
      { path: 'troubleshooting', message: 'at least 3 ordered, actionable steps' },
    ]);
  });

  test('accepts only the known retry policies', () => {
    expect(issuesFor({ ...valid, retry: 'maybe' })).toEqual([
      {
        path: 'retry',
        message: 'one of do-not-retry, retry-after-fix, retry-with-backoff, reauthenticate-first, user-action-needed',
      },
    ]);
  });

  test('requires a sample with a title and a response, and at least one related code', () => {
    expect(issuesFor({ ...valid, samples: [] }).map((issue) => issue.path)).toEqual(['samples']);
    expect(issuesFor({ ...valid, samples: [{ title: 'A lookup of a missing album' }] }).map((issue) => issue.path)).toEqual([
      'samples.0.response',
      'samples.0.provenance',
    ]);
    expect(issuesFor({ ...valid, related: [] }).map((issue) => issue.path)).toEqual(['related']);
  });
});
