import { type CommitInfo, peopleOf } from '../attribution/commits.js';
import type { ScoredReport } from '../judge/report.js';
import type { Verdict } from '../scoring/verdict.js';

/** A pull request review as GitHub lists it. */
export interface PullRequestReview {
  readonly login: string;
  readonly isBot: boolean;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  readonly state: string;
  /** The commit the review was given on. */
  readonly commit: string;
}

/** A commit of the pull request, with the accounts GitHub matched its author and committer to. */
export interface PullRequestCommit {
  readonly info: CommitInfo;
  readonly authorLogin: string | undefined;
  readonly committerLogin: string | undefined;
}

/** What GitHub says of a reviewer whose approval may count. */
export interface ReviewerAccount {
  /** The collaborator permission: admin, write, read or none (maintain folds into write). */
  readonly permission: string;
  /** The account's public e-mail, if it shows one. */
  readonly publicEmail: string | undefined;
}

/** Everything the count rests on, all read from GitHub's API, every page. */
export interface ReviewFacts {
  readonly reviews: readonly PullRequestReview[];
  readonly commits: readonly PullRequestCommit[];
  /** By login in lower case: the accounts of approvalCandidates' reviewers. */
  readonly accounts: ReadonlyMap<string, ReviewerAccount>;
}

/** The pull request whose approvals are counted. */
export interface ReviewedPullRequest {
  readonly headSha: string;
  readonly authorLogin: string;
}

