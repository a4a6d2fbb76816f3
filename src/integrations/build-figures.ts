import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The figures a build measures about itself, written as JSON into Astro's cache folder (`node_modules/.astro/` of
 * the project root) for `npm run bench`, which reads numbers rather than the build's log lines: rewording a log
 * line cannot break it. Each part of the build writes its own section.
 */
export interface BuildFigures {
  /** The registry loader's read: files seen, files parsed anew, files taken from the parse cache, time taken. */
  registry?: { files: number; parsed: number; unchanged: number; milliseconds: number };
  /** The search index: pages indexed, the shards they were written in, the indexer's own time, and how long the build waited for it after rendering. */
  pagefind?: { pages: number; shards: number; milliseconds: number; waitedMilliseconds: number };
}

const BUILD_FIGURES_FILE = 'build-figures.json';

/** Where a build of the project rooted at `root` leaves its figures, with Astro's default cache folder. */
export function buildFiguresPath(root: string): string {
  return path.join(root, 'node_modules', '.astro', BUILD_FIGURES_FILE);
}

/** The figures of the last build that wrote to `file`; empty when none did. */
export async function readBuildFigures(file: string): Promise<BuildFigures> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BuildFigures;
  } catch {
    return {};
  }
}

/** Writes one section of the figures into Astro's cache folder, keeping the other sections. */
export async function recordBuildFigures<Section extends keyof BuildFigures>(
  cacheDir: URL,
  section: Section,
  figures: NonNullable<BuildFigures[Section]>,
): Promise<void> {
  const file = path.join(fileURLToPath(cacheDir), BUILD_FIGURES_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  const others = await readBuildFigures(file);
  await writeFile(file, JSON.stringify({ ...others, [section]: figures }, null, 2) + '\n');
}
