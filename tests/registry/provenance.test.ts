import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { collapse, copiedResponses, readCopy } from './upstream-copies.ts';
import { ROOT } from '../helpers.ts';

describe('the provenance of the project registry', async () => {
  const { registry } = await readRegistry(`${ROOT}/registry`);
  const upstreamSamples = registry.errors.flatMap((entry) =>
    entry.data.samples
      .filter((sample) => sample.provenance === 'upstream')
      .map((sample) => [`${entry.api}/${entry.data.code}: ${sample.title}`, entry.api, sample] as const),
  );

  test('has upstream samples for both APIs', () => {
    expect(new Set(upstreamSamples.map(([, api]) => api))).toEqual(new Set(['groove', 'sonos-control']));
  });

  test.each(upstreamSamples)('%s matches the copy of the source it cites', (_name, api, sample) => {
    const copy = readCopy(api, sample.source!);
    expect(copy, `a copy of ${sample.source} under tests/registry/upstream/${api}/`).toBeDefined();
    const response = sample.response as { status?: number; body: unknown };
    const copies = sample.copies ?? 'exchange';
    const matches = copiedResponses(copy!).filter((candidate) => JSON.stringify(sortKeys(candidate.body)) === JSON.stringify(sortKeys(response.body)));
    expect(matches.length, 'the response body, exactly as the source writes it').toBeGreaterThan(0);
    if (copies !== 'body') {
      // A Groove body shown with no status line before it is a successful response carrying its Error.
      expect(matches.map((match) => match.status ?? 200)).toContain(response.status);
    }
    if (copies === 'exchange') {
      expect(sample.request, 'an exchange copies the request too').toBeDefined();
      expect(copy).toContain(sample.request!.trimEnd());
    }
  });

  const documented = registry.errors.filter((entry) => entry.data.upstream.kind === 'documented');
  test.each(documented.map((entry) => [`${entry.api}/${entry.data.code}`, entry] as const))(
    "%s quotes its owner's description exactly as the first source writes it",
    (_name, entry) => {
      const [first] = entry.data.upstream.sources;
      const copy = readCopy(entry.api, first!);
      expect(copy, `a copy of ${first} under tests/registry/upstream/${entry.api}/`).toBeDefined();
      expect(collapse(copy!)).toContain(collapse(entry.data.upstream.description!));
    },
  );

  test('pins each added code to the source that shows it, with its category and status', () => {
    const added = readFileSync(new URL('./added-codes.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(added).toHaveLength(3);
    for (const [api, code, category, status, origin, source] of added) {
      const entry = registry.errors.find((candidate) => candidate.api === api && candidate.data.code === code);
      expect(entry, `${api}/${code}`).toBeDefined();
      const categoryName = registry.apis.find((candidate) => candidate.id === api)?.data.categories.find((candidate) => candidate.id === entry!.data.category)?.name;
      expect([categoryName, String(entry!.data.httpStatus), entry!.data.upstream.kind]).toEqual([category, status, origin]);
      expect(entry!.data.upstream.sources).toContain(source);
      expect(readCopy(api!, source!)).toContain(code);
    }
  });

  test('writes every illustrative Groove sample with the Description its code is documented with', () => {
    for (const entry of registry.errors.filter((candidate) => candidate.api === 'groove')) {
      for (const sample of entry.data.samples.filter((candidate) => candidate.provenance === 'illustrative')) {
        const { Error } = (sample.response as { body: { Error: { Description: string; Message?: string } } }).body;
        expect(Error.Description, `${entry.data.code}: ${sample.title}`).toBe(entry.data.upstream.description);
        expect(Error.Message, `${entry.data.code}: an illustrative sample invents no Message`).toBeUndefined();
      }
    }
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, sortKeys(item)]));
}
