import type { APIRoute } from 'astro';
import { buildCodeIndex } from '../../data/export.ts';
import { getSiteModel } from '../../data/query.ts';

export const GET: APIRoute = async () => {
  const { apis, errors } = await getSiteModel();
  return Response.json(
    buildCodeIndex(
      apis,
      errors.map((error) => ({ api: error.api.id, code: error.code })),
    ),
  );
};
