import type { Approval } from '../core/findings/finding.js';
import type { ApprovalRequest, Approvals } from '../pipeline/ports.js';
import { createClient, describeFailure, type Octokit, StepFailure, step } from './github-api.js';

const TIMEOUT_MS = 30_000;
/** Review states that replace a reviewer's earlier verdict; COMMENTED and PENDING do not. */
const DECISIVE_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** Collaborator permissions (GET .../permission folds maintain into write) that may approve. */
const APPROVER_PERMISSIONS = new Set(['admin', 'write']);
const READ_HINT = 'Reading reviews needs `permissions: pull-requests: read` in the workflow.';

interface Review {
  readonly login: string;
  readonly isBot: boolean;
  readonly state: string;
  readonly commit: string;
}

function toReview(item: unknown): Review | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const {
    user,
    state,
    commit_id: commit,
  } = item as { user?: { login?: unknown; type?: unknown } | null; state?: unknown; commit_id?: unknown };
  if (typeof user?.login !== 'string' || typeof state !== 'string' || typeof commit !== 'string') return undefined;
  return { login: user.login, isBot: user.type === 'Bot', state, commit };
}

/** Each reviewer's latest decisive review, in the order GitHub lists them (oldest first). */
function latestDecisions(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (DECISIVE_STATES.has(review.state)) latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()];
}

async function permissionOf(octokit: Octokit, owner: string, repo: string, username: string): Promise<string> {
  const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission' as const;
  const { data } = await step(`Reading ${username}'s permission (${route})`, TIMEOUT_MS, READ_HINT, () =>
    octokit.request(route, { owner, repo, username }),
  );
  return typeof data.permission === 'string' ? data.permission : 'none';
}

async function findApproval(octokit: Octokit, owner: string, repo: string, request: ApprovalRequest): Promise<Approval> {
  const route = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews' as const;
  const items: unknown[] = await step(`Listing the reviews of pull request #${request.pullNumber} (${route})`, TIMEOUT_MS, READ_HINT, () =>
    octokit.paginate(route, { owner, repo, pull_number: request.pullNumber, per_page: 100 }),
  );
  const reviews = items.map(toReview).filter((review): review is Review => review !== undefined);
  const candidates = latestDecisions(reviews).filter(
    (review) =>
      review.state === 'APPROVED' &&
      review.commit === request.headSha &&
      !review.isBot &&
      review.login.toLowerCase() !== request.authorLogin.toLowerCase(),
  );
  for (const review of candidates) {
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
  return {
    async find(request) {
      const [owner, repo] = github.repository?.split('/') ?? [];
      if (github.token === '' || owner === undefined || repo === undefined) {
        return { state: 'not-approved', reason: 'no github-token or repository to read reviews with, so findings stand' };
      }
      try {
        return await findApproval(await createClient(github.apiUrl, github.token, TIMEOUT_MS), owner, repo, request);
      } catch (error) {
        const message = error instanceof StepFailure ? error.message : describeFailure('Reading approvals', error, TIMEOUT_MS);
        // A reason is a clause the summary and the log end themselves.
        return { state: 'not-approved', reason: message.split(github.token).join('***').replace(/\.$/, '') };
      }
    },
  };
}
