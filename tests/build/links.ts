import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}

/** The file a site path is served from, as a static host finds it: a directory's index.html, or the file. */
async function fileFor(outDir: string, pathname: string): Promise<string | undefined> {
  const target = path.join(outDir, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(path.join(target, 'index.html')) ? path.join(target, 'index.html') : undefined;
  if (existsSync(target) && (await stat(target)).isFile()) return target;
  return existsSync(path.join(target, 'index.html')) ? path.join(target, 'index.html') : undefined;
}

/**
 * Every `href` and `src` on every page of a built site that points inside the site, checked the way a
 * browser would follow it: the target file exists, and a `#fragment` names an element id on the target.
 * Returns one line per broken link.
 */
export async function brokenLinks(outDir: string): Promise<string[]> {
  const pages = (await walk(outDir)).filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set([...(await readFile(file, 'utf8')).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
      ids.set(file, found);
    }
    return found;
  };

  const failures: string[] = [];
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const pagePath =
      '/' +
      path
        .relative(outDir, page)
        .split(path.sep)
        .join('/')
        .replace(/index\.html$/, '');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = match[1]!.replaceAll('&amp;', '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue;
      const url = new URL(raw, `http://site${pagePath}`);
      const target = await fileFor(outDir, url.pathname);
      if (!target) {
        failures.push(`${pagePath}: ${raw} does not exist`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(fragment)) {
        failures.push(`${pagePath}: ${raw} names no element with id "${fragment}"`);
      }
    }
  }
  return failures;
}
