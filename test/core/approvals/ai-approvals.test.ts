import { describe, expect, it } from 'vitest';
import {
  type AiApprovalCheck,
  approvalCandidates,
  approvalShortfall,
  approvalsRequired,
  countApprovals,
  type PullRequestCommit,
  type PullRequestReview,
  type ReviewerAccount,
  type ReviewFacts,
  withApprovalCheck,
  withApprovals,
} from '../../../src/core/approvals/ai-approvals.js';
import { scored } from '../../support/scored-fixtures.js';

const HEAD = 'c'.repeat(40);
const OLD = 'd'.repeat(40);
const PULL_REQUEST = { headSha: HEAD, authorLogin: 'agent-author' };

const review = (login: string, state = 'APPROVED', commit = HEAD, isBot = false): PullRequestReview => ({ login, isBot, state, commit });

function commit(sha: string, overrides: Partial<PullRequestCommit> = {}, message = 'feat: change\n'): PullRequestCommit {
  return {
    info: {
      sha,
      parents: [],
      authorName: 'Agent',
      authorEmail: 'agent@example.com',
      committerName: 'Agent',
      committerEmail: 'agent@example.com',
      message,
    },
    authorLogin: 'agent-author',
    committerLogin: 'agent-author',
    ...overrides,
  };
}

const writer = (publicEmail?: string): ReviewerAccount => ({ permission: 'write', publicEmail });

function facts(reviews: PullRequestReview[], accounts: Record<string, ReviewerAccount>, commits = [commit('1111111aaaa')]): ReviewFacts {
  return { reviews, commits, accounts: new Map(Object.entries(accounts).map(([login, account]) => [login.toLowerCase(), account])) };
}

describe('countApprovals', () => {
  it('counts the latest approving review of the head commit by each distinct writer who did not write the change', () => {
    const counted = countApprovals(
      facts([review('lead'), review('Lead'), review('second', 'COMMENTED'), review('second'), review('admin-person')], {
        lead: writer(),
        second: writer(),
        'admin-person': { permission: 'admin', publicEmail: 'admin@example.com' },
      }),
      PULL_REQUEST,
    );
    expect(counted).toEqual({ approvers: ['Lead', 'second', 'admin-person'], refused: [] });
  });

  it.each([
    ["the pull request's author", [review('Agent-Author')], {}, undefined, "the pull request's author"],
    ['a bot', [review('helper[bot]', 'APPROVED', HEAD, true)], { 'helper[bot]': writer() }, undefined, 'a bot'],
    [
      'an approval before the last push',
      [review('lead', 'APPROVED', OLD)],
      { lead: writer() },
      undefined,
      'approved ddddddd, before the last push',
    ],
    [
      'a reader',
      [review('visitor')],
      { visitor: { permission: 'read', publicEmail: undefined } },
      undefined,
      'no write access (permission read)',
    ],
    ['an account GitHub said nothing of', [review('ghost')], {}, undefined, 'no write access (permission none)'],
    [
      "a commit's author, by GitHub's match of the account",
      [review('pair')],
      { pair: writer() },
      [commit('2222222bbbb', { authorLogin: 'Pair' })],
      'the author of commit 2222222',
    ],
    [
      "a commit's committer",
      [review('pair')],
      { pair: writer() },
      [commit('2222222bbbb', { committerLogin: 'pair' })],
      'the committer of commit 2222222',
    ],
    [
      'a co-author by no-reply address',
      [review('pair')],
      { pair: writer() },
      [commit('3333333cccc', {}, 'feat: x\n\nCo-authored-by: Pair <12345+Pair@users.noreply.github.com>\n')],
      'a co-author of commit 3333333 (12345+Pair@users.noreply.github.com)',
    ],
    [
      'a co-author by public e-mail',
      [review('pair')],
      { pair: writer('Pair@Example.com') },
      [commit('3333333cccc', {}, 'feat: x\n\nCo-authored-by: Pair <pair@example.com>\n')],
      'a co-author of commit 3333333 (pair@example.com)',
    ],
    [
      "a commit's author by e-mail",
      [review('pair')],
      { pair: writer('pair@example.com') },
      [commit('4444444dddd', { info: { ...commit('4444444dddd').info, authorEmail: 'pair@example.com' }, authorLogin: undefined })],
      'the author of commit 4444444 (pair@example.com)',
    ],
  ])('refuses %s', (_what, reviews, accounts, commits, why) => {
    const counted = countApprovals(facts(reviews, accounts, commits), PULL_REQUEST);
    expect(counted).toEqual({ approvers: [], refused: [{ login: (reviews[0] as PullRequestReview).login, why }] });
  });

  it('takes a later "changes requested" or a dismissal as withdrawing the approval, and a later comment as not', () => {
    const counted = countApprovals(
      facts(
        [
          review('lead'),
          review('lead', 'CHANGES_REQUESTED'),
          review('other'),
          review('other', 'DISMISSED'),
          review('third'),
          review('third', 'COMMENTED'),
          review('critic', 'CHANGES_REQUESTED'),
        ],
        { lead: writer(), other: writer(), third: writer(), critic: writer() },
      ),
      PULL_REQUEST,
    );
    expect(counted).toEqual({
      approvers: ['third'],
      refused: [
        { login: 'lead', why: 'requested changes after approving' },
        { login: 'other', why: 'the approval was dismissed' },
      ],
    });
  });

  it('does not take a login with regular-expression characters as a pattern', () => {
    const trailers = 'x\n\nCo-authored-by: X <aXb@users.noreply.github.com>\nCo-authored-by: Y <ab@users.noreply.github.com>\n';
    const counted = countApprovals(facts([review('a.b')], { 'a.b': writer() }, [commit('5555555eeee', {}, trailers)]), PULL_REQUEST);
    expect(counted.approvers).toEqual(['a.b']);
  });

  it('takes an empty public e-mail as none, and a commit GitHub matched to no account as no one’s', () => {
    const noAddress = commit('6666666ffff', { authorLogin: undefined, committerLogin: undefined }, 'x\n\nCo-authored-by: Someone\n');
    const counted = countApprovals(facts([review('lead')], { lead: writer('') }, [noAddress]), PULL_REQUEST);
    expect(counted).toEqual({ approvers: ['lead'], refused: [] });
  });
});

