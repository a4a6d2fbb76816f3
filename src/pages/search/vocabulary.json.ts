import type { APIRoute } from 'astro';
import { getErrors } from '../../data/query.ts';
import { buildVocabulary } from '../../lib/search-vocabulary.ts';

/** Every word a code page is indexed with, and how many codes use it: see ../../lib/search-vocabulary.ts. */
export const GET: APIRoute = async () => {
  const errors = await getErrors();
  return Response.json(
    buildVocabulary(
      errors.map((error) => [
        error.code,
        error.api.name,
        error.category.name,
        error.httpStatusText ?? '',
        error.summary,
        ...error.searchTerms,
        ...error.description,
        ...error.causes.map((cause) => cause.text),
        ...error.troubleshooting.map((step) => step.text),
        error.seen.user,
        error.seen.developer,
        error.retry.label,
        error.retry.advice,
        ...error.samples.flatMap((sample) => [sample.title, sample.json, sample.request?.text ?? '']),
      ]),
    ),
  );
};
