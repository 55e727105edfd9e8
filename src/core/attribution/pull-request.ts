import type { GateEvent } from '../diff/base-ref.js';
import type { PullRequestInfo } from './attribution.js';

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The pull request of a pull_request or pull_request_target event; undefined for other events. */
export function pullRequestOf(event: GateEvent): PullRequestInfo | undefined {
  const pullRequest = event.payload.pull_request as Record<string, unknown> | undefined;
  if (typeof pullRequest !== 'object' || pullRequest === null) return undefined;
  const user = (pullRequest.user ?? {}) as Record<string, unknown>;
  const head = (pullRequest.head ?? {}) as Record<string, unknown>;
  const labels = Array.isArray(pullRequest.labels) ? pullRequest.labels : [];
  return {
    labels: labels.map((label: unknown) => asString((label as Record<string, unknown> | null)?.name)).filter((name) => name !== ''),
    authorLogin: asString(user.login),
    authorId: typeof user.id === 'number' ? user.id : undefined,
    headBranch: asString(head.ref),
    body: asString(pullRequest.body),
  };
}
