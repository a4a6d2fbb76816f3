/**
 * The only reader of the content collections. Pages ask it for typed views; nothing else imports
 * `astro:content`.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type ApiView, type ErrorView, type SiteModel } from './model.ts';

let model: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [apis, errors] = await Promise.all([getCollection('apis'), getCollection('errors')]);
    return buildSiteModel(
      apis.map((entry) => ({ id: entry.id, data: entry.data })),
      errors.map((entry) => entry.data),
    );
  })();
  return model;
}

export async function getApis(): Promise<ApiView[]> {
  return (await getSiteModel()).apis;
}

export async function getErrors(apiId?: string): Promise<ErrorView[]> {
  const { errors } = await getSiteModel();
  return apiId === undefined ? errors : errors.filter((error) => error.api.id === apiId);
}

/** One API with its codes grouped by category, in the order `_api.yaml` lists the categories. */
export async function getApiIndex(apiId: string) {
  const { apis, errors } = await getSiteModel();
  const api = apis.find((candidate) => candidate.id === apiId);
  if (!api) throw new Error(`No API "${apiId}" in the registry.`);
  const own = errors.filter((error) => error.api.id === apiId);
  return {
    api,
    groups: api.categories.map((category) => ({
      category,
      errors: own.filter((error) => error.category.id === category.id),
    })),
  };
}
