/**
 * What a built page costs a reader before they search: its HTML and every stylesheet and script it loads,
 * each compressed with gzip at level 9, as a static host would serve them. What the header search loads
 * on first use (its code and search.css) is not counted; the theme script in <head> is.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXPORT_URL } from '../../src/lib/urls.ts';

/** A code page stays at or under this many bytes (issue 12's budget). */
export const CODE_PAGE_BUDGET_BYTES = 9000;

export interface PageWeight {
  /** The page's URL path, e.g. `/groove/TOO_MANY_REQUESTS/`. */
  page: string;
  raw: { html: number; css: number; js: number };
  gzip: { html: number; css: number; js: number; total: number };
}

/** Weighs one page of a built site; `files` caches the files that many pages share. */
export async function pageWeight(dist: string, page: string, files = new Map<string, Promise<Buffer>>()): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page, 'index.html'));
  const text = html.toString();
  const linked = (pattern: RegExp) =>
    Promise.all(
      [...text.matchAll(pattern)].map((match) => {
        const file = path.join(dist, match[1]!);
        if (!files.has(file)) files.set(file, readFile(file));
        return files.get(file)!;
      }),
    );
  const css = await linked(/<link rel="stylesheet" href="([^"]+)"/g);
  // Module scripts, and the classic theme script that <head> loads before the first paint.
  const js = await linked(/<script(?: type="module")? src="([^"]+)"/g);
  const raw = (buffers: Buffer[]) => buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  const gzip = (buffers: Buffer[]) => buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
  const weight = { html: gzip([html]), css: gzip(css), js: gzip(js) };
  return {
    page,
    raw: { html: html.length, css: raw(css), js: raw(js) },
    gzip: { ...weight, total: weight.html + weight.css + weight.js },
  };
}

/** Every code page of a built site, as its `/errors.json` lists them, heaviest first. */
export async function codePageWeights(dist: string): Promise<PageWeight[]> {
  const { errors } = JSON.parse(await readFile(path.join(dist, EXPORT_URL), 'utf8')) as { errors: { url: string }[] };
  const files = new Map<string, Promise<Buffer>>();
  const weights = await Promise.all(errors.map((error) => pageWeight(dist, error.url, files)));
  return weights.sort((a, b) => b.gzip.total - a.gzip.total);
}
