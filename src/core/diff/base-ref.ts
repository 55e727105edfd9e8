/** The parts of the workflow run's event the gate reads. */
export interface GateEvent {
  readonly name: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export type BaseResolution =
  | { readonly ok: true; readonly base: string; readonly source: string }
  | { readonly ok: false; readonly problem: string };

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

function readPath(payload: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | null | undefined)?.[key], payload);
}

/** Where each event keeps the commit a change is compared with. */
const EVENT_BASE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  pull_request: ['pull_request', 'base', 'sha'],
  pull_request_target: ['pull_request', 'base', 'sha'],
  push: ['before'],
  merge_group: ['merge_group', 'base_sha'],
};

const BRANCH_NAME = /^(?!-)(?!.*\.\.)[\w./-]+$/;

/**
 * A push that created its branch has no previous commit (`before` is all zeros): the branch is compared
 * with the repository's default branch, where it most likely started.
 */
function firstPushBase(event: GateEvent, where: string): BaseResolution {
  const defaultBranch = readPath(event.payload, ['repository', 'default_branch']);
  if (typeof defaultBranch === 'string' && BRANCH_NAME.test(defaultBranch)) {
    return {
      ok: true,
      base: defaultBranch,
      source: `a push that created its branch (${where} is all zeros), so the default branch`,
    };
  }
  return {
    ok: false,
    problem:
      `The ${where} is all zeros: this push created the branch, and the event names no usable default branch to ` +
      'compare with. Set the "base" input (for example base: main).',
  };
}

/**
 * The `base` input wins; otherwise the event says what the change is compared with. Values from the
 * payload must be plain SHAs: they reach git as arguments and are never trusted as anything else.
 */
export function resolveBase(baseInput: string | undefined, event: GateEvent): BaseResolution {
  if (baseInput !== undefined) return { ok: true, base: baseInput, source: 'input "base"' };
  const field = EVENT_BASE_FIELDS[event.name];
  if (field === undefined) {
    return {
      ok: false,
      problem:
        `The "${event.name}" event does not say what to compare with. Set the "base" input ` +
        '(for example base: main, or base: ${{ github.event.before }}); without it the gate only knows ' +
        `${Object.keys(EVENT_BASE_FIELDS).join(', ')} events.`,
    };
  }
  const value = readPath(event.payload, field);
  const where = `${event.name} event field ${field.join('.')}`;
  if (typeof value !== 'string' || !SHA.test(value)) {
    return { ok: false, problem: `The ${where} is missing or not a commit SHA. Set the "base" input.` };
  }
  if (ZERO_SHA.test(value)) return firstPushBase(event, where);
  return { ok: true, base: value, source: where };
}

/** The head commit of the event's pull request, when the payload has a plain SHA for it. */
export function pullRequestHeadSha(event: GateEvent): string | undefined {
  const sha = readPath(event.payload, ['pull_request', 'head', 'sha']);
  return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}
