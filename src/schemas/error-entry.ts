import { z } from 'astro/zod';
import { RETRY_POLICY_IDS, SUPPORT_ACTORS } from '../lib/retry-policies.ts';
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

/**
 * Words that mark a sentence as the site's own reading rather than something a source shows. An inferred
 * cause must use one, so that a reader can tell a guess from a fact without looking at its badge.
 */
export const HEDGE_WORDS = [
  'likely',
  'probably',
  'possibly',
  'perhaps',
  'presumably',
  'may',
  'might',
  'could',
  'one way this happens',
] as const;
const HEDGE = new RegExp(`\\b(${HEDGE_WORDS.join('|')})\\b`, 'i');

const BASIS_HINT = "either sources (ids of sources in the API's _api.yaml that show it) or inferred: true (the site's own reading)";

/**
 * A cause or a troubleshooting step and what backs it: the sources that show it (documented by the API's owner
 * or observed in a client), or `inferred: true` where it is the site's own reading. Exactly one of the two.
 */
const backedStatement = (hint: string, min: number, hedged: boolean) =>
  z
    .strictObject(
      {
        /** The sentence itself. Required. */
        text: prose(hint, min),
        /** Ids of sources in `_api.yaml` that show this statement. Required unless `inferred`. */
        sources: z
          .array(sourceId, { error: "a list of ids of sources listed in the API's _api.yaml" })
          .min(1, { error: `at least 1 source id, or ${BASIS_HINT}` })
          .refine(distinct, { error: 'source ids listed once each' })
          .optional(),
        /** `true` where no source shows the statement and it is the site's own reading. */
        inferred: z
          .literal(true, { error: "true, where no source shows it and it is the site's own reading; otherwise leave it out" })
          .optional(),
      },
      { error: `a mapping with text and ${BASIS_HINT}` },
    )
    .superRefine((item, context) => {
      if ((item.sources === undefined) === (item.inferred === undefined)) {
        context.addIssue({ code: 'custom', path: item.sources ? ['inferred'] : ['sources'], message: BASIS_HINT });
      } else if (hedged && item.inferred && !HEDGE.test(item.text)) {
        context.addIssue({
          code: 'custom',
          path: ['text'],
          message: `an inferred cause worded as one, with one of: ${HEDGE_WORDS.join(', ')} (or cite the sources that show it)`,
        });
      }
    });

/** Another code a reader could take this one for, and how a client tells the two apart. */
export const RelatedSchema = z.strictObject(
  {
    /** A code of the same API; it must have a file. Required. */
    code: z.string({ error: 'a code of the same API' }).min(1),
    /**
     * How a client tells this code from the related one by something it can observe: the HTTP status, a field of
     * the body, a profile value, a header, the namespace a reply comes back in. Not the other code's summary. Required.
     */
    difference: prose(
      'a sentence on how a client tells the two codes apart by something it can observe (status, a body field, a header, a profile value, a reply namespace)',
      30,
    ),
  },
  { error: 'a mapping with code and difference' },
);