/** Review states that replace a reviewer's earlier verdict; COMMENTED and PENDING do not. */
const DECISIVE_STATES: ReadonlySet<string> = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** Collaborator permissions (GitHub's permission endpoint folds maintain into write) that may approve. */
export const APPROVER_PERMISSIONS: ReadonlySet<string> = new Set(['admin', 'write']);

/** Each reviewer's latest decisive review, in the order GitHub lists them (oldest first). */
function latestDecisions(reviews: readonly PullRequestReview[]): PullRequestReview[] {
  const latest = new Map<string, PullRequestReview>();
  for (const review of reviews) {
    if (DECISIVE_STATES.has(review.state)) latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()];
}

/**
 * The reviews that may count, before the accounts are asked about: each the reviewer's latest,
 * approving, of the head commit, by a person other than the pull request's author.
 */
export function approvalCandidates(reviews: readonly PullRequestReview[], pullRequest: ReviewedPullRequest): PullRequestReview[] {
  const author = pullRequest.authorLogin.toLowerCase();
  return latestDecisions(reviews).filter(
    (review) =>
      review.state === 'APPROVED' && review.commit === pullRequest.headSha && !review.isBot && review.login.toLowerCase() !== author,
  );
}

/** Logins as GitHub mentions them, in a list. */
const mentions = (logins: readonly string[]): string => logins.map((login) => `@${login}`).join(', ');

/** How the pull request's commits name a person: GitHub's match of an account, or one of its no-reply addresses. */
function wroteCommit(login: string, account: ReviewerAccount | undefined, commit: PullRequestCommit): string | undefined {
  const name = login.toLowerCase();
  const short = commit.info.sha.slice(0, 7);
  if (commit.authorLogin?.toLowerCase() === name) return `the author of commit ${short}`;
  if (commit.committerLogin?.toLowerCase() === name) return `the committer of commit ${short}`;
  const noReply = new RegExp(`^(\\d+\\+)?${name.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}@users\\.noreply\\.github\\.com$`, 'i');
  // An empty public e-mail is none: it must not match a trailer without an address.
  const publicEmail = account?.publicEmail?.toLowerCase() || undefined;
  const person = peopleOf(commit.info).find((candidate) => {
    const email = candidate.email.toLowerCase();
    return noReply.test(email) || email === publicEmail;
  });
  return person && `${person.role === 'Co-authored-by' ? 'a co-author' : `the ${person.role}`} of commit ${short} (${person.email})`;
}

/** Why one approving review does not count; undefined when it counts. */
function refusal(review: PullRequestReview, facts: ReviewFacts, pullRequest: ReviewedPullRequest): string | undefined {
  if (review.isBot) return 'a bot';
  if (review.commit !== pullRequest.headSha) return `approved ${review.commit.slice(0, 7)}, before the last push`;
  if (review.login.toLowerCase() === pullRequest.authorLogin.toLowerCase()) return "the pull request's author";
  const account = facts.accounts.get(review.login.toLowerCase());
  for (const commit of facts.commits) {
    const wrote = wroteCommit(review.login, account, commit);
    if (wrote !== undefined) return wrote;
  }
  const permission = account?.permission ?? 'none';
  return APPROVER_PERMISSIONS.has(permission) ? undefined : `no write access (permission ${permission})`;
}

/** The approvals that count, by login, and each approval that does not, with why. */
export function countApprovals(
  facts: ReviewFacts,
  pullRequest: ReviewedPullRequest,
): { readonly approvers: readonly string[]; readonly refused: readonly { readonly login: string; readonly why: string }[] } {
  const approvers: string[] = [];
  const refused: { login: string; why: string }[] = [];
  const approvedOnce = new Set(facts.reviews.filter((review) => review.state === 'APPROVED').map((review) => review.login.toLowerCase()));
  for (const review of latestDecisions(facts.reviews)) {
    if (review.state !== 'APPROVED') {
      if (approvedOnce.has(review.login.toLowerCase())) {
        refused.push({
          login: review.login,
          why: review.state === 'DISMISSED' ? 'the approval was dismissed' : 'requested changes after approving',
        });
      }
      continue;
    }
    const why = refusal(review, facts, pullRequest);
    if (why === undefined) approvers.push(review.login);
    else refused.push({ login: review.login, why });
  }
  return { approvers, refused };
}

/** The guardrail's state for one run: how much of the change is AI-touched, and who approved it. */
export interface AiApprovalCheck {
  /** ai-approvals. */
  readonly required: number;
  /** ai-approvals-min-lines. */
  readonly minLines: number;
  /** The AI-touched changed lines of every changed file. */
  readonly aiLines: number;
  /** The approvals that count; empty when none were needed or none could be read. */
  readonly approvers: readonly string[];
  readonly refused: readonly { readonly login: string; readonly why: string }[];
  /** Why no review could be read (no pull request, no token): the requirement then stands. */
  readonly unavailable: string | undefined;
}

/** Whether the change is AI-heavy enough to need approvals. */
export const needsApprovals = (check: AiApprovalCheck): boolean => check.required > 0 && check.aiLines >= check.minLines;

/** How many approvals the change needs: 0 under the minimum. */
export const approvalsRequired = (check: AiApprovalCheck): number => (needsApprovals(check) ? check.required : 0);

/** The requirement in words, for the verdict and the summary's finding. */
export function approvalShortfall(check: AiApprovalCheck): string | undefined {
  if (!needsApprovals(check) || check.approvers.length >= check.required) return undefined;
  const has = check.approvers.length === 0 ? 'has none' : `has ${check.approvers.length}, from ${mentions(check.approvers)}`;
  const why = check.unavailable ?? check.refused.map(({ login, why: reason }) => `@${login}: ${reason}`).join('; ');
  return (
    `needs ${check.required} approval(s) from people who did not write this change (${check.aiLines} AI-touched changed line(s), ` +
    `ai-approvals-min-lines ${check.minLines}): ${has}${why === '' ? '' : ` (${why})`}`
  );
}

/**
 * The guardrail on top of the mutation verdict: missing approvals make it `fail` (an `error` stays one),
 * with both reasons in it, so a reviewer sees both; met, the reason names who approved.
 */
export function withApprovals(verdict: Verdict, check: AiApprovalCheck | undefined): Verdict {
  if (check === undefined || !needsApprovals(check)) return verdict;
  const shortfall = approvalShortfall(check);
  if (shortfall === undefined) {
    return { ...verdict, reason: `${verdict.reason} Approved by ${mentions(check.approvers)}, as ai-approvals asks.` };
  }
  return {
    kind: verdict.kind === 'error' ? 'error' : 'fail',
    reason: `This AI-touched change ${shortfall}. The tests: ${verdict.reason}`,
  };
}

/** The judged report with the guardrail applied: its verdict, and the check for every renderer to show. */
export function withApprovalCheck(report: ScoredReport, check: AiApprovalCheck | undefined): ScoredReport {
  return check === undefined ? report : { ...report, verdict: withApprovals(report.verdict, check), aiApprovals: check };
}
