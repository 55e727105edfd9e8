import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-run.js';
import { DISCOUNT, STRONG_DISCOUNT_TEST } from '../support/discount-change.js';
import { FakeGitHub, OWNER, PR, REPO } from '../support/fake-github.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// ai-approvals through action.yml, with GitHub's REST API stood in for by a local server: an AI-touched
// change whose tests kill every mutant still fails until people who did not write it approve it.

const CLAUDE = '\n\nCo-authored-by: Claude <noreply@anthropic.com>';

let github: FakeGitHub;

beforeEach(async () => {
  github = await FakeGitHub.start();
});

afterEach(async () => {
  await github.stop();
});

describe('ai-approvals, through action.yml', () => {
  it('fails a well-tested AI-touched change without approvals, then passes it once a writer who did not write it approves', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    const head = repo.commit(`Add discount rate${CLAUDE}`);
    const gate = () =>
      runAction(
        repo.dir,
        baseSha,
        { threshold: '80', concurrency: '2', 'flaky-check': '0', comment: 'never', 'ai-approvals': '1', 'ai-approvals-min-lines': '10' },
        {
          env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: github.apiUrl, GITHUB_TOKEN: 'ghs_token' },
          pullRequest: { number: PR, head: { sha: head }, user: { login: 'agent-author' } },
        },
      );
    // The author's own approval, and a reader's, do not count.
    github.reviews = [
      { user: { login: 'agent-author', type: 'User' }, state: 'APPROVED', commit_id: head },
      { user: { login: 'visitor', type: 'User' }, state: 'APPROVED', commit_id: head },
    ];
    github.permissions = { visitor: 'read' };

    const unapproved = await gate();
    expect(unapproved.exitCode).toBe(1);
    expect(unapproved.outputs.verdict).toBe('fail');
    expect([unapproved.outputs.approvals, unapproved.outputs['approvals-required']]).toEqual(['0', '1']);
    expect(unapproved.outputs.score).toBe('100.00');
    // 6 lines of source and 12 of test, all co-authored by Claude: over the minimum of 10.
    expect(unapproved.summary.split('\n')[0]).toBe(
      '## ❌ mutation-gate failed: This AI-touched change needs 1 approval(s) from people who did not write this change ' +
        "(18 AI-touched changed line(s), ai-approvals-min-lines 10): has none (&#64;agent-author: the pull request's author; " +
        '&#64;visitor: no write access (permission read)). The tests: AI-touched lines score 100.00%, ai-threshold 80%; ' +
        'all changed lines score 100.00%, threshold 80%.',
    );
    expect(unapproved.summary).toContain('### 👥 AI-touched change: needs 1 approval(s) from people who did not write it, has 0');

    github.reviews.push({ user: { login: 'lead', type: 'User' }, state: 'APPROVED', commit_id: head });
    github.permissions = { visitor: 'read', lead: 'write' };
    const approved = await gate();
    expect(approved.exitCode, approved.log).toBe(0);
    expect([approved.outputs.verdict, approved.outputs.approvals, approved.outputs['approvals-required']]).toEqual(['pass', '1', '1']);
    expect(approved.summary).toContain('### 👥 AI-touched change approved by 1 of the 1 needed');
  });
});
