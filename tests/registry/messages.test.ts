import { describe, expect, test } from 'vitest';
import { buildCodeIndex } from '../../src/data/export.ts';
import { siteModelFromRegistry } from '../../src/data/from-registry.ts';
import { knownCodes, resolveText } from '../../src/lib/resolve-code.ts';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { ROOT } from '../helpers.ts';

/**
 * Every message the registry holds (an owner's description, a sample's Description, Message or reason)
 * leads back to its code when a customer quotes it, even with its variable parts changed.
 */
describe('messages in the project registry', async () => {
  const { registry } = await readRegistry(`${ROOT}/registry`);
  const index = buildCodeIndex(siteModelFromRegistry(registry));
  const known = knownCodes(index);
  const pairs = Object.entries(index.messages ?? {}).flatMap(([api, list]) => list.map(([code, text]) => ({ api, code, text })));

  /** The message as a customer would quote it from another failure: other numbers, ids and parameter names. */
  const varied = (text: string) =>
    text
      .replace(/\d+/g, (digits) => String((Number(digits.slice(0, 6)) + 7) % 1000))
      .replace(/\b[a-z]+[A-Z]\w*\b/g, 'trackId')
      .replace(/\b\w+\.\w[\w.-]*\b/g, 'music.Zx81');

  /** The codes the lookup gives for a text, best first. */
  const answer = (text: string) => {
    const result = resolveText(text, index, known);
    if (result.kind === 'code') return [result.code];
    if (result.kind === 'messages') return result.matches.map((match) => match.known);
    if (result.kind === 'codes') return result.rows.flatMap((row) => (row.known ? [row.known] : []));
    return [];
  };

  test('holds messages for most codes', () => {
    expect(new Set(pairs.map((pair) => `${pair.api}/${pair.code}`)).size).toBeGreaterThanOrEqual(known.length * 0.8);
  });

  test.each(pairs.map((pair) => [`${pair.api}/${pair.code}: ${pair.text.slice(0, 60)}`, pair] as const))('%s', (_name, pair) => {
    for (const text of [pair.text, varied(pair.text)]) {
      const codes = answer(text);
      // A message that names its code leads to it as a code; one shared word for word by several codes lists them all.
      const sharing = pairs.filter((other) => other.text === pair.text).map((other) => `${other.api}/${other.code}`);
      expect(
        codes.slice(0, Math.max(1, new Set(sharing).size)).map((code) => `${code.api}/${code.code}`),
        text,
      ).toContain(`${pair.api}/${pair.code}`);
    }
  });

  test('the per-item message of the reference gives COLLECTION_INVALID_ID first', () => {
    expect(answer('Invalid collection id for this operation')[0]?.code).toBe('COLLECTION_INVALID_ID');
  });
});
