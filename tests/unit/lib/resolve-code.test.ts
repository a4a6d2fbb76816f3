import { describe, expect, test } from 'vitest';
import {
  canonicalSpelling,
  findCodes,
  isCodeShaped,
  knownCodes,
  nearestCodes,
  nearestToTokens,
  readCodeSpelling,
  readText,
  resolvePath,
  resolveText,
  type CodeIndex,
} from '../../../src/lib/resolve-code.ts';

const index: CodeIndex = {
  apis: [
    {
      id: 'groove',
      name: 'Groove Service REST API',
      code: 'Error.ErrorCode',
      itemCode: 'Error.ErrorCode',
      codePattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$',
    },
    { id: 'sonos-control', name: 'Sonos Control API', code: 'errorCode', codePattern: '^ERROR_[A-Z0-9]+(_[A-Z0-9]+)*$' },
    { id: 'other', name: 'Other API', code: 'code', codePattern: '^[A-Z_]+$' },
  ],
  codes: {
    groove: [
      'CATALOG_NO_RESULT',
      'COLLECTION_NO_RESULT',
      'ACCESS_TOKEN_EXPIRED',
      'AUTHORIZATION_TOKEN_EXPIRED',
      'TOO_MANY_REQUESTS',
      'COLLECTION_SOME_OPERATIONS_FAILED',
      'COLLECTION_INVALID_ID',
      'INVALID_INPUT_PARAMETER',
    ],
    'sonos-control': ['ERROR_INVALID_PARAMETER', 'ERROR_MISSING_PARAMETERS', 'ERROR_NOT_CAPABLE'],
    other: ['CATALOG_NO_RESULT'],
  },
};
const known = knownCodes(index);
const urls = (text: string) => findCodes(text, known, index).map((match) => match.url);

