/**
 * The floor the build is measured against: the smallest honest generator of the same site. It reads the
 * same registry with the same YAML parser, writes one minimal page per code (escaped code, summary,
 * description, causes and steps) and indexes them with Pagefind, and does nothing else: no validation, no
 * highlighting, no shared layout, no exports. `npm run bench` runs it as a child process beside the real
 * build, so the two are measured the same way in one run.
 *
 * Usage: node scripts/bench/floor.ts <registry folder> <output folder>
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';

const [registry, out] = process.argv.slice(2);
if (!registry || !out) throw new Error('usage: node scripts/bench/floor.ts <registry folder> <output folder>');

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
const list = (tag: string, items: unknown) =>
  `<${tag}>${((items as unknown[]) ?? []).map((item) => `<li>${escape(item)}</li>`).join('')}</${tag}>`;

let pages = 0;
for (const api of await readdir(registry, { withFileTypes: true })) {
  if (!api.isDirectory() || api.name.startsWith('_')) continue;
  for (const file of await readdir(path.join(registry, api.name))) {
    if (file === '_api.yaml' || !file.endsWith('.yaml')) continue;
    const entry = parse(await readFile(path.join(registry, api.name, file), 'utf8')) as Record<string, unknown>;
    const folder = path.join(out, api.name, String(entry['code']));
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(entry['code'])}</title></head>` +
        `<body><main data-pagefind-body><h1>${escape(entry['code'])}</h1><p>${escape(entry['summary'])}</p>` +
        `<p>${escape(entry['description'])}</p>${list('ul', entry['causes'])}${list('ol', entry['troubleshooting'])}</main></body></html>`,
    );
    pages++;
  }
}

const { index } = await pagefind.createIndex({});
if (!index) throw new Error('Pagefind could not start an index');
await index.addDirectory({ path: out });
await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
await pagefind.close();
console.log(`floor: ${pages} pages`);
