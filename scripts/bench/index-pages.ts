/**
 * Indexes pages already written to disk with Pagefind and nothing else, so that `npm run bench` can measure what
 * indexing costs apart from the build around it: the project's code pages in its `dist/`, and the floor's pages
 * (scripts/bench/floor.ts), each in a child process that scripts/bench/measure.ts counts the same way. The
 * build itself indexes while it renders (src/integrations/pagefind.ts), where Pagefind's time hides behind
 * Astro's; this run shows what the pages' indexed text costs on its own.
 *
 * Usage: node scripts/bench/index-pages.ts <site folder> <output folder> <api>…
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedHtml } from '../../src/integrations/indexed-html.ts';

const [site, out, ...apis] = process.argv.slice(2);
if (!site || !out || !apis.length) throw new Error('usage: node scripts/bench/index-pages.ts <site folder> <output folder> <api>…');

// The same language setting as the build's index, so both runs take the same stemmer.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('\n')}`);
// Each page as the build hands it to the indexer (src/integrations/pagefind.ts): only its indexed element.
let pages = 0;
for (const api of apis) {
  for (const code of await readdir(path.join(site, api), { withFileTypes: true })) {
    if (!code.isDirectory()) continue;
    const file = path.join(site, api, code.name, 'index.html');
    const content = indexedHtml(await readFile(file, 'utf8').catch(() => ''));
    if (content === undefined) continue;
    const added = await index.addHTMLFile({ url: `/${api}/${code.name}/`, content });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    pages++;
  }
}
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`indexed ${pages} pages`);
