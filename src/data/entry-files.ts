import { errorJsonUrl, errorUrl, schemaUrl } from '../lib/urls.ts';

/**
 * Every code's whole registry entry is published as JSON beside its page (`/<api>/<CODE>.json`). Astro would
 * render each of those files through its router, one route per code: at 5000 codes, as many routes as there
 * are pages, each paying for a request, a log line and its own write, which kept a quarter of Astro's build
 * time (README, Performance). So the build renders them all as one bundle, one line per file, and
 * `src/integrations/entry-files.ts` splits the bundle into the files and deletes it; `astro dev`, which runs
 * no build hooks, serves the same files from the route in `src/pages/[api]/[code].json.ts`.
 */
export const ENTRY_FILES_BUNDLE = '_entry-files.tsv';

/** What `/<api>/<CODE>.json` holds: the entry as validated, with where it lives and what validates it. */
export function entryFile<Entry extends { code: string }>(api: string, entry: Entry) {
  return { api, url: errorUrl(api, entry.code), schema: schemaUrl(api), entry };
}

/** The bundle: a line per file, its path, a tab, and its JSON (which escapes every tab and line break). */
export function bundleEntryFiles(files: ReadonlyArray<ReturnType<typeof entryFile>>): string {
  return files.map((file) => `${errorJsonUrl(file.api, file.entry.code)}\t${JSON.stringify(file)}\n`).join('');
}

/** The files a bundle holds, in order; a line that is not `/<api>/<name>.json<TAB>{…}` is an error. */
export function* unbundleEntryFiles(bundle: string): Generator<{ path: string; json: string }> {
  let start = 0;
  while (start < bundle.length) {
    const end = bundle.indexOf('\n', start);
    const line = bundle.slice(start, end === -1 ? bundle.length : end);
    start = end === -1 ? bundle.length : end + 1;
    const tab = line.indexOf('\t');
    const path = line.slice(0, tab);
    if (tab === -1 || !/^\/[^/\\.][^/\\]*\/[^/\\.][^/\\]*\.json$/.test(path) || !line.startsWith('{', tab + 1))
      throw new Error(`${ENTRY_FILES_BUNDLE}: not a "/<api>/<CODE>.json<TAB>{…}" line: ${line.slice(0, 80)}`);
    yield { path, json: line.slice(tab + 1) };
  }
}
