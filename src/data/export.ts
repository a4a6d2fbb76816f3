import type { CodeIndex } from '../lib/resolve-code.ts';
import { envelopeOf, type EnvelopeId } from '../schemas/envelopes.ts';
import type { SiteModel } from './model.ts';

/** The shape of `/errors.json` and `/<api>/errors.json`, as the public contract fixes it. */
export interface ErrorExport {
  apis: Array<{ id: string; name: string; url: string }>;
  errors: Array<{
    api: string;
    code: string;
    category: string;
    httpStatus: number | null;
    summary: string;
    url: string;
    status: string;
    /** Added to the contract's fields: the retry policy id, such as `retry-with-backoff`. */
    retry: string;
    /** Added: `documented` when the API's owner lists the code, `observed` when only clients show it. */
    origin: string;
    /** Added: the addresses of the sources that document or show the code, the owner's first. */
    sources: string[];
  }>;
}

/** The whole registry, or one API's part of it when `apiId` is given. */
export function buildExport(model: SiteModel, apiId?: string): ErrorExport {
  const keep = (id: string) => apiId === undefined || id === apiId;
  return {
    apis: model.apis.filter((api) => keep(api.id)).map((api) => ({ id: api.id, name: api.name, url: api.url })),
    errors: model.errors
      .filter((error) => keep(error.api.id))
      .map((error) => ({
        api: error.api.id,
        code: error.code,
        category: error.category.name,
        httpStatus: error.httpStatus,
        summary: error.summary,
        url: error.url,
        status: error.status,
        retry: error.retry.id,
        origin: error.upstream.kind,
        sources: error.upstream.sources.map((source) => source.url),
      })),
  };
}

/**
 * The smallest list that lets the lookup and 404 pages resolve codes in the browser: API ids and names, the
 * key each API's payloads carry the code under, and the codes. Summaries stay out to keep it small.
 */
export function buildCodeIndex(
  apis: readonly { id: string; name: string; envelope: { schema: EnvelopeId } }[],
  codes: readonly { api: string; code: string }[],
): CodeIndex {
  return {
    apis: apis.map((api) => ({ id: api.id, name: api.name, codeKey: String(envelopeOf(api.envelope.schema).codePath.at(-1)) })),
    codes: Object.fromEntries(apis.map((api) => [api.id, codes.filter((entry) => entry.api === api.id).map((entry) => entry.code)])),
  };
}
