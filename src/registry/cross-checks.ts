import { CODE_FILE_EXTENSION, type Registry, type RegistryError } from './layout.ts';
import type { Problem } from './problems.ts';

/**
 * What no single file's schema can see: agreement between a code file, its name, and its API's
 * `_api.yaml`, and uniqueness across files. Checks that need a valid `_api.yaml` are skipped for an API
 * whose `_api.yaml` is invalid or missing; that file's own problem is already reported.
 */
export function crossCheck(registry: Registry): Problem[] {
  const problems: Problem[] = [];
  const apis = new Map(registry.apis.map((api) => [api.id, api]));
  const seen = new Map<string, RegistryError>();

  for (const entry of registry.errors) {
    const { code, category, httpStatus } = entry.data;
    const at = (field: string) => ({ file: entry.file, line: entry.where.lineOf([field]), field });

    const fileCode = entry.registryPath.slice(entry.api.length + 1, -CODE_FILE_EXTENSION.length);
    if (code !== fileCode) {
      problems.push({
        ...at('code'),
        message: `"${code}" does not match the file name ${fileCode}${CODE_FILE_EXTENSION}`,
        hint: `the code exactly as the file is named ("${fileCode}"), or rename the file to ${code}${CODE_FILE_EXTENSION}`,
      });
    }

    const key = `${entry.api}/${code.toUpperCase()}`;
    const twin = seen.get(key);
    if (twin) {
      problems.push({
        ...at('code'),
        message: `"${code}" duplicates "${twin.data.code}" in ${twin.file} (codes differing only in letter case share a URL)`,
        hint: 'one file per code: merge the two files or remove one',
      });
    } else {
      seen.set(key, entry);
    }

    const api = apis.get(entry.api);
    if (!api) continue;

    const pattern = new RegExp(api.data.codePattern);
    if (!pattern.test(code)) {
      problems.push({
        ...at('code'),
        message: `"${code}" breaks the code format of ${api.data.name}`,
        hint: `a code matching ${api.data.codePattern}, as set by codePattern in ${api.file}`,
      });
    }

    const categoryIds = api.data.categories.map((candidate) => candidate.id);
    if (!categoryIds.includes(category)) {
      problems.push({
        ...at('category'),
        message: `unknown category "${category}"`,
        hint: `one of the categories in ${api.file}: ${categoryIds.join(', ')}`,
      });
    }

    const needsStatus = api.data.transport.kind === 'http-response';
    if (needsStatus && httpStatus === null) {
      problems.push({
        ...at('httpStatus'),
        message: `null, but ${api.data.name} sends every error with an HTTP status`,
        hint: "the code's default HTTP status as an integer, such as 400 or 404",
      });
    }
    if (!needsStatus && httpStatus !== null) {
      problems.push({
        ...at('httpStatus'),
        message: `${httpStatus}, but ${api.data.name} reports errors in a command response with no HTTP status`,
        hint: `null (transport.kind in ${api.file} is ${api.data.transport.kind})`,
      });
    }
  }

  for (const api of registry.apis) {
    const ids = new Set<string>();
    api.data.categories.forEach((category, index) => {
      if (ids.has(category.id)) {
        problems.push({
          file: api.file,
          line: api.where.lineOf(['categories', index, 'id']),
          field: `categories[${index}].id`,
          message: `the category id "${category.id}" is listed twice`,
          hint: 'a distinct id for every category',
        });
      }
      ids.add(category.id);
    });
  }
  return problems;
}
