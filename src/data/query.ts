/**
 * The only reader of the content collections. Pages ask it for typed views; nothing else imports
 * `astro:content`.
 */
import { getCollection, render } from 'astro:content';
import { errorUrl, schemaUrl } from '../lib/urls.ts';
import { editUrl } from '../registry/edit-links.ts';
import { buildSiteModel, type ApiView, type ErrorView, type SiteModel } from './model.ts';

let model: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const [apis, errors, guides] = await Promise.all([getCollection('apis'), getCollection('errors'), getCollection('guides')]);
    return buildSiteModel(
      apis.map((entry) => ({ id: entry.id, data: entry.data })),
      errors.map((entry) => entry.data),
      { guides: new Set(guides.map((guide) => guide.data.api)), editUrl },
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
  const current = own.filter((error) => error.status !== 'retired');
  return {
    api,
    /** Active and deprecated codes by category; retired codes are listed apart, in `retired`. */
    groups: api.categories.map((category) => ({
      category,
      errors: current.filter((error) => error.category.id === category.id),
    })),
    retired: own.filter((error) => error.status === 'retired'),
  };
}

/** Each API's `_api.yaml` as written, with its id. */
export async function getApiDefinitions() {
  return (await getCollection('apis')).map((entry) => ({ id: entry.id, data: entry.data }));
}

/**
 * Each code's registry entry as validated (text trimmed; it validates against `/schemas/<api>.schema.json`),
 * with its API id, canonical URL and schema URL: the content of the per-code JSON twins.
 */
export async function getEntries() {
  const errors = await getCollection('errors');
  return errors.map(({ data }) => {
    const { api, sourcePath: _sourcePath, ...entry } = data;
    return { api, url: errorUrl(api, entry.code), schema: schemaUrl(api), entry };
  });
}

/** Every guide whose API is in the registry, rendered, with the registry data its MDX may embed. */
export async function getGuides() {
  const { apis, errors } = await getSiteModel();
  const guides = await getCollection('guides');
  return Promise.all(
    guides.flatMap((guide) => {
      const api = apis.find((candidate) => candidate.id === guide.data.api);
      if (!api) return [];
      const own = errors.filter((error) => error.api.id === api.id);
      return [
        render(guide).then(({ Content, headings }) => ({
          api,
          title: guide.data.title,
          description: guide.data.description,
          Content,
          headings,
          /** What the MDX reads as `props`: the facts it shows come from the registry, never from its prose. */
          props: {
            api,
            codes: Object.fromEntries(own.map((error) => [error.code, error])),
            categories: Object.fromEntries(
              api.categories.map((category) => [category.id, own.filter((error) => error.category.id === category.id)]),
            ),
            okStatus: own.filter((error) => error.httpStatus === 200),
          },
        })),
      ];
    }),
  );
}
