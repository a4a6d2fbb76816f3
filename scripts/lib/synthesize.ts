import { stringify } from 'yaml';
import type { ApiDefinition } from '../../src/schemas/api.ts';
import type { ErrorEntry } from '../../src/schemas/error-entry.ts';
import { RETRY_POLICIES, RETRY_POLICY_IDS } from '../../src/lib/retry-policies.ts';
import { RELATED_GROUP_LIMIT } from '../../src/registry/cross-checks.ts';

/** A small, fast, seeded generator (mulberry32): the same seed always gives the same registry. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const RESOURCES = [
  'invoice',
  'payment',
  'refund',
  'customer',
  'bucket',
  'object',
  'upload',
  'session',
  'device',
  'sensor',
  'firmware',
  'schedule',
  'message',
  'channel',
  'webhook',
  'token',
  'quota',
  'report',
  'export',
  'subscription',
  'address',
  'shipment',
  'coupon',
  'ledger',
];
const PROBLEMS = [
  'NOT_FOUND',
  'EXPIRED',
  'LOCKED',
  'CONFLICT',
  'TOO_LARGE',
  'INVALID',
  'MISSING',
  'DUPLICATE',
  'UNAVAILABLE',
  'TIMEOUT',
  'LIMIT_REACHED',
  'FORBIDDEN',
  'MALFORMED',
  'STALE',
  'REJECTED',
  'SUSPENDED',
];
const STATUS_BY_PROBLEM: Record<string, number> = {
  NOT_FOUND: 404,
  EXPIRED: 410,
  LOCKED: 423,
  CONFLICT: 409,
  TOO_LARGE: 413,
  INVALID: 400,
  MISSING: 400,
  DUPLICATE: 409,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
  LIMIT_REACHED: 429,
  FORBIDDEN: 403,
  MALFORMED: 400,
  STALE: 412,
  REJECTED: 422,
  SUSPENDED: 403,
};
const VERBS = ['create', 'update', 'delete', 'list', 'fetch', 'attach', 'cancel', 'renew', 'sync', 'archive'];
const CONTEXTS = [
  'during checkout',
  'in a batch job',
  'from a mobile client',
  'after a deploy',
  'behind a proxy',
  'on a retry',
  'in a webhook handler',
  'at the end of a billing cycle',
];
const CHECKS = [
  'the request ID in the response headers',
  'the resource ID in the path',
  'the timestamp of the last successful call',
  'the account the token belongs to',
  'the region the request was routed to',
  'the payload size the client sent',
];
const FIXES = [
  'refresh the resource from the list endpoint and use its current ID',
  'send the request again with the corrected value',
  'wait for the running operation to finish and try once more',
  'ask the account owner to raise the limit',
  'split the payload into smaller parts',
  'renew the token and repeat the call',
];

const APIS: Array<{ id: string; name: string; envelope: 'json-body' | 'json-frame'; prefix: string; categories: string[] }> = [
  {
    id: 'acme-payments',
    name: 'Acme Payments API',
    envelope: 'json-body',
    prefix: 'PAY',
    categories: ['Billing', 'Cards', 'Refunds', 'Disputes', 'Payouts', 'Fraud checks'],
  },
  {
    id: 'nimbus-storage',
    name: 'Nimbus Storage API',
    envelope: 'json-body',
    prefix: 'STO',
    categories: ['Buckets', 'Objects', 'Uploads', 'Access policies', 'Replication'],
  },
  {
    id: 'orbit-devices',
    name: 'Orbit Device Control API',
    envelope: 'json-frame',
    prefix: 'ERROR',
    categories: ['Commands', 'Firmware', 'Pairing', 'Sensors'],
  },
  {
    id: 'lumen-messaging',
    name: 'Lumen Messaging API',
    envelope: 'json-body',
    prefix: 'MSG',
    categories: ['Delivery', 'Templates', 'Channels', 'Webhooks', 'Rate limits', 'Contacts', 'Consent'],
  },
];

const slug = (name: string) => name.toLowerCase().replaceAll(' ', '-');
const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function apiDefinition(api: (typeof APIS)[number]): ApiDefinition {
  const commandApi = api.envelope === 'json-frame';
  const example = commandApi
    ? [{ namespace: 'commands', success: false, type: 'globalError' }, { errorCode: `${api.prefix}_DEVICE_TIMEOUT` }]
    : { Error: { ErrorCode: `${api.prefix}_INVOICE_NOT_FOUND`, Description: 'The invoice was not found.' } };
  return {
    name: api.name,
    summary: `A synthetic ${commandApi ? 'command' : 'REST'} API that the benchmark generates to measure the site at scale.`,
    codePattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$',
    categories: api.categories.map((name) => ({ id: slug(name), name, summary: `Errors about ${name.toLowerCase()}.` })),
    transport: {
      kind: commandApi ? 'command-response' : 'http-response',
      summary: commandApi ? 'Errors arrive in a reply whose header says success is false.' : 'Errors arrive as JSON with an HTTP status.',
    },
    envelope: {
      name: commandApi ? 'globalError' : 'Error',
      code: commandApi ? 'errorCode' : 'Error.ErrorCode',
      fields: commandApi
        ? [{ name: 'errorCode', type: 'string', required: true, summary: 'The machine-readable code.' }]
        : [
            { name: 'Error.ErrorCode', type: 'string', required: true, summary: 'The machine-readable code.' },
            { name: 'Error.Description', type: 'string', required: true, summary: 'What the code means.' },
          ],
      ...(commandApi
        ? {
            frame: {
              summary: 'A command is answered with one JSON array, the header then the body.',
              header: [
                { name: 'namespace', type: 'string', required: true, summary: 'The namespace of the command.' },
                { name: 'success', type: 'boolean', required: true, value: false, summary: 'Always false.' },
                { name: 'type', type: 'string', required: true, value: 'globalError', summary: 'The type of the body.' },
              ],
            },
          }
        : {}),
      example: JSON.stringify(example, null, 2),
    },
    log: [
      { field: commandApi ? 'errorCode' : 'ErrorCode', why: 'It is what the reference indexes its explanations by.' },
      { field: 'the request time in UTC', why: 'It lets the API team find the failing call in their own logs.' },
    ],
    sources: [
      {
        id: 'reference',
        title: `${api.name} reference`,
        author: 'owner',
        publisher: `${api.name} team`,
        url: `https://${api.id}.example/docs/errors`,
        shows: 'Every code with its description.',
      },
    ],
    upstream: { title: `${api.name} reference`, url: `https://${api.id}.example/docs/errors` },
  };
}

const relatedDifference = (code: string, resource: string) =>
  `${code} names a different problem with the ${resource} in its own ErrorCode field, which the client can compare.`;

/** Every code relates to another of its API, so each API needs two. */
export const MINIMUM_CODES = APIS.length * 2;

