import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRegistry } from '../../../../src/registry/read-registry.ts';
import { MINIMUM_CODES, synthesize } from '../../../../scripts/lib/synthesize.ts';

describe('synthesize', () => {
  test('writes a registry of exactly N codes over several APIs that the check accepts', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'synth-'));
    for (const [relative, text] of synthesize(60, 7).files) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), text);
    }
    const { registry, problems } = await readRegistry(dir);
    expect(problems).toEqual([]);
    expect(registry.errors).toHaveLength(60);
    expect(registry.apis.length).toBeGreaterThanOrEqual(3);
    expect(new Set(registry.apis.map((api) => api.data.transport.kind))).toEqual(new Set(['http-response', 'command-response']));
    expect(new Set(registry.errors.map((entry) => `${entry.api}/${entry.data.category}`)).size).toBeGreaterThan(10);
    expect(new Set(registry.errors.map((entry) => entry.data.summary)).size).toBeGreaterThan(40);
    await rm(dir, { recursive: true, force: true });
  });

  test('is deterministic for a seed, and differs between seeds', () => {
    const text = (seed: number) => [...synthesize(40, seed).files.values()].join('\n');
    expect(text(3)).toBe(text(3));
    expect(text(3)).not.toBe(text(4));
  });

  test('refuses a count too small to give every code a related code', () => {
    expect(() => synthesize(MINIMUM_CODES - 1)).toThrow(`a synthetic registry needs at least ${MINIMUM_CODES} codes`);
  });
});
