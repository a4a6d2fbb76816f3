/** Who has to act for an error to go away: the person using the app, the app's developer, or the API's owner. */
export const SUPPORT_ACTORS = ['end-user', 'app-developer', 'api-owner'] as const;
export type SupportActor = (typeof SUPPORT_ACTORS)[number];

/** A retry schedule: the delay before the first retry, what each delay is multiplied by, its ceiling, and how many. */
export interface BackoffSchedule {
  firstDelaySeconds: number;
  factor: number;
  capSeconds: number;
  attempts: number;
}

/**
 * The site's own schedule for temporary failures, used where an API's owner publishes none (`backoff` in
 * `_api.yaml` overrides it). Five retries at 1, 2, 4, 8 and 16 s wait 31 s in all: long enough to ride out a
 * brief outage, short enough that a person is still looking at the screen when the app gives up.
 */
export const DEFAULT_BACKOFF: BackoffSchedule = { firstDelaySeconds: 1, factor: 2, capSeconds: 30, attempts: 5 };

/** The delays of a schedule, in seconds, in order: `[1, 2, 4, 8, 16]` for the default. */
export function backoffDelays(schedule: BackoffSchedule): number[] {
  return Array.from({ length: schedule.attempts }, (_, index) =>
    Math.min(schedule.capSeconds, schedule.firstDelaySeconds * schedule.factor ** index),
  );
}

/** A schedule in one sentence, with its numbers: what a reader can put in their client as it stands. */
export function describeBackoff(schedule: BackoffSchedule): string {
  const delays = backoffDelays(schedule);
  const total = delays.reduce((sum, delay) => sum + delay, 0);
  return (
    `Retry up to ${schedule.attempts} times, ${delays.map((delay) => `${delay} s`).join(', ')} apart ` +
    `(first delay ${schedule.firstDelaySeconds} s, ×${schedule.factor} each time, never above ${schedule.capSeconds} s; ${total} s in all), ` +
    'then stop and report the failure with what the API sends.'
  );
}

/**
 * What a client should do about retrying, in the order a reader escalates: the set is small on purpose,
 * so the badge and the index filter mean the same thing on every page. `actors` are who may have to act
 * for a code with this policy (its `support.actor`): a request only a developer can correct cannot be the end
 * user's to fix, and a temporary failure is nobody's fault but the service's until its retries run out.
 */
export const RETRY_POLICIES = {
  'do-not-retry': {
    label: 'Do not retry',
    advice: 'Sending the same request again gives the same error; change the request or the flow instead.',
    actors: ['end-user', 'app-developer', 'api-owner'],
  },
  'retry-after-fix': {
    label: 'Retry after fixing the request',
    advice: 'The request itself is wrong; correct it as described below, then send it again once.',
    actors: ['app-developer'],
  },
  'retry-with-backoff': {
    label: 'Retry with backoff',
    advice: 'The failure is temporary.',
    actors: ['app-developer', 'api-owner'],
  },
  'reauthenticate-first': {
    label: 'Re-authenticate first',
    advice:
      'Obtain a fresh token or sign the user in again, then repeat the request once; if it fails the same way with the fresh token, stop.',
    actors: ['end-user', 'app-developer'],
  },
  'user-action-needed': {
    label: 'User action needed',
    advice: 'Only the user can resolve this (consent, subscription, device); tell them what to do and do not retry until they have.',
    actors: ['end-user'],
  },
} as const satisfies Record<string, { label: string; advice: string; actors: readonly SupportActor[] }>;

export type RetryPolicy = keyof typeof RETRY_POLICIES;
export const RETRY_POLICY_IDS = Object.keys(RETRY_POLICIES) as [RetryPolicy, ...RetryPolicy[]];
