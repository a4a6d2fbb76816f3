import { z } from 'astro/zod';
import { describeHttpStatus } from '../lib/http-status.ts';
import type { EnvelopeDefinition, EnvelopeField, EnvelopeShape } from './api.ts';
import { REGISTERED_HTTP_STATUS_HINT, registeredHttpStatus } from './common-fields.ts';

/**
 * How an API sends an error, built from what its `_api.yaml` declares (`envelope.fields`, `envelope.code`,
 * `envelope.frame`, `envelope.items`): the schemas a sample response must satisfy, where its code sits, and
 * how a page draws it. No API is coded here, so a new wire format needs YAML alone. Objects are loose
 * (unknown keys pass, as APIs add members over time); the sample's own frame (`status`/`body`,
 * `header`/`body`) is strict.
 */

export interface RenderedResponse {
  /** `HTTP/1.1 404 Not Found` where the transport has a status line. */
  statusLine?: string;
  /** The payload exactly as the API sends it, as pretty-printed JSON. */
  json: string;
}

/** A human-readable text a response carries beside a code, such as Groove's `Description` or Sonos's `reason`. */
export interface ResponseMessage {
  code: string;
  text: string;
}

export interface Envelope {
  shape: EnvelopeShape;
  /** Every form a sample response may take, for the editors' JSON Schema. */
  response: z.ZodType;
  /**
   * The schema of the one form `response` is written in (a frame when it has a `header`, else HTTP), so
   * that a wrong value is reported inside that form rather than as a mismatch with the whole union.
   */
  formOf(response: unknown): z.ZodType;
  /** The language a sample's request is written in, for highlighting: an HTTP request or a command's JSON. */
  requestLanguage(response: unknown): 'http' | 'json';
  /** Path, inside a sample response, of the code. */
  codePath: readonly string[];
  /** The code a valid response carries, as text. */
  code(response: unknown): string | undefined;
  /** Codes reported for single items of a batch answer, beside the response's own code. */
  itemCodes(response: unknown): string[];
  /** The HTTP status the sample was sent with, or null where it has none. */
  status(response: unknown): number | null;
  render(response: unknown): RenderedResponse;
  /** The readable texts of a response, each with the code it explains (an item's text explains the item's code). */
  messages(response: unknown): ResponseMessage[];
  /** A response of this shape for `code`, as a starting point for a new sample. */
  scaffold(code: string, status: number | null): Record<string, unknown>;
}

/** Nested objects deeper than this are not looked into for item codes; real batch answers nest two levels. */
const ITEM_DEPTH = 6;

export const splitPath = (path: string): string[] => path.split('.');

