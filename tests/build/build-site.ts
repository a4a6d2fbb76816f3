import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { astroArgs, removeScratchProject, scratchProject } from '../../scripts/lib/scratch-project.ts';
import { runNode } from '../helpers.ts';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
  /** The scratch project the build ran in; `removeBuild` deletes it, with `outDir` unless one was given. */
  project: string;
}

/**
 * Runs `astro build` for a registry, as `npm run build` would, in a scratch project of its own so that
 * builds may run side by side (see scripts/lib/scratch-project.ts). The site goes to the project's `dist/`, or to
 * `outDir`; a given `outDir` outside the project root only suits builds that are meant to fail, since Astro
 * would put a successful build's prerender bundle in the shared `.astro/` of the working directory.
 */
export async function buildSite(
  registry: string,
  options: { outDir?: string; env?: Record<string, string>; project?: string } = {},
): Promise<BuildResult> {
  // A project given again rebuilds with the caches its last build left, as `npm run build` run twice does.
  const project = options.project ?? (await scratchProject());
  const target = options.outDir ?? path.join(project, 'dist');
  await mkdir(target, { recursive: true });
  const { code, stdout, stderr } = await runNode(astroArgs('build', project, ['--outDir', target]), {
    ...options.env,
    REGISTRY_DIR: registry,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  return { code, output: stdout + stderr, outDir: target, project };
}

/** Deletes what `buildSite` wrote. */
export function removeBuild(result: BuildResult): Promise<void> {
  return removeScratchProject(result.project);
}
/** A built page's HTML, by its URL path. */
export function readPage(outDir: string, urlPath: string): Promise<string> {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFile(path.join(outDir, file), 'utf8');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as Astro writes it into a page: `&`, `<`, `>` and `"` become entities; apostrophes stay. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ENTITIES[character] ?? character);
}
