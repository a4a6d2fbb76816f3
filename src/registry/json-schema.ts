import { z } from 'astro/zod';
import { REGISTERED_HTTP_STATUSES } from '../lib/http-status.ts';
import { ApiSchema, type ApiDefinition } from '../schemas/api.ts';
import { envelopeOf } from '../schemas/envelopes.ts';
import { ErrorEntrySchema } from '../schemas/error-entry.ts';

/** Where generated JSON Schemas live inside the registry folder, so that REGISTRY_DIR carries them. */
export const SCHEMA_DIR = '_schemas';

const GENERATED = 'Generated from src/schemas by `npm run schema`; do not edit by hand.';
type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

function toJson(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function withHeader(title: string, schema: JsonSchema): JsonSchema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', $comment: GENERATED, title, ...schema };
}

/**
 * The JSON Schema of a code file. Without an API it is the generic shape; for an API it also fixes what
 * `_api.yaml` decides: the code pattern, the category ids, whether there is an HTTP status, and the shape
 * of a sample response, so that an editor flags most of what `npm run check` would.
 */
export function entryJsonSchema(api?: { id: string; data: ApiDefinition }): JsonSchema {
  const schema = toJson(ErrorEntrySchema);
  const properties = schema.properties!;
  const statuses = { type: 'integer', enum: [...REGISTERED_HTTP_STATUSES] };
  properties['httpStatus'] = { anyOf: [statuses, { type: 'null' }] };
  if (!api) return withHeader('Error code (registry/<api>/<CODE>.yaml)', schema);

  properties['code'] = { ...properties['code'], pattern: api.data.codePattern };
  properties['category'] = { type: 'string', enum: api.data.categories.map((category) => category.id) };
  properties['httpStatus'] = api.data.transport.kind === 'http-response' ? statuses : { type: 'null' };
  const samples = properties['samples'] as { items: JsonSchema };
  samples.items.properties!['response'] = toJson(envelopeOf(api.data.envelope).response);
  return withHeader(`${api.data.name} error code (registry/${api.id}/<CODE>.yaml)`, schema);
}

export function apiJsonSchema(): JsonSchema {
  return withHeader('API description (registry/<api>/_api.yaml)', toJson(ApiSchema));
}

/** Every schema file, by name: `api`, `error-entry`, and one per API id. */
export function registrySchemaFiles(apis: readonly { id: string; data: ApiDefinition }[]): Record<string, string> {
  const files: Record<string, JsonSchema> = { api: apiJsonSchema(), 'error-entry': entryJsonSchema() };
  for (const api of apis) files[api.id] = entryJsonSchema(api);
  return Object.fromEntries(Object.entries(files).map(([name, schema]) => [`${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n']));
}

/** The modeline that points yaml-language-server at a file's schema, relative to the API folder. */
export function schemaModeline(schemaName: string): string {
  return `# yaml-language-server: $schema=../${SCHEMA_DIR}/${schemaName}.schema.json`;
}
