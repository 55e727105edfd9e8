import { getOctokit } from '@actions/github';
import { COMMENT_LIMIT_CHARS } from '../core/render/markdown-report.js';
import type { StickyCommentRequest, StickyCommentResult } from '../publish/ports.js';

const DEFAULT_TIMEOUT_MS = 30_000;
/** The account a GITHUB_TOKEN comments as; such a token cannot read GET /user to say so. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Error pages from proxies can be whole HTML documents: a warning quotes only their start. */
const QUOTED_MESSAGE_CHARS = 300;
const NOT_AFFECTED = 'The comment was not posted; the verdict is unaffected.';
const PERMISSION_HINT =
  'Pull requests from forks get a read-only token, and commenting needs `permissions: pull-requests: write` in the workflow.';

type Octokit = ReturnType<typeof getOctokit>;

interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly login: string | undefined;
}

/** One request that did not succeed, described for the warning. */
class StepFailure extends Error {}

/** The HTTP status and body of an Octokit RequestError that reached GitHub; undefined when no answer came. */
function httpAnswer(error: unknown): { status: number; data: unknown } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, response } = error as { status?: unknown; response?: unknown };
  // Octokit reports a network failure as status 500 without a response: that status was never sent.
  if (typeof status !== 'number' || typeof response !== 'object' || response === null) return undefined;
  return { status, data: (response as { data?: unknown }).data };
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTED_MESSAGE_CHARS ? `${line.slice(0, QUOTED_MESSAGE_CHARS)}…` : line;
}

function errorDetail(item: unknown): string {
  const message = typeof item === 'object' && item !== null ? (item as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : JSON.stringify(item);
}

function githubMessage(data: unknown): string {
  if (typeof data === 'string') return quote(data);
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    const { message, errors } = data as { message: string; errors?: unknown };
    // A 422 names what was invalid in `errors`, e.g. "body is too long".
    const details = Array.isArray(errors) ? (errors as unknown[]).map(errorDetail) : [];
    return quote(details.length > 0 ? `${message}: ${details.join('; ')}` : message);
  }
  return 'no message';
}

/** The innermost cause of a failed fetch, where Node says what went wrong (a timeout, a refused connection). */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++) current = current.cause;
  return current;
}

function describeFailure(attempt: string, error: unknown, timeoutMs: number): string {
  const answer = httpAnswer(error);
  if (answer !== undefined) {
    const hint = answer.status === 403 || answer.status === 404 ? ` ${PERMISSION_HINT}` : '';
    return `${attempt} failed: HTTP ${answer.status}: ${githubMessage(answer.data)}.${hint}`;
  }
  const cause = rootCause(error);
  if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return `${attempt} failed: GitHub did not answer within ${timeoutMs / 1000} s.`;
  }
  const message = quote(cause instanceof Error ? cause.message : String(cause));
  // Octokit names a request that got no HTTP answer HttpError; anything else broke on the answer's content.
  if (error instanceof Error && error.name === 'HttpError') return `${attempt} failed: no answer from GitHub (${message}).`;
  return `${attempt} failed: GitHub's answer could not be read (${message}).`;
}

/** Runs one request; any failure becomes a StepFailure that says what was attempted. */
async function step<T>(attempt: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StepFailure(describeFailure(attempt, error, timeoutMs));
  }
}

function unexpectedAnswer(attempt: string): StepFailure {
  return new StepFailure(`${attempt} failed: GitHub's answer could not be read (not the JSON expected).`);
}

function createClient(request: StickyCommentRequest, timeoutMs: number): Octokit {
  // getOctokit (@actions/github 9) adds pagination and REST methods but no retry or throttling plugin,
  // and Octokit's fetch does not retry: a POST that fails is sent once, so it cannot post twice.
  // A trailing slash would make every path start with `//`.
  const octokit = getOctokit(request.token, { baseUrl: request.apiUrl.replace(/\/+$/, '') });
  // A fresh deadline per request, pages of the comment list included: octokit.paginate drops per-call
  // request options after the first page, but every page passes through this hook.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return octokit;
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
    throw new StepFailure(describeFailure(attempt, error, timeoutMs));
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
  const items: unknown[] = await step(attempt, timeoutMs, () =>
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
    const { data } = await step(attempt, timeoutMs, () => octokit.request(route, { ...where, comment_id: existing.id, body: posted }));
    return { outcome: 'updated', url: htmlUrlOf(data, attempt) };
  }
  if (request.mode === 'on-failure' && !request.failed) {
    return { outcome: 'skipped', reason: 'the gate passed and there is no earlier comment to update' };
  }
  const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
  const attempt = `Creating the gate's comment on pull request #${request.issueNumber} (${route})`;
  const { data } = await step(attempt, timeoutMs, () =>
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
    return await publish(createClient(request, timeoutMs), request, posted, timeoutMs);
  } catch (error) {
    if (error instanceof StepFailure) return failed(error.message);
    // getOctokit itself (no token, an unusable apiUrl) or a bug: still only a warning.
    return failed(`Publishing the pull request comment failed: ${quote(error instanceof Error ? error.message : String(error))}.`);
  }
}
