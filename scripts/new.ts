/**
 * `npm run new -- <api> <CODE> [--category <id>] [--status <http status>]`: scaffolds
 * `registry/<api>/<CODE>.yaml` for an author to complete. It never overwrites a file.
 */
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CODE_FILE_EXTENSION } from '../src/registry/registry-folder.ts';
import { formatPublished, PUBLISHED_FILE, readPublished } from '../src/registry/published.ts';
import { displayPath, readRegistry, registryDir } from '../src/registry/read-registry.ts';
import { scaffoldEntry } from '../src/registry/scaffold.ts';
import { isRegisteredHttpStatus } from '../src/lib/http-status.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { category: { type: 'string' }, status: { type: 'string' } },
});
const [apiId, code] = positionals;
if (!apiId || !code || positionals.length > 2) {
  fail('usage: npm run new -- <api> <CODE> [--category <id>] [--status <http status>]');
}

const dir = registryDir();
const { registry } = await readRegistry(dir);
const api = registry.apis.find((candidate) => candidate.id === apiId);
if (!api) {
  const known = registry.apis.map((candidate) => candidate.id).join(', ') || 'none';
  fail(`no API "${apiId}" with a valid _api.yaml in ${displayPath(dir)} (APIs: ${known}).`);
}
if (!new RegExp(api.data.codePattern).test(code)) {
  fail(`"${code}" breaks the code format of ${api.data.name}: codes match ${api.data.codePattern}.`);
}
const existing = [...(registry.codeFiles.get(apiId) ?? [])];
const twin = existing.find((other) => other.toUpperCase() === code.toUpperCase());
const file = path.join(dir, apiId, `${code}${CODE_FILE_EXTENSION}`);
const exists = await access(file).then(
  () => true,
  () => false,
);
if (exists || twin)
  fail(`${displayPath(path.join(dir, apiId, `${twin ?? code}${CODE_FILE_EXTENSION}`))} already exists; nothing was written.`);

const categories = api.data.categories.map((category) => category.id);
if (values.category !== undefined && !categories.includes(values.category)) {
  fail(`no category "${values.category}" in ${api.file} (categories: ${categories.join(', ')}).`);
}
let httpStatus: number | undefined;
if (values.status !== undefined) {
  httpStatus = Number(values.status);
  if (!Number.isInteger(httpStatus) || !isRegisteredHttpStatus(httpStatus)) fail(`"${values.status}" is not a registered HTTP status.`);
  if (api.data.transport.kind !== 'http-response') fail(`${api.data.name} sends no HTTP status; leave out --status.`);
}

const category = values.category ?? categories[0]!;
// Offer a code of the same category as the related one; the author should still choose it deliberately.
const sameCategory = registry.errors
  .filter((entry) => entry.api === apiId && entry.data.category === category)
  .map((entry) => entry.data.code);
await writeFile(
  file,
  scaffoldEntry(apiId, api.data, code, {
    existingCodes: [...sameCategory.sort(), ...existing.sort()],
    ...(values.category ? { category: values.category } : {}),
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  }),
  { flag: 'wx' },
);

const publishedFile = path.join(dir, PUBLISHED_FILE);
const published = await readPublished(dir, displayPath(publishedFile));
if (published) {
  registry.codeFiles.set(apiId, new Set([...existing, code]));
  await writeFile(publishedFile, formatPublished(registry, published).text);
}

console.log(`Created ${displayPath(file)}.`);
console.log('Replace every "TODO:" with your own words, check the facts (category, HTTP status, retry, related),');
console.log('then run `npm run check`; it lists each field still to write.');
