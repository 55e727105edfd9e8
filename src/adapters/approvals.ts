import {
  APPROVER_PERMISSIONS,
  approvalCandidates,
  type PullRequestCommit,
  type PullRequestReview,
  type ReviewerAccount,
  type ReviewFacts,
} from '../core/approvals/ai-approvals.js';
import type { Approval } from '../core/findings/finding.js';
import { GateError } from '../pipeline/gate-error.js';
import type { ApprovalRequest, Approvals } from '../pipeline/ports.js';
import { createClient, describeFailure, type Octokit, StepFailure, step } from './github-api.js';

const TIMEOUT_MS = 30_000;
const READ_HINT = 'Reading reviews needs `permissions: pull-requests: read` in the workflow.';
/** GET .../pulls/{n}/commits lists at most this many commits, whatever the pages. */
const GITHUB_COMMIT_LIST_LIMIT = 250;

function toReview(item: unknown): PullRequestReview | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const {
    user,
    state,
    commit_id: commit,
  } = item as { user?: { login?: unknown; type?: unknown } | null; state?: unknown; commit_id?: unknown };
  if (typeof user?.login !== 'string' || typeof state !== 'string' || typeof commit !== 'string') return undefined;
  return { login: user.login, isBot: user.type === 'Bot', state, commit };
}

/** A pull request commit as GET .../pulls/{n}/commits lists it, with the accounts GitHub matched to it. */
function toCommit(item: unknown): PullRequestCommit | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { sha, commit, author, committer } = item as {
    sha?: unknown;
    commit?: {
      message?: unknown;
      author?: { name?: unknown; email?: unknown } | null;
      committer?: { name?: unknown; email?: unknown } | null;
    };
    author?: { login?: unknown } | null;
    committer?: { login?: unknown } | null;
  };
  if (typeof sha !== 'string' || typeof commit?.message !== 'string') return undefined;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    info: {
      sha,
      parents: [],
      authorName: text(commit.author?.name),
      authorEmail: text(commit.author?.email),
      committerName: text(commit.committer?.name),
      committerEmail: text(commit.committer?.email),
      message: commit.message,
    },
    authorLogin: typeof author?.login === 'string' ? author.login : undefined,
    committerLogin: typeof committer?.login === 'string' ? committer.login : undefined,
  };
}

async function listReviews(octokit: Octokit, owner: string, repo: string, pullNumber: number): Promise<PullRequestReview[]> {
  const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews' as const;
  const items: unknown[] = await step(`Listing the reviews of pull request #${pullNumber} (${route})`, TIMEOUT_MS, READ_HINT, () =>
    octokit.paginate(route, { owner, repo, pull_number: pullNumber, per_page: 100 }),
  );
  return items.map(toReview).filter((review): review is PullRequestReview => review !== undefined);
}

async function accountOf(octokit: Octokit, owner: string, repo: string, login: string): Promise<ReviewerAccount> {
  const route = 'GET /users/{username}' as const;
  const { data } = await step(`Reading ${login}'s public profile (${route})`, TIMEOUT_MS, READ_HINT, () =>
    octokit.request(route, { username: login }),
  );
  const email = (data as { email?: unknown }).email;
  return { permission: await permissionOf(octokit, owner, repo, login), publicEmail: typeof email === 'string' ? email : undefined };
}

/** The reviews, the commits and the candidate approvers' accounts of a pull request, every page. */
async function readReviewFacts(octokit: Octokit, owner: string, repo: string, request: ApprovalRequest): Promise<ReviewFacts> {
  const reviews = await listReviews(octokit, owner, repo, request.pullNumber);
  const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits' as const;
  const items: unknown[] = await step(`Listing the commits of pull request #${request.pullNumber} (${route})`, TIMEOUT_MS, READ_HINT, () =>
    octokit.paginate(route, { owner, repo, pull_number: request.pullNumber, per_page: 100 }),
  );
  if (items.length >= GITHUB_COMMIT_LIST_LIMIT) {
    // GitHub lists no more: a co-author of a later commit would go unseen, so nobody's approval can be checked.
    throw new StepFailure(
      `Pull request #${request.pullNumber} has ${GITHUB_COMMIT_LIST_LIMIT} commits or more, and GitHub lists only the first ` +
        `${GITHUB_COMMIT_LIST_LIMIT}: who co-wrote the rest cannot be checked. Squash or split the pull request.`,
    );
  }
  const commits = items.map(toCommit).filter((commit): commit is PullRequestCommit => commit !== undefined);
  const accounts = new Map<string, ReviewerAccount>();
  for (const review of approvalCandidates(reviews, request)) {
    accounts.set(review.login.toLowerCase(), await accountOf(octokit, owner, repo, review.login));
  }
  return { reviews, commits, accounts };
}

async function permissionOf(octokit: Octokit, owner: string, repo: string, username: string): Promise<string> {
  const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission' as const;
  const { data } = await step(`Reading ${username}'s permission (${route})`, TIMEOUT_MS, READ_HINT, () =>
    octokit.request(route, { owner, repo, username }),
  );
  return typeof data.permission === 'string' ? data.permission : 'none';
}

async function findApproval(octokit: Octokit, owner: string, repo: string, request: ApprovalRequest): Promise<Approval> {
  const reviews = await listReviews(octokit, owner, repo, request.pullNumber);
  for (const review of approvalCandidates(reviews, request)) {
    if (APPROVER_PERMISSIONS.has(await permissionOf(octokit, owner, repo, review.login))) {
      return { state: 'approved', by: `@${review.login} (approving review of ${request.headSha.slice(0, 12)})`, commit: request.headSha };
    }
  }
  return {
    state: 'not-approved',
    reason: `no approving review of the head commit ${request.headSha.slice(0, 12)} by someone other than @${request.authorLogin} with write access`,
  };
}

/**
 * Approval is an approving pull request review of the current head commit by a person (not a bot)
 * other than the PR's author who can write to the repository. Reviews are bound to a commit, so a push
 * after the approval needs a new one; GitHub, not any file in the PR, says who gave it.
 */
export function githubApprovals(github: { apiUrl: string; token: string; repository: string | undefined }): Approvals {
  const [owner, repo] = github.repository?.split('/') ?? [];
  const noAccess = github.token === '' || owner === undefined || repo === undefined;
  /** What failed, in words, with the token never in them. */
  const failure = (error: unknown, attempt: string): string =>
    (error instanceof StepFailure ? error.message : describeFailure(attempt, error, TIMEOUT_MS)).split(github.token).join('***');
  return {
    async find(request) {
      if (noAccess) return { state: 'not-approved', reason: 'no github-token or repository to read reviews with, so findings stand' };
      try {
        return await findApproval(await createClient(github.apiUrl, github.token, TIMEOUT_MS), owner, repo, request);
      } catch (error) {
        // A reason is a clause the summary and the log end themselves.
        return { state: 'not-approved', reason: failure(error, 'Reading approvals').replace(/\.$/, '') };
      }
    },
    async reviewFacts(request) {
      if (noAccess) return 'no github-token or repository to read the reviews with';
      try {
        return await readReviewFacts(await createClient(github.apiUrl, github.token, TIMEOUT_MS), owner, repo, request);
      } catch (error) {
        // Not knowing who approved is never a pass: the run ends in an error.
        throw new GateError(`The reviews ai-approvals counts could not be read: ${failure(error, 'Reading the reviews')}`);
      }
    },
  };
}
