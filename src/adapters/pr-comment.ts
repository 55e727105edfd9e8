import { COMMENT_LIMIT_CHARS } from '../core/render/markdown-report.js';
import type { StickyCommentRequest, StickyCommentResult } from '../publish/ports.js';
import { createClient, describeFailure, httpAnswer, type Octokit, quote, StepFailure, step, unexpectedAnswer } from './github-api.js';

const DEFAULT_TIMEOUT_MS = 30_000;
/** The account a GITHUB_TOKEN comments as; such a token cannot read GET /user to say so. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const NOT_AFFECTED = 'The comment was not posted; the verdict is unaffected.';
const PERMISSION_HINT =
  'Pull requests from forks get a read-only token, and commenting needs `permissions: pull-requests: write` in the workflow.';

interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly login: string | undefined;
}

/** The login the token comments as: GET /user, or the Actions bot when the token may not read it. */
async function tokenLogin(octokit: Octokit, timeoutMs: number): Promise<string> {
  const attempt = "Reading the token's account (GET /user)";
  try {
    const { data } = await octokit.request('GET /user', {});
    const login = (data as unknown as { login?: unknown } | undefined)?.login;
    if (typeof login !== 'string' || login === '') throw unexpectedAnswer(attempt);
    return login;
  } catch (error) {
    if (error instanceof StepFailure) throw error;
    const status = httpAnswer(error)?.status;
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
    throw new StepFailure(describeFailure(attempt, error, timeoutMs, PERMISSION_HINT));
  }
}

function toExistingComment(item: unknown): ExistingComment | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { id, body, user } = item as { id?: unknown; body?: unknown; user?: unknown };
  if (typeof id !== 'number') return undefined;
  const login = typeof user === 'object' && user !== null ? (user as { login?: unknown }).login : undefined;
  return { id, body: typeof body === 'string' ? body : '', login: typeof login === 'string' ? login : undefined };
}

/** Every comment of the pull request, all pages. */
async function listComments(octokit: Octokit, request: StickyCommentRequest, timeoutMs: number): Promise<ExistingComment[]> {
  const route = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
  const attempt = `Listing the comments of pull request #${request.issueNumber} (${route})`;
  const items: unknown[] = await step(attempt, timeoutMs, PERMISSION_HINT, () =>
    octokit.paginate(route, { owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: 100 }),
  );
  return items.map((item) => {
    const comment = toExistingComment(item);
    if (comment === undefined) throw unexpectedAnswer(attempt);
    return comment;
  });
}

function htmlUrlOf(data: unknown, attempt: string): string {
  const url = typeof data === 'object' && data !== null ? (data as { html_url?: unknown }).html_url : undefined;
  if (typeof url !== 'string') throw unexpectedAnswer(attempt);
  return url;
}

async function publish(octokit: Octokit, request: StickyCommentRequest, posted: string, timeoutMs: number): Promise<StickyCommentResult> {
  const login = await tokenLogin(octokit, timeoutMs);
  const comments = await listComments(octokit, request, timeoutMs);
  // Someone else's comment that quotes the marker is theirs: only the token's own comment is the gate's.
  const existing = comments.find((comment) => comment.login === login && comment.body.includes(request.marker));
  const where = { owner: request.owner, repo: request.repo };
  if (existing !== undefined) {
    // Updated in on-failure mode too, so a pull request that was fixed says it passes now.
    const route = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}' as const;
    const attempt = `Updating the gate's comment ${existing.id} on pull request #${request.issueNumber} (${route})`;
    const { data } = await step(attempt, timeoutMs, PERMISSION_HINT, () =>
      octokit.request(route, { ...where, comment_id: existing.id, body: posted }),
    );
    return { outcome: 'updated', url: htmlUrlOf(data, attempt) };
  }
  if (request.mode === 'on-failure' && !request.failed) {
    return { outcome: 'skipped', reason: 'the gate passed and there is no earlier comment to update' };
  }
  const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
  const attempt = `Creating the gate's comment on pull request #${request.issueNumber} (${route})`;
  const { data } = await step(attempt, timeoutMs, PERMISSION_HINT, () =>
    octokit.request(route, { ...where, issue_number: request.issueNumber, body: posted }),
  );
  return { outcome: 'created', url: htmlUrlOf(data, attempt) };
}

/** A warning is printed to the job log: whatever it quotes, the token is cut out. */
function redact(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('***');
}

/**
 * Creates or updates this gate's one comment on a pull request, found by its hidden marker among the
 * comments the token's own account wrote. Never throws: a failure is a warning, never a verdict.
 */
export async function publishStickyComment(request: StickyCommentRequest): Promise<StickyCommentResult> {
  if (request.mode === 'never') return { outcome: 'skipped', reason: 'commenting is off (mode never)' };
  const failed = (warning: string): StickyCommentResult => ({
    outcome: 'failed',
    warning: redact(`${warning} ${NOT_AFFECTED}`, request.token),
  });
  // An empty marker would be found in every comment the account wrote, and the gate would overwrite them.
  if (request.marker.trim() === '') return failed('The pull request comment has no marker to find it by.');
  const posted = `${request.marker}\n${request.body}`;
  if (posted.length > COMMENT_LIMIT_CHARS) {
    return failed(
      `The pull request comment is ${posted.length} characters, over GitHub's limit of ${COMMENT_LIMIT_CHARS}, so it was not sent.`,
    );
  }
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    return await publish(await createClient(request.apiUrl, request.token, timeoutMs), request, posted, timeoutMs);
  } catch (error) {
    if (error instanceof StepFailure) return failed(error.message);
    // getOctokit itself (no token, an unusable apiUrl) or a bug: still only a warning.
    return failed(`Publishing the pull request comment failed: ${quote(error instanceof Error ? error.message : String(error))}.`);
  }
}
