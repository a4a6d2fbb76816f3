import type { ApiDefinition, Category } from '../schemas/api.ts';
import type { ErrorEntry, ErrorStatus } from '../schemas/error-entry.ts';
import { describeHttpStatus } from '../lib/http-status.ts';
import { apiUrl, categoryUrl, errorUrl } from '../lib/urls.ts';

/** What the collections hold, independent of Astro so the model can be built and tested anywhere. */
export interface ApiRecord {
  id: string;
  data: ApiDefinition;
}
export type ErrorRecord = ErrorEntry & { api: string; sourcePath: string };

export interface CategoryView extends Category {
  url: string;
  errorCount: number;
}

export interface ApiView extends Omit<ApiDefinition, 'categories'> {
  id: string;
  url: string;
  categories: CategoryView[];
  errorCount: number;
}

export interface ErrorView {
  api: { id: string; name: string; url: string };
  code: string;
  category: { id: string; name: string; url: string };
  httpStatus: number | null;
  /** `404 Not Found`, or null where the API has no HTTP status. */
  httpStatusText: string | null;
  summary: string;
  status: ErrorStatus;
  url: string;
  /** The file's path inside the registry, e.g. `groove/CATALOG_NO_RESULT.yaml`. */
  sourcePath: string;
}

export interface SiteModel {
  /** APIs by display name. */
  apis: ApiView[];
  /** Codes by API id, then code. */
  errors: ErrorView[];
}

/** Joins each code to its API and category. The registry check guarantees both exist. */
export function buildSiteModel(apiRecords: readonly ApiRecord[], errorRecords: readonly ErrorRecord[]): SiteModel {
  const apis = apiRecords
    .map((record): ApiView => {
      const own = errorRecords.filter((error) => error.api === record.id);
      return {
        ...record.data,
        id: record.id,
        url: apiUrl(record.id),
        errorCount: own.length,
        categories: record.data.categories.map((category) => ({
          ...category,
          url: categoryUrl(record.id, category.id),
          errorCount: own.filter((error) => error.category === category.id).length,
        })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const byId = new Map(apis.map((api) => [api.id, api]));
  const errors = errorRecords
    .map((record): ErrorView => {
      const api = byId.get(record.api);
      const category = api?.categories.find((candidate) => candidate.id === record.category);
      if (!api || !category) {
        throw new Error(`${record.sourcePath}: API or category missing; run \`npm run check\`.`);
      }
      return {
        api: { id: api.id, name: api.name, url: api.url },
        code: record.code,
        category: { id: category.id, name: category.name, url: category.url },
        httpStatus: record.httpStatus,
        httpStatusText: record.httpStatus === null ? null : describeHttpStatus(record.httpStatus),
        summary: record.summary,
        status: record.status,
        url: errorUrl(api.id, record.code),
        sourcePath: record.sourcePath,
      };
    })
    .sort((a, b) => a.api.id.localeCompare(b.api.id, 'en') || a.code.localeCompare(b.code, 'en'));

  return { apis, errors };
}
