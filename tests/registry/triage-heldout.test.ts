import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCodeIndex } from '../../src/data/export.ts';
import { siteModelFromRegistry } from '../../src/data/from-registry.ts';
import { knownCodes, resolveText, type Answer } from '../../src/lib/resolve-code.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { ROOT } from '../helpers.ts';

/**
 * Logs, messages and undocumented codes written apart from the resolver, by someone who did not read it
 * (tests/fixtures/triage-heldout/README.md says how each was modelled on a real client). What lookup and
 * `explain` answer for them: each log's codes with their counts and first lines, each message's code first,
 * each unknown code named undocumented for the API whose envelope carried it.
 */
const DIR = `${ROOT}/tests/fixtures/triage-heldout`;

/** The rows of a fixture table: tab-separated, with `#` comments and a header line. */
function table(name: string): string[][] {
  const lines = readFileSync(`${DIR}/${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  return lines.slice(1).map((line) => line.split('\t'));
}

/** The codes an answer offers, best first. */
function offered(answer: Answer): string[] {
  switch (answer.kind) {
    case 'code':
      return [answer.code.code];
    case 'codes':
      return answer.rows.map((row) => row.code);
    case 'messages':
      return answer.matches.map((match) => match.known.code);
    case 'undocumented':
      return [answer.row.code];
    default:
      return [];
  }
}

describe('the held-out triage set', async () => {
  const { registry } = await readRegistry(`${ROOT}/registry`);
  const index = buildCodeIndex(siteModelFromRegistry(registry));
  const known = knownCodes(index);
  const expected = table('expected.tsv');
  const logs = readdirSync(DIR).filter((file) => /\.(log|txt|csv)$/.test(file));

  test.each(logs)('%s: each code once, with how many lines name it and its first line, most frequent first', (file) => {
    const answer = resolveText(readFileSync(`${DIR}/${file}`, 'utf8'), index, known);
    const want = expected.filter(([name]) => name === file).map(([, code, count, line]) => ({ code, count: Number(count), line: Number(line) }));
    if (want.length === 0) {
      expect(offered(answer)).toEqual([]);
      return;
    }
    if (want.length === 1) {
      expect(offered(answer)).toEqual([want[0]!.code]);
      return;
    }
    expect(answer.kind).toBe('codes');
    const rows = answer.kind === 'codes' ? answer.rows : [];
    const got = rows.map((row) => ({ code: row.code, count: row.count, line: row.line }));
    expect(new Set(got.map((row) => JSON.stringify(row)))).toEqual(new Set(want.map((row) => JSON.stringify(row))));
    for (let index_ = 1; index_ < rows.length; index_++) expect(rows[index_]!.count).toBeLessThanOrEqual(rows[index_ - 1]!.count);
  });

  test('a message quoted without its code gives that code first, for at least 9 in 10 of the messages', () => {
    const messages = table('messages.tsv');
    const misses = messages.filter(([message, , code]) => offered(resolveText(message!, index, known))[0] !== code);
    expect(misses.length / messages.length).toBeLessThanOrEqual(0.1);
  });

  test.each(table('unknown.tsv'))('%s is named undocumented, in the API whose envelope carries it', (payload, api, code) => {
    const answer = resolveText(payload!, index, known);
    const rows = answer.kind === 'undocumented' ? [answer.row] : answer.kind === 'codes' ? answer.rows : [];
    const row = rows.find((candidate) => !candidate.known);
    expect(row).toMatchObject({ code, apis: [api] });
  });
});
