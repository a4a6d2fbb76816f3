/**
 * Gives every Astro build that the tests and the benchmark start a project folder of its own, so that they
 * run side by side and beside a developer's `npm start` or `npm run build`. Astro keeps its content
 * store and generated modules under `<root>/.astro/` and `<root>/node_modules/.astro/`, and Vite its cache
 * under `<root>/node_modules/.vite/`; builds that share a root read each other's store. Astro also writes
 * its prerender bundle into `<outDir>/.prerender/`, but into `<cwd>/.astro/.prerender/` when the output
 * folder lies outside the working directory, so an output folder in the system's temporary folder is
 * shared too. A scratch root therefore lives in `.scratch/` under the project and builds into its own
 * `dist/`. It holds a copy of the site's sources and config (under 0.5 MB) and links `node_modules` entry
 * by entry, so those folders are its own while every package resolves to the one install. Commands still
 * run from the project root, so `REGISTRY_DIR` and the file names in messages are as `npm run build` gives.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What a build reads from the project root besides the registry and node_modules. */
const SITE_SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

const SCRATCH = path.join(ROOT, '.scratch');

/** A new folder under `.scratch/` that Astro can use as `--root`; its build goes to `<folder>/dist`. */
export async function scratchProject(): Promise<string> {
  await mkdir(SCRATCH, { recursive: true });
  const root = await mkdtemp(path.join(SCRATCH, 'project-'));
  await Promise.all(SITE_SOURCES.map((name) => cp(path.join(ROOT, name), path.join(root, name), { recursive: true })));
  const modules = path.join(root, 'node_modules');
  await mkdir(modules);
  const entries = await readdir(path.join(ROOT, 'node_modules'));
  await Promise.all(
    entries
      .filter((name) => name !== '.astro' && name !== '.vite')
      .map((name) => symlink(path.join(ROOT, 'node_modules', name), path.join(modules, name))),
  );
  return root;
}

/** Removes a scratch project and its build. */
export function removeScratchProject(root: string): Promise<void> {
  return rm(root, { recursive: true, force: true });
}

/** Arguments for `node` that run an Astro command against a scratch root. */
export function astroArgs(command: 'build', root: string, extra: readonly string[] = []): string[] {
  return [ASTRO, command, '--root', root, ...extra];
}
