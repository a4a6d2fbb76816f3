import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test, vi } from 'vitest';

const readRegistry = vi.hoisted(() => vi.fn(async () => ({ registry: { apis: [], errors: [] }, problems: [] })));
vi.mock('../../../src/registry/read-registry.ts', () => ({ readRegistry }));
const { registryLoader } = await import('../../../src/loaders/registry-loader.ts');

const work = await mkdtemp(path.join(tmpdir(), 'registry-loader-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** What Astro hands a loader, as far as this one uses it. */
const context = () =>
  ({
    store: { keys: () => [], delete: () => undefined, set: () => true },
    logger: { info: () => undefined, error: () => undefined },
    config: { cacheDir: pathToFileURL(path.join(work, 'cache') + path.sep) },
    generateDigest: () => 'digest',
  }) as unknown as Parameters<ReturnType<typeof registryLoader>['load']>[0];

test('both collections share one read of the registry, and a collection that loads again starts a new one', async () => {
  const dir = path.join(work, 'registry');
  await registryLoader('apis', dir).load(context());
  await registryLoader('errors', dir).load(context());
  expect(readRegistry).toHaveBeenCalledTimes(1);

  // As after an edit in `astro dev`: the first collection to load again reads anew, and the other shares it.
  await registryLoader('errors', dir).load(context());
  await registryLoader('apis', dir).load(context());
  expect(readRegistry).toHaveBeenCalledTimes(2);
});
