import type { SiteModel } from './model.ts';

/**
 * `_redirects` in the format Netlify and Cloudflare Pages read: the URL of every renamed code answers with
 * a permanent redirect to its successor. Other hosts ignore the file; there the old page, which stays in
 * the build, sends readers on by itself.
 */
export function buildRedirects(model: SiteModel): string {
  const rules = model.errors.flatMap((error) =>
    error.status === 'retired' && error.lifecycle?.renamed && error.lifecycle.successor
      ? [`${error.url} ${error.lifecycle.successor.url} 301`]
      : [],
  );
  return ['# Renamed codes: the old URL redirects to the new one. Generated at build time from the registry.', ...rules].join('\n') + '\n';
}
