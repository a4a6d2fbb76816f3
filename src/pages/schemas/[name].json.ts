import type { APIRoute, GetStaticPaths } from 'astro';
import { getApiDefinitions } from '../../data/query.ts';
import { registrySchemaFiles } from '../../registry/json-schema.ts';

/** The registry's JSON Schemas at stable URLs: /schemas/api.schema.json, /schemas/error-entry.schema.json, /schemas/<api>.schema.json. */
export const getStaticPaths = (async () => {
  const files = registrySchemaFiles(await getApiDefinitions());
  return Object.entries(files).map(([file, text]) => ({ params: { name: file.replace(/\.json$/, '') }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['text'] as string, { headers: { 'Content-Type': 'application/schema+json' } });