/** Marks of text meant for a developer, which words for a customer must not contain. */
const DEVELOPER_TEXT: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /https?:\/\/|www\./i, what: 'an address' },
  { pattern: /`/, what: 'a backtick' },
  { pattern: /\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\b/, what: 'an identifier with underscores' },
  { pattern: /\b[a-z]+[A-Z][A-Za-z0-9]*\b/, what: 'a camelCase field name' },
  { pattern: /\b[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*\b/, what: 'a PascalCase field name' },
  { pattern: /[{}[\]<>]/, what: 'code punctuation' },
];

const CUSTOMER_HINT =
  '2 to 4 plain sentences for the end user: what happened and what they can do now, with no code, field name, address or blame';

/** What a support agent needs to answer a ticket about this code. */
export const SupportSchema = z.strictObject(
  {
    /**
     * Two to four plain sentences an agent can paste to an end user: what happened and what they can do now.
     * No code names, field names, addresses or blame. Required.
     */
    customer: prose(CUSTOMER_HINT, 60).superRefine((text, context) => {
      const found = DEVELOPER_TEXT.find(({ pattern }) => pattern.test(text));
      if (found)
        context.addIssue({ code: 'custom', message: `${CUSTOMER_HINT}; found ${found.what}: "${text.match(found.pattern)?.[0]}"` });
      const sentences = text.split(/[.!?](?:\s+|$)/).filter((sentence) => sentence.trim()).length;
      if (sentences < 2 || sentences > 4) context.addIssue({ code: 'custom', message: `${CUSTOMER_HINT}; found ${sentences} sentences` });
    }),
    /** Who has to act: `end-user`, `app-developer` or `api-owner` (escalate); consistent with `retry`. Required. */
    actor: z.enum(SUPPORT_ACTORS, { error: `one of ${SUPPORT_ACTORS.join(', ')}: who has to act for the error to go away` }),
    /** What to ask the customer for so the ticket can be acted on, specific to this code. At least two. Required. */
    ask: z
      .array(prose('one thing to ask the customer for, such as the time it happened or the playlist', 8), {
        error: 'a list of things to ask the customer for',
      })
      .min(2, { error: 'at least 2 things to ask the customer for' })
      .refine(distinct, { error: 'things to ask that differ from one another' }),
  },
  { error: 'a mapping with customer, actor and ask' },
);

/** What people notice when this error happens, in their own words: written for search, shown on the page. */
export const SeenSchema = z.strictObject(
  {
    /** What a person using the app notices, in their words ("the song stops", "my playlists are gone"). Required. */
    user: prose('what an end user notices, in their own words', 20),
    /** What a developer sees: a log line, a client library's exception, a console message. Required. */
    developer: prose("what a developer sees in a log or a client library's exception", 20),
  },
  { error: 'a mapping with user and developer' },
);

/** The fix as an example: the failing request and the corrected one, both as the API's reference spells them. */
export const FixSchema = z.strictObject(
  {
    /** The request that fails with this code. Required. */
    failing: prose('the request that fails, as the client sends it', 8),
    /** The same request, corrected. Required. */
    corrected: prose('the corrected request, as the client sends it', 8),
    /** One sentence on what changed between the two. Required. */
    change: prose('a sentence on what changed between the two requests', 12),
    /** The id of the source in `_api.yaml` that documents the URI and parameters both requests use. Required. */
    source: sourceId,
  },
  { error: 'a mapping with failing, corrected, change and source' },
);

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
  /**
   * At least two distinct, concrete reasons a client gets this error, each with the sources that show it or
   * marked `inferred: true` and worded as the site's own reading ("likely", "one way this happens"). Required.
   */
  causes: z
    .array(backedStatement('a concrete cause, as a sentence', 15, true), { error: 'a list of at least 2 concrete causes' })
    .min(2, { error: 'at least 2 distinct, concrete causes' })
    .refine((items) => distinct(items.map((item) => item.text)), { error: 'causes that differ from one another' }),
  /**
   * At least three ordered, actionable steps: what to inspect (header, parameter, token, ID), what to
   * change, and how to confirm the fix; each with its sources or marked `inferred: true`. Required.
   */
  troubleshooting: z
    .array(backedStatement('an actionable step, as a sentence', 20, false), { error: 'a list of at least 3 ordered steps' })
    .min(3, { error: 'at least 3 ordered, actionable steps' })
    .refine((items) => distinct(items.map((item) => item.text)), { error: 'steps that differ from one another' }),
  /** Where the fix is in the request: the failing request and the corrected one (see FixSchema). Optional. */
  fix: FixSchema.optional(),
  /** What a support agent says, who acts, and what to ask the customer for (see SupportSchema). Required. */
  support: SupportSchema,
  /** What an end user and a developer notice, in their words (see SeenSchema). Required. */
  seen: SeenSchema,
  /** Who documents or shows the code, and the owner's description (see UpstreamSchema). Required. */
  upstream: UpstreamSchema,
  /** Whether and how a client should retry (see RETRY_POLICIES). Required. */
  retry: z.enum(RETRY_POLICY_IDS, { error: `one of ${RETRY_POLICY_IDS.join(', ')}` }),
  /** At least one sample exchange that produces this error. Required. */
  samples: nonEmptyList(SampleSchema, { one: 'sample', many: 'samples', fields: 'title, response and optionally request' }),
  /**
   * Codes of the same API a reader could take this one for, each with how a client tells the two apart.
   * At least one. Required.
   */
  related: z
    .array(RelatedSchema, { error: 'a list of related codes, each with code and difference' })
    .min(1, { error: 'at least 1 related code of the same API, with code and difference' })
    .refine((items) => distinct(items.map((item) => item.code)), { error: 'related codes listed once each' }),
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
export type BackedStatement = ErrorEntry['causes'][number];
