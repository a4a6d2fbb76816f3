import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openParseCache } from '../../../src/registry/parse-cache.ts';
import { formatProblem } from '../../../src/registry/problems.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { fixture } from '../../helpers.ts';

let work: string;
let registry: string;
let cacheFile: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'parse-cache-'));
  registry = path.join(work, 'registry');
  cacheFile = path.join(work, 'cache.json');
  await cp(fixture('valid'), registry, { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Reads the registry through the cache file, as a build does, and saves the cache afterwards. */
async function cachedRead() {
  const cache = await openParseCache(cacheFile);
  const result = await readRegistry(registry, cache);
  await cache.save();
  return { ...result, parsed: cache.misses, unchanged: cache.hits };
}

describe('the parse cache', () => {
  test('a rebuild parses only the file that changed, and reads the same registry as a full read', async () => {
    expect(await cachedRead()).toMatchObject({ parsed: 7, unchanged: 0, problems: [] });
    const file = path.join(registry, 'shop', 'SERVER_BUSY.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: .*$/m, 'summary: The service is too busy to take the order now.'));

    const rebuilt = await cachedRead();
    expect(rebuilt).toMatchObject({ parsed: 1, unchanged: 6, problems: [] });
    const full = await readRegistry(registry);
    expect(rebuilt.registry.errors.map((error) => error.data)).toEqual(full.registry.errors.map((error) => error.data));
    expect(rebuilt.registry.apis.map((api) => api.data)).toEqual(full.registry.apis.map((api) => api.data));
    expect(rebuilt.registry.errors.find((error) => error.data.code === 'SERVER_BUSY')?.data.summary).toBe(
      'The service is too busy to take the order now.',
    );
  });

  test('a problem between files names the right line in a file taken from the cache', async () => {
    await cachedRead();
    // ORDER_NOT_FOUND is unchanged, but the code it names as related is gone.
    await rm(path.join(registry, 'shop', 'SERVER_BUSY.yaml'));
    const rebuilt = await cachedRead();
    const full = await readRegistry(registry);
    expect(rebuilt.unchanged).toBeGreaterThan(0);
    expect(rebuilt.problems.map(formatProblem)).toEqual(full.problems.map(formatProblem));
    expect(full.problems.length).toBeGreaterThan(0);
  });

  test('is dropped when the validating code is not the one that wrote it', async () => {
    await cachedRead();
    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { validator: string };
    await writeFile(cacheFile, JSON.stringify({ ...stored, validator: 'an older validator' }));
    expect(await cachedRead()).toMatchObject({ parsed: 7, unchanged: 0 });
  });

  test('keeps only the files of the last read, and survives a cache file that is not JSON', async () => {
    await cachedRead();
    await rm(path.join(registry, 'relay'), { recursive: true });
    await cachedRead();
    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries)).toHaveLength(4);
    await writeFile(cacheFile, '{ half written');
    expect(await cachedRead()).toMatchObject({ parsed: 4, unchanged: 0, problems: [] });
  });
});
