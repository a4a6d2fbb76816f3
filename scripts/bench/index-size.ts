/**
 * How much a written Pagefind index holds: its pages, the words it indexed (each page's `word_count`) and the
 * bytes of its data files (fragments, word index, filters, metadata; not Pagefind's own scripts and styles,
 * which are the same for any site). Pagefind's Node API reports only the page count, so the bench reads the
 * rest from what it wrote.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readFragments } from '../lib/pagefind-fragments.ts';

export interface IndexSize {
  pages: number;
  words: number;
  bytes: number;
}

const DATA_FILE = /\.pf_(fragment|index|filter|meta)$/;

export async function indexSize(outputPath: string): Promise<IndexSize> {
  const files = (await readdir(outputPath, { recursive: true })).filter((file) => DATA_FILE.test(file));
  let bytes = 0;
  for (const file of files) bytes += (await stat(path.join(outputPath, file))).size;
  const fragments = await readFragments(outputPath);
  return { pages: fragments.length, words: fragments.reduce((sum, fragment) => sum + fragment.word_count, 0), bytes };
}