/** Codes of one API with the same category and HTTP status relate to each other both ways, as the check requires. */
function relateConfusable(entries: readonly { api: string; entry: ErrorEntry }[]): void {
  const groups = new Map<string, ErrorEntry[]>();
  for (const { api, entry } of entries) {
    if (entry.httpStatus === null) continue;
    const key = `${api}/${entry.category}/${entry.httpStatus}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  for (const group of groups.values()) {
    if (group.length > RELATED_GROUP_LIMIT) continue;
    for (const entry of group) {
      for (const other of group) {
        if (other !== entry && !entry.related.some((item) => item.code === other.code)) {
          entry.related.push({ code: other.code, difference: relatedDifference(other.code, 'resource') });
        }
      }
    }
  }
}

export interface SyntheticRegistry {
  /** Relative path (`<api>/<file>`) to file text. */
  files: Map<string, string>;
}

/**
 * A registry of `count` codes spread over several APIs and categories, with varied, realistic text in every
 * field, that `npm run check` accepts. Deterministic for a given seed.
 */
export function synthesize(count: number, seed = 1): SyntheticRegistry {
  if (!Number.isInteger(count) || count < MINIMUM_CODES) {
    throw new RangeError(`a synthetic registry needs at least ${MINIMUM_CODES} codes (two per API), not ${count}`);
  }
  const { next, pick } = random(seed);
  const files = new Map<string, string>();
  const entries: { api: string; entry: ErrorEntry }[] = [];
  const codesByApi = new Map<string, string[]>();
  for (const api of APIS) {
    files.set(`${api.id}/_api.yaml`, stringify(apiDefinition(api), { lineWidth: 100 }));
    codesByApi.set(api.id, []);
  }

  for (let index = 0; index < count; index++) {
    const api = APIS[index % APIS.length]!;
    const own = codesByApi.get(api.id)!;
    const resource = pick(RESOURCES);
    const problem = pick(PROBLEMS);
    const code = `${api.prefix}_${resource.toUpperCase()}_${problem}_${own.length + 1}`;
    own.push(code);
    const category = pick(api.categories);
    const commandApi = api.envelope === 'json-frame';
    const httpStatus = commandApi ? null : STATUS_BY_PROBLEM[problem]!;
    const readable = problem.toLowerCase().replaceAll('_', ' ');
    const verb = pick(VERBS);
    const relatedCode = own.length > 1 ? own[Math.floor(next() * (own.length - 1))]! : undefined;
    const related = relatedCode ? [{ code: relatedCode, difference: relatedDifference(relatedCode, resource) }] : [];
    const retry = pick(RETRY_POLICY_IDS);
    const entry: ErrorEntry = {
      code,
      category: slug(category),
      httpStatus,
      status: 'active',
      retry,
      summary: `The ${resource} named in the request is ${readable}, so the ${verb} call was refused.`,
      description:
        `${capitalize(verb)} calls on ${withArticle(resource)} fail with this code when the ${resource} is ${readable} ${pick(CONTEXTS)}. ` +
        `The ${api.name} checks the ${resource} before doing any work, so nothing was changed on the server.`,
      causes: [
        {
          text: `The client kept ${withArticle(resource)} ID from an earlier response and the ${resource} changed since then.`,
          sources: ['reference'],
        },
        { text: `Two workers may have acted on the same ${resource} ${pick(CONTEXTS)}.`, inferred: true },
        {
          text: `A configuration value probably points at ${withArticle(resource)} in another ${pick(['account', 'region', 'environment'])}.`,
          inferred: true,
        },
      ],
      troubleshooting: [
        { text: `Check ${pick(CHECKS)} and compare it with what the client expected.`, sources: ['reference'] },
        { text: `Then ${pick(FIXES)}.`, inferred: true },
        { text: `Confirm the fix by repeating the ${verb} call and reading the ${resource} back.`, inferred: true },
      ],
      support: {
        customer: `Something went wrong while the app worked on your ${resource}. Please try again in a minute; if it happens again, tell us when.`,
        actor: pick(RETRY_POLICIES[retry].actors),
        ask: [`the time the ${verb} failed, with its time zone`, `the name of the ${resource} involved`],
      },
      seen: {
        user: `The ${resource} cannot be ${verb === 'list' ? 'listed' : 'saved'} and the app shows an error.`,
        developer: `The ${verb} call returns ${code} and the client library raises an error naming it.`,
      },
      samples: [
        {
          title: `${capitalize(withArticle(verb))} call on ${withArticle(resource)} that is ${readable}`,
          ...(commandApi
            ? {}
            : { request: `POST /v1/${resource}${resource.endsWith('s') ? 'es' : 's'}/${verb} HTTP/1.1\nHost: ${api.id}.example` }),
          response: commandApi
            ? {
                header: { namespace: 'commands', success: false, type: 'globalError' },
                body: { errorCode: code, reason: `${resource} ${readable}` },
              }
            : { status: httpStatus!, body: { Error: { ErrorCode: code, Description: `The ${resource} is ${readable}.` } } },
          provenance: 'illustrative',
        },
      ],
      upstream: { kind: 'documented', description: `The ${resource} is ${readable}.`, sources: ['reference'] },
      related,
      keywords: [resource, readable],
    };
    entries.push({ api: api.id, entry });
  }
  // The first code of each API had no earlier code to relate to; point it at the second.
  for (const api of APIS) {
    const [first, second] = codesByApi.get(api.id)!;
    const entry = entries.find((candidate) => candidate.entry.code === first)?.entry;
    if (entry && second) entry.related.push({ code: second, difference: relatedDifference(second, 'resource') });
  }
  relateConfusable(entries);
  for (const { api, entry } of entries) files.set(`${api}/${entry.code}.yaml`, stringify(entry, { lineWidth: 100 }));
  return { files };
}
