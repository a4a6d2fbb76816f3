/**
 * `npm run bench -- [--codes N] [--seed S]`: synthesizes a registry of N codes (default 1000), builds it
 * from a cold cache, and prints one `name value` line per figure. Targets live here, not in tests:
 * under 15 s for 5000 codes, and under 9 KB gzip of HTML, CSS and JS for a code page before search.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { synthesize } from '../src/synth/synthesize.ts';

const { values } = parseArgs({ options: { codes: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.codes);
const root = path.resolve(import.meta.dirname, '..');
const work = await mkdtemp(path.join(tmpdir(), 'error-reference-bench-'));
const registry = path.join(work, 'registry');
const dist = path.join(work, 'dist');

try {
  for (const [relative, text] of synthesize(count, Number(values.seed)).files) {
    await mkdir(path.dirname(path.join(registry, relative)), { recursive: true });
    await writeFile(path.join(registry, relative), text);
  }

  // A cold cache: Astro's content store and Vite's dependency cache are rebuilt from nothing.
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    await rm(path.join(root, cache), { recursive: true, force: true });
  }

  const started = performance.now();
  const { stderr, stdout } = await promisify(execFile)(
    '/usr/bin/time',
    [
      '-f',
      'peak-rss-kb %M cpu-seconds %U %S',
      process.execPath,
      path.join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--outDir',
      dist,
    ],
    { cwd: root, env: { ...process.env, REGISTRY_DIR: registry, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 },
  );
  const wall = (performance.now() - started) / 1000;
  // Pagefind indexes alongside rendering (src/integrations/pagefind.ts): its own time overlaps Astro's, and
  // only the wait for it after the last route counts against the build on top of Astro's.
  const [, pagefindMs, waitMs] = (/indexed \d+ pages in (\d+) ms, waited (\d+) ms/.exec(stdout + stderr) ?? []).map(Number);
  const peakKb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
  // User plus system time of the build and the indexer: steadier than wall time on a shared machine.
  const [, user, system] = (/cpu-seconds ([\d.]+) ([\d.]+)/.exec(stderr) ?? []).map(Number);

  const files = await walk(dist);
  const pages = files.filter((file) => file.endsWith('index.html')).length;
  const bytes = async (list: string[]) => (await Promise.all(list.map((file) => stat(file)))).reduce((sum, info) => sum + info.size, 0);

  // One code page, and what it loads before anyone searches: its stylesheets and scripts.
  const api = (await readdir(registry)).sort()[0]!;
  const code = (await readdir(path.join(registry, api)))
    .filter((name) => name !== '_api.yaml')
    .sort()[0]!
    .replace(/\.yaml$/, '');
  const html = await readFile(path.join(dist, api, code, 'index.html'));
  const assets = (kind: RegExp) => [...html.toString().matchAll(kind)].map((match) => path.join(dist, match[1]!));
  const css = await Promise.all(assets(/<link rel="stylesheet" href="([^"]+)"/g).map((file) => readFile(file)));
  // Module scripts, and the classic theme script that <head> loads before the first paint.
  const js = await Promise.all(assets(/<script(?: type="module")? src="([^"]+)"/g).map((file) => readFile(file)));
  const raw = (buffers: Buffer[]) => buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  const gz = (buffers: Buffer[]) => buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);

  const figures: Array<[string, string | number]> = [
    ['codes', count],
    ['build_seconds', wall.toFixed(2)],
    ['astro_seconds', ((wall * 1000 - waitMs!) / 1000).toFixed(2)],
    ['pagefind_seconds', (pagefindMs! / 1000).toFixed(2)],
    ['pagefind_wait_seconds', (waitMs! / 1000).toFixed(2)],
    ['cpu_seconds', (user! + system!).toFixed(2)],
    ['peak_rss_mb', (peakKb / 1024).toFixed(0)],
    ['pages', pages],
    ['dist_bytes', await bytes(files)],
    ['pagefind_bytes', await bytes(files.filter((file) => file.startsWith(path.join(dist, 'pagefind'))))],
    ['code_page_html_bytes', html.length],
    ['code_page_html_gzip_bytes', gz([html])],
    ['code_page_css_bytes', raw(css)],
    ['code_page_css_gzip_bytes', gz(css)],
    ['code_page_js_bytes', raw(js)],
    ['code_page_js_gzip_bytes', gz(js)],
    ['code_page_total_gzip_bytes', gz([html]) + gz(css) + gz(js)],
  ];
  for (const [name, value] of figures) console.log(`${name} ${value}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}
