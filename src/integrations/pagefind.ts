import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, so `astro build` alone yields
 * a searchable site in `dist/` with its index in `dist/pagefind/`. Only code pages carry
 * `data-pagefind-body`, so only they are indexed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'error-reference:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(createErrors.join('\n'));
          const { page_count, errors: indexErrors } = await index.addDirectory({ path: outDir });
          if (indexErrors.length) throw new Error(indexErrors.join('\n'));
          const { errors: writeErrors } = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (writeErrors.length) throw new Error(writeErrors.join('\n'));
          logger.info(`indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          throw new Error('Failed to build the Pagefind search index.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
