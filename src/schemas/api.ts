import { z } from 'astro/zod';
import { nonEmptyList } from './common-fields.ts';

/** Lower-case words joined by hyphens: the form of API folder names, category ids and source ids. */
export const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const slugHint = (example: string) => `lower-case words joined by hyphens, such as "${example}"`;

const slug = (what: string, example: string) => z.string({ error: `${what}: ${slugHint(example)}` }).regex(SLUG_PATTERN);

/** A page a reader can open; only https, so that no page links to a `javascript:` or plain-HTTP address. */
const httpsUrl = () => z.url({ protocol: /^https$/, error: 'an address starting with https://' });

const text = (what: string) =>
  z
    .string({ error: `${what}, as text` })
    .trim()
    .min(1, { error: `${what}; it must not be empty` });

/** One group of codes within an API, as the upstream reference groups them. */
export const CategorySchema = z.strictObject({
  /** Stable id that code files name in their `category` field, e.g. `catalog`. Required. */
  id: slug('a category id', 'input-validation'),
  /** The category's display name, exactly as the upstream reference spells it, e.g. `Catalog errors`. Required. */
  name: text('the display name of the category'),
  /** One or two sentences on what the codes in this category have in common. Required. */
  summary: text('a sentence on what the codes in this category have in common'),
});

/** The JSON types an envelope field can have. */
export const FIELD_TYPES = ['string', 'number', 'boolean', 'array', 'object'] as const;

/** One member of an API's error envelope, or of a message frame's header. */
export const EnvelopeFieldSchema = z.strictObject({
  /**
   * Where the member sits, as a dotted path into the error body: `errorCode`, `Error.ErrorCode`,
   * `error.status`. A path's parents need not be listed; a listed parent must be an `object`. Required.
   */
  name: z
    .string({ error: 'a dotted path into the error body, such as Error.ErrorCode or errorCode' })
    .regex(/^[^.\s]+(?:\.[^.\s]+)*$/, { error: 'a dotted path into the error body, such as Error.ErrorCode or errorCode' }),
  /** The JSON type of the member: `string`, `number`, `boolean`, `array` or `object`. Required. */
  type: z.enum(FIELD_TYPES, { error: `one of the JSON types ${FIELD_TYPES.join(', ')}` }),
  /** Whether the API always sends this member when it reports an error. Required. */
  required: z.boolean({ error: 'true or false: whether the API always sends this member' }),
  /** The one value the API always sends here, such as `false` or `globalError`; samples must carry it. Optional. */
  value: z
    .union([z.string(), z.number(), z.boolean()], { error: 'the one value the API always sends here: text, a number, or true or false' })
    .optional(),
  /** What the member carries and how a client should use it. Required. */
  summary: text('a sentence on what the member carries'),
});

const fieldList = (what: string) =>
  nonEmptyList(EnvelopeFieldSchema, { one: what, many: `${what}s`, fields: 'name, type, required and summary' });

/**
 * Sample shapes, named by shape: `json-body` (the error is a JSON body sent with an HTTP status; samples
 * are `status` + `body`) and `json-frame` (the body arrives inside the message frame `envelope.frame`
 * declares; samples are `header` + `body`, or `status` + `body` where an endpoint answers over HTTP).
 */
export const ENVELOPE_SHAPES = ['json-body', 'json-frame'] as const;
export type EnvelopeShape = (typeof ENVELOPE_SHAPES)[number];

