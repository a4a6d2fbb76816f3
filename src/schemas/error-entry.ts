import { z } from 'astro/zod';
import { RETRY_POLICY_IDS } from '../lib/retry-policies.ts';
import { nonEmptyList, REGISTERED_HTTP_STATUS_HINT, registeredHttpStatus } from './common-fields.ts';

/**
 * Where a code stands in its life. `active`: the API sends it. `deprecated`: still sent, on its way out.
 * `retired`: no longer sent; its page stays so that published links keep working.
 */
export const ERROR_STATUSES = ['active', 'deprecated', 'retired'] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/** Prose fields may mark identifiers as `code` with backticks; nothing else is interpreted. */
const prose = (hint: string, min: number) =>
  z
    .string({ error: hint })
    .trim()
    .min(min, { error: `${hint} (at least ${min} characters)` });

const distinct = (items: readonly string[]) => new Set(items).size === items.length;

/** A source a code file cites, by its id in the API's `_api.yaml`. */
const sourceId = z.string({ error: "the id of a source listed in the API's _api.yaml" }).min(1);

/** What `lifecycle.successor` holds; the registry check says it again when the code names itself. */
export const SUCCESSOR_HINT = 'the code of the same API that replaces this one';

/**
 * Where a sample comes from. `upstream`: copied from a source the API's `_api.yaml` lists (named in
 * `source`), so a reader can check it. `illustrative`: written for the page; the code page says so.
 */
export const SAMPLE_PROVENANCES = ['upstream', 'illustrative'] as const;

/**
 * What an `upstream` sample copies from its source. `exchange`: the request and the response, status
 * included. `response`: the status and the body; any request is illustrative. `body`: the response body only;
 * its frame (status line or header) and any request are illustrative.
 */
export const SAMPLE_COPIES = ['exchange', 'response', 'body'] as const;
export type SampleCopies = (typeof SAMPLE_COPIES)[number];

/** `documented`: the API's owner lists the code. `observed`: only clients of the API show it in use. */
export const UPSTREAM_KINDS = ['documented', 'observed'] as const;
export type UpstreamKind = (typeof UPSTREAM_KINDS)[number];

/** One exchange that produces the error: what the client sent and what came back. */
export const SampleSchema = z.strictObject({
  /** What the sample shows, e.g. `Looking up an ID that is not in the catalog`. Required. */
  title: prose('a short title saying what the sample shows', 8),
  /**
   * The request that triggers the error, as the client sends it: an HTTP request with its headers for an
   * HTTP API, the command JSON for a command API. Optional: leave it out where no single request explains it.
   */
  request: prose('the request as the client sends it', 8).optional(),
  /**
   * The response exactly as the API sends it, in the shape the API's envelope schema
   * (`envelope.schema` in `_api.yaml`) defines; its code must be this file's code. Required.
   */
  response: z.record(z.string(), z.unknown(), { error: "the response as a mapping, in the shape of the API's envelope" }),
  /**
   * Why this response's HTTP status differs from the code's default `httpStatus`. Required only then.
   */
  statusNote: prose("why the response's HTTP status differs from the code's default", 12).optional(),
  /** `upstream` (copied from the source named in `source`) or `illustrative` (written for the page). Required. */
  provenance: z.enum(SAMPLE_PROVENANCES, {
    error: `one of ${SAMPLE_PROVENANCES.join(', ')}: upstream when copied from a cited source, illustrative when written for the page`,
  }),
  /** For an `upstream` sample: the id of the source it is copied from, listed in the API's `_api.yaml`. */
  source: sourceId.optional(),
  /**
   * The id of the source that documents the request's URI and parameters, when the request is not copied from
   * `source`: an illustrative sample's, or the request beside an `upstream` sample that copies less than the exchange.
   */
  requestSource: sourceId.optional(),
  /** For an `upstream` sample: what it copies, `exchange` (the default), `response` or `body` (see SAMPLE_COPIES). */
  copies: z.enum(SAMPLE_COPIES, { error: `one of ${SAMPLE_COPIES.join(', ')}: what the sample copies from its source` }).optional(),
});

/** Where a code comes from: who lists it, and the owner's own words for it. */
export const UpstreamSchema = z.strictObject({
  /** `documented` or `observed` (see UPSTREAM_KINDS). Required. */
  kind: z.enum(UPSTREAM_KINDS, { error: `one of ${UPSTREAM_KINDS.join(', ')}: documented by the API's owner, or observed in clients` }),
  /**
   * The owner's description of the code, exactly as the first source writes it, shown apart from ours.
   * Required for a documented code; absent for an observed one, which has no owner's description.
   */
  description: z.string({ error: "the owner's description, exactly as the source writes it" }).trim().min(1).optional(),
  /** Ids of sources in `_api.yaml` that document or show the code; the first is where `description` is quoted from. Required. */
  sources: z
    .array(sourceId, {
      error: "a list of ids of sources listed in the API's _api.yaml",
    })
    .min(1, { error: "at least 1 source id from the API's _api.yaml" })
    .refine(distinct, { error: 'source ids listed once each' }),
});

