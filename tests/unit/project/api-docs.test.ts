import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { ApiSchema } from '../../../src/schemas/api.ts';
import { ROOT } from '../../helpers.ts';

/** Every key `_api.yaml` accepts, as a dotted path (`categories[].id`); a list of an item already walked is not walked again. */
function keyPaths(schema: z.ZodType, prefix: string, seen: Set<z.ZodType>): string[] {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  if (current instanceof z.ZodArray) {
    const element = current.element as z.ZodType;
    if (seen.has(element)) return [];
    seen.add(element);
    return keyPaths(element, `${prefix}[]`, seen);
  }
  if (!(current instanceof z.ZodObject)) return [];
  return Object.entries(current.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return [name, ...keyPaths(value, name, seen)];
  });
}

describe('docs/document-your-own-api.md', () => {
  test('documents every key of _api.yaml', () => {
    const text = readFileSync(path.join(ROOT, 'docs', 'document-your-own-api.md'), 'utf8');
    const documented = new Set([...text.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]));
    expect(keyPaths(ApiSchema, '', new Set()).filter((key) => !documented.has(key))).toEqual([]);
  });
});
