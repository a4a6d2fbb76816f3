import { describe, expect, test } from 'vitest';
import { COMMAND_TIMEOUT, fixture, runNode } from '../../helpers.ts';

const check = (registry: string) => runNode(['scripts/check.ts'], { REGISTRY_DIR: registry });

describe('npm run check', { timeout: COMMAND_TIMEOUT }, () => {
  test('exits 0 with a one-line summary for a valid registry', async () => {
    const result = await check(fixture('valid'));
    expect(result).toEqual({
      code: 0,
      stdout: 'tests/fixtures/valid: 5 codes in 2 APIs are valid (relay 2, shop 3).\n',
      stderr: '',
    });
  });

  test('exits 1 with one file:line line per problem and a count, and no stack trace', async () => {
    const result = await check(fixture('broken-wrong-type'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'tests/fixtures/broken-wrong-type/shop/ORDER_NOT_FOUND.yaml:3: httpStatus: found the text "404" — a registered HTTP status code such as 400, 404 or 502, or null where the API has no HTTP status',
      'tests/fixtures/broken-wrong-type/shop/ORDER_NOT_FOUND.yaml:4: status: found the text "live" — one of active, deprecated, retired',
      '',
      '2 problems in 1 file; nothing was published.',
    ]);
  });

  test('passes on the project registry', async () => {
    const result = await check('registry');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('registry: 55 codes in 2 APIs are valid (groove 45, sonos-control 10).\n');
  });
});