/** Why a code is deprecated or retired, and what replaces it. Required exactly when `status` is not `active`. */
export const LifecycleSchema = z.strictObject({
  /** Why the code is on its way out or gone, shown prominently on its page. Required. */
  reason: prose('a sentence on why the code is deprecated or retired', 12),
  /** The code of the same API that replaces this one; its page is linked. Optional. */
  successor: z.string({ error: SUCCESSOR_HINT }).min(1).optional(),
  /**
   * True when this code was renamed to `successor`: its page then sends readers straight to the new code.
   * Only for a retired code with a successor. Optional.
   */
  renamed: z.boolean({ error: 'true or false: whether the code was renamed to its successor' }).optional(),
});

/** The contents of `registry/<api>/<CODE>.yaml`: one error code. */
export const ErrorEntrySchema = z.strictObject({
  /** The code exactly as the API sends it; the file is named after it (`CODE.yaml`). Required. */
  code: z.string({ error: 'the code exactly as the API sends it, such as CATALOG_NO_RESULT' }).min(1),
  /** The id of one of the categories in the API's `_api.yaml`. Required. */
  category: z.string({ error: "the id of a category listed in the API's _api.yaml" }).min(1),
  /**
   * The HTTP status the API sends with this code by default (an integer, which may be 200 when the error
   * rides on a successful response), or `null` when the API's transport has no HTTP status. Required.
   */
  httpStatus: registeredHttpStatus(`${REGISTERED_HTTP_STATUS_HINT}, or null where the API has no HTTP status`).nullable(),
  /**
   * One sentence, on one line, in plain words: what went wrong, ending with a full stop. Shown in tables,
   * search results and the export. Required.
   */
  summary: z
    .string({ error: 'one sentence on one line, ending with a full stop' })
    .trim()
    .min(12, { error: 'one sentence of at least 12 characters, ending with a full stop' })
    .max(200, { error: 'one sentence of at most 200 characters, ending with a full stop' })
    .regex(/^[^\n]*[.!?]$/),
  /** `active`, `deprecated` or `retired` (see ERROR_STATUSES). Required. */
  status: z.enum(ERROR_STATUSES, { error: `one of ${ERROR_STATUSES.join(', ')}` }),
  /** For a deprecated or retired code: why, and what replaces it (see LifecycleSchema). */
  lifecycle: LifecycleSchema.optional(),
  /**
   * What the error means in context: which calls produce it and what state the service, account or device
   * is in. Write it as a folded block (`description: >-`); a blank line starts a new paragraph. Required.
   */
  description: prose('a paragraph on which calls produce the error and what state it reveals', 80),
  /** At least two distinct, concrete reasons a client gets this error. Required. */
  causes: z
    .array(prose('a concrete cause, as a sentence', 15), { error: 'a list of at least 2 concrete causes' })
    .min(2, { error: 'at least 2 distinct, concrete causes' })
    .refine(distinct, { error: 'causes that differ from one another' }),
  /**
   * At least three ordered, actionable steps: what to inspect (header, parameter, token, ID), what to
   * change, and how to confirm the fix. Required.
   */
  troubleshooting: z
    .array(prose('an actionable step, as a sentence', 20), { error: 'a list of at least 3 ordered steps' })
    .min(3, { error: 'at least 3 ordered, actionable steps' })
    .refine(distinct, { error: 'steps that differ from one another' }),
  /** Who documents or shows the code, and the owner's description (see UpstreamSchema). Required. */
  upstream: UpstreamSchema,
  /** Whether and how a client should retry (see RETRY_POLICIES). Required. */
  retry: z.enum(RETRY_POLICY_IDS, { error: `one of ${RETRY_POLICY_IDS.join(', ')}` }),
  /** At least one sample exchange that produces this error. Required. */
  samples: nonEmptyList(SampleSchema, { one: 'sample', many: 'samples', fields: 'title, response and optionally request' }),
  /** Codes of the same API a reader should compare this one with; each must exist. At least one. Required. */
  related: z
    .array(z.string({ error: 'a code of the same API' }).min(1), {
      error: 'a list of codes of the same API',
    })
    .min(1, { error: 'at least 1 related code of the same API' })
    .refine(distinct, { error: 'related codes listed once each' }),
  /**
   * Words people search with for this problem that the page does not already use: synonyms, symptoms,
   * product names (e.g. `throttled` for a rate limit). Indexed for search, not shown. Optional.
   */
  keywords: z
    .array(z.string({ error: 'a search term, as text' }).trim().min(2, { error: 'a search term of at least 2 characters' }), {
      error: 'a list of search terms',
    })
    .optional(),
});

export type ErrorEntry = z.infer<typeof ErrorEntrySchema>;
export type Sample = z.infer<typeof SampleSchema>;
export type Upstream = z.infer<typeof UpstreamSchema>;
