import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from '../../data/query.ts';

// A build writes these files from one bundle (src/data/entry-files.ts); this route serves them in `astro dev`.
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await getEntries()).map((file) => ({ params: { api: file.api, code: file.entry.code }, props: { file } }))
    : []) satisfies GetStaticPaths;

/** The whole registry entry of one code, as its author wrote it, with where it lives and what validates it. */
export const GET: APIRoute = ({ props }) => Response.json(props['file']);