describe('approvalCandidates', () => {
  it('are the latest approving reviews of the head commit by people other than the author', () => {
    const reviews = [
      review('lead'),
      review('old', 'APPROVED', OLD),
      review('bot', 'APPROVED', HEAD, true),
      review('gone'),
      review('gone', 'DISMISSED'),
      review('Agent-Author'),
    ];
    expect(approvalCandidates(reviews, PULL_REQUEST).map((candidate) => candidate.login)).toEqual(['lead']);
  });
});

describe('the verdict with ai-approvals', () => {
  const check = (overrides: Partial<AiApprovalCheck> = {}): AiApprovalCheck => ({
    required: 2,
    minLines: 10,
    aiLines: 40,
    approvers: ['lead'],
    refused: [{ login: 'pair', why: 'a co-author of commit 3333333 (pair@example.com)' }],
    unavailable: undefined,
    ...overrides,
  });
  const PASS = { kind: 'pass' as const, reason: 'AI-touched lines score 90.00%.' };

  it('fails a passing change short of approvals, giving both reasons', () => {
    expect(withApprovals(PASS, check())).toEqual({
      kind: 'fail',
      reason:
        'This AI-touched change needs 2 approval(s) from people who did not write this change (40 AI-touched changed line(s), ' +
        'ai-approvals-min-lines 10): has 1, from @lead (@pair: a co-author of commit 3333333 (pair@example.com)). The tests: AI-touched lines score 90.00%.',
    });
    expect(withApprovals(PASS, check({ approvers: [], refused: [] })).reason).toContain('ai-approvals-min-lines 10): has none. The tests:');
    const three = check({
      required: 3,
      approvers: ['lead', 'second'],
      refused: [
        { login: 'pair', why: 'a bot' },
        { login: 'old', why: 'approved ddddddd, before the last push' },
      ],
    });
    expect(withApprovals(PASS, three).reason).toContain(
      'has 2, from @lead, @second (@pair: a bot; @old: approved ddddddd, before the last push). The tests:',
    );
    expect(
      withApprovals(PASS, check({ approvers: [], unavailable: 'no github-token or repository to read the reviews with' })).reason,
    ).toContain('has none (no github-token or repository to read the reviews with)');
  });

  it('keeps a no-mutants change from passing without its approvals, and an error an error', () => {
    expect(withApprovals({ kind: 'no-mutants', reason: 'No mutants.' }, check()).kind).toBe('fail');
    expect(withApprovals({ kind: 'error', reason: 'Broke.' }, check()).kind).toBe('error');
  });

  it('names the approvers when there are enough, and leaves the verdict alone under the minimum or when off', () => {
    expect(withApprovals(PASS, check({ approvers: ['lead', 'second'] }))).toEqual({
      kind: 'pass',
      reason: 'AI-touched lines score 90.00%. Approved by @lead, @second, as ai-approvals asks.',
    });
    expect(withApprovals(PASS, check({ aiLines: 9, approvers: [] }))).toBe(PASS);
    expect(withApprovals(PASS, check({ required: 0 }))).toBe(PASS);
    expect(withApprovals(PASS, undefined)).toBe(PASS);
    expect(approvalShortfall(check({ aiLines: 10, approvers: [], refused: [] }))).toContain('needs 2 approval(s)');
  });

  it('needs ai-approvals at the minimum and over it, none under it', () => {
    expect([
      approvalsRequired(check({ aiLines: 10 })),
      approvalsRequired(check({ aiLines: 9 })),
      approvalsRequired(check({ required: 0 })),
    ]).toEqual([2, 0, 0]);
  });

  it('is applied to the judged report, which keeps the check for the renderers', () => {
    const report = scored({ 'src/a.ts': { lines: [1] } });
    const applied = withApprovalCheck(report, check());
    expect(applied.verdict.kind).toBe('fail');
    expect(applied.aiApprovals).toEqual(check());
    expect(withApprovalCheck(report, undefined)).toBe(report);
  });
});
