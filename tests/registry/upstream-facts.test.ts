import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readRegistry } from '../../src/registry/read-registry.ts';
import { ROOT } from '../helpers.ts';

/** `api code category status` for every code on the upstream pages, copied from them once. */
const upstream = readFileSync(new URL('./upstream-codes.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t').join(' '))
  .sort();

/** `api code category status` of the codes added beyond the upstream pages (see added-codes.tsv). */
const added = readFileSync(new URL('./added-codes.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t').slice(0, 4).join(' '))
  .sort();

describe('the project registry', async () => {
  const { registry, problems } = await readRegistry(`${ROOT}/registry`);

  test('is valid', () => {
    expect(problems).toEqual([]);
  });

  test('holds every upstream code with its upstream category and HTTP status, and beyond them only the added codes', () => {
    const categoryName = (api: string, id: string) =>
      registry.apis.find((candidate) => candidate.id === api)?.data.categories.find((category) => category.id === id)?.name;
    const ours = registry.errors
      .map((error) => `${error.api} ${error.data.code} ${categoryName(error.api, error.data.category)} ${error.data.httpStatus}`)
      .sort();
    expect(upstream).toHaveLength(52);
    expect(ours.filter((line) => upstream.includes(line))).toEqual(upstream);
    expect(ours.filter((line) => !upstream.includes(line))).toEqual(added);
  });

  test("lists the Groove categories in the upstream page's order", () => {
    const groove = registry.apis.find((api) => api.id === 'groove');
    expect(groove?.data.categories.map((category) => category.name)).toEqual([
      'Input validation',
      'Authentication',
      'Catalog errors',
      'Collection errors',
      'Discovery errors',
      'Streaming errors',
      'Subscription errors',
      'Server errors',
    ]);
  });

  test('gives every code a summary of its own', () => {
    const summaries = registry.errors.map((error) => error.data.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });
});
