/**
 * The workflow run's event as the gate uses it, decoded once from the payload by the event adapter
 * (src/adapters/github-event.ts): nothing else reads the raw payload.
 */

/** A full commit SHA (SHA-1 or SHA-256), and nothing that git could read as anything else. */
export const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/** Where each event kind keeps the commit a change is compared with. */
export const EVENT_BASE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  pull_request: ['pull_request', 'base', 'sha'],
  pull_request_target: ['pull_request', 'base', 'sha'],
  // A submitted review re-runs the gate, so an approval of its findings takes effect.
  pull_request_review: ['pull_request', 'base', 'sha'],
  push: ['before'],
  merge_group: ['merge_group', 'base_sha'],
};

/** The pull request a pull_request or pull_request_target event is about. */
export interface PullRequestContext {
  /** A positive whole number, else undefined. */
  readonly number: number | undefined;
  /** The head commit, when the payload has a plain SHA for it. */
  readonly headSha: string | undefined;
  /** Label names, non-empty only. */
  readonly labels: readonly string[];
  /** The author's login; empty when the payload has none. */
  readonly authorLogin: string;
  readonly authorId: number | undefined;
  readonly headBranch: string;
  readonly body: string;
}

/** The payload field that names the commit to compare with, and its value when it is a string. */
export interface EventBase {
  /** The field's path, e.g. `pull_request.base.sha`. */
  readonly field: string;
  /** Unchecked: base resolution decides whether it is a SHA. */
  readonly value: string | undefined;
}

export interface GateEvent {
  /** GITHUB_EVENT_NAME; empty outside a runner. */
  readonly name: string;
  /** Undefined for an event kind that names no base (workflow_dispatch, schedule, ...). */
  readonly base: EventBase | undefined;
  /** The repository's default branch as the payload names it, unchecked. */
  readonly defaultBranch: string | undefined;
  /** Undefined when the payload carries no pull request object. */
  readonly pullRequest: PullRequestContext | undefined;
}
