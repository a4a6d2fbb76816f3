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
        ...error.searchTerms,
        ...error.description,
        ...error.troubleshooting.map((step) => step.text),
        ...(error.fix ? [error.fix.change] : []),
        ...error.causes.map((cause) => cause.text),
        error.support.customer,
        ...error.samples.map((sample) => sample.title),
      ]),
    ),
  );
};
