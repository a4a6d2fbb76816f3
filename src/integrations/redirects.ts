import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'yaml';
import { registryDir } from '../registry/paths.ts';
import { errorUrl } from '../lib/urls.ts';

/**
 * The renamed codes of the registry. The build has already validated every file, so this only reads the
 * few that mention `renamed:` instead of parsing thousands of YAML files a second time.
 */
async function renamedCodes(dir: string): Promise<Array<{ from: string; to: string }>> {
  const apis = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'));
  const found: Array<{ from: string; to: string }> = [];
  for (const api of apis) {
    for (const file of await readdir(path.join(dir, api.name))) {
      const text = await readFile(path.join(dir, api.name, file), 'utf8');
      if (!/^\s+renamed:\s*true\b/m.test(text)) continue;
      const data = parse(text) as { code: string; status: string; lifecycle?: { successor?: string; renamed?: boolean } };
      if (data.status === 'retired' && data.lifecycle?.renamed && data.lifecycle.successor) {
        found.push({ from: errorUrl(api.name, data.code), to: errorUrl(api.name, data.lifecycle.successor) });
      }
    }
  }
  return found;
}

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
        const rules = (await renamedCodes(registryDir())).map(({ from, to }) => `${from} ${to} 301`);
        const header = '# Renamed codes: the old URL redirects to the new one. Generated at build time from the registry.';
        await writeFile(path.join(fileURLToPath(dir), '_redirects'), [header, ...rules].join('\n') + '\n');
        logger.info(`${rules.length} redirect${rules.length === 1 ? '' : 's'} for renamed codes`);
      },
    },
  };
}
