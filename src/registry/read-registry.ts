import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ApiSchema, SLUG_PATTERN, slugHint } from '../schemas/api.ts';
import { ErrorEntrySchema } from '../schemas/error-entry.ts';
import { crossCheck } from './cross-checks.ts';
import { API_FILE, CODE_FILE_EXTENSION, RESERVED_API_IDS, type Registry, type RegistryResult } from './registry-folder.ts';
import { problemsFromIssues, sortProblems, type Locator, type Problem } from './problems.ts';
import { checkPublished, PUBLISHED_FILE, readPublished } from './published.ts';
import { checkSchemaFiles } from './schema-files.ts';
import { SCHEMA_DIR } from './json-schema.ts';
import { cacheKey, type ParseCache } from './parse-cache.ts';
import { parseYamlSource } from './yaml-source.ts';
import { displayPath } from './paths.ts';

export { displayPath, registryDir } from './paths.ts';

/**
 * Reads and validates the whole registry: every file is parsed, checked against its schema, and then
 * checked against the others. Nothing is skipped quietly: a file that cannot be read, a stray file, or an
 * invalid entry each yields a problem, and only valid entries are returned.
 */
export async function readRegistry(dir: string, cache?: ParseCache): Promise<RegistryResult> {
  const problems: Problem[] = [];
  const registry: Registry = { apis: [], errors: [], codeFiles: new Map() };

  const top = await listDir(dir);
  if (!top) {
    return {
      registry,
      problems: [
        {
          file: displayPath(dir),
          line: 1,
          message: 'the registry folder does not exist',
          hint: 'a folder with one sub-folder per API; point REGISTRY_DIR at it or create registry/',
        },
      ],
    };
  }

  let apiFolders = 0;
  for (const entry of top) {
    const entryPath = path.join(dir, entry.name);
    if ((entry.name === PUBLISHED_FILE && entry.isFile()) || (entry.name === SCHEMA_DIR && entry.isDirectory())) continue;
    if (!entry.isDirectory()) {
      problems.push(strayFile(entryPath, 'only API folders belong at the top of the registry'));
      continue;
    }
    if (!SLUG_PATTERN.test(entry.name)) {
      problems.push({
        file: displayPath(path.join(entryPath, API_FILE)),
        line: 1,
        message: `the API folder name "${entry.name}" is not a valid API id`,
        hint: `${slugHint('sonos-control')}; the id appears in every URL`,
      });
      continue;
    }
    if (RESERVED_API_IDS.includes(entry.name)) {
      problems.push({
        file: displayPath(path.join(entryPath, API_FILE)),
        line: 1,
        message: `the API id "${entry.name}" is a path the site itself uses`,
        hint: `another folder name; ${RESERVED_API_IDS.join(', ')} are reserved`,
      });
      continue;
    }
    apiFolders++;
    await readApiFolder(entry.name, entryPath, registry, problems, cache);
  }

  // Sorted first, so that problems between files (which of two twins is the duplicate) do not depend on
  // the order the file system listed them in.
  registry.apis.sort((a, b) => a.id.localeCompare(b.id, 'en'));
  registry.errors.sort((a, b) => a.api.localeCompare(b.api, 'en') || a.data.code.localeCompare(b.data.code, 'en'));
  problems.push(...crossCheck(registry));
  const published = await readPublished(dir, displayPath(path.join(dir, PUBLISHED_FILE)));
  if (published) problems.push(...checkPublished(registry, published));
  // The editor schemas are generated from every API's file: while one of those is invalid, the files in
  // `_schemas/` cannot be judged, and calling them stale would only send the author the wrong way.
  if (registry.apis.length === apiFolders) problems.push(...(await checkSchemaFiles(dir, registry)));
  return { registry, problems: sortProblems(problems) };
}

