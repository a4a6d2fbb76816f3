/**
 * What a built page costs a reader before they search: its HTML and every stylesheet and script it loads,
 * each compressed with gzip at level 9, as a static host would serve them. What the header search loads
 * on first use (its code and search.css) is not counted; the theme script in <head> is.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXPORT_URL } from '../../src/lib/urls.ts';

/**
 * A code page stays at or under this many bytes. Issue 12 set 9,000; issues 20 and 21 added per-statement
 * sources, related codes with their differences, the fix example, the support section and what to log, and the
 * rewritten pages measured 9,674 to 11,484 B (HTML 4.6 to 6.4 kB, CSS 3.4 kB, JS 1.7 kB).
 */
export const CODE_PAGE_BUDGET_BYTES = 12_000;

export interface PageWeight {
  /** The page's URL path, e.g. `/groove/TOO_MANY_REQUESTS/`. */
  page: string;
  raw: { html: number; css: number; js: number };
  gzip: { html: number; css: number; js: number; total: number };
}

interface Sizes {
  raw: number;
  gzip: number;
}

const sizesOf = (buffer: Buffer): Sizes => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
const sum = (sizes: Sizes[], kind: keyof Sizes) => sizes.reduce((total, size) => total + size[kind], 0);

/**
 * Weighs one page of a built site; `files` keeps the sizes of the stylesheets and scripts that many pages
 * share, so each is read and compressed once.
 */
export async function pageWeight(dist: string, page: string, files = new Map<string, Promise<Sizes>>()): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page, 'index.html'));
  const text = html.toString();
  const linked = (pattern: RegExp) =>
    Promise.all(
      [...text.matchAll(pattern)].map((match) => {
        const file = path.join(dist, match[1]!);
        if (!files.has(file)) files.set(file, readFile(file).then(sizesOf));
        return files.get(file)!;
      }),
    );
  const css = await linked(/<link rel="stylesheet" href="([^"]+)"/g);
  // Module scripts, and the classic theme script that <head> loads before the first paint.
  const js = await linked(/<script(?: type="module")? src="([^"]+)"/g);
  const own = sizesOf(html);
  const weight = { html: own.gzip, css: sum(css, 'gzip'), js: sum(js, 'gzip') };
  return {
    page,
    raw: { html: own.raw, css: sum(css, 'raw'), js: sum(js, 'raw') },
    gzip: { ...weight, total: weight.html + weight.css + weight.js },
  };
}

/** Every code page of a built site, as its `/errors.json` lists them, heaviest first. */
export async function codePageWeights(dist: string): Promise<PageWeight[]> {
  const { errors } = JSON.parse(await readFile(path.join(dist, EXPORT_URL), 'utf8')) as { errors: { url: string }[] };
  const files = new Map<string, Promise<Sizes>>();
  const weights = await Promise.all(errors.map((error) => pageWeight(dist, error.url, files)));
  return weights.sort((a, b) => b.gzip.total - a.gzip.total);
}
