import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readRegistry, registryDir } from '../registry/read-registry.ts';
import { errorUrl } from '../lib/urls.ts';

/**
 * Writes `_redirects` (read by Netlify and Cloudflare Pages) so that the URL of a renamed code answers with
 * a permanent redirect to its successor. The old page stays in the build for every other host, where it
 * sends readers on by itself.
 */
export default function redirectsIntegration(): AstroIntegration {
  return {
    name: 'error-reference:redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { registry } = await readRegistry(registryDir());
        const rules = registry.errors.flatMap(({ api, data }) =>
          data.status === 'retired' && data.lifecycle?.renamed && data.lifecycle.successor
            ? [`${errorUrl(api, data.code)} ${errorUrl(api, data.lifecycle.successor)} 301`]
            : [],
        );
        const header = '# Renamed codes: the old URL redirects to the new one. Generated at build time from the registry.';
        await writeFile(path.join(fileURLToPath(dir), '_redirects'), [header, ...rules].join('\n') + '\n');
        logger.info(`${rules.length} redirect${rules.length === 1 ? '' : 's'} for renamed codes`);
      },
    },
  };
}
