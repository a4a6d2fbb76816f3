import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExport } from '../../data/export.ts';
import { getApis, getSiteModel } from '../../data/query.ts';

export const getStaticPaths = (async () => (await getApis()).map((api) => ({ params: { api: api.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(buildExport(await getSiteModel(), params.api));
