import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { ABSOLUTE_ONLY } from '../lib/social.ts';

/**
 * What depends on the public address. With SITE_URL set (Astro's `site`), writes `robots.txt` pointing at
 * the sitemap that @astrojs/sitemap writes. Without it, writes neither and says once, at the end of the
 * build, which absolute links the site left out, rather than publishing links to a host that is not the site.
 */
export default function siteUrlIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'error-reference:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) {
          logger.info(
            `SITE_URL is not set, so the site was built without these absolute links: ${ABSOLUTE_ONLY.join(', ')}. Set SITE_URL to the public address (SITE_URL=https://errors.example.com npm run build) to write them.`,
          );
          return;
        }
        const sitemap = new URL('sitemap-index.xml', site).href;
        await writeFile(new URL('robots.txt', dir), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
      },
    },
  };
}
