import type { ApiDefinition, Category, Source } from '../schemas/api.ts';
import type { ErrorEntry, ErrorStatus, Sample, SampleCopies, UpstreamKind } from '../schemas/error-entry.ts';
import { envelopeOf, type RenderedResponse, type ResponseMessage } from '../schemas/envelopes.ts';
import { describeHttpStatus } from '../lib/http-status.ts';
import { RETRY_POLICIES, type RetryPolicy } from '../lib/retry-policies.ts';
import { responseMessages, searchTerms } from '../lib/search-terms.ts';
import { apiUrl, categoryUrl, errorUrl } from '../lib/urls.ts';

/** What the collections hold, independent of Astro so the model can be built and tested anywhere. */
export interface ApiRecord {
  id: string;
  data: ApiDefinition;
}
export type ErrorRecord = ErrorEntry & { api: string; sourcePath: string };

export interface CategoryView extends Category {
  url: string;
  errorCount: number;
}

export interface ApiView extends Omit<ApiDefinition, 'categories'> {
  id: string;
  url: string;
  /** Whether an MDX guide on handling this API's errors exists. */
  hasGuide: boolean;
  categories: CategoryView[];
  errorCount: number;
}

/** A source as a code page cites it. */
export type SourceView = Source;

export interface SampleView extends RenderedResponse {
  title: string;
  request?: { language: 'http' | 'json'; text: string };
  statusNote?: string;
  /** Where the sample comes from: copied from a source (and what of it), or written for the page. */
  provenance: { kind: 'upstream'; source: SourceView; copies: SampleCopies } | { kind: 'illustrative' };
  /** The source documenting the request's URI and parameters, where the request is not copied. */
  requestSource?: SourceView;
  /** The texts the response carries (`Description`, `reason`), each with the code it explains, for lookup by message. */
  messages: ResponseMessage[];
}

/** Enough of another code to link to it with context. */
export interface ErrorRef {
  code: string;
  url: string;
  summary: string;
}

export interface ErrorView {
  api: { id: string; name: string; url: string };
  code: string;
  category: { id: string; name: string; url: string };
  httpStatus: number | null;
  /** `404 Not Found`, or null where the API has no HTTP status. */
  httpStatusText: string | null;
  summary: string;
  status: ErrorStatus;
  url: string;
  /** The file's path inside the registry, e.g. `groove/CATALOG_NO_RESULT.yaml`. */
  sourcePath: string;
  /** Paragraphs of the description. */
  description: string[];
  causes: string[];
  troubleshooting: string[];
  retry: { id: RetryPolicy; label: string; advice: string };
  /** Who lists the code, the owner's own description of it, and the sources that document or show the code. */
  upstream: { kind: UpstreamKind; description?: string; sources: SourceView[] };
  /** Every source the page cites: the code's own, then those of its samples and their requests. */
  citedSources: SourceView[];
  samples: SampleView[];
  related: ErrorRef[];
  /** Words indexed for search but not shown: parts of the code and the registry's keywords. */
  searchTerms: string[];
  /** Why a deprecated or retired code is on its way out, and its successor; absent for active codes. */
  lifecycle?: { reason: string; successor?: ErrorRef; renamed: boolean };
}

export interface SiteModel {
  /** APIs by display name. */
  apis: ApiView[];
  /** Codes by API id, then code. */
  errors: ErrorView[];
}

