import type { ApiDefinition, Category, LogItem, Source } from '../schemas/api.ts';
import type { BackedStatement, ErrorEntry, ErrorStatus, Sample, SampleCopies, UpstreamKind } from '../schemas/error-entry.ts';
import { envelopeOf, type RenderedResponse, type ResponseMessage } from '../schemas/envelopes.ts';
import { describeHttpStatus } from '../lib/http-status.ts';
import { DEFAULT_BACKOFF, describeBackoff, RETRY_POLICIES, type RetryPolicy, type SupportActor } from '../lib/retry-policies.ts';
import { responseMessages, searchTerms } from '../lib/search-terms.ts';
import { apiExportUrl, apiUrl, categoryUrl, errorJsonUrl, errorUrl, guideUrl } from '../lib/urls.ts';

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
  /** The API's MDX guide on handling its errors, where one exists. */
  guideUrl?: string;
  /** This API's part of the export, `/<api>/errors.json`. */
  exportUrl: string;
  categories: CategoryView[];
  errorCount: number;
}

/** A source as a code page cites it. */
export type SourceView = Source;

/** A source as a cause, a step or a fix cites it: with its number in the page's list of sources. */
export interface CitationView {
  number: number;
  source: SourceView;
}

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

/** A related code and how a client tells it from the code whose page lists it. */
export interface RelatedView extends ErrorRef {
  difference: string;
}

/** What backs a cause or a step: the sources that show it, or the site's own reading. */
export type Basis = { kind: 'sources'; sources: CitationView[] } | { kind: 'inferred' };

/** A cause or a troubleshooting step, with what backs it. */
export interface StatementView {
  text: string;
  basis: Basis;
}

/** Who has to act for the error to go away, as a support agent tells a customer. */
export const SUPPORT_ACTOR_LABELS: Record<SupportActor, string> = {
  'end-user': 'The end user',
  'app-developer': "The app's developer",
  'api-owner': "The API's owner (escalate)",
};

/** The retry policy of a code as its page shows it: for backoff, the schedule with its numbers and where they come from. */
export interface RetryView {
  id: RetryPolicy;
  label: string;
  /** The advice in full, numbers included. */
  advice: string;
  /** For `retry-with-backoff`: the source publishing the schedule, or null where the schedule is the site's default. */
  scheduleSource?: SourceView | null;
}

