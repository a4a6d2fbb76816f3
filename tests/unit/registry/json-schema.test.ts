import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { registrySchemaFiles, SCHEMA_DIR } from '../../../src/registry/json-schema.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { ROOT } from '../../helpers.ts';

const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
const REGISTRY = path.join(ROOT, 'registry');

describe('the JSON Schemas for editors', async () => {
  const { registry } = await readRegistry(REGISTRY);
  const files = registrySchemaFiles(registry.apis);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validator = (name: string) => ajv.compile(JSON.parse(files[`${name}.schema.json`]!));
  const groove = validator('groove');
  const valid = parse(await readFile(path.join(REGISTRY, 'groove', 'CATALOG_NO_RESULT.yaml'), 'utf8'));

  test('are committed exactly as the schemas generate them', async () => {
    for (const [name, text] of Object.entries(files)) {
      expect(await readFile(path.join(REGISTRY, SCHEMA_DIR, name), 'utf8'), `${name}: run npm run schema`).toBe(text);
    }
  });

  test('accept every file of the project registry, each through the schema its modeline names', async () => {
    for (const api of registry.apis) {
      for (const name of await readdir(path.join(REGISTRY, api.id))) {
        const text = await readFile(path.join(REGISTRY, api.id, name), 'utf8');
        const schema = text.match(/^# yaml-language-server: \$schema=\.\.\/_schemas\/([\w-]+)\.schema\.json$/m)?.[1];
        expect(schema, `${api.id}/${name} has a modeline`).toBe(name === '_api.yaml' ? 'api' : api.id);
        const validate = validator(schema!);
        expect(validate(parse(text)), `${api.id}/${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
    // Compiling each schema and reading 57 files takes seconds on a loaded 2-core machine; this is not a speed target.
  }, 30_000);

  test("refuse, in an editor, what the check refuses: an unknown field, category, code format, status or envelope", () => {
    const refused = (entry: Record<string, unknown>) => !groove(entry);
    expect(refused(valid)).toBe(false);
    expect(refused({ ...valid, sumary: valid.summary })).toBe(true);
    expect(refused({ ...valid, category: 'billing' })).toBe(true);
    expect(refused({ ...valid, code: 'catalog-no-result' })).toBe(true);
    expect(refused({ ...valid, httpStatus: 4040 })).toBe(true);
    expect(refused({ ...valid, httpStatus: null })).toBe(true);
    expect(refused({ ...valid, samples: [{ title: 'A sample', response: { status: 404, headers: {}, body: valid.samples[0].response.body } }] })).toBe(true);
    expect(validator('sonos-control')({ ...valid, httpStatus: 404 })).toBe(false);
  });
});
