import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteModel } from '../data/query.ts';
import { buildRedirects } from '../data/redirects.ts';
import { REDIRECTS_FILE } from '../lib/urls.ts';

// A file name starting with `_` is no route in Astro, so the name comes in as the one static path.
export const getStaticPaths = (() => [{ params: { redirects: REDIRECTS_FILE.slice(1) } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(buildRedirects(await getSiteModel()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
