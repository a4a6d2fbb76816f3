import { SITE } from './site.ts';
import { SOCIAL_CARD_URL } from './urls.ts';

/** What link previews and crawlers are told about the site, shared by the layout and the build's integrations. */

export const SITE_NAME = SITE.name;

/** The card a pasted link unfurls with, and how previews describe it. */
export const SOCIAL_IMAGE = {
  path: SOCIAL_CARD_URL,
  width: 1200,
  height: 630,
  alt: `${SITE.name}: ${SITE.tagline.charAt(0).toLowerCase()}${SITE.tagline.slice(1)}`,
} as const;

/** The absolute links a build can only write when it knows the public address (SITE_URL). */
export const ABSOLUTE_ONLY = [
  'canonical links',
  'og:url',
  'og:image (previews fall back to a text card)',
  'sitemap-index.xml',
  'robots.txt',
  'absolute addresses in opensearch.xml',
] as const;
