import { z } from 'astro/zod';
import { isRegisteredHttpStatus } from '../lib/http-status.ts';

/**
 * Where a code stands in its life. `active`: the API sends it. `deprecated`: still sent, on its way out.
 * `retired`: no longer sent; its page stays so that published links keep working.
 */
export const ERROR_STATUSES = ['active', 'deprecated', 'retired'] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

const HTTP_STATUS_HINT =
  'a registered HTTP status code such as 400, 404 or 502, or null where the API has no HTTP status';

/** The contents of `registry/<api>/<CODE>.yaml`: one error code. */
export const ErrorEntrySchema = z.strictObject({
  /** The code exactly as the API sends it; the file is named after it (`CODE.yaml`). Required. */
  code: z
    .string({ error: 'the code exactly as the API sends it, such as CATALOG_NO_RESULT' })
    .min(1, { error: 'the code exactly as the API sends it, such as CATALOG_NO_RESULT' }),
  /** The id of one of the categories in the API's `_api.yaml`. Required. */
  category: z
    .string({ error: "the id of a category listed in the API's _api.yaml" })
    .min(1, { error: "the id of a category listed in the API's _api.yaml" }),
  /**
   * The HTTP status the API sends with this code by default (an integer, which may be 200 when the error
   * rides on a successful response), or `null` when the API's transport has no HTTP status. Required.
   */
  httpStatus: z
    .int({ error: HTTP_STATUS_HINT })
    .refine(isRegisteredHttpStatus, { error: HTTP_STATUS_HINT })
    .nullable(),
  /**
   * One sentence, on one line, in plain words: what went wrong, ending with a full stop. Shown in tables,
   * search results and the export. Required.
   */
  summary: z
    .string({ error: 'one sentence on one line, ending with a full stop' })
    .trim()
    .min(12, { error: 'one sentence of at least 12 characters, ending with a full stop' })
    .max(200, { error: 'one sentence of at most 200 characters, ending with a full stop' })
    .regex(/^[^\n]*[.!?]$/, { error: 'one sentence on one line, ending with a full stop' }),
  /** `active`, `deprecated` or `retired` (see ERROR_STATUSES). Required. */
  status: z.enum(ERROR_STATUSES, { error: `one of ${ERROR_STATUSES.join(', ')}` }),
});

export type ErrorEntry = z.infer<typeof ErrorEntrySchema>;
