import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleEntryFiles, ENTRY_FILES_BUNDLE } from '../data/entry-files.ts';
import { getEntries } from '../data/query.ts';

// A file name starting with `_` is no route in Astro, so the name comes in as the one static path. The
// bundle never stays in the output: src/integrations/entry-files.ts splits it into /<api>/<CODE>.json.
export const getStaticPaths = (() => [{ params: { entryFiles: ENTRY_FILES_BUNDLE } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(bundleEntryFiles(await getEntries()), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
