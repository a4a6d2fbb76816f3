import type { APIRoute } from 'astro';
import { buildCodeIndex } from '../../data/export.ts';
import { getSiteModel } from '../../data/query.ts';

export const GET: APIRoute = async () => {
  return Response.json(buildCodeIndex(await getSiteModel()));
};
