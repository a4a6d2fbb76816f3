/**
 * Indexes pages already written to disk with Pagefind and nothing else, so that `npm run bench` can measure what
 * indexing costs apart from the build around it: the project's code pages in its `dist/`, and the floor's pages
 * (scripts/bench/floor.ts), each in a child process that scripts/bench/measure.ts counts the same way. The
 * build itself indexes while it renders (src/integrations/pagefind.ts), where Pagefind's time hides behind
 * Astro's; this run shows what the pages' indexed text costs on its own.
 *
 * Usage: node scripts/bench/index-pages.ts <site folder> <glob of the pages, relative to it> <output folder>
 */
import * as pagefind from 'pagefind';

const [site, glob, out] = process.argv.slice(2);
if (!site || !glob || !out) throw new Error('usage: node scripts/bench/index-pages.ts <site folder> <glob> <output folder>');

// The same language setting as the build's index, so both runs take the same stemmer.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('\n')}`);
const added = await index.addDirectory({ path: site, glob });
if (added.errors.length) throw new Error(added.errors.join('\n'));
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`indexed ${added.page_count} pages`);
