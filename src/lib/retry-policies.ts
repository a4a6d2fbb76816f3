/**
 * What a client should do about retrying, in the order a reader escalates: the set is small on purpose,
 * so the badge and the index filter mean the same thing on every page.
 */
export const RETRY_POLICIES = {
  'do-not-retry': {
    label: 'Do not retry',
    advice: 'Sending the same request again gives the same error; change the request or the flow instead.',
  },
  'retry-after-fix': {
    label: 'Retry after fixing the request',
    advice: 'The request itself is wrong; correct it as described below, then send it again.',
  },
  'retry-with-backoff': {
    label: 'Retry with backoff',
    advice: 'The failure is temporary; retry after a delay that grows with each attempt, and give up after a few.',
  },
  'reauthenticate-first': {
    label: 'Re-authenticate first',
    advice: 'Obtain a fresh token or sign the user in again, then repeat the request.',
  },
  'user-action-needed': {
    label: 'User action needed',
    advice: 'Only the user can resolve this (consent, subscription, device); tell them what to do.',
  },
} as const;

export type RetryPolicy = keyof typeof RETRY_POLICIES;
export const RETRY_POLICY_IDS = Object.keys(RETRY_POLICIES) as [RetryPolicy, ...RetryPolicy[]];
