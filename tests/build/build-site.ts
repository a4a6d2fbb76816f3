import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers.ts';

const run = promisify(execFile);
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** Runs `astro build` for a registry into a fresh folder (or `outDir`), as `npm run build` would. */
export async function buildSite(registry: string, outDir?: string): Promise<BuildResult> {
  const target = outDir ?? (await mkdtemp(path.join(tmpdir(), 'error-reference-build-')));
  try {
    const { stdout, stderr } = await run(process.execPath, [ASTRO, 'build', '--outDir', target], {
      cwd: ROOT,
      env: { ...process.env, REGISTRY_DIR: registry, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, outDir: target };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr, outDir: target };
  }
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
