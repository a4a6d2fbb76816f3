import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { ENTRY_FILES_BUNDLE, unbundleEntryFiles } from '../data/entry-files.ts';

/** Files written at once: enough to keep the disk busy while the next ones are cut from the bundle. */
const PARALLEL_WRITES = 16;

/**
 * Writes every code's `/<api>/<CODE>.json` from the one bundle the build rendered (src/data/entry-files.ts),
 * then deletes the bundle. A build whose bundle is missing or malformed fails, rather than publishing a
 * site whose entry links lead nowhere.
 */
export default function entryFilesIntegration(): AstroIntegration {
  return {
    name: 'error-reference:entry-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = new URL(ENTRY_FILES_BUNDLE, dir);
        const started = performance.now();
        const text = await readFile(bundle, 'utf8');
        const pending = new Set<Promise<void>>();
        let files = 0;
        for (const { path, json } of unbundleEntryFiles(text)) {
          const write = writeFile(new URL(`.${path}`, dir), json).then(() => void pending.delete(write));
          pending.add(write);
          files++;
          if (pending.size >= PARALLEL_WRITES) await Promise.race(pending);
        }
        await Promise.all(pending);
        await rm(bundle);
        logger.info(`wrote ${files} entry files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