/** The contents of `envelope` in `_api.yaml`: how an error looks on the wire. */
export const EnvelopeSchema = z.strictObject({
  /** What the upstream reference calls the error object, e.g. `Error` or `globalError`. Required. */
  name: text('the name the upstream reference gives the error object'),
  /** The path, among `fields`, of the member that carries the code, e.g. `Error.ErrorCode`. Required. */
  code: z.string({ error: 'the path of the field that carries the code, as named in fields, such as Error.ErrorCode' }),
  /** The sample shape (see ENVELOPE_SHAPES); `json-body` unless `frame` is declared. Optional. */
  schema: z.enum(ENVELOPE_SHAPES, { error: `one of the envelope shapes ${ENVELOPE_SHAPES.join(', ')}` }).optional(),
  /** The members of the error body, in wire order, as dotted paths. At least one. Required. */
  fields: fieldList('field'),
  /**
   * For errors that arrive in a message rather than as an HTTP body: the message is the JSON array
   * `[header, body]`, and `header` lists the header's members as `fields` lists the body's. Optional.
   */
  frame: z
    .strictObject({
      /** The members of the header sent before the body, as dotted paths into the header. At least one. Required. */
      header: fieldList('header field'),
      /** A sentence on what the header says, e.g. which command the message answers. Required. */
      summary: text('a sentence on what the header says'),
    })
    .optional(),
  /**
   * For batch answers whose single items fail on their own: the path, inside any object nested in the body,
   * of an item's code (Groove's `TrackActionResults[].Error.ErrorCode` is `Error.ErrorCode`). Optional.
   */
  items: z
    .strictObject({
      /** The dotted path of an item's code inside the item, e.g. `Error.ErrorCode`. Required. */
      code: z
        .string({ error: "the dotted path of an item's code inside the item, such as Error.ErrorCode" })
        .regex(/^[^.\s]+(?:\.[^.\s]+)*$/),
      /** A sentence on where per-item errors appear. Required. */
      summary: text('a sentence on where per-item errors appear'),
    })
    .optional(),
  /** A complete error exactly as the API sends it, as JSON text; it must fit `fields` (and `frame`). Required. */
  example: z
    .string({ error: 'a complete error as the API sends it, as JSON text' })
    .refine(isJson, { error: 'a complete error as the API sends it, as valid JSON text' }),
});

export type EnvelopeDefinition = z.infer<typeof EnvelopeSchema>;
export type EnvelopeField = z.infer<typeof EnvelopeFieldSchema>;

/** Who wrote a source: the API's owner (its reference, its SDK) or an independent client of the API. */
export const SOURCE_AUTHORS = ['owner', 'client'] as const;

/**
 * A page or file that documents or shows this API's codes. Code files cite sources by `id`: for the code
 * itself (`upstream.sources`) and for each sample copied from one (`samples[].source`).
 */
export const SourceSchema = z.strictObject({
  /** Stable id that code files cite, e.g. `collection-add`. Required. */
  id: slug('a source id', 'collection-add'),
  /** The title of the page or file, e.g. `POST (/1/content/{namespace}/collection/add)`. Required. */
  title: text('the title of the page or file'),
  /**
   * `owner` when the API's owner wrote it (a reference page, its SDK): it documents the code. `client` when an
   * independent client wrote it: it shows the code observed in use. Required.
   */
  author: z.enum(SOURCE_AUTHORS, { error: `one of ${SOURCE_AUTHORS.join(', ')}: who wrote the source` }),
  /** Who published it, as a reader would name them, e.g. `Microsoft` or `SmartThings`. Required. */
  publisher: text('who published the source, such as Microsoft'),
  /** An address a reader can open, starting with https://; for a repository file, pinned to the commit read. Required. */
  url: httpsUrl(),
  /** For a file in a Git repository: the repository as `owner/name`. Optional. */
  repository: z
    .string({ error: 'the repository as owner/name' })
    .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'the repository as owner/name, such as microsoft/groove-api-sdk-csharp' })
    .optional(),
  /** For a file in a Git repository: its path inside the repository. Optional. */
  path: text("the file's path inside the repository").optional(),
  /** For a file in a Git repository: the 40-hex commit the text was read at. Optional. */
  commit: z
    .string({ error: 'a commit id of 40 hexadecimal digits' })
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  /** What the source shows about these codes, in a sentence, for the sources list on a code page. Required. */
  shows: text('a sentence on what the source shows'),
});

/**
 * How an API's errors reach a client. `http-response` errors ride on an HTTP response, so every code has
 * a default HTTP status; `command-response` errors arrive in a reply message that has no HTTP status of
 * its own, so every code's `httpStatus` is `null`.
 */
