import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { registryLoader } from './loaders/registry-loader.ts';
import { registryDir } from './registry/read-registry.ts';
import { ApiSchema, SLUG_PATTERN } from './schemas/api.ts';
import { ErrorEntrySchema } from './schemas/error-entry.ts';

const dir = registryDir();

export const collections = {
  /** `src/guides/<api>.mdx`: how one API's errors work and how a client should handle them. */
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/guides' }),
    schema: z.strictObject({
      /** The id of the API the guide is about; its page is `/guides/<api>/`. */
      api: z.string().regex(SLUG_PATTERN),
      /** The page title. */
      title: z.string().min(1),
      /** One sentence for search engines and link previews. */
      description: z.string().min(1),
    }),
  }),
  /** One entry per `registry/<api>/_api.yaml`, with the folder name as its id. */
  apis: defineCollection({ loader: registryLoader('apis', dir), schema: ApiSchema }),
  /** One entry per `registry/<api>/<CODE>.yaml`, with `<api>/<CODE>` as its id. */
  errors: defineCollection({
    loader: registryLoader('errors', dir),
    schema: ErrorEntrySchema.extend({
      /** The API's id: the name of the folder the file sits in. */
      api: z.string().regex(SLUG_PATTERN),
      /** The file's path inside the registry, e.g. `groove/CATALOG_NO_RESULT.yaml`. */
      sourcePath: z.string(),
    }),
  }),
};
