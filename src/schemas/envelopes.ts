import { z } from 'astro/zod';
import { describeHttpStatus } from '../lib/http-status.ts';
import { REGISTERED_HTTP_STATUS_HINT, registeredHttpStatus } from './common-fields.ts';

/**
 * How each API sends an error, as schemas a sample response must satisfy. An `_api.yaml` names one of
 * these in `envelope.schema`. Objects the API may extend in future are loose (unknown keys pass, as the
 * Sonos reference asks clients to allow); the sample's own frame (`status`/`body`, `header`/`body`) is strict.
 */

/** The code a response carries; it must be the code of the file the sample is in. */
const responseCode = z.string({ error: 'the code, as text' });

/** The HTTP status of a response sent over HTTP. */
const responseStatus = registeredHttpStatus(REGISTERED_HTTP_STATUS_HINT);

const GrooveErrorObject = z.looseObject({
  ErrorCode: responseCode,
  /** The fixed developer-facing explanation; always present. */
  Description: z.string({ error: 'the developer-facing description, as text; Groove always sends it' }),
  /** Optional detail on this failure. */
  Message: z.string({ error: 'optional detail, as text' }).optional(),
});

const GrooveResponse = z.strictObject({
  status: responseStatus,
  /** The JSON body: an `Error` object, beside any results of a partly successful call. */
  body: z.looseObject({ Error: GrooveErrorObject }, { error: 'the JSON body, a mapping with an Error object' }),
});

const SonosBody = z.looseObject(
  {
    errorCode: responseCode,
    reason: z.string({ error: 'optional debugging text' }).optional(),
    playerIds: z.array(z.string(), { error: 'a list of player IDs, as text' }).optional(),
  },
  { error: 'the response body, a mapping with errorCode' },
);

/** A command answered over a WebSocket: the header and the body the player sends as one JSON array. */
const SonosCommandResponse = z.strictObject({
  /** The response header: which command this answers, and that it failed. */
  header: z.looseObject(
    {
      namespace: z.string({ error: 'the namespace the response is in, such as groupVolume or global' }),
      success: z.literal(false, { error: 'false: a globalError response always has success false' }),
      type: z.literal('globalError', { error: 'globalError, the type of the body' }),
    },
    { error: 'the response header, a mapping with namespace, success and type' },
  ),
  /** The response body: the `globalError` object. */
  body: SonosBody,
});

/** A request answered over HTTP (a player's local endpoint or the cloud): a status and the `globalError` body. */
const SonosHttpResponse = z.strictObject({
  status: responseStatus,
  /** The JSON body: the `globalError` object. */
  body: SonosBody,
});

const SonosResponse = z.union([SonosCommandResponse, SonosHttpResponse], {
  error: 'a WebSocket response (header and body) or an HTTP response (status and body)',
});

export interface RenderedResponse {
  /** `HTTP/1.1 404 Not Found` where the transport has a status line. */
  statusLine?: string;
  /** The payload exactly as the API sends it, as pretty-printed JSON. */
  json: string;
}

interface Envelope<S extends z.ZodType> {
  /** The response schema every sample must satisfy. */
  response: S;
  /** The language a sample's request is written in, for highlighting: an HTTP request or a command's JSON. */
  requestLanguage(response: z.infer<S>): 'http' | 'json';
  /** Path, inside a sample's response, of the code. */
  codePath: readonly (string | number)[];
  code(response: z.infer<S>): string;
  /** Codes reported for single items of a batch call, beside the response's own code (Groove's per-item errors). */
  itemCodes(response: z.infer<S>): string[];
  /** The HTTP status the sample was sent with, or null where the transport has none. */
  status(response: z.infer<S>): number | null;
  render(response: z.infer<S>): RenderedResponse;
  /** A response of this shape for `code`, as a starting point for a new sample. */
  scaffold(code: string, status: number | null): Record<string, unknown>;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Nested `Error` objects deeper than this are not looked for; real batch responses nest two levels. */
const ITEM_DEPTH = 6;

/**
 * The `ErrorCode` of every `Error` object nested in a body, such as the per-item errors in
 * `TrackActionResults` that a collection or playlist edit answers with.
 */
function nestedErrorCodes(value: unknown, depth: number): string[] {
  if (depth > ITEM_DEPTH || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item) => nestedErrorCodes(item, depth + 1));
  return Object.entries(value).flatMap(([key, item]) => {
    const own = key === 'Error' && item && typeof item === 'object' && typeof (item as { ErrorCode?: unknown }).ErrorCode === 'string';
    return [...(own ? [(item as { ErrorCode: string }).ErrorCode] : []), ...nestedErrorCodes(item, depth + 1)];
  });
}

const groove: Envelope<typeof GrooveResponse> = {
  response: GrooveResponse,
  requestLanguage: () => 'http',
  codePath: ['body', 'Error', 'ErrorCode'],
  code: (response) => response.body.Error.ErrorCode,
  itemCodes: (response) => nestedErrorCodes(Object.fromEntries(Object.entries(response.body).filter(([key]) => key !== 'Error')), 0),
  status: (response) => response.status,
  render: (response) => ({ statusLine: `HTTP/1.1 ${describeHttpStatus(response.status)}`, json: json(response.body) }),
  scaffold: (code, status) => ({
    status: status ?? 400,
    body: { Error: { ErrorCode: code, Description: 'TODO: the Description text the API sends with this code' } },
  }),
};

const sonos: Envelope<typeof SonosResponse> = {
  response: SonosResponse,
  requestLanguage: (response) => ('status' in response ? 'http' : 'json'),
  codePath: ['body', 'errorCode'],
  code: (response) => response.body.errorCode,
  itemCodes: () => [],
  status: (response) => ('status' in response ? response.status : null),
  // Over a WebSocket, players send the header and the body together as one JSON array; over HTTP, the body alone.
  render: (response) =>
    'status' in response
      ? { statusLine: `HTTP/1.1 ${describeHttpStatus(response.status)}`, json: json(response.body) }
      : { json: json([response.header, response.body]) },
  scaffold: (code) => ({
    header: { namespace: 'TODO: the namespace the response arrives in', success: false, type: 'globalError' },
    body: { errorCode: code },
  }),
};

export const ENVELOPES = { 'groove-error': groove, 'sonos-global-error': sonos } as const;
export type EnvelopeId = keyof typeof ENVELOPES;
export const ENVELOPE_IDS = Object.keys(ENVELOPES) as [EnvelopeId, ...EnvelopeId[]];

/** The envelope an API names, with its response type erased so callers can treat every API alike. */
export function envelopeOf(id: EnvelopeId): Envelope<z.ZodType> {
  return ENVELOPES[id] as unknown as Envelope<z.ZodType>;
}
