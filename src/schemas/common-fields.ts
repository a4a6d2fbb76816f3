import { z } from 'astro/zod';
import { isRegisteredHttpStatus } from '../lib/http-status.ts';

/**
 * Field shapes more than one registry schema uses, each with its hint written once. The hint given to a
 * schema is also what zod reports when one of its checks (`min`, `regex`, `refine`) fails, unless the
 * check names its own; so a hint is written once per field, never again on its checks.
 */

export const REGISTERED_HTTP_STATUS_HINT = 'a registered HTTP status code such as 400, 404 or 502';

/** An HTTP status registered with IANA, so that a typo such as 4040 or 209 is caught instead of published. */
export const registeredHttpStatus = (hint: string) => z.int({ error: hint }).refine(isRegisteredHttpStatus);

/** A list of at least one item; both of its hints name the fields each item needs. */
export const nonEmptyList = <T extends z.ZodType>(item: T, names: { one: string; many: string; fields: string }) =>
  z
    .array(item, { error: `a list of ${names.many}, each with ${names.fields}` })
    .min(1, { error: `at least one ${names.one}, each with ${names.fields}` });
