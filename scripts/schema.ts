/**
 * `npm run schema`: writes the JSON Schemas of registry files into `<registry>/_schemas/`, where each
 * file's `# yaml-language-server: $schema=…` line points, so editors validate and complete as you type.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { registrySchemaFiles, SCHEMA_DIR } from '../src/registry/json-schema.ts';
import { displayPath, readRegistry, registryDir } from '../src/registry/read-registry.ts';

const dir = registryDir();
const { registry } = await readRegistry(dir);
const target = path.join(dir, SCHEMA_DIR);
await mkdir(target, { recursive: true });
const files = registrySchemaFiles(registry.apis);
for (const [name, text] of Object.entries(files)) await writeFile(path.join(target, name), text);
console.log(`${displayPath(target)}: wrote ${Object.keys(files).join(', ')}.`);
