/**
 * How much a written Pagefind index holds: its pages, the words it indexed (each page's `word_count`, from the
 * page fragments Pagefind writes, gzip-compressed JSON after a `pagefind_dcd` signature) and the bytes of its
 * data files (fragments, word index, filters, metadata; not Pagefind's own scripts and styles, which are the
 * same for any site). Pagefind's Node API reports only the page count, so the bench reads the rest here.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexSize {
  pages: number;
  words: number;
  bytes: number;
}

const DATA_FILE = /\.pf_(fragment|index|filter|meta)$/;
const SIGNATURE = 'pagefind_dcd';

export async function indexSize(outputPath: string): Promise<IndexSize> {
  const files = (await readdir(outputPath, { recursive: true })).filter((file) => DATA_FILE.test(file));
  let [pages, words, bytes] = [0, 0, 0];
  for (const file of files) {
    const full = path.join(outputPath, file);
    bytes += (await stat(full)).size;
    if (!file.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(await readFile(full)).toString('utf8');
    const fragment = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as { word_count: number };
    pages++;
    words += fragment.word_count;
  }
  return { pages, words, bytes };
}
