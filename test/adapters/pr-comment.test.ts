import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishStickyComment } from '../../src/adapters/pr-comment.js';
import { COMMENT_LIMIT_CHARS } from '../../src/core/render/markdown-report.js';
import type { StickyCommentRequest, StickyCommentResult } from '../../src/publish/ports.js';
import { ACTIONS_BOT, type Answer, FakeGitHub, json, OWN_LOGIN, OWNER, PR, REPO, REPO_ID, type Recorded } from '../support/fake-github.js';

// A real HTTP server on 127.0.0.1 stands in for the GitHub REST API: the adapter's real Octokit talks to it.

const TOKEN = 'ghs_S3cr3tT0kenThatMustNeverBePrinted';
const MARKER = '<!-- mutation-gate: packages/app -->';
const BODY = '## Mutation gate\n\nScore 62% (threshold 80%): **fail**';

let github: FakeGitHub;

beforeEach(async () => {
  github = await FakeGitHub.start();
});

afterEach(async () => {
  await github.stop();
});

function requestTo(server: FakeGitHub, overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return {
    apiUrl: server.apiUrl,
    token: TOKEN,
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    marker: MARKER,
    body: BODY,
    mode: 'on-failure',
    failed: true,
    ...overrides,
  };
}

function publish(overrides: Partial<StickyCommentRequest> = {}): Promise<StickyCommentResult> {
  return publishStickyComment(requestTo(github, overrides));
}

const POSTED = `${MARKER}\n${BODY}`;
const LIST_PATH = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;

function warningOf(result: StickyCommentResult): string {
  if (result.outcome !== 'failed') throw new Error(`expected a failed outcome, got ${JSON.stringify(result)}`);
  return result.warning;
}

function sentBody(recorded: Recorded | undefined): unknown {
  return JSON.parse(recorded?.body ?? 'null');
}