async function readApiFolder(api: string, folder: string, registry: Registry, problems: Problem[], cache: ParseCache | undefined) {
  const entries = (await listDir(folder)) ?? [];
  const apiFile = path.join(folder, API_FILE);
  if (!entries.some((entry) => entry.name === API_FILE && entry.isFile())) {
    problems.push({
      file: displayPath(apiFile),
      line: 1,
      message: `the API folder "${api}" has no ${API_FILE}`,
      hint: `create ${API_FILE} with the API's name, categories, transport, envelope and upstream reference`,
    });
  }

  const reads = entries.map(async (entry) => {
    const filePath = path.join(folder, entry.name);
    if (!entry.isFile()) {
      problems.push(strayFile(filePath, 'an API folder holds only _api.yaml and one CODE.yaml per code, no sub-folders'));
      return;
    }
    if (entry.name === API_FILE) {
      const parsed = await parseFile(filePath, ApiSchema, problems, cache);
      if (parsed) registry.apis.push({ id: api, file: parsed.where.file, data: parsed.data, where: parsed.where });
      return;
    }
    if (!entry.name.endsWith(CODE_FILE_EXTENSION)) {
      problems.push(strayFile(filePath, strayHint(entry.name)));
      return;
    }
    registry.codeFiles.set(api, (registry.codeFiles.get(api) ?? new Set()).add(entry.name.slice(0, -CODE_FILE_EXTENSION.length)));
    const parsed = await parseFile(filePath, ErrorEntrySchema, problems, cache);
    if (parsed) {
      registry.errors.push({
        api,
        file: parsed.where.file,
        registryPath: `${api}/${entry.name}`,
        data: parsed.data,
        where: parsed.where,
      });
    }
  });
  await Promise.all(reads);
}

async function parseFile<S extends z.ZodType>(
  filePath: string,
  schema: S,
  problems: Problem[],
  cache: ParseCache | undefined,
): Promise<{ data: z.infer<S>; where: Locator } | undefined> {
  const file = displayPath(filePath);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (cause) {
    problems.push({ file, line: 1, message: `the file cannot be read (${errorCode(cause)})`, hint: 'a readable file' });
    return undefined;
  }
  const key = cache && cacheKey(path.basename(filePath) === API_FILE ? 'api' : 'entry', bytes);
  const cached = key === undefined ? undefined : (cache?.get(key) as z.infer<S> | undefined);
  if (cached !== undefined) return { data: cached, where: lazyLocator(file, bytes) };

  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const result = schema.safeParse(parsed.source.data);
  if (!result.success) {
    problems.push(...problemsFromIssues(result.error.issues, parsed.source.data, schema, parsed.source));
    return undefined;
  }
  if (key !== undefined) cache?.set(key, result.data);
  // The parsed document, with every node's position, is let go here: kept for each of 50,000 files until the
  // cross-checks ran, it was most of a build's peak memory. A cross-check that reports a problem parses again.
  return { data: result.data, where: lazyLocator(file, bytes) };
}

/**
 * Where the values of a valid file sit. Lines are only needed when a cross-check reports a problem, so the
 * file is parsed for them then, and only then.
 */
function lazyLocator(file: string, bytes: Uint8Array): Locator {
  let source: Locator | undefined;
  return {
    file,
    lineOf(path) {
      if (!source) {
        const parsed = parseYamlSource(file, bytes);
        source = parsed.ok ? parsed.source : { file, lineOf: () => 1 };
      }
      return source.lineOf(path);
    },
  };
}

function strayFile(filePath: string, hint: string): Problem {
  return { file: displayPath(filePath), line: 1, message: 'not a registry file', hint };
}

function strayHint(name: string): string {
  const extension = path.extname(name);
  if (extension === '.yml') {
    return `registry files end in .yaml: rename it to ${path.basename(name, extension)}${CODE_FILE_EXTENSION}`;
  }
  return `an API folder holds only ${API_FILE} and one CODE${CODE_FILE_EXTENSION} per code; move this file out of the registry`;
}

async function listDir(dir: string) {
  try {
    if (!(await stat(dir)).isDirectory()) return undefined;
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  } catch {
    return undefined;
  }
}

function errorCode(cause: unknown): string {
  return cause instanceof Error && 'code' in cause ? String(cause.code) : 'unknown error';
}
