// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import chunkUrl from './src/integrations/chunk-url.ts';
import pagefind from './src/integrations/pagefind.ts';
import siteUrl from './src/integrations/site-url.ts';

// The public address, when the site is built for deployment. Absolute links (canonical, og:url, og:image,
// the sitemap, robots.txt) are written only from it; a build without it leaves them out and says which.
const SITE_URL = process.env.SITE_URL || undefined;
// Pages per search-index shard (src/integrations/pagefind.ts); tests and the bench set it small to build several
// shards from a small registry.
const PAGEFIND_SHARD_PAGES = Number(process.env.PAGEFIND_SHARD_PAGES) || undefined;

export default defineConfig({
  ...(SITE_URL ? { site: SITE_URL } : {}),
  // Every page is a directory (`/groove/CATALOG_NO_RESULT/`), as the contract's URLs are, and every link
  // the site writes ends in a slash. 'ignore' lets the preview server also answer a pasted URL without one.
  trailingSlash: 'ignore',
  devToolbar: { enabled: false },
  // Code is highlighted by components/Snippet.astro, with classes rather than the inline styles Astro's
  // Shiki writes, so the Content-Security-Policy needs no 'unsafe-inline' for styles either. A fenced block in a guide
  // therefore renders plain; show code in a guide with <Snippet>.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    pagefind({ shardPages: PAGEFIND_SHARD_PAGES }),
    // Search and lookup pages only show results for a query, and the not-found page is not a page to index.
    ...(SITE_URL ? [sitemap({ filter: (page) => !/\/(search|lookup|404)\/?$/.test(new URL(page).pathname) })] : []),
    siteUrl(),
    chunkUrl(),
  ],
  // Four pages render at once so that writing one page's files overlaps rendering the next; measured
  // with `npm run bench`, more brings nothing on these 2-core machines. Stylesheets and scripts stay in
  // their own files, however small: cacheable, and allowed by the Content-Security-Policy that every page
  // declares (src/lib/content-security-policy.ts), which allows no inline style or script.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // `.scratch/` holds the test and benchmark builds (scripts/lib/scratch-project.ts): not this site's sources,
  // so `astro dev` does not restart when a test run creates or removes one.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that Astro itself reads before bundling;
        // the bundler only warns that it will not keep the directive in its output, which nothing needs. This
        // one warning is Astro's own and harmless, and a newcomer reads it as a fault in the guides; every other
        // warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    server: { watch: { ignored: ['**/.scratch/**'] } },
  },
  // Astro's terminal log with its line per rendered route folded into one count (see the module).
  logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
});