describe("finding the gate's earlier comment", () => {
  it('follows every page of the comment list and updates the marker comment found on page 3, without creating one', async () => {
    github.addChatter(230);
    const own = github.addComment(OWN_LOGIN, `${MARKER}\nScore 40%: fail`);
    github.addChatter(10);
    github.addComment(OWN_LOGIN, `${MARKER}\nan older duplicate`);
    github.addChatter(5);

    const result = await publish({ failed: false });

    expect(result).toEqual({ outcome: 'updated', url: own.html_url });
    expect(github.sent()).toEqual([
      'GET /user',
      `GET ${LIST_PATH}?per_page=100`,
      `GET /repositories/${REPO_ID}/issues/${PR}/comments?per_page=100&page=2`,
      `GET /repositories/${REPO_ID}/issues/${PR}/comments?per_page=100&page=3`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${own.id}`,
    ]);
    expect(sentBody(github.writes()[0])).toEqual({ body: POSTED });
    expect(own.body).toBe(POSTED);
  });

  it('ignores a comment with the marker written by another account and creates its own', async () => {
    const theirs = github.addComment('mallory', `Quoting the gate: ${MARKER}\nall fine`);
    github.addComment(OWN_LOGIN, 'An unrelated comment by the same account, without the marker.');

    const result = await publish({ mode: 'always', failed: false });

    expect(result.outcome).toBe('created');
    expect(github.writes().map((request) => `${request.method} ${request.path}`)).toEqual([`POST ${LIST_PATH}`]);
    expect(sentBody(github.writes()[0])).toEqual({ body: POSTED });
    expect(theirs.body).toBe(`Quoting the gate: ${MARKER}\nall fine`);
  });

  it.each([401, 403, 404])('takes the account to be github-actions[bot] when GET /user answers %i', async (status) => {
    github.answers.user = { status, body: json({ message: 'Resource not accessible by integration' }) };
    github.addComment(OWN_LOGIN, `${MARKER}\nsomeone else's gate comment`);
    const bots = github.addComment(ACTIONS_BOT, `${MARKER}\nScore 40%: fail`);

    const result = await publish();

    expect(result).toEqual({ outcome: 'updated', url: bots.html_url });
    expect(github.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${bots.id}`,
    ]);
  });

  it('uses github-actions[bot] with the 403 a GITHUB_TOKEN really gets, so its second run updates instead of posting again', async () => {
    github.login = undefined;

    const first = await publish();
    const second = await publish({ failed: false, body: 'Score 90%: pass' });

    expect(first.outcome).toBe('created');
    expect(second).toEqual({ outcome: 'updated', url: github.comments[0]?.html_url });
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]).toMatchObject({ user: { login: ACTIONS_BOT }, body: `${MARKER}\nScore 90%: pass` });
  });

  it('fails without writing when GET /user answers 500 rather than guessing the account', async () => {
    github.answers.user = { status: 500, body: json({ message: 'Server Error' }) };

    const warning = warningOf(await publish());

    expect(warning).toContain('GET /user');
    expect(warning).toContain('HTTP 500: Server Error');
    expect(github.sent()).toEqual(['GET /user']);
  });
});

describe('when to create, update or skip', () => {
  it('creates a comment when the gate failed and there is none yet (on-failure)', async () => {
    github.addChatter(3);

    const result = await publish({ mode: 'on-failure', failed: true });

    const created = github.comments.at(-1);
    expect(result).toEqual({ outcome: 'created', url: created?.html_url });
    expect(github.writes()).toHaveLength(1);
    expect(github.writes()[0]).toMatchObject({ method: 'POST', path: LIST_PATH });
    expect(created).toMatchObject({ user: { login: OWN_LOGIN }, body: POSTED });
  });

  it('skips without writing when the gate passed and there is no earlier comment (on-failure)', async () => {
    github.addChatter(3);

    const result = await publish({ mode: 'on-failure', failed: false });

    expect(result).toEqual({ outcome: 'skipped', reason: 'the gate passed and there is no earlier comment to update' });
    expect(github.writes()).toEqual([]);
    expect(github.comments).toHaveLength(3);
  });

  it('updates the earlier comment when the gate passes now (on-failure), so a fixed PR shows it passes', async () => {
    const own = github.addComment(OWN_LOGIN, `${MARKER}\nScore 40%: fail`);

    const result = await publish({ mode: 'on-failure', failed: false, body: 'Score 90%: pass' });

    expect(result).toEqual({ outcome: 'updated', url: own.html_url });
    expect(github.writes().map((request) => request.method)).toEqual(['PATCH']);
    expect(own.body).toBe(`${MARKER}\nScore 90%: pass`);
  });

  it('creates a comment when the gate passed and mode is always', async () => {
    const result = await publish({ mode: 'always', failed: false });

    expect(result.outcome).toBe('created');
    expect(github.writes().map((request) => `${request.method} ${request.path}`)).toEqual([`POST ${LIST_PATH}`]);
    expect(github.comments).toHaveLength(1);
  });

  it('updates rather than adds a second comment when mode is always and one exists', async () => {
    const own = github.addComment(OWN_LOGIN, `${MARKER}\nold`);

    const result = await publish({ mode: 'always', failed: true });

    expect(result).toEqual({ outcome: 'updated', url: own.html_url });
    expect(github.writes().map((request) => request.method)).toEqual(['PATCH']);
  });

  it('makes no request at all when mode is never', async () => {
    github.addComment(OWN_LOGIN, `${MARKER}\nold`);

    const result = await publish({ mode: 'never', failed: true });

    expect(result.outcome).toBe('skipped');
    expect(github.requests).toEqual([]);
  });
});

describe('what is sent', () => {
  it('posts the marker as the first line, then the body unchanged', async () => {
    await publish();

    const posted = (sentBody(github.writes()[0]) as { body: string }).body;
    expect(posted.split('\n')[0]).toBe(MARKER);
    expect(posted).toBe(`${MARKER}\n${BODY}`);
  });

  it('authenticates every request with the token', async () => {
    github.addChatter(150);
    github.addComment(OWN_LOGIN, `${MARKER}\nold`);

    await publish();

    expect(github.requests).toHaveLength(4);
    for (const request of github.requests) expect(request.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('posts a body of exactly the limit, and refuses one character more without any request', async () => {
    const fitting = 'x'.repeat(COMMENT_LIMIT_CHARS - MARKER.length - 1);

    expect((await publish({ body: fitting })).outcome).toBe('created');
    expect((sentBody(github.writes()[0]) as { body: string }).body).toHaveLength(COMMENT_LIMIT_CHARS);

    github.requests.length = 0;
    const warning = warningOf(await publish({ body: `${fitting}x` }));

    expect(warning).toContain(`${COMMENT_LIMIT_CHARS + 1} characters`);
    expect(warning).toContain(String(COMMENT_LIMIT_CHARS));
    expect(github.requests).toEqual([]);
  });

  it('refuses an empty marker, which would match every comment of the account', async () => {
    github.addComment(OWN_LOGIN, 'A comment the gate must not overwrite.');

    const warning = warningOf(await publish({ marker: '  ', mode: 'always' }));

    expect(warning).toContain('marker');
    expect(github.requests).toEqual([]);
  });
});

describe('GitHub Enterprise Server', () => {
  let enterprise: FakeGitHub;

  beforeEach(async () => {
    enterprise = await FakeGitHub.start('/api/v3');
  });

  afterEach(async () => {
    await enterprise.stop();
  });

  it.each(['', '/'])('keeps the /api/v3 prefix of the API URL on every request (trailing "%s")', async (suffix) => {
    enterprise.addChatter(120);
    const own = enterprise.addComment(OWN_LOGIN, `${MARKER}\nold`);

    const result = await publishStickyComment(requestTo(enterprise, { apiUrl: `${enterprise.apiUrl}${suffix}` }));

    expect(result).toEqual({ outcome: 'updated', url: own.html_url });
    expect(enterprise.sent()).toEqual([
      'GET /api/v3/user',
      `GET /api/v3${LIST_PATH}?per_page=100`,
      `GET /api/v3/repositories/${REPO_ID}/issues/${PR}/comments?per_page=100&page=2`,
      `PATCH /api/v3/repos/${OWNER}/${REPO}/issues/comments/${own.id}`,
    ]);
  });

  it('creates through the prefix too', async () => {
    const result = await publishStickyComment(requestTo(enterprise));

    expect(result.outcome).toBe('created');
    expect(enterprise.writes().map((request) => `${request.method} ${request.path}`)).toEqual([`POST /api/v3${LIST_PATH}`]);
  });
});

describe('failures are warnings, never exceptions', () => {
  it('403 on creating: failed, with the fork and permissions hint, posted once', async () => {
    github.answers.create = { status: 403, body: json({ message: 'Resource not accessible by integration' }) };

    const warning = warningOf(await publish());

    expect(warning).toContain(`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`);
    expect(warning).toContain('HTTP 403: Resource not accessible by integration');
    expect(warning).toContain('forks get a read-only token');
    expect(warning).toContain('`permissions: pull-requests: write`');
    expect(warning).toContain('the verdict is unaffected');
    expect(github.writes()).toHaveLength(1);
  });

  it('404 on listing: failed with the permissions hint and no write', async () => {
    github.answers.list = { status: 404, body: json({ message: 'Not Found' }) };

    const warning = warningOf(await publish());

    expect(warning).toContain('Listing the comments of pull request #7');
    expect(warning).toContain('HTTP 404: Not Found');
    expect(warning).toContain('`permissions: pull-requests: write`');
    expect(github.writes()).toEqual([]);
  });

  it("422 on updating: failed with GitHub's message, and no second comment is created instead", async () => {
    const own = github.addComment(OWN_LOGIN, `${MARKER}\nold`);
    github.answers.update = {
      status: 422,
      body: json({ message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', message: 'body is too long' }] }),
    };

    const warning = warningOf(await publish());

    expect(warning).toContain(`Updating the gate's comment ${own.id}`);
    expect(warning).toContain('HTTP 422: Validation Failed: body is too long');
    expect(warning).not.toContain('fork');
    expect(warning).toContain('the verdict is unaffected');
    expect(github.writes().map((request) => request.method)).toEqual(['PATCH']);
  });

  it('500 on listing: failed, and nothing is written', async () => {
    github.answers.list = { status: 500, body: json({ message: 'Internal Server Error' }) };

    const warning = warningOf(await publish());

    expect(warning).toContain('HTTP 500: Internal Server Error');
    expect(warning).not.toContain('fork');
    expect(github.writes()).toEqual([]);
  });

  it('500 on creating is not retried: exactly one POST', async () => {
    github.answers.create = { status: 500, body: json({ message: 'Internal Server Error' }) };

    const warning = warningOf(await publish());

    expect(warning).toContain('HTTP 500');
    expect(github.writes()).toHaveLength(1);
  });

  it('quotes only the start of an HTML error page from a proxy', async () => {
    github.answers.list = { status: 502, body: `<html><body>${'Bad gateway. '.repeat(500)}</body></html>`, contentType: 'text/html' };

    const warning = warningOf(await publish());

    expect(warning).toContain('HTTP 502: <html><body>Bad gateway.');
    expect(warning.length).toBeLessThan(800);
  });

  it.each([
    ['cut-off JSON', '[{"id": 9000, "body": "<!-- mutation'],
    ['comments without an id', json([{ body: MARKER, user: { login: OWN_LOGIN } }])],
    ['an object instead of a list', json({ comments: [] })],
  ])('an unreadable comment list (%s) is a failure, not a missing comment', async (_name, body) => {
    github.addComment(OWN_LOGIN, `${MARKER}\nold`);
    github.answers.list = { status: 200, body, contentType: 'application/json' };

    const warning = warningOf(await publish());

    expect(warning).toContain('Listing the comments');
    expect(warning).toContain("GitHub's answer could not be read");
    expect(github.writes()).toEqual([]);
  });

  it('a created comment whose answer has no URL is a failure, and is not posted again', async () => {
    github.answers.create = { status: 201, body: json({ id: 1 }) };

    const warning = warningOf(await publish());

    expect(warning).toContain("Creating the gate's comment on pull request #7");
    expect(warning).toContain("GitHub's answer could not be read");
    expect(github.writes()).toHaveLength(1);
  });

  it('an answer to GET /user without a login is a failure', async () => {
    github.answers.user = { status: 200, body: json({ id: 1 }) };

    const warning = warningOf(await publish());

    expect(warning).toContain("GET /user) failed: GitHub's answer could not be read (not the JSON expected)");
    expect(github.sent()).toEqual(['GET /user']);
  });

  it('a server that refuses connections: failed, not thrown', async () => {
    const closed = await FakeGitHub.start();
    const apiUrl = closed.apiUrl;
    await closed.stop();

    const warning = warningOf(await publishStickyComment(requestTo(closed, { apiUrl })));

    expect(warning).toContain('no answer from GitHub');
    expect(warning).toContain('ECONNREFUSED');
  });

  it('a server that never answers the list: failed within the timeout', async () => {
    github.hangWhen = (route) => route === 'list';
    const started = performance.now();

    const warning = warningOf(await publish({ timeoutMs: 300 }));

    expect(performance.now() - started).toBeLessThan(3_000);
    expect(warning).toContain('Listing the comments');
    expect(warning).toContain('did not answer within 0.3 s');
    expect(github.writes()).toEqual([]);
  });

  it('a server that answers page 1 but never page 2: the later pages are bounded too', async () => {
    github.addChatter(150);
    github.hangWhen = (route, url) => route === 'list' && url.searchParams.get('page') === '2';
    const started = performance.now();

    const warning = warningOf(await publish({ timeoutMs: 300 }));

    expect(performance.now() - started).toBeLessThan(3_000);
    expect(warning).toContain('did not answer within 0.3 s');
    expect(github.sent()).toHaveLength(3);
  });

  it('a server that never answers the POST: failed within the timeout, sent once', async () => {
    github.hangWhen = (route) => route === 'create';
    const started = performance.now();

    const warning = warningOf(await publish({ timeoutMs: 300 }));

    expect(performance.now() - started).toBeLessThan(3_000);
    expect(warning).toContain("Creating the gate's comment");
    expect(github.writes()).toHaveLength(1);
  });
});

describe('the token', () => {
  const echoingAuthorization =
    (status: number) =>
    (request: Recorded): Answer => ({
      status,
      body: json({ message: `Rejected credentials: ${String(request.headers.authorization)}` }),
    });

  it.each<[string, (server: FakeGitHub) => void]>([
    ['403 on POST', (server) => (server.answers.create = echoingAuthorization(403))],
    [
      '422 on PATCH',
      (server) => {
        server.addComment(OWN_LOGIN, `${MARKER}\nold`);
        server.answers.update = echoingAuthorization(422);
      },
    ],
    ['500 on the list', (server) => (server.answers.list = echoingAuthorization(500))],
    [
      'an error page that quotes it',
      (server) => (server.answers.user = { status: 502, body: `token=${TOKEN}`, contentType: 'text/plain' }),
    ],
  ])('never appears in a warning or a log line, even when GitHub quotes it back (%s)', async (_name, arrange) => {
    arrange(github);
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const spies = methods.map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      }),
    );
    try {
      const warning = warningOf(await publish());

      expect(github.requests[0]?.headers.authorization).toBe(`token ${TOKEN}`);
      expect(warning).not.toContain(TOKEN);
      expect(warning).toContain('***');
      for (const line of logged) expect(line).not.toContain(TOKEN);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
