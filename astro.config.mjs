// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Absolute URLs (canonical links, ticket links) are built from this; set SITE_URL when deploying.
  site: process.env.SITE_URL || 'http://localhost:4321',
  // Every page is a directory (`/groove/CATALOG_NO_RESULT/`), as the contract's URLs are, and every link
  // the site writes ends in a slash. 'ignore' lets the preview server also answer a pasted URL without one.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Code blocks in MDX guides use the same light and dark themes as the samples on code pages.
  markdown: { shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } } },
  integrations: [mdx(), pagefind()],
  // Scripts stay in their own files, however small: cacheable, and allowed by a CSP without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
