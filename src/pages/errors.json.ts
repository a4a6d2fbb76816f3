import type { APIRoute } from 'astro';
import { buildExport } from '../data/export.ts';
import { getSiteModel } from '../data/query.ts';

export const GET: APIRoute = async () => Response.json(buildExport(await getSiteModel()));
