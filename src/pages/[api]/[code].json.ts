import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from '../../data/query.ts';

export const getStaticPaths = (async () =>
  (await getEntries()).map((twin) => ({ params: { api: twin.api, code: twin.entry.code }, props: { twin } }))) satisfies GetStaticPaths;

/** The whole registry entry of one code, as its author wrote it, with where it lives and what validates it. */
export const GET: APIRoute = ({ props }) => Response.json(props['twin']);