describe('findCodes', () => {
  test('finds a bare code in any letter case, with punctuation or words around it', () => {
    expect(urls('error_invalid_parameter')).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
    expect(urls('  "Error_Invalid_Parameter",  ')).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
    expect(urls('customer got ERROR_INVALID_PARAMETER when grouping.')).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
    expect(urls('(TOO_MANY_REQUESTS)')).toEqual(['/groove/TOO_MANY_REQUESTS/']);
  });

  test('finds the code in a pretty-printed Sonos [header, body] response', () => {
    const pasted = `[
      { "namespace": "groups", "response": "createGroup", "householdId": "Sonos_abc", "success": false, "type": "globalError" },
      { "errorCode": "ERROR_INVALID_PARAMETER", "reason": "Set of players to group (array playerIds) contains invalid player ids", "playerIds": ["RINCON_1"] }
    ]`;
    expect(urls(pasted)).toEqual(['/sonos-control/ERROR_INVALID_PARAMETER/']);
  });

  test('finds the code in a minified Groove body under its HTTP status line and headers', () => {
    const pasted =
      'HTTP/1.1 404 Not Found\r\nContent-Type: application/json; charset=utf-8\r\nX-Request-Id: 7f3a\r\n\r\n{"Error":{"ErrorCode":"COLLECTION_NO_RESULT","Description":"No result in the user\'s collection"}}';
    expect(urls(pasted)).toEqual(['/groove/COLLECTION_NO_RESULT/']);
  });

  test('finds the code in a fragment of JSON that does not parse on its own', () => {
    expect(urls('"ErrorCode": "ACCESS_TOKEN_EXPIRED", "Descrip')).toEqual(['/groove/ACCESS_TOKEN_EXPIRED/']);
    expect(urls("errorCode: 'ERROR_NOT_CAPABLE'")).toEqual(['/sonos-control/ERROR_NOT_CAPABLE/']);
    expect(urls('…reason":"Missing required value:[0].householdId"}, {"errorCode":"ERROR_MISSING_PARAMETERS"')).toEqual([
      '/sonos-control/ERROR_MISSING_PARAMETERS/',
    ]);
  });

  test("takes the payload's own code over codes its message merely mentions", () => {
    const pasted =
      '{"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"Expired","Message":"Renew it; AUTHORIZATION_TOKEN_EXPIRED is different"}}';
    expect(urls(pasted)).toEqual(['/groove/ACCESS_TOKEN_EXPIRED/']);
  });

  test('narrows a code several APIs share by the key that carried it, or by an API named in the text', () => {
    expect(urls('CATALOG_NO_RESULT')).toEqual(['/groove/CATALOG_NO_RESULT/', '/other/CATALOG_NO_RESULT/']);
    expect(urls('{"Error": {"ErrorCode": "CATALOG_NO_RESULT"}}')).toEqual(['/groove/CATALOG_NO_RESULT/']);
    expect(urls('{"code": "catalog_no_result"}')).toEqual(['/other/CATALOG_NO_RESULT/']);
    expect(urls('https://errors.example/groove/catalog_no_result/#troubleshooting')).toEqual(['/groove/CATALOG_NO_RESULT/']);
  });

  test('lists several codes once each, in the order they appear', () => {
    expect(urls('ACCESS_TOKEN_EXPIRED then error_invalid_parameter then ACCESS_TOKEN_EXPIRED')).toEqual([
      '/groove/ACCESS_TOKEN_EXPIRED/',
      '/sonos-control/ERROR_INVALID_PARAMETER/',
    ]);
  });

  test('matches whole codes only, so a part of a code or plain words find nothing', () => {
    expect(urls('NO_RESULT')).toEqual([]);
    expect(urls('the catalog had no result')).toEqual([]);
    expect(urls('HTTP/1.1 500 Internal Server Error')).toEqual([]);
    expect(urls('')).toEqual([]);
  });

  test('puts the top-level code of a partial-failure body before the per-item codes under it', () => {
    const pasted = JSON.stringify({
      TrackActionResults: [
        { Id: 'music.1', Error: { ErrorCode: 'COLLECTION_INVALID_ID', Description: 'Invalid collection id for this operation' } },
        { Id: 'music.2', Error: { ErrorCode: 'CATALOG_NO_RESULT' } },
      ],
      Error: { ErrorCode: 'COLLECTION_SOME_OPERATIONS_FAILED', Description: 'Some of the operations failed' },
    });
    expect(urls(pasted)).toEqual([
      '/groove/COLLECTION_SOME_OPERATIONS_FAILED/',
      '/groove/COLLECTION_INVALID_ID/',
      '/groove/CATALOG_NO_RESULT/',
    ]);
  });

  test('reads hyphenated and Markdown-escaped codes as the code, in a payload or alone', () => {
    expect(urls('{"Error":{"ErrorCode":"CATALOG-NO-RESULT","Description":"invalid input parameter?"}}')).toEqual([
      '/groove/CATALOG_NO_RESULT/',
    ]);
    expect(urls('| `ACCESS\\_TOKEN\\_EXPIRED` | 401 |')).toEqual(['/groove/ACCESS_TOKEN_EXPIRED/']);
    expect(urls('see error-not-capable in the log')).toEqual(['/sonos-control/ERROR_NOT_CAPABLE/']);
  });

  test('braces and brackets inside strings do not change which code is the top-level one', () => {
    const pasted =
      '{"Items":[{"Error":{"ErrorCode":"COLLECTION_INVALID_ID","Message":"bad id }}]] {{"}}],"Error":{"ErrorCode":"COLLECTION_SOME_OPERATIONS_FAILED"}}';
    expect(urls(pasted)[0]).toBe('/groove/COLLECTION_SOME_OPERATIONS_FAILED/');
  });

  test('treats markup and script in the text as plain characters', () => {
    expect(urls('<img src=x onerror=alert(1)>ERROR_NOT_CAPABLE</img><script>alert(2)</script>')).toEqual([
      '/sonos-control/ERROR_NOT_CAPABLE/',
    ]);
  });
});

describe('nearestCodes', () => {
  test('suggests the codes a typo was most likely meant to be, closest first', () => {
    expect(nearestCodes('CATALOG_NO_RESULTS', known).map((entry) => entry.url)).toEqual([
      '/groove/CATALOG_NO_RESULT/',
      '/other/CATALOG_NO_RESULT/',
    ]);
    expect(nearestCodes('ACCESS_TOKEN_EXPIRD', known).map((entry) => entry.code)).toEqual(['ACCESS_TOKEN_EXPIRED']);
    expect(nearestCodes('error_not_capable', known).map((entry) => entry.code)).toEqual(['ERROR_NOT_CAPABLE']);
  });

  test('suggests nothing for text that is not close to any code', () => {
    expect(nearestCodes('favicon.ico', known)).toEqual([]);
    expect(nearestCodes('ab', known)).toEqual([]);
  });
});

