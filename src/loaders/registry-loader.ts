import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import path from 'node:path';
import { formatProblem } from '../registry/problems.ts';
import { readRegistry } from '../registry/read-registry.ts';
import type { RegistryResult } from '../registry/layout.ts';

type Kind = 'apis' | 'errors';

/** Both collections come from one read of the registry, so a build reads and validates each file once. */
const reads = new Map<string, Promise<RegistryResult>>();

function read(dir: string): Promise<RegistryResult> {
  let pending = reads.get(dir);
  if (!pending) {
    pending = readRegistry(dir);
    reads.set(dir, pending);
  }
  return pending;
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
 * (id = `<api>/<CODE>`). The collection's schema then validates each entry once more as Astro stores it.
 */
export function registryLoader(kind: Kind, dir: string): Loader {
  return {
    name: `registry-${kind}`,
    async load({ store, parseData, logger, watcher }) {
      const sync = async () => {
        const result = await read(dir);
        if (result.problems.length) throw new RegistryInvalidError(result);
        store.clear();
        if (kind === 'apis') {
          for (const api of result.registry.apis) {
            const data = await parseData({ id: api.id, data: { ...api.data } });
            store.set({ id: api.id, data, filePath: path.relative(process.cwd(), path.join(dir, api.id, '_api.yaml')) });
          }
        } else {
          for (const entry of result.registry.errors) {
            const id = `${entry.api}/${entry.data.code}`;
            const data = await parseData({ id, data: { ...entry.data, api: entry.api, sourcePath: entry.registryPath } });
            store.set({ id, data, filePath: path.relative(process.cwd(), path.join(dir, entry.registryPath)) });
          }
        }
      };
      await sync();

      // In `astro dev`, an edited registry file reloads the collections; problems are logged, not fatal.
      watcher?.add(dir);
      watcher?.on('all', async (_event, changed) => {
        if (!path.resolve(changed).startsWith(path.resolve(dir) + path.sep)) return;
        reads.delete(dir);
        try {
          await sync();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
