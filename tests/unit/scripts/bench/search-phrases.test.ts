import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parsePhrases } from '../../../../scripts/bench/search-quality.ts';
import { readRegistry } from '../../../../src/registry/read-registry.ts';
import { ROOT } from '../../../helpers.ts';

const KINDS = ['symptom', 'upstream', 'typo', 'spelling', 'payload', 'near-miss'];

describe('the search phrase sets the benchmark scores', async () => {
  const { registry } = await readRegistry(`${ROOT}/registry`);
  const codes = new Set(registry.errors.map((entry) => entry.data.code));
  const sets = {
    tuning: parsePhrases(await readFile(`${ROOT}/tests/fixtures/search-phrases.tsv`, 'utf8')),
    'held-out': parsePhrases(await readFile(`${ROOT}/tests/fixtures/search-phrases-heldout.tsv`, 'utf8')),
  };
  const realisticText = await readFile(`${ROOT}/tests/fixtures/search-phrases-realistic.tsv`, 'utf8');
  const realistic = parsePhrases(realisticText);

  test.each(Object.entries(sets))('every %s phrase has a known kind, a query and a code the registry documents', (_name, phrases) => {
    for (const phrase of phrases) {
      expect(KINDS, phrase.query).toContain(phrase.kind);
      expect(phrase.query.trim(), phrase.expected).not.toBe('');
      expect(codes.has(phrase.expected), `${phrase.expected} is not a registry code`).toBe(true);
    }
    expect(new Set(phrases.map((phrase) => phrase.kind))).toEqual(new Set(KINDS));
  });

  test('the tuning set has at least 80 phrases and names every code', () => {
    expect(sets.tuning.length).toBeGreaterThanOrEqual(80);
    expect([...codes].filter((code) => !sets.tuning.some((phrase) => phrase.expected === code))).toEqual([]);
  });

  test('no held-out or realistic phrase is also in the tuning set', () => {
    const tuning = new Set(sets.tuning.map((phrase) => phrase.query.toLowerCase()));
    expect([...sets['held-out'], ...realistic].filter((phrase) => tuning.has(phrase.query.toLowerCase()))).toEqual([]);
  });

  test('every realistic phrase has a known kind, a registry code and where it comes from', () => {
    const kinds = ['symptom', 'title', 'question', 'mangled', 'language'];
    const rows = realisticText
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .slice(1);
    expect(rows).toHaveLength(realistic.length);
    for (const [index, phrase] of realistic.entries()) {
      expect(kinds, phrase.query).toContain(phrase.kind);
      expect(codes.has(phrase.expected), `${phrase.expected} is not a registry code`).toBe(true);
      expect(rows[index]!.split('\t')[3], phrase.query).toMatch(/https?:\/\/\S+/);
    }
    expect(new Set(realistic.map((phrase) => phrase.kind))).toEqual(new Set(kinds));
    expect(realistic.length).toBeGreaterThanOrEqual(50);
  });
});
