import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorRecord } from '../data/from-registry.ts';
import { recordBuildFigures, type BuildFigures } from '../integrations/build-figures.ts';
import { openParseCache } from '../registry/parse-cache.ts';
import { formatProblem } from '../registry/problems.ts';
import { readRegistry } from '../registry/read-registry.ts';
import type { RegistryResult } from '../registry/registry-folder.ts';

type Kind = 'apis' | 'errors';

/** Where a build keeps the validated files of the last one (see src/registry/parse-cache.ts). */
const CACHE_FILE = 'registry-parse-cache.json';

interface RegistryRead {
  result: RegistryResult;
  /** How many files were read and how many of them had to be parsed, for the build log and `npm run bench`. */
  figures: NonNullable<BuildFigures['registry']>;
}

/**
 * Both collections come from one read of the registry, so a build reads and validates each file once. Once
 * both have taken it, the read is let go: it holds every entry as validated, a copy that a build of 50,000
 * codes cannot afford to keep beside Astro's own store for the rest of the build. A collection that reads
 * again (an edit in `astro dev`) starts a new read, which the other collection then shares.
 */
const reads = new Map<string, { pending: Promise<RegistryRead>; waiting: Set<Kind> }>();

function read(dir: string, cacheDir: URL, kind: Kind): Promise<RegistryRead> {
  let shared = reads.get(dir);
  if (!shared?.waiting.has(kind)) {
    shared = { pending: readOnce(dir, cacheDir), waiting: new Set<Kind>(['apis', 'errors']) };
    reads.set(dir, shared);
  }
  shared.waiting.delete(kind);
  if (!shared.waiting.size) reads.delete(dir);
  return shared.pending;
}

async function readOnce(dir: string, cacheDir: URL): Promise<RegistryRead> {
  const started = performance.now();
  await mkdir(cacheDir, { recursive: true });
  const cache = await openParseCache(fileURLToPath(new URL(CACHE_FILE, cacheDir)));
  const result = await readRegistry(dir, cache);
  await cache.save();
  const figures = {
    files: cache.hits + cache.misses,
    parsed: cache.misses,
    unchanged: cache.hits,
    milliseconds: Math.round(performance.now() - started),
  };
  await recordBuildFigures(cacheDir, 'registry', figures);
  return { result, figures };
}

/** Thrown when the registry has problems: the same lines `npm run check` prints, and no page is built. */
export class RegistryInvalidError extends AstroError {
  constructor(result: RegistryResult) {
    const count = result.problems.length;
    super(
      `The registry has ${count} problem${count === 1 ? '' : 's'}; nothing was built.\n\n` + result.problems.map(formatProblem).join('\n'),
      'Fix each line above, then run `npm run check` to confirm before building again.',
    );
    this.name = 'RegistryInvalidError';
    // The problem lines already say where to look; a stack trace into the loader would only bury them.
    this.stack = '';
  }

  /**
   * Astro replaces the hint of any error whose `toString()` contains "document" or "window" with advice
   * about browser APIs; registry text may well contain those words, so the problem lines stay out of it.
   */
  override toString(): string {
    return this.name;
  }
}

/**
 * Loads one side of the registry into a content collection: the APIs (id = folder name) or the codes
 * (id = `<api>/<CODE>`). The registry reader has validated every entry against the same schemas the
 * collections declare, so entries are stored as they are, not validated a second time. Each carries a
 * digest, and Astro's store leaves an unchanged entry as it was; entries whose file is gone are removed.
 */
export function registryLoader(kind: Kind, dir: string): Loader {
  return {
    name: `registry-${kind}`,
    async load({ store, logger, watcher, config, generateDigest }) {
      const sync = async () => {
        const { result, figures } = await read(dir, config.cacheDir, kind);
        if (result.problems.length) throw new RegistryInvalidError(result);
        const entries =
          kind === 'apis'
            ? result.registry.apis.map((api) => ({ id: api.id, data: { ...api.data }, file: path.join(dir, api.id, '_api.yaml') }))
            : result.registry.errors.map((entry) => ({
                id: `${entry.api}/${entry.data.code}`,
                data: errorRecord(entry),
                file: path.join(dir, entry.registryPath),
              }));
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { id, data, file } of entries) {
          store.set({ id, data, digest: generateDigest(data), filePath: path.relative(process.cwd(), file) });
        }
        if (kind === 'errors') {
          const { files, milliseconds, parsed, unchanged } = figures;
          logger.info(`registry: read ${files} files in ${milliseconds} ms: ${parsed} parsed, ${unchanged} unchanged`);
        }
      };
      await sync();

      // In `astro dev`, an edited registry file reloads the collections; problems are logged, not fatal.
      watcher?.add(dir);
      watcher?.on('all', async (_event, changed) => {
        if (!path.resolve(changed).startsWith(path.resolve(dir) + path.sep)) return;
        try {
          await sync();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
