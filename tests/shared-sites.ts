/**
 * The two sites that both the build tests and the browser tests read: the project registry as `npm run build`
 * builds it, and the lifecycle fixture (deprecated, retired and renamed codes, hostile text, edit links).
 * `npm test` builds each once, side by side (tests/slow-tier.ts), and names them in a file given by
 * TEST_SHARED_SITES; a test file run on its own builds what it needs and removes it afterwards.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, removeBuild, type BuildResult } from './build/build-site.ts';
import { fixture, ROOT } from './helpers.ts';

export const SHARED_SITES = {
  project: { registry: path.join(ROOT, 'registry'), env: {} },
  lifecycle: { registry: fixture('lifecycle'), env: { REPOSITORY_URL: 'https://git.example/acme/errors/' } },
} satisfies Record<string, { registry: string; env: Record<string, string> }>;

export type SharedSiteName = keyof typeof SHARED_SITES;

/** The environment variable naming the JSON file that records the shared builds, by name. */
export const SHARED_SITES_VARIABLE = 'TEST_SHARED_SITES';

export interface SharedSite extends BuildResult {
  /** True when this caller built the site itself, and so removes it. */
  owned: boolean;
}

/** Builds one of the shared sites in a scratch project of its own. */
export function buildSharedSite(name: SharedSiteName): Promise<BuildResult> {
  const { registry, env } = SHARED_SITES[name];
  return buildSite(registry, { env });
}

/** The named site: the build `npm test` shared, or a new build of it. Hand it back with `releaseSite`. */
export async function sharedSite(name: SharedSiteName): Promise<SharedSite> {
  const file = process.env[SHARED_SITES_VARIABLE];
  if (file) {
    const built = JSON.parse(await readFile(file, 'utf8')) as Record<SharedSiteName, BuildResult>;
    return { ...built[name], owned: false };
  }
  return { ...(await buildSharedSite(name)), owned: true };
}

/** Removes a site this caller built; a shared one stays for the next reader, and the tier removes it. */
export function releaseSite(site: SharedSite): Promise<void> {
  return site.owned ? removeBuild(site) : Promise.resolve();
}