describe('readCodeSpelling', () => {
  const read = (text: string) => {
    const reading = readCodeSpelling(text, known, index);
    return reading && { reading: reading.reading, codes: reading.codes.map((entry) => entry.code) };
  };

  test('reads a whole query as a code in any spelling people write it', () => {
    expect(read('ACCESS_TOKEN_EXPIRED')).toEqual({ reading: 'exact', codes: ['ACCESS_TOKEN_EXPIRED'] });
    expect(read(' access_token_expired ')).toEqual({ reading: 'exact', codes: ['ACCESS_TOKEN_EXPIRED'] });
    expect(read('access token expired')).toEqual({ reading: 'spelling', codes: ['ACCESS_TOKEN_EXPIRED'] });
    expect(read('Access-Token-Expired')).toEqual({ reading: 'spelling', codes: ['ACCESS_TOKEN_EXPIRED'] });
    expect(read('ACCESS\\_TOKEN\\_EXPIRED')).toEqual({ reading: 'spelling', codes: ['ACCESS_TOKEN_EXPIRED'] });
    expect(read('`too_many_requests`')).toEqual({ reading: 'spelling', codes: ['TOO_MANY_REQUESTS'] });
    expect(read('ERROR_INVALID_PARAMETERS')).toEqual({ reading: 'plural', codes: ['ERROR_INVALID_PARAMETER'] });
  });

  test('reads up to two typos in a code-shaped query, closest first', () => {
    expect(read('ACCESS_TOKEN_EXPIRD')?.codes[0]).toBe('ACCESS_TOKEN_EXPIRED');
    expect(read('acess token expird')).toEqual({ reading: 'typo', codes: ['ACCESS_TOKEN_EXPIRED'] });
    expect(read('ACCES_TOKN_EXPIRD')).toBeUndefined();
  });

  test('does not read plain words, a part of a code, or a long text as a code', () => {
    expect(read('token')).toBeUndefined();
    expect(read('NO_RESULT')).toBeUndefined();
    expect(read('the catalog service is not answering at all')).toBeUndefined();
    expect(read('a'.repeat(10_000))).toBeUndefined();
  });
});

describe('isCodeShaped', () => {
  test('is true only for tokens that could be a mistyped code, so the words of a message cost nothing', () => {
    expect(isCodeShaped('expird')).toBe(false);
    expect(isCodeShaped('ACCESS_TOKEN_EXPIRD')).toBe(true);
    expect(isCodeShaped('catalog-no-result')).toBe(true);
  });
});

describe('readText', () => {
  test('gives the codes a text names and, from the same pass, the code-shaped tokens naming none', () => {
    const read = readText('{"ErrorCode": "TOO_MANY_REQUESTS", "Detail": "CATALOG_NO_RESULTS seen", "Note": "plain words"}', known, index);
    expect(read.codes.map((entry) => entry.code)).toEqual(['TOO_MANY_REQUESTS']);
    expect(read.unknownTokens).toEqual(['CATALOG_NO_RESULTS']);
    expect(nearestToTokens(read.unknownTokens, known).map((entry) => entry.url)[0]).toBe('/groove/CATALOG_NO_RESULT/');
  });

  test('keeps a bounded number of unknown tokens, however long the text', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `UNKNOWN_THING_${i}`).join(' ');
    expect(readText(many, known, index).unknownTokens).toHaveLength(20);
  });
});

describe('canonicalSpelling', () => {
  test('folds case, hyphens, spaces, dots and Markdown escapes into one spelling', () => {
    expect(canonicalSpelling(' catalog-no result ')).toBe('CATALOG_NO_RESULT');
    expect(canonicalSpelling('CATALOG\\_NO\\_RESULT')).toBe('CATALOG_NO_RESULT');
    expect(canonicalSpelling('"catalog.no.result".')).toBe('CATALOG_NO_RESULT');
  });
});

