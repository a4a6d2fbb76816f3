import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { registrySchemaFiles, SCHEMA_DIR } from './json-schema.ts';
import type { Registry } from './registry-folder.ts';
import type { Problem } from './problems.ts';
import { displayPath } from './paths.ts';

/**
 * Generated schema files must match what the schemas generate now: an edited or stale file would let an
 * editor accept what the check refuses. A registry without `_schemas/` simply has no editor support.
 */
export async function checkSchemaFiles(dir: string, registry: Registry): Promise<Problem[]> {
  const folder = path.join(dir, SCHEMA_DIR);
  let present: string[];
  try {
    present = await readdir(folder);
  } catch {
    return [];
  }
  const expected = registrySchemaFiles(registry.apis);
  const names = new Set([...present, ...Object.keys(expected)]);
  const problems: Problem[] = [];
  for (const name of [...names].sort()) {
    const file = displayPath(path.join(folder, name));
    const want = expected[name];
    const have = present.includes(name) ? await readFile(path.join(folder, name), 'utf8') : undefined;
    if (want === have) continue;
    problems.push({
      file,
      line: 1,
      message: want === undefined ? 'no schema is generated under this name' : have === undefined ? 'the schema file is missing' : 'the schema is out of date with src/schemas and the _api.yaml files',
      hint: 'run `npm run schema` to regenerate the folder; its files are generated, never edited by hand',
    });
  }
  return problems;
}