export interface ErrorView {
  api: {
    id: string;
    name: string;
    url: string;
    /** The API's error guide, where one exists. */
    guideUrl?: string;
    /** The upstream page that lists the API's codes. */
    reference: { title: string; url: string };
  };
  code: string;
  category: { id: string; name: string; url: string };
  httpStatus: number | null;
  /** `404 Not Found`, or null where the API has no HTTP status. */
  httpStatusText: string | null;
  /**
   * Where the code has no HTTP status of its own (a command API): the statuses its samples show it sent with over
   * HTTP, such as `400 Bad Request`, so the facts box never says "None" alone for a code a client saw with a 400.
   */
  statusesOverHttp: string[];
  summary: string;
  status: ErrorStatus;
  url: string;
  /** The entry as JSON, e.g. `/groove/CATALOG_NO_RESULT.json`. */
  jsonUrl: string;
  /** The file's path inside the registry, e.g. `groove/CATALOG_NO_RESULT.yaml`. */
  sourcePath: string;
  /** Where the file opens in the repository's web editor, where the build knows the repository. */
  editUrl?: string;
  /** Paragraphs of the description. */
  description: string[];
  causes: StatementView[];
  troubleshooting: StatementView[];
  /** The failing request and the corrected one, where the fix is in the request. */
  fix?: { failing: string; corrected: string; change: string; language: 'http' | 'json'; source: CitationView };
  /** Words for the customer, who has to act, and what to ask the customer for. */
  support: { customer: string; actor: { id: SupportActor; label: string }; ask: string[] };
  /** What an end user and a developer notice, in their own words. */
  seen: { user: string; developer: string };
  /** What to log with every error of this API so that a ticket can be acted on. */
  log: LogItem[];
  retry: RetryView;
  /** Who lists the code, the owner's own description of it, and the sources that document or show the code. */
  upstream: { kind: UpstreamKind; description?: string; sources: SourceView[] };
  /** Every source the page cites: the code's own, then those of its samples and their requests. */
  citedSources: SourceView[];
  samples: SampleView[];
  related: RelatedView[];
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

/** What the model needs from outside the registry: which APIs have a guide, and where a file is edited. */
export interface SiteLinks {
  guides?: ReadonlySet<string>;
  /** The web editor's address for a registry path (see src/registry/edit-links.ts), or undefined for none. */
  editUrl?: (registryPath: string) => string | undefined;
}

/** Joins each code to its API and category. The registry check guarantees both exist. */
export function buildSiteModel(apiRecords: readonly ApiRecord[], errorRecords: readonly ErrorRecord[], links: SiteLinks = {}): SiteModel {
  const guides = links.guides ?? new Set();
  const apis = apiRecords
    .map((record) => apiView(record, errorRecords, guides.has(record.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const byId = new Map(apis.map((api) => [api.id, api]));
  const errors = errorRecords
    .map((record) => errorView(record, byId, links.editUrl))
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
    ...(hasGuide ? { guideUrl: guideUrl(record.id) } : {}),
    exportUrl: apiExportUrl(record.id),
    errorCount: own.length,
    categories: record.data.categories.map((category) => ({
      ...category,
      url: categoryUrl(record.id, category.id),
      errorCount: own.filter((error) => error.category === category.id).length,
    })),
  };
}

/** One code joined to its API, category, retry policy and sources; its links to other codes come later (linkCodes). */
function errorView(record: ErrorRecord, apis: ReadonlyMap<string, ApiView>, editUrl: SiteLinks['editUrl']): ErrorView {
  const api = apis.get(record.api);
  const category = api?.categories.find((candidate) => candidate.id === record.category);
  if (!api || !category) {
    throw new Error(`${record.sourcePath}: API or category missing; run \`npm run check\`.`);
  }
  const samples = record.samples.map((sample) => sampleView(sample, api));
  const sources = citedSources(api, [
    ...record.upstream.sources,
    ...record.causes.flatMap((cause) => cause.sources ?? []),
    ...record.troubleshooting.flatMap((step) => step.sources ?? []),
    ...(record.fix ? [record.fix.source] : []),
    ...record.samples.flatMap((sample) => [sample.source, sample.requestSource].filter((id): id is string => id !== undefined)),
  ]);
  const cite = (ids: readonly string[]): CitationView[] =>
    sources.flatMap((source, index) => (ids.includes(source.id) ? [{ number: index + 1, source }] : []));
  const edit = editUrl?.(record.sourcePath);
  return {
    api: {
      id: api.id,
      name: api.name,
      url: api.url,
      ...(api.guideUrl ? { guideUrl: api.guideUrl } : {}),
      reference: { title: api.upstream.title, url: api.upstream.url },
    },
    code: record.code,
    category: { id: category.id, name: category.name, url: category.url },
    httpStatus: record.httpStatus,
    httpStatusText: record.httpStatus === null ? null : describeHttpStatus(record.httpStatus),
    summary: record.summary,
    status: record.status,
    url: errorUrl(api.id, record.code),
    jsonUrl: errorJsonUrl(api.id, record.code),
    sourcePath: record.sourcePath,
    ...(edit ? { editUrl: edit } : {}),
    description: paragraphs(record.description),
    causes: record.causes.map((cause) => statementView(cause, cite)),
    troubleshooting: record.troubleshooting.map((step) => statementView(step, cite)),
    ...(record.fix
      ? {
          fix: {
            failing: record.fix.failing.trimEnd(),
            corrected: record.fix.corrected.trimEnd(),
            change: record.fix.change,
            language: /^\s*[[{]/.test(record.fix.failing) ? 'json' : 'http',
            source: cite([record.fix.source])[0]!,
          },
        }
      : {}),
    support: {
      customer: record.support.customer,
      actor: { id: record.support.actor, label: SUPPORT_ACTOR_LABELS[record.support.actor] },
      ask: record.support.ask,
    },
    seen: { user: record.seen.user, developer: record.seen.developer },
    log: api.log,
    retry: retryView(record.retry, api),
    upstream: {
      kind: record.upstream.kind,
      ...(record.upstream.description ? { description: record.upstream.description } : {}),
      sources: citedSources(api, record.upstream.sources),
    },
    citedSources: sources,
    samples,
    statusesOverHttp: record.httpStatus === null ? statusesSent(record.samples, api) : [],
    related: [],
    searchTerms: errorSearchTerms(record),
  };
}

/** A cause or a step with its sources resolved to the page's numbered list; the registry check guarantees each exists. */
function statementView(statement: BackedStatement, cite: (ids: readonly string[]) => CitationView[]): StatementView {
  return {
    text: statement.text,
    basis: statement.sources ? { kind: 'sources', sources: cite(statement.sources) } : { kind: 'inferred' },
  };
}

/** The policy's advice; for backoff, with the API's published schedule or else the site's default, numbers included. */
function retryView(id: RetryPolicy, api: ApiView): RetryView {
  const policy = RETRY_POLICIES[id];
  if (id !== 'retry-with-backoff') return { id, label: policy.label, advice: policy.advice };
  const published = api.backoff;
  const [source] = published ? citedSources(api, [published.source]) : [];
  return {
    id,
    label: policy.label,
    advice: `${policy.advice} ${describeBackoff(published ?? DEFAULT_BACKOFF)}`,
    scheduleSource: source ?? null,
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

/** The HTTP statuses the samples were sent with, as the envelope reads them (`400 Bad Request`), each once. */
function statusesSent(samples: readonly Sample[], api: ApiView): string[] {
  const envelope = envelopeOf(api.envelope);
  return [
    ...new Set(
      samples.flatMap((sample) => {
        const status = envelope.status(sample.response);
        return status === null ? [] : [describeHttpStatus(status)];
      }),
    ),
  ];
}

/** The owner's own description is what a log or an upstream page shows, so it is searched as strongly as the summary. */
function errorSearchTerms(record: ErrorRecord): string[] {
  return searchTerms(record.code, record.keywords, [
    record.summary,
    record.seen.user,
    record.seen.developer,
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
    view.related = record.related.flatMap(({ code, difference }) => ref(code).map((target) => ({ ...target, difference })));
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