describe('work on large or crafted input stays linear', () => {
  // Sizes where a quadratic pass would take minutes; a linear one finishes in well under the test timeout.
  test('a megabyte of one letter, of separators, and of unclosed keys resolves to nothing', () => {
    expect(findCodes('a'.repeat(1_000_000), known, index)).toEqual([]);
    expect(findCodes('a-'.repeat(500_000), known, index)).toEqual([]);
    expect(findCodes('"errorCode": '.repeat(80_000), known, index)).toEqual([]);
    expect(readText('A_'.repeat(500_000), known, index).unknownTokens).toEqual([]);
    expect(findCodes('{['.repeat(500_000), known, index)).toEqual([]);
  });

  test('a code at the end of ten megabytes of JSON is still found', () => {
    const filler = JSON.stringify({
      Items: Array.from({ length: 100_000 }, (_, i) => ({ Id: `music.${i}`, Name: 'Some track name here' })),
    });
    expect(urls(`${filler.slice(0, -1)},"Error":{"ErrorCode":"TOO_MANY_REQUESTS"}}`)).toEqual(['/groove/TOO_MANY_REQUESTS/']);
  });
});

describe('resolvePath', () => {
  test('sends any letter case of a code URL, with or without its slash, to the canonical page', () => {
    expect(resolvePath('/groove/catalog_no_result/', index)).toEqual({ kind: 'redirect', url: '/groove/CATALOG_NO_RESULT/' });
    expect(resolvePath('/GROOVE/Catalog_No_Result', index)).toEqual({ kind: 'redirect', url: '/groove/CATALOG_NO_RESULT/' });
    expect(resolvePath('/Sonos-Control/error_not_capable', index)).toEqual({ kind: 'redirect', url: '/sonos-control/ERROR_NOT_CAPABLE/' });
    expect(resolvePath('/groove/too%5Fmany%5Frequests/', index)).toEqual({ kind: 'redirect', url: '/groove/TOO_MANY_REQUESTS/' });
  });

  test('sends a hyphenated or Markdown-escaped code URL to the canonical page', () => {
    expect(resolvePath('/groove/catalog-no-result/', index)).toEqual({ kind: 'redirect', url: '/groove/CATALOG_NO_RESULT/' });
  });

  test('offers the right page for a code under the wrong API', () => {
    expect(resolvePath('/groove/ERROR_NOT_CAPABLE/', index)).toEqual({
      kind: 'other-api',
      candidates: [{ api: 'sonos-control', code: 'ERROR_NOT_CAPABLE', url: '/sonos-control/ERROR_NOT_CAPABLE/' }],
    });
    expect(resolvePath('/sonos-control/too_many_requests', index)).toMatchObject({ kind: 'other-api' });
  });

  test("sends an API's id in any letter case to its index", () => {
    expect(resolvePath('/GROOVE/', index)).toEqual({ kind: 'redirect', url: '/groove/' });
  });

  test('suggests the nearest codes of the API for a code that does not exist', () => {
    const resolution = resolvePath('/groove/CATALOG_NO_RESULTS/', index);
    expect(resolution.kind).toBe('suggest');
    expect(resolution.kind === 'suggest' && resolution.candidates.map((entry) => entry.url)).toEqual(['/groove/CATALOG_NO_RESULT/']);
  });

  test('resolves a code under an unknown prefix, and suggests nothing for an unrelated path', () => {
    expect(resolvePath('/errors/ERROR_NOT_CAPABLE', index)).toEqual({ kind: 'redirect', url: '/sonos-control/ERROR_NOT_CAPABLE/' });
    expect(resolvePath('/wp-admin/login.php', index)).toEqual({ kind: 'suggest', candidates: [] });
    expect(resolvePath('/%E0%A4%A/', index)).toEqual({ kind: 'suggest', candidates: [] });
  });
});

