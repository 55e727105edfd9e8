import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubApprovals } from '../../src/adapters/approvals.js';
import { countApprovals } from '../../src/core/approvals/ai-approvals.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { FakeGitHub, json, OWNER, PR, REPO, REPO_ID, type ServerCommit, type ServerReview } from '../support/fake-github.js';

// The approvals adapter against a real HTTP server standing in for GitHub's REST API.

const HEAD = 'c'.repeat(40);
const OLD = 'd'.repeat(40);
const REQUEST = { pullNumber: PR, headSha: HEAD, authorLogin: 'agent-author' };

function review(login: string, state: ServerReview['state'], commit = HEAD, type: 'User' | 'Bot' = 'User'): ServerReview {
  return { user: { login, type }, state, commit_id: commit };
}

let github: FakeGitHub;

beforeEach(async () => {
  github = await FakeGitHub.start();
});

afterEach(async () => {
  await github.stop();
});

function approvals(token = 'ghs_secret') {
  return githubApprovals({ apiUrl: github.apiUrl, token, repository: `${OWNER}/${REPO}` });
}

describe('githubApprovals', () => {
  it('takes an approving review of the head commit by a writer other than the author', async () => {
    github.reviews = [review('lead', 'APPROVED')];
    github.permissions = { lead: 'write' };
    expect(await approvals().find(REQUEST)).toEqual({ state: 'approved', by: '@lead (approving review of cccccccccccc)', commit: HEAD });
    expect(github.sent()).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/${PR}/reviews?per_page=100`,
      `GET /repos/${OWNER}/${REPO}/collaborators/lead/permission`,
    ]);
  });

  it.each([
    ['the author approving their own change', [review('Agent-Author', 'APPROVED')], { 'Agent-Author': 'admin' }],
    ['an approval of an older commit', [review('lead', 'APPROVED', OLD)], { lead: 'write' }],
    ['a bot', [review('helper[bot]', 'APPROVED', HEAD, 'Bot')], { 'helper[bot]': 'write' }],
    ['a reviewer without write access', [review('visitor', 'APPROVED')], { visitor: 'read' }],
    ['an approval withdrawn by requesting changes', [review('lead', 'APPROVED'), review('lead', 'CHANGES_REQUESTED')], { lead: 'write' }],
    ['an approval that was dismissed', [review('lead', 'APPROVED'), review('lead', 'DISMISSED')], { lead: 'write' }],
    ['a comment only', [review('lead', 'COMMENTED')], { lead: 'write' }],
  ])('refuses %s', async (_name, reviews, permissions) => {
    github.reviews = reviews;
    github.permissions = permissions;
    expect(await approvals().find(REQUEST)).toEqual({
      state: 'not-approved',
      reason: 'no approving review of the head commit cccccccccccc by someone other than @agent-author with write access',
    });
  });

  it('keeps an approval a later comment did not withdraw', async () => {
    github.reviews = [review('lead', 'APPROVED'), review('lead', 'COMMENTED')];
    github.permissions = { lead: 'admin' };
    expect((await approvals().find(REQUEST)).state).toBe('approved');
  });

  it('lets findings stand without a token, asking nothing', async () => {
    expect(await approvals('').find(REQUEST)).toEqual({
      state: 'not-approved',
      reason: 'no github-token or repository to read reviews with, so findings stand',
    });
    expect(github.requests).toEqual([]);
  });

  it('lets findings stand when GitHub refuses, saying why and never quoting the token', async () => {
    github.answers.reviews = { status: 403, body: json({ message: 'Resource not accessible by integration ghs_secret' }) };
    const answer = await approvals().find(REQUEST);
    expect(answer).toEqual({
      state: 'not-approved',
      reason:
        'Listing the reviews of pull request #7 (GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews) failed: HTTP 403: Resource not accessible by integration ***. Reading reviews needs `permissions: pull-requests: read` in the workflow',
    });
  });
});

function serverCommit(sha: string, login: string | null, message = 'feat: x\n', email = 'agent@example.com'): ServerCommit {
  const person = { name: 'Agent', email };
  return {
    sha,
    author: login === null ? null : { login },
    committer: login === null ? null : { login },
    commit: { message, author: person, committer: person },
  };
}

describe('githubApprovals: the facts ai-approvals counts', () => {
  it('reads every page of reviews and commits, and the accounts of the candidate approvers only', async () => {
    github.reviews = [
      ...Array.from({ length: 120 }, (_, index) => review(`commenter${index}`, 'COMMENTED')),
      review('lead', 'APPROVED'),
      review('agent-author', 'APPROVED'),
      review('old', 'APPROVED', OLD),
    ];
    github.commits = [
      ...Array.from({ length: 130 }, (_, index) => serverCommit(index.toString(16).padStart(40, '0'), 'agent-author')),
      serverCommit('f'.repeat(40), null, 'fix\n\nCo-authored-by: Pair <pair@example.com>\n'),
    ];
    github.permissions = { lead: 'write' };
    github.publicEmails = { lead: 'lead@example.com' };
    const facts = await approvals().reviewFacts(REQUEST);
    if (typeof facts === 'string') throw new Error(facts);
    expect(facts.reviews).toHaveLength(123);
    expect(facts.commits).toHaveLength(131);
    expect(facts.commits.at(-1)).toEqual({
      info: {
        sha: 'f'.repeat(40),
        parents: [],
        authorName: 'Agent',
        authorEmail: 'agent@example.com',
        committerName: 'Agent',
        committerEmail: 'agent@example.com',
        message: 'fix\n\nCo-authored-by: Pair <pair@example.com>\n',
      },
      authorLogin: undefined,
      committerLogin: undefined,
    });
    expect([...facts.accounts]).toEqual([['lead', { permission: 'write', publicEmail: 'lead@example.com' }]]);
    expect(github.sent()).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/${PR}/reviews?per_page=100`,
      `GET /repositories/${REPO_ID}/pulls/${PR}/reviews?per_page=100&page=2`,
      `GET /repos/${OWNER}/${REPO}/pulls/${PR}/commits?per_page=100`,
      `GET /repositories/${REPO_ID}/pulls/${PR}/commits?per_page=100&page=2`,
      'GET /users/lead',
      `GET /repos/${OWNER}/${REPO}/collaborators/lead/permission`,
    ]);
    // Counted from those facts: the co-author trailer's address is the reviewer's public e-mail.
    github.publicEmails = { lead: 'pair@example.com' };
    const pair = await approvals().reviewFacts(REQUEST);
    expect(typeof pair !== 'string' && countApprovals(pair, REQUEST)).toEqual({
      approvers: [],
      refused: [
        { login: 'lead', why: `a co-author of commit fffffff (pair@example.com)` },
        { login: 'agent-author', why: "the pull request's author" },
        { login: 'old', why: 'approved ddddddd, before the last push' },
      ],
    });
  });

  it('is a GateError for a pull request of 250 commits or more: GitHub lists no more, so a co-author could go unseen', async () => {
    github.commits = Array.from({ length: 250 }, (_, index) => serverCommit(index.toString(16).padStart(40, '0'), 'agent-author'));
    const failure = await approvals()
      .reviewFacts(REQUEST)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GateError);
    expect((failure as GateError).message).toBe(
      'The reviews ai-approvals counts could not be read: Pull request #7 has 250 commits or more, and GitHub lists only the first 250: ' +
        'who co-wrote the rest cannot be checked. Squash or split the pull request.',
    );
    github.commits.pop();
    expect(typeof (await approvals().reviewFacts(REQUEST))).toBe('object');
  });

  it('says why without a token, asking nothing', async () => {
    expect(await approvals('').reviewFacts(REQUEST)).toBe('no github-token or repository to read the reviews with');
    expect(github.requests).toEqual([]);
  });

  it.each(['reviews', 'commits', 'permission', 'profile'] as const)(
    'is a GateError, never a count, when GitHub refuses %s, without the token',
    async (route) => {
      github.reviews = [review('lead', 'APPROVED')];
      github.answers[route] = { status: 403, body: json({ message: 'Resource not accessible by integration ghs_secret' }) };
      const failure = await approvals()
        .reviewFacts(REQUEST)
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GateError);
      expect((failure as GateError).message).toMatch(
        /^The reviews ai-approvals counts could not be read: .*HTTP 403: Resource not accessible by integration \*\*\*/,
      );
    },
  );
});
