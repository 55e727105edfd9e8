import type { getOctokit } from '@actions/github';

/** Error pages from proxies can be whole HTML documents: a warning quotes only their start. */
const QUOTED_MESSAGE_CHARS = 300;

export type Octokit = ReturnType<typeof getOctokit>;

/** One request that did not succeed, described for the warning. */
export class StepFailure extends Error {}

/** The HTTP status and body of an Octokit RequestError that reached GitHub; undefined when no answer came. */
export function httpAnswer(error: unknown): { status: number; data: unknown } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, response } = error as { status?: unknown; response?: unknown };
  // Octokit reports a network failure as status 500 without a response: that status was never sent.
  if (typeof status !== 'number' || typeof response !== 'object' || response === null) return undefined;
  return { status, data: (response as { data?: unknown }).data };
}

export function quote(text: string): string {
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

export function describeFailure(attempt: string, error: unknown, timeoutMs: number, hint = ''): string {
  const answer = httpAnswer(error);
  if (answer !== undefined) {
    const permission = hint !== '' && (answer.status === 403 || answer.status === 404) ? ` ${hint}` : '';
    return `${attempt} failed: HTTP ${answer.status}: ${githubMessage(answer.data)}.${permission}`;
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
export async function step<T>(attempt: string, timeoutMs: number, hint: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StepFailure(describeFailure(attempt, error, timeoutMs, hint));
  }
}

export function unexpectedAnswer(attempt: string): StepFailure {
  return new StepFailure(`${attempt} failed: GitHub's answer could not be read (not the JSON expected).`);
}

export async function createClient(apiUrl: string, token: string, timeoutMs: number): Promise<Octokit> {
  // Loaded when first needed: @actions/github parses the event file as it loads, and an event file that is
  // not JSON must end in an error verdict with a summary, not in a crash before the gate starts.
  const { getOctokit } = await import('@actions/github');
  // getOctokit (@actions/github 9) adds pagination and REST methods but no retry or throttling plugin,
  // and Octokit's fetch does not retry: a POST that fails is sent once, so it cannot post twice.
  // A trailing slash would make every path start with `//`.
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
  // A fresh deadline per request, pages of the comment list included: octokit.paginate drops per-call
  // request options after the first page, but every page passes through this hook.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return octokit;
}
