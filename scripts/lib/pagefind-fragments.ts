/**
 * The pages of a written Pagefind index as Pagefind stores them: one fragment file per page, gzip-compressed
 * JSON after a `pagefind_dcd` signature, holding the page's indexed text, word count, filters and metadata.
 * The bench counts the words an index holds from them, and the build tests check what a code page's index entry
 * holds and leaves out.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface PagefindFragment {
  url: string;
  /** The page's indexed text, as search results quote it. */
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

/** Every page of the index at `outputPath`, read one file at a time: a 50,000-page index has as many fragments. */
export async function readFragments(outputPath: string): Promise<PagefindFragment[]> {
  const folder = path.join(outputPath, 'fragment');
  const fragments: PagefindFragment[] = [];
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'))) {
    const text = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
    fragments.push(JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as PagefindFragment);
  }
  return fragments;
}