/** Joins each code to its API and category. The registry check guarantees both exist. */
export function buildSiteModel(
  apiRecords: readonly ApiRecord[],
  errorRecords: readonly ErrorRecord[],
  guides: ReadonlySet<string> = new Set(),
): SiteModel {
  const apis = apiRecords
    .map((record) => apiView(record, errorRecords, guides.has(record.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const byId = new Map(apis.map((api) => [api.id, api]));
  const errors = errorRecords
    .map((record) => errorView(record, byId))
    .sort((a, b) => a.api.id.localeCompare(b.api.id, 'en') || a.code.localeCompare(b.code, 'en'));
  linkCodes(errors, errorRecords);
  return { apis, errors };
}

/** An API with its URL and, for it and each of its categories, how many codes it holds. */
function apiView(record: ApiRecord, errorRecords: readonly ErrorRecord[], hasGuide: boolean): ApiView {
  const own = errorRecords.filter((error) => error.api === record.id);
  return {
    ...record.data,
    id: record.id,
    url: apiUrl(record.id),
    hasGuide,
    errorCount: own.length,
    categories: record.data.categories.map((category) => ({
      ...category,
      url: categoryUrl(record.id, category.id),
      errorCount: own.filter((error) => error.category === category.id).length,
    })),
  };
}

/** One code joined to its API, category, retry policy and sources; its links to other codes come later (linkCodes). */
function errorView(record: ErrorRecord, apis: ReadonlyMap<string, ApiView>): ErrorView {
  const api = apis.get(record.api);
  const category = api?.categories.find((candidate) => candidate.id === record.category);
  if (!api || !category) {
    throw new Error(`${record.sourcePath}: API or category missing; run \`npm run check\`.`);
  }
  return {
    api: { id: api.id, name: api.name, url: api.url },
    code: record.code,
    category: { id: category.id, name: category.name, url: category.url },
    httpStatus: record.httpStatus,
    httpStatusText: record.httpStatus === null ? null : describeHttpStatus(record.httpStatus),
    summary: record.summary,
    status: record.status,
    url: errorUrl(api.id, record.code),
    sourcePath: record.sourcePath,
    description: paragraphs(record.description),
    causes: record.causes,
    troubleshooting: record.troubleshooting,
    retry: { id: record.retry, ...RETRY_POLICIES[record.retry] },
    upstream: {
      kind: record.upstream.kind,
      ...(record.upstream.description ? { description: record.upstream.description } : {}),
      sources: citedSources(api, record.upstream.sources),
    },
    citedSources: citedSources(api, [
      ...record.upstream.sources,
      ...record.samples.flatMap((sample) => [sample.source, sample.requestSource].filter((id): id is string => id !== undefined)),
    ]),
    samples: record.samples.map((sample) => sampleView(sample, api)),
    related: [],
    searchTerms: errorSearchTerms(record),
  };
}

/** Folded YAML (`>-`) turns a blank line into one line break: each line of the value is a paragraph. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** A sample as a code page shows it: the response rendered as its API's envelope sends it, with its sources. */
function sampleView(sample: Sample, api: ApiView): SampleView {
  const envelope = envelopeOf(api.envelope);
  const [source] = sample.source ? citedSources(api, [sample.source]) : [];
  const [requestSource] = sample.requestSource ? citedSources(api, [sample.requestSource]) : [];
  return {
    title: sample.title,
    ...(sample.request ? { request: { language: envelope.requestLanguage(sample.response), text: sample.request.trimEnd() } } : {}),
    ...(sample.statusNote ? { statusNote: sample.statusNote } : {}),
    ...(requestSource ? { requestSource } : {}),
    provenance:
      sample.provenance === 'upstream' && source
        ? { kind: 'upstream', source, copies: sample.copies ?? 'exchange' }
        : { kind: 'illustrative' },
    ...envelope.render(sample.response),
    messages: envelope.messages(sample.response),
  };
}

/** The owner's own description is what a log or an upstream page shows, so it is searched as strongly as the summary. */
function errorSearchTerms(record: ErrorRecord): string[] {
  return searchTerms(record.code, record.keywords, [
    record.summary,
    ...(record.upstream.description ? [record.upstream.description] : []),
    ...responseMessages(record.samples.map((sample) => sample.response)),
  ]);
}

/**
 * Related codes and successors, resolved once every view exists; the registry check guarantees each one
 * does. Fills in each view's `related` and `lifecycle`.
 */
function linkCodes(errors: readonly ErrorView[], errorRecords: readonly ErrorRecord[]): void {
  const byUrl = new Map(errors.map((error) => [error.url, error]));
  for (const record of errorRecords) {
    const view = byUrl.get(errorUrl(record.api, record.code));
    if (!view) continue;
    const ref = (code: string): ErrorRef[] => {
      const target = byUrl.get(errorUrl(record.api, code));
      return target ? [{ code: target.code, url: target.url, summary: target.summary }] : [];
    };
    view.related = record.related.flatMap(ref);
    if (record.lifecycle) {
      const [successor] = record.lifecycle.successor ? ref(record.lifecycle.successor) : [];
      view.lifecycle = { reason: record.lifecycle.reason, renamed: record.lifecycle.renamed ?? false, ...(successor ? { successor } : {}) };
    }
  }
}

/** The API's sources with these ids, each once, in the order first cited; the registry check guarantees each exists. */
function citedSources(api: ApiView, ids: readonly string[]): SourceView[] {
  return [...new Set(ids)].flatMap((id) => api.sources.filter((source) => source.id === id));
}
