/**
 * The site's identity, in one place: a team that ships its own reference edits this file, not the
 * components. The layout (title, header, link previews), the social card's description, OpenSearch and the
 * home page read it.
 */
export const SITE = {
  /** The site's name: the header, every page title, link previews. */
  name: 'Error Code Reference',
  /** At most 16 characters: what a browser calls the site's search in its address bar (OpenSearch ShortName). */
  shortName: 'Error codes',
  /** One sentence on what the site is for: link previews and the social card's description. */
  tagline: 'What each API error code means and what to do about it.',
  /**
   * The repository the registry lives in, such as https://github.com/acme/error-reference: where "Edit
   * this entry" and "Report an undocumented code" point. REPOSITORY_URL at build time overrides it; empty
   * leaves both links out.
   */
  repository: '',
} as const;

/** The repository address the build uses: REPOSITORY_URL when set, else SITE.repository; undefined when neither. */
export function repositoryUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return (env['REPOSITORY_URL'] || SITE.repository).replace(/\/+$/, '') || undefined;
}