export const TRANSPORT_KINDS = ['http-response', 'command-response'] as const;

/** The contents of `registry/<api>/_api.yaml`: one API whose error codes the site documents. */
export const ApiSchema = z.strictObject({
  /** The API's display name, e.g. `Groove Service REST API`. Required. */
  name: text("the API's display name"),
  /** One or two sentences on what the API is, shown on the home page and the API's index. Required. */
  summary: text('a sentence or two on what the API is'),
  /**
   * A regular expression every code of this API must match, anchored with `^` and `$`,
   * e.g. `^[A-Z][A-Z0-9_]*$`. Required.
   */
  codePattern: z
    .string({ error: 'a regular expression anchored with ^ and $, such as "^[A-Z][A-Z0-9_]*$"' })
    .refine((source) => source.startsWith('^') && source.endsWith('$') && compiles(source)),
  /** The API's categories, in the order the index lists them. At least one. Required. */
  categories: nonEmptyList(CategorySchema, { one: 'category', many: 'categories', fields: 'id, name and summary' }),
  /** How errors reach a client. Required. */
  transport: z.strictObject({
    /** `http-response` or `command-response` (see TRANSPORT_KINDS). Required. */
    kind: z.enum(TRANSPORT_KINDS, { error: `one of ${TRANSPORT_KINDS.join(', ')}` }),
    /** A paragraph on how an error travels: protocol, where the code sits, what signals failure. Required. */
    summary: text('a paragraph on how an error travels to the client'),
  }),
  /** The shape of an error as the API sends it (see EnvelopeSchema). Required. */
  envelope: EnvelopeSchema,
  /**
   * What a client should log with every error of this API so that a ticket can be acted on, each with why.
   * Shown on every code page of the API. At least two. Required.
   */
  log: z
    .array(
      z.strictObject(
        {
          /** What to log, as the API names it, e.g. `Error.ErrorCode` or `cmdId`. Required. */
          field: text('what to log, as the API names it'),
          /** Why it matters to whoever reads the ticket. Required. */
          why: text('a sentence on why it helps whoever reads the ticket'),
        },
        { error: 'a mapping with field and why' },
      ),
      { error: 'a list of what to log, each with field and why' },
    )
    .min(2, { error: 'at least 2 things to log, each with field and why' }),
  /**
   * The retry schedule for this API's temporary failures where its owner publishes one, with the source that
   * does. Without it, codes that ask to retry with backoff show the site's default schedule. Optional.
   */
  backoff: z
    .strictObject(
      {
        /** Seconds before the first retry. Required. */
        firstDelaySeconds: z.number({ error: 'seconds before the first retry, such as 1' }).positive(),
        /** What each delay is multiplied by for the next one, such as 2. Required. */
        factor: z.number({ error: 'what each delay is multiplied by, such as 2' }).min(1),
        /** The longest delay, in seconds. Required. */
        capSeconds: z.number({ error: 'the longest delay in seconds, such as 30' }).positive(),
        /** Retries before giving up. Required. */
        attempts: z.int({ error: 'retries before giving up, such as 5' }).min(1),
        /** The id of the source in this file's `sources` that publishes the schedule. Required. */
        source: slug('the id of the source that publishes the schedule', 'rate-limits'),
      },
      { error: 'a mapping with firstDelaySeconds, factor, capSeconds, attempts and source' },
    )
    .optional(),
  /** The pages and files code files cite, each with an id. At least one. Required. */
  sources: nonEmptyList(SourceSchema, { one: 'source', many: 'sources', fields: 'id, title, author, publisher, url and shows' }),
  /** Where the upstream reference for these codes lives. Required. */
  upstream: z.strictObject({
    /** The title of the upstream page. Required. */
    title: text('the title of the upstream page'),
    /** The address of the upstream page, starting with https://. Required. */
    url: httpsUrl(),
  }),
});

export type ApiDefinition = z.infer<typeof ApiSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type LogItem = ApiDefinition['log'][number];

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

function isJson(source: string): boolean {
  try {
    JSON.parse(source);
    return true;
  } catch {
    return false;
  }
}
