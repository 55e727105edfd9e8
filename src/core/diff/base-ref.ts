import { COMMIT_SHA, EVENT_BASE_FIELDS, type GateEvent } from '../gate-event.js';

export type BaseResolution =
  | { readonly ok: true; readonly base: string; readonly source: string }
  | { readonly ok: false; readonly problem: string };

const ZERO_SHA = /^0+$/;

const BRANCH_NAME = /^(?!-)(?!.*\.\.)[\w./-]+$/;

/**
 * A push that created its branch has no previous commit (`before` is all zeros): the branch is compared
 * with the repository's default branch, where it most likely started.
 */
function firstPushBase(event: GateEvent, where: string): BaseResolution {
  const { defaultBranch } = event;
  if (defaultBranch !== undefined && BRANCH_NAME.test(defaultBranch)) {
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
  if (event.base === undefined) {
    return {
      ok: false,
      problem:
        `The "${event.name}" event does not say what to compare with. Set the "base" input ` +
        '(for example base: main, or base: ${{ github.event.before }}); without it the gate only knows ' +
        `${Object.keys(EVENT_BASE_FIELDS).join(', ')} events.`,
    };
  }
  const { value } = event.base;
  const where = `${event.name} event field ${event.base.field}`;
  if (value === undefined || !COMMIT_SHA.test(value)) {
    return { ok: false, problem: `The ${where} is missing or not a commit SHA. Set the "base" input.` };
  }
  if (ZERO_SHA.test(value)) return firstPushBase(event, where);
  return { ok: true, base: value, source: where };
}
