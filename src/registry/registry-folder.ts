import type { ApiDefinition } from '../schemas/api.ts';
import type { ErrorEntry } from '../schemas/error-entry.ts';
import type { Locator, Problem } from './problems.ts';

/** Each API folder describes itself in this file; every other file in it is one code. */
export const API_FILE = '_api.yaml';
/** Code files are named `<CODE>.yaml`, spelled exactly as the API sends the code. */
export const CODE_FILE_EXTENSION = '.yaml';

/**
 * Top-level URL segments the site itself uses that an API id could spell (ids are lower-case words joined by
 * hyphens, so `errors.json` or `_redirects` never clash); an API folder with one of these names would shadow them.
 */
export const RESERVED_API_IDS = ['guides', 'lookup', 'search', 'pagefind', 'schemas'];

export interface RegistryApi {
  /** The folder name, e.g. `groove`. */
  id: string;
  /** Path of `_api.yaml` as problems name it. */
  file: string;
  data: ApiDefinition;
  where: Locator;
}

export interface RegistryCode {
  api: string;
  /** Path of `<CODE>.yaml` as problems name it. */
  file: string;
  /** Path relative to the registry folder, e.g. `groove/CATALOG_NO_RESULT.yaml`. */
  registryPath: string;
  data: ErrorEntry;
  where: Locator;
}

export interface Registry {
  apis: RegistryApi[];
  /** The codes that passed their schema. */
  errors: RegistryCode[];
  /**
   * Every code with a file, by API, valid or not: references resolve against these, so one broken file
   * is reported once rather than again by every code that mentions it.
   */
  codeFiles: Map<string, Set<string>>;
}

export interface RegistryResult {
  registry: Registry;
  /** Every problem found; the registry is publishable only when this is empty. */
  problems: Problem[];
}