export function valueAtPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a field's type asks for, in the words a hint uses. */
export function typeWords(field: Pick<EnvelopeField, 'type' | 'value'>): string {
  if (field.value !== undefined) return `exactly ${JSON.stringify(field.value)}`;
  return { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping' }[field.type];
}

interface FieldNode {
  field?: EnvelopeField;
  children: Map<string, FieldNode>;
}

function fieldTree(fields: readonly EnvelopeField[]): FieldNode {
  const root: FieldNode = { children: new Map() };
  for (const field of fields) {
    let node = root;
    for (const segment of splitPath(field.name)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.field ??= field;
  }
  return root;
}

function hasRequired(node: FieldNode): boolean {
  return node.field?.required === true || [...node.children.values()].some(hasRequired);
}

/** The zod schema of one declared member (and the members under it), with a hint naming the declaration. */
function nodeSchema(node: FieldNode, path: string, list: string): z.ZodType {
  const field = node.field;
  const declared = (words: string) => `${path} as ${words}, as envelope.${list} declares it`;
  let schema: z.ZodType;
  if (node.children.size) {
    const shape = Object.fromEntries([...node.children].map(([key, child]) => [key, nodeSchema(child, `${path}.${key}`, list)]));
    schema = z.looseObject(shape, { error: declared('a mapping') });
  } else if (field?.value !== undefined) {
    schema = z.literal(field.value, { error: declared(typeWords(field)) });
  } else {
    const type = field?.type ?? 'object';
    const error = declared(typeWords({ type }));
    schema =
      type === 'string'
        ? z.string({ error })
        : type === 'number'
          ? z.number({ error })
          : type === 'boolean'
            ? z.boolean({ error })
            : type === 'array'
              ? z.array(z.unknown(), { error })
              : z.looseObject({}, { error });
  }
  return (field ? field.required : hasRequired(node)) ? schema : schema.optional();
}

/** A mapping with the declared members, each at its dotted path. */
export function objectSchema(fields: readonly EnvelopeField[], list: string, what: string): z.ZodType {
  const root = fieldTree(fields);
  const shape = Object.fromEntries([...root.children].map(([key, child]) => [key, nodeSchema(child, key, list)]));
  return z.looseObject(shape, { error: what });
}

function scaffoldObject(fields: readonly EnvelopeField[], fill: (field: EnvelopeField) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!field.required) continue;
    const path = splitPath(field.name);
    let target = out;
    for (const segment of path.slice(0, -1)) {
      const next = target[segment];
      target = (isRecord(next) ? next : (target[segment] = {})) as Record<string, unknown>;
    }
    target[path.at(-1)!] ??= fill(field);
  }
  return out;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A code as the registry spells it: codes sent as numbers are written as text in code files. */
const codeText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

const built = new WeakMap<EnvelopeDefinition, Envelope>();

/** The envelope an API declares; built once per declaration. */
export function envelopeOf(definition: EnvelopeDefinition): Envelope {
  let envelope = built.get(definition);
  if (!envelope) built.set(definition, (envelope = buildEnvelope(definition)));
  return envelope;
}

function buildEnvelope(definition: EnvelopeDefinition): Envelope {
  const shape: EnvelopeShape = definition.schema ?? (definition.frame ? 'json-frame' : 'json-body');
  const codePath = splitPath(definition.code);
  const itemPath = definition.items ? splitPath(definition.items.code) : undefined;
  const body = objectSchema(definition.fields, 'fields', `the JSON body, a mapping with ${definition.code}`);
  const http = z.strictObject(
    { status: registeredHttpStatus(REGISTERED_HTTP_STATUS_HINT), body },
    { error: 'an HTTP response: status and body' },
  );
  const frame = definition.frame
    ? z.strictObject(
        {
          header: objectSchema(definition.frame.header, 'frame.header', 'the message header, a mapping'),
          body,
        },
        { error: 'a message: header and body' },
      )
    : undefined;
  const isFramed = (response: unknown) => frame !== undefined && isRecord(response) && ('header' in response || !('status' in response));
  const bodyOf = (response: unknown) => (isRecord(response) ? response['body'] : undefined);
  const messageFields = definition.fields.filter(
    (field) => field.type === 'string' && field.value === undefined && field.name !== definition.code,
  );
  const textsOf = (object: unknown, code: string): ResponseMessage[] =>
    messageFields.flatMap((field) => {
      const text = valueAtPath(object, splitPath(field.name));
      // A message is words; a lone token such as `_objectType: globalError` is a marker, not a message.
      return typeof text === 'string' && /\S\s+\S/.test(text) ? [{ code, text }] : [];
    });
  /** Every object nested in the body (not the body itself) whose item code is text, with that code. */
  const items = (response: unknown): Array<{ object: unknown; code: string }> => {
    if (!itemPath) return [];
    const found: Array<{ object: unknown; code: string }> = [];
    const visit = (value: unknown, depth: number) => {
      if (depth > ITEM_DEPTH || value === null || typeof value !== 'object') return;
      if (depth > 0 && !Array.isArray(value)) {
        const code = codeText(valueAtPath(value, itemPath));
        if (code !== undefined) found.push({ object: value, code });
      }
      for (const item of Array.isArray(value) ? value : Object.values(value)) visit(item, depth + 1);
    };
    visit(bodyOf(response), 0);
    return found;
  };

  return {
    shape,
    response: frame ? z.union([frame, http], { error: 'a message (header and body) or an HTTP response (status and body)' }) : http,
    formOf: (response) => (isFramed(response) ? frame! : http),
    requestLanguage: (response) => (isFramed(response) ? 'json' : 'http'),
    codePath: ['body', ...codePath],
    code: (response) => codeText(valueAtPath(bodyOf(response), codePath)),
    itemCodes: (response) => items(response).map((item) => item.code),
    status: (response) => (isRecord(response) && typeof response['status'] === 'number' ? response['status'] : null),
    // A frame is sent as one JSON array, the header then the body; over HTTP the body comes alone.
    render: (response) =>
      isFramed(response)
        ? { json: json([(response as Record<string, unknown>)['header'], bodyOf(response)]) }
        : { statusLine: `HTTP/1.1 ${describeHttpStatus((response as { status: number }).status)}`, json: json(bodyOf(response)) },
    messages: (response) => {
      const code = codeText(valueAtPath(bodyOf(response), codePath));
      return [
        ...(code === undefined ? [] : textsOf(bodyOf(response), code)),
        ...items(response).flatMap((item) => textsOf(item.object, item.code)),
      ];
    },
    scaffold: (code, status) => {
      const fill = (field: EnvelopeField) =>
        field.name === definition.code
          ? code
          : field.value !== undefined
            ? field.value
            : { string: `TODO: the ${field.name} the API sends with this code`, number: 0, boolean: false, array: [], object: {} }[
                field.type
              ];
      const scaffoldBody = scaffoldObject(definition.fields, fill);
      return definition.frame && status === null
        ? { header: scaffoldObject(definition.frame.header, fill), body: scaffoldBody }
        : { status: status ?? 400, body: scaffoldBody };
    },
  };
}
