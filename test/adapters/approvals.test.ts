import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubApprovals } from '../../src/adapters/approvals.js';
import { FakeGitHub, json, OWNER, PR, REPO, type ServerReview } from '../support/fake-github.js';

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
