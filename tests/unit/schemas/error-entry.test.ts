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
  causes: [
    { text: 'The ID was mistyped or truncated.', sources: ['json-error'] },
    { text: 'The item was probably removed from the catalog.', inferred: true },
  ],
  troubleshooting: [
    { text: 'Compare the ID with the one an earlier response returned.', sources: ['json-error'] },
    { text: 'Look the item up again with the user country set.', inferred: true },
    { text: 'Remove the item from stored lists if it is gone.', inferred: true },
  ],
  support: {
    customer: 'The album you picked is not in the catalog where you are. Please search for it again and pick it from the results.',
    actor: 'end-user',
    ask: ['the name of the album and its artist', 'the country the account is set to'],
  },
  seen: {
    user: 'Tapping the album shows an empty page instead of its tracks.',
    developer: 'The lookup answers 404 with CATALOG_NO_RESULT in Error.ErrorCode.',
  },
  samples: [{ title: 'A lookup of a missing album', response: { status: 404, body: {} }, provenance: 'illustrative' }],
  related: [{ code: 'COLLECTION_NO_RESULT', difference: 'COLLECTION_NO_RESULT comes back from a collection call, not a catalog lookup.' }],
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
      'seen',
      'status',
      'summary',
      'support',
      'troubleshooting',
      'upstream',
    ]);
  });

  test('requires at least two distinct causes and three distinct steps', () => {
    const [cause] = valid.causes;
    expect(issuesFor({ ...valid, causes: [cause] })).toEqual([{ path: 'causes', message: 'at least 2 distinct, concrete causes' }]);
    expect(issuesFor({ ...valid, causes: [cause, cause] })).toEqual([{ path: 'causes', message: 'causes that differ from one another' }]);
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

  test('refuses a cause or step without its basis, with both, and an inferred cause not worded as one', () => {
    const basis = "either sources (ids of sources in the API's _api.yaml that show it) or inferred: true (the site's own reading)";
    const [cause, other] = valid.causes;
    expect(issuesFor({ ...valid, causes: [{ text: cause!.text }, other] })).toEqual([{ path: 'causes.0.sources', message: basis }]);
    expect(
      issuesFor({ ...valid, troubleshooting: [{ ...valid.troubleshooting[0], inferred: true }, ...valid.troubleshooting.slice(1)] }),
    ).toEqual([{ path: 'troubleshooting.0.inferred', message: basis }]);
    expect(issuesFor({ ...valid, causes: [cause, { text: 'The item was removed from the catalog.', inferred: true }] })).toEqual([
      {
        path: 'causes.1.text',
        message:
          'an inferred cause worded as one, with one of: likely, probably, possibly, perhaps, presumably, may, might, could, one way this happens (or cite the sources that show it)',
      },
    ]);
  });

  test('refuses a related code without how to tell the two apart', () => {
    expect(issuesFor({ ...valid, related: ['COLLECTION_NO_RESULT'] }).map((issue) => issue.path)).toEqual(['related.0']);
    expect(issuesFor({ ...valid, related: [{ code: 'COLLECTION_NO_RESULT' }] }).map((issue) => issue.path)).toEqual([
      'related.0.difference',
    ]);
  });

  test('refuses customer words that read like a developer note, or that are not 2 to 4 sentences', () => {
    for (const [customer, found] of [
      ['Your token in the accessToken field ran out. Please sign in again to keep listening.', 'a camelCase field name'],
      ['The service said NO_MUSIC_PASS for your account. Please check your subscription in settings.', 'an identifier with underscores'],
      ['Your subscription ran out. See https://example.com for how to renew it today.', 'an address'],
    ] as const) {
      const issues = issuesFor({ ...valid, support: { ...valid.support, customer } });
      expect(issues.map((issue) => issue.path)).toEqual(['support.customer']);
      expect(issues[0]?.message).toContain(`found ${found}`);
    }
    expect(
      issuesFor({
        ...valid,
        support: { ...valid.support, customer: 'The album you picked is not in the catalog of the country your account is set to.' },
      }),
    ).toEqual([
      {
        path: 'support.customer',
        message:
          '2 to 4 plain sentences for the end user: what happened and what they can do now, with no code, field name, address or blame; found 1 sentences',
      },
    ]);
  });

  test('requires who acts, from the known actors, and at least two things to ask for', () => {
    expect(issuesFor({ ...valid, support: { ...valid.support, actor: 'support' } }).map((issue) => issue.path)).toEqual(['support.actor']);
    expect(issuesFor({ ...valid, support: { ...valid.support, ask: ['the time it happened'] } })).toEqual([
      { path: 'support.ask', message: 'at least 2 things to ask the customer for' },
    ]);
  });

  test('accepts a fix with both requests, what changed and its source, and refuses one without its source', () => {
    const fix = {
      failing: 'GET /1/content/music/search?q=daft&maxItems=50',
      corrected: 'GET /1/content/music/search?q=daft&maxItems=25',
      change: 'maxItems goes down to 25, the most the method accepts.',
      source: 'search-content',
    };
    expect(issuesFor({ ...valid, fix })).toEqual([]);
    const { source, ...unsourced } = fix;
    expect(source).toBe('search-content');
    expect(issuesFor({ ...valid, fix: unsourced }).map((issue) => issue.path)).toEqual(['fix.source']);
  });
});
