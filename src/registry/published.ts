import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorUrl } from '../lib/urls.ts';
import { CODE_FILE_EXTENSION, type Registry } from './registry-folder.ts';
import type { Problem } from './problems.ts';

/** The list of every code URL the registry has published, kept next to the API folders. */
export const PUBLISHED_FILE = '_published-urls.txt';

const HEADER = [
  '# Every code URL this registry has published. Written by `npm run urls`; do not edit by hand.',
  '# A URL listed here must keep resolving: retire a code (status: retired) instead of deleting its file.',
];

const URL_LINE = /^\/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/([^/\s]+)\/$/;

export interface PublishedList {
  file: string;
  /** Each listed URL with the line it is on. */
  entries: Array<{ url: string; api: string; code: string; line: number }>;
  problems: Problem[];
}

/** Reads the list, or returns undefined for a registry that has never recorded its URLs. */
export async function readPublished(dir: string, displayFile: string): Promise<PublishedList | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dir, PUBLISHED_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const list: PublishedList = { file: displayFile, entries: [], problems: [] };
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = URL_LINE.exec(line);
    if (!match) {
      list.problems.push({
        file: displayFile,
        line: index + 1,
        message: `"${line}" is not a code URL`,
        hint: 'a line such as /groove/CATALOG_NO_RESULT/; regenerate the file with `npm run urls` rather than editing it',
      });
      return;
    }
    list.entries.push({ url: line, api: match[1]!, code: match[2]!, line: index + 1 });
  });
  return list;
}

/**
 * Published URLs are permanent: a listed code whose file is gone is an error naming the code, and a code
 * that is not listed yet must be recorded, so that removing it later is caught too.
 */
export function checkPublished(registry: Registry, list: PublishedList): Problem[] {
  const problems = [...list.problems];
  const has = (api: string, code: string) => registry.codeFiles.get(api)?.has(code) ?? false;
  for (const entry of list.entries) {
    if (!has(entry.api, entry.code)) {
      problems.push({
        file: list.file,
        line: entry.line,
        message: `${entry.code} (${entry.url}) was published, but ${entry.api}/${entry.code}${CODE_FILE_EXTENSION} no longer exists`,
        hint: 'restore the file and set status: retired with a lifecycle reason (and successor); published codes are never deleted',
      });
    }
  }
  const listed = new Set(list.entries.map((entry) => entry.url));
  for (const entry of registry.errors) {
    if (!listed.has(errorUrl(entry.api, entry.data.code))) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `${entry.data.code} is not recorded in ${list.file}`,
        hint: 'run `npm run urls` and commit the list, so that its URL is kept from now on',
      });
    }
  }
  return problems;
}

/** The list's text: what it already held plus every current code, sorted, never dropping a URL. */
export function formatPublished(registry: Registry, previous?: PublishedList): { text: string; added: number; total: number } {
  const urls = new Set(previous?.entries.map((entry) => entry.url));
  const before = urls.size;
  for (const [api, codes] of registry.codeFiles) for (const code of codes) urls.add(errorUrl(api, code));
  const sorted = [...urls].sort((a, b) => a.localeCompare(b, 'en'));
  return { text: [...HEADER, ...sorted].join('\n') + '\n', added: urls.size - before, total: urls.size };
}
