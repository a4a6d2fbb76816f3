import { canonicalSpelling, type CodeIndex } from '../lib/resolve-code.ts';
import { repositoryUrl } from '../lib/site.ts';
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
 * The smallest list that lets the lookup and 404 pages resolve codes in the browser: each API's id, name,
 * code pattern and where its envelope carries the code; the codes; and the texts each code is sent with,
 * so that a quoted message finds its code. Summaries stay out to keep it small.
 */
export function buildCodeIndex(model: Pick<SiteModel, 'apis' | 'errors'>, repository = repositoryUrl(process.env)): CodeIndex {
  const canonical = new Map(model.errors.map((error) => [`${error.api.id} ${canonicalSpelling(error.code)}`, error.code]));
  return {
    apis: model.apis.map((api) => ({
      id: api.id,
      name: api.name,
      code: api.envelope.code,
      ...(api.envelope.items ? { itemCode: api.envelope.items.code } : {}),
      codePattern: api.codePattern,
    })),
    codes: Object.fromEntries(
      model.apis.map((api) => [api.id, model.errors.filter((error) => error.api.id === api.id).map((error) => error.code)]),
    ),
    messages: Object.fromEntries(
      model.apis.map((api) => [
        api.id,
        model.errors
          .filter((error) => error.api.id === api.id)
          .flatMap((error): Array<[string, string]> => [
            ...(error.upstream.description ? [[error.code, error.upstream.description] as [string, string]] : []),
            // A sample's text explains the code beside it, which for a batch item may be another code of the API,
            // spelled as the source spells it (COLLECTION-INVALID-ID).
            ...error.samples.flatMap((sample) =>
              sample.messages.flatMap((message): Array<[string, string]> => {
                const code = canonical.get(`${api.id} ${canonicalSpelling(message.code)}`);
                return code ? [[code, message.text]] : [];
              }),
            ),
          ]),
      ]),
    ),
    ...(repository ? { repository } : {}),
  };
}
