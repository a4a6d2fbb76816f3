import type { EnvelopeField } from '../schemas/api.ts';
import { objectSchema, splitPath } from '../schemas/envelopes.ts';
import type { RegistryApi } from './registry-folder.ts';
import { describeValue, formatPath, type Problem } from './problems.ts';

/**
 * What the schema of `_api.yaml` cannot see in an envelope declaration: a declaration that contradicts
 * itself. A `code` that is not among the fields, a path under a member that is not a mapping, a fixed
 * value of the wrong type, a frame shape without a frame, and an example that does not fit the fields.
 */
export function checkEnvelope(api: RegistryApi): Problem[] {
  const { envelope, transport } = api.data;
  const at = (path: readonly (string | number)[]) => ({ file: api.file, line: api.where.lineOf(['envelope', ...path]), field: formatPath(['envelope', ...path]) });
  const problems: Problem[] = [];

  problems.push(...checkFieldList(envelope.fields, ['fields'], at));
  if (envelope.frame) problems.push(...checkFieldList(envelope.frame.header, ['frame', 'header'], at));

  const codeField = envelope.fields.find((field) => field.name === envelope.code);
  const codeCandidates = [...new Set(envelope.fields.filter((field) => field.type === 'string' || field.type === 'number').map((field) => field.name))];
  const candidates = codeCandidates.length ? `one of ${codeCandidates.join(', ')}` : 'a field of type string or number, which envelope.fields must declare';
  if (!codeField) {
    problems.push({
      ...at(['code']),
      message: `"${envelope.code}" is not among envelope.fields`,
      hint: `the name of the field that carries the code: ${candidates}`,
    });
  } else if (codeField.type !== 'string' && codeField.type !== 'number') {
    problems.push({
      ...at(['code']),
      message: `"${envelope.code}" is declared with type ${codeField.type}, which cannot carry a code`,
      hint: `type string or number for ${envelope.code}, or another field: ${candidates}`,
    });
  }

  if (envelope.schema === 'json-frame' && !envelope.frame) {
    problems.push({ ...at(['schema']), message: 'json-frame, but no envelope.frame declares the frame', hint: 'declare envelope.frame, or json-body' });
  }
  if (envelope.schema === 'json-body' && envelope.frame) {
    problems.push({ ...at(['schema']), message: 'json-body, but envelope.frame declares a frame', hint: 'json-frame, or remove envelope.frame' });
  }
  if (transport.kind === 'command-response' && !envelope.frame) {
    problems.push({
      file: api.file,
      line: api.where.lineOf(['transport', 'kind']),
      field: 'transport.kind',
      message: 'command-response, but envelope.frame declares no message frame',
      hint: 'declare envelope.frame with the header the message carries, or http-response for errors sent with an HTTP status',
    });
  }

  if (!problems.length) problems.push(...checkExample(api));
  return problems;
}

type At = (path: readonly (string | number)[]) => Pick<Problem, 'file' | 'line' | 'field'>;

function checkFieldList(fields: readonly EnvelopeField[], base: readonly (string | number)[], at: At): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map<string, EnvelopeField>();
  fields.forEach((field, index) => {
    const where = [...base, index];
    if (byName.has(field.name)) {
      problems.push({ ...at([...where, 'name']), message: `"${field.name}" is declared twice`, hint: 'one entry per path; merge the two' });
    }
    byName.set(field.name, field);
    if (field.value !== undefined && (field.type === 'array' || field.type === 'object' || typeof field.value !== field.type)) {
      problems.push({
        ...at([...where, 'value']),
        message: `found ${describeValue(field.value)}, but the field's type is ${field.type}`,
        hint: field.type === 'array' || field.type === 'object' ? `no value: only text, numbers and true or false can be fixed` : `a ${field.type} value, or the type of the value`,
      });
    }
  });
  fields.forEach((field, index) => {
    const segments = splitPath(field.name);
    for (let length = 1; length < segments.length; length++) {
      const parent = byName.get(segments.slice(0, length).join('.'));
      if (parent && parent.type !== 'object') {
        problems.push({
          ...at([...base, index, 'name']),
          message: `"${field.name}" cannot exist: ${parent.name} is declared as ${parent.type}, not object`,
          hint: `type: object for ${parent.name}, or a path that is not under it`,
        });
        break;
      }
    }
  });
  return problems;
}

/** The example must be an error the declared envelope accepts: the body, or for a frame the `[header, body]` array. */
function checkExample(api: RegistryApi): Problem[] {
  const { envelope } = api.data;
  const example = JSON.parse(envelope.example) as unknown;
  const line = api.where.lineOf(['envelope', 'example']);
  const framed = envelope.frame && Array.isArray(example);
  const parts: Array<{ value: unknown; schema: ReturnType<typeof objectSchema>; prefix: Array<string | number> }> = framed
    ? [
        { value: (example as unknown[])[0], schema: objectSchema(envelope.frame!.header, 'frame.header', 'the header, a mapping'), prefix: [0] },
        { value: (example as unknown[])[1], schema: objectSchema(envelope.fields, 'fields', 'the body, a mapping'), prefix: [1] },
      ]
    : [{ value: example, schema: objectSchema(envelope.fields, 'fields', envelope.frame ? 'the body, or the frame [header, body]' : 'the JSON body, a mapping'), prefix: [] }];
  if (framed && (example as unknown[]).length !== 2) {
    return [{ file: api.file, line, field: 'envelope.example', message: `a list of ${(example as unknown[]).length}`, hint: 'the frame as the API sends it: [header, body]' }];
  }
  return parts.flatMap(({ value, schema, prefix }) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => {
      const path = [...prefix, ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))];
      const found = valueIn(example, path);
      return {
        file: api.file,
        line: line + lineInText(envelope.example, path),
        field: `envelope.example${path.length ? ` at ${formatPath(path.map((segment) => (typeof segment === 'number' ? segment : segment)))}` : ''}`,
        message: found === undefined ? 'missing' : `found ${describeValue(found)}`,
        hint: issue.message,
      };
    });
  });
}

function valueIn(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * How many lines below the `example:` key the member at `path` is written, found by looking for each key
 * in turn. A block scalar (`example: |`) starts on the next line; a one-line example is on the key's line.
 */
function lineInText(text: string, path: readonly (string | number)[]): number {
  const block = text.includes('\n');
  let offset = 0;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    const found = text.indexOf(JSON.stringify(segment), offset);
    if (found < 0) break;
    offset = found;
  }
  if (!block) return 0;
  let lines = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}
