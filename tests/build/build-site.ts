import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runNode } from '../helpers.ts';

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** Runs `astro build` for a registry into a fresh folder (or `outDir`), as `npm run build` would. */
export async function buildSite(registry: string, options: { outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const target = options.outDir ?? (await mkdtemp(path.join(tmpdir(), 'error-reference-build-')));
  const { code, stdout, stderr } = await runNode([ASTRO, 'build', '--outDir', target], {
    ...options.env,
    REGISTRY_DIR: registry,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  });
  return { code, output: stdout + stderr, outDir: target };
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
