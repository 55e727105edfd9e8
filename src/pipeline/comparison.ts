import type { UncommittedWork } from '../core/attribution/attribution.js';
import type { Config } from '../core/config/config.js';
import { resolveBase } from '../core/diff/base-ref.js';
import type { GateEvent } from '../core/gate-event.js';
import type { Comparison } from '../core/judge/report.js';
import { GateError } from './gate-error.js';
import type { Git, Log } from './ports.js';

async function resolveBaseCommit(git: Git, base: string, log: Log): Promise<string> {
  const local = await git.resolveCommit(base);
  if (local !== undefined) return local;
  log.info(`Base ${base} is not in the clone; fetching it from origin.`);
  const fetched = await git.fetchCommit(base);
  if (fetched !== undefined) return fetched;
  throw new GateError(
    `The base ${base} is not in the clone and could not be fetched. Check out with full history ` +
      '(actions/checkout with fetch-depth: 0), or set the "base" input to a commit that exists.',
  );
}

/** What the local command compares: its own default base, and its commit of the working tree. */
export interface LocalChange {
  /** The base when --base is not given (the remote's default branch), and why; undefined when none was found. */
  readonly base: { readonly ref: string; readonly source: string } | undefined;
  /** The commit of the working tree with its uncommitted changes; undefined when the tree is HEAD's. */
  readonly uncommitted: UncommittedWork | undefined;
}

/**
 * What the change is compared with: the base (input or event, or the local command's default),
 * fetched when the clone lacks it, and its merge base with HEAD (or the local command's commit of the
 * working tree), deepening a shallow clone that lacks the merge base.
 */
export async function compare(git: Git, config: Config, event: GateEvent, log: Log, local?: LocalChange): Promise<Comparison> {
  const resolution =
    config.base === undefined && local?.base !== undefined
      ? ({ ok: true, base: local.base.ref, source: local.base.source } as const)
      : resolveBase(config.base, event);
  if (!resolution.ok) throw new GateError(resolution.problem);
  const baseCommit = await resolveBaseCommit(git, resolution.base, log);
  const head = local?.uncommitted?.sha ?? (await git.resolveCommit('HEAD'));
  if (head === undefined) throw new GateError('HEAD does not name a commit: check out the commit to test before this step.');
  let mergeBase = await git.mergeBase(baseCommit, head);
  if (mergeBase === undefined && (await git.isShallow())) {
    // actions/checkout fetches one commit by default: fetch the rest, so the result is a full clone's.
    log.info(
      'The clone is shallow and lacks the merge base: fetching its full history (fetch-depth: 0 on actions/checkout saves this step).',
    );
    if (await git.unshallow()) mergeBase = await git.mergeBase(baseCommit, head);
  }
  if (mergeBase === undefined) {
    const shallow = (await git.isShallow()) ? ' The clone is shallow and its history could not be fetched:' : '';
    throw new GateError(
      `HEAD and the base ${resolution.base} share no history in this clone.${shallow} use actions/checkout with fetch-depth: 0.`,
    );
  }
  return { base: resolution.base, baseSource: resolution.source, mergeBase, head };
}

/**
 * Under pull_request_target the token can write, so running the PR's own code (its tests, its Stryker
 * config) would hand that token to whoever opened the PR. Whatever the payload says the PR's head is (a
 * force-push after the event changes it), HEAD may hold only commits of the base branch's history: it is
 * in the history of the base, or of the commit the event ran on (GITHUB_SHA, the base branch's tip).
 * Anything else is refused unless the workflow says otherwise.
 */
export async function refuseUntrustedCode(
  git: Git,
  config: Config,
  event: GateEvent,
  comparison: Comparison,
  eventCommit: string | undefined,
): Promise<void> {
  if (event.name !== 'pull_request_target' || config.allowUntrustedCode) return;
  const { head, mergeBase, base } = comparison;
  if (mergeBase === head) return;
  if (eventCommit !== undefined && (await git.isAncestor(head, eventCommit))) return;
  throw new GateError(
    `Refusing to run: this is a pull_request_target event and the checked-out HEAD ${head.slice(0, 12)} has commits that are ` +
      `not in the base branch's history (neither in ${base}'s nor in that of the event's commit${eventCommit === undefined ? '' : ` ${eventCommit.slice(0, 12)}`}), ` +
      "such as the pull request's own. Running them (their tests, their Stryker config) with this event's write token would " +
      'let anyone who opens a pull request act with it. Use the pull_request event instead; only if every pull request ' +
      'comes from trusted authors, set allow-untrusted-code: true.',
  );
}