describe('resolveText', () => {
  const withMessages: CodeIndex = {
    ...index,
    messages: {
      groove: [
        ['COLLECTION_INVALID_ID', 'Invalid collection id for this operation'],
        ['COLLECTION_SOME_OPERATIONS_FAILED', 'Some of the operations failed'],
        ['INVALID_INPUT_PARAMETER', 'Parameter maxItems must have a value of at most 25'],
      ],
      'sonos-control': [['ERROR_MISSING_PARAMETERS', 'Missing required value:[0].householdId']],
    },
    repository: 'https://git.example/acme/errors',
  };
  const resolve = (text: string) => resolveText(text, withMessages);
  const table = (text: string) => {
    const answer = resolve(text);
    if (answer.kind !== 'codes') throw new Error(`expected several codes, got ${answer.kind}`);
    return answer.rows.map((row) => [row.known ? row.known.url : `? ${row.apis.join(' ')} ${row.code}`, row.count, row.line, row.text]);
  };

  test('opens the one code a payload names, and lists a partial-failure body top-level code first', () => {
    expect(resolve('{"Error":{"ErrorCode":"TOO_MANY_REQUESTS"}}')).toMatchObject({ kind: 'code', code: { code: 'TOO_MANY_REQUESTS' } });
    const body = JSON.stringify({
      TrackActionResults: [1, 2, 3].map((id) => ({ Id: `music.${id}`, Error: { ErrorCode: 'COLLECTION_INVALID_ID' } })),
      Error: { ErrorCode: 'COLLECTION_SOME_OPERATIONS_FAILED' },
    });
    expect(table(body).map(([url]) => url)).toEqual(['/groove/COLLECTION_SOME_OPERATIONS_FAILED/', '/groove/COLLECTION_INVALID_ID/']);
  });

  test('lists the top-level code of a partial-failure body first under its status line, however many items fail', () => {
    const body = JSON.stringify(
      {
        TrackActionResults: ['music.1', 'music.2'].map((id) => ({ InputId: id, Error: { ErrorCode: 'COLLECTION-INVALID-ID' } })),
        Error: { ErrorCode: 'COLLECTION-SOME-OPERATIONS-FAILED' },
      },
      null,
      2,
    );
    expect(table(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n${body}`).map(([url, count]) => [url, count])).toEqual([
      ['/groove/COLLECTION_SOME_OPERATIONS_FAILED/', 1],
      ['/groove/COLLECTION_INVALID_ID/', 2],
    ]);
  });

  test('triages a log of JSON lines: each code once, by how many lines name it, with its first line', () => {
    const log = [
      '{"ts":"2026-03-01T10:00:00Z","level":"error","body":{"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"Expired"}}}',
      '{"ts":"2026-03-01T10:00:01Z","level":"info","msg":"retrying"}',
      '{"ts":"2026-03-01T10:00:02Z","level":"error","body":{"Error":{"ErrorCode":"TOO_MANY_REQUESTS","Description":"Too many"}}}',
      '{"ts":"2026-03-01T10:00:03Z","level":"error","body":{"Error":{"ErrorCode":"TOO_MANY_REQUESTS","Description":"Too many"}}}',
      '{"ts":"2026-03-01T10:00:04Z","level":"error","body":{"Error":{"ErrorCode":"TOO_MANY_REQUESTS","Description":"Too many"}}}',
    ].join('\n');
    expect(table(log)).toEqual([
      [
        '/groove/TOO_MANY_REQUESTS/',
        3,
        3,
        '{"ts":"2026-03-01T10:00:02Z","level":"error","body":{"Error":{"ErrorCode":"TOO_MANY_REQUESTS","Description":"Too many"}}}',
      ],
      [
        '/groove/ACCESS_TOKEN_EXPIRED/',
        1,
        1,
        '{"ts":"2026-03-01T10:00:00Z","level":"error","body":{"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"Expired"}}}',
      ],
    ]);
  });

  test('triages a mixed application log: Sonos arrays, key=value pairs, exception text and hyphenated codes', () => {
    const log = `2026-03-01 10:00:00,001 INFO  player.ws  connected to RINCON_7828CA0F4E5A01400
2026-03-01 10:00:01,117 WARN  player.ws  << [{"namespace":"groupVolume","response":"setVolume","success":false,"type":"globalError"},{"errorCode":"ERROR_NOT_CAPABLE"}]
2026-03-01 10:00:02,220 WARN  cloud.http status=401 errorCode=ERROR_NOT_CAPABLE householdId=Sonos_abc
2026-03-01 10:00:03,002 ERROR sync   GrooveApiException: COLLECTION-INVALID-ID (track music.AQQfjl2zcVUd602kG1MvCy4e) — see COLLECTION_INVALID_ID
  at Groove.Client.Collection.Add(TrackIds ids)
2026-03-01 10:00:04,450 ERROR sync   GrooveApiException: collection-invalid-id (track music.9bb2c5c5)
2026-03-01 10:00:05,000 WARN  player.ws  << [{"namespace":"groups","success":false,"type":"globalError"},
  {"errorCode":"ERROR_NOT_CAPABLE","reason":"group does not support this"}]
2026-03-01 10:00:06,000 ERROR auth   token refresh failed: AccessTokenExpired? code=ACCESS_TOKEN_EXPIRED`;
    expect(table(log).map(([url, count, line]) => [url, count, line])).toEqual([
      ['/sonos-control/ERROR_NOT_CAPABLE/', 3, 2],
      ['/groove/COLLECTION_INVALID_ID/', 2, 4],
      ['/groove/ACCESS_TOKEN_EXPIRED/', 1, 9],
    ]);
  });

  test("names a code in a known API's envelope that the registry lacks, with its API, nearest codes and a report link", () => {
    const answer = resolve('{"errorCode":"ERROR_SOMETHING_NEW","reason":"x"}');
    expect(answer.kind).toBe('undocumented');
    if (answer.kind !== 'undocumented') return;
    expect(answer.row).toMatchObject({ code: 'ERROR_SOMETHING_NEW', apis: ['sonos-control'], line: 1 });
    expect(answer.row.nearest?.every((entry) => entry.api === 'sonos-control')).toBe(true);
    expect(answer.row.nearest).toHaveLength(3);
    const report = new URL(answer.row.report!);
    expect(report.origin + report.pathname).toBe('https://git.example/acme/errors/issues/new');
    expect(report.searchParams.get('title')).toBe('Undocumented code ERROR_SOMETHING_NEW (Sonos Control API)');
    // Nothing else of the paste travels to a public issue tracker.
    expect(report.search).not.toContain('reason');
  });

  test("never resolves a body to another API's code: a Groove code in a Sonos envelope is not a Sonos code", () => {
    expect(resolve('{"errorCode":"ERROR_NOT_CAPABLE"}')).toMatchObject({ kind: 'code', code: { api: 'sonos-control' } });
    // The Groove envelope's code field is Error.ErrorCode; ERROR_NOT_CAPABLE there is a Groove code Groove lacks.
    expect(resolve('{"Error":{"ErrorCode":"ERROR_NOT_CAPABLE"}}')).toMatchObject({ kind: 'undocumented', row: { apis: ['groove'] } });
  });

  test('lists documented and undocumented codes of a log together, without a report link when no repository is set', () => {
    const answer = resolveText('errorCode=ERROR_NOT_CAPABLE\nerrorCode=ERROR_BRAND_NEW\nerrorCode=ERROR_BRAND_NEW', index);
    expect(answer.kind).toBe('codes');
    if (answer.kind !== 'codes') return;
    expect(answer.rows.map((row) => [row.code, row.count, Boolean(row.known), row.report])).toEqual([
      ['ERROR_BRAND_NEW', 2, false, undefined],
      ['ERROR_NOT_CAPABLE', 1, true, undefined],
    ]);
  });

  test('resolves a message to its code, with its variable parts changed', () => {
    expect(resolve('Invalid collection id for this operation')).toMatchObject({
      kind: 'code',
      code: { code: 'COLLECTION_INVALID_ID' },
      reading: 'message',
    });
    expect(resolve('the app says: invalid collection ID for this operation.')).toMatchObject({
      kind: 'code',
      code: { code: 'COLLECTION_INVALID_ID' },
    });
    expect(resolve('Parameter count must have a value of at most 200')).toMatchObject({
      kind: 'code',
      code: { code: 'INVALID_INPUT_PARAMETER' },
    });
    expect(resolve('Parameter count must have a value of at least 1')).toMatchObject({
      kind: 'messages',
      matches: [{ code: 'INVALID_INPUT_PARAMETER' }],
    });
    expect(resolve('Missing required value:[3].groupId')).toMatchObject({ kind: 'code', code: { code: 'ERROR_MISSING_PARAMETERS' } });
    expect(resolve('the operations')).toMatchObject({ kind: 'none' });
  });

  test('triages ten megabytes of log, counting every line', () => {
    const line = '2026-03-01 10:00:00 WARN  ws << [{"namespace":"groupVolume","success":false},{"errorCode":"ERROR_NOT_CAPABLE"}]\n';
    const log = line.repeat(Math.ceil(10_000_000 / line.length)) + 'errorCode=ERROR_INVALID_PARAMETER\n';
    const answer = resolve(log);
    expect(answer.kind === 'codes' && answer.rows.map((row) => [row.code, row.count])).toEqual([
      ['ERROR_NOT_CAPABLE', Math.ceil(10_000_000 / line.length)],
      ['ERROR_INVALID_PARAMETER', 1],
    ]);
    // How long it takes is measured by `npm run bench` (explain_10mb_log_triage_seconds, lookup_10mb_log_triage_ms).
  });
});
