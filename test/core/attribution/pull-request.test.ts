import { describe, expect, it } from 'vitest';
import { pullRequestOf } from '../../../src/core/attribution/pull-request.js';
import type { GateEvent } from '../../../src/core/diff/base-ref.js';

function event(name: string, payload: Record<string, unknown>): GateEvent {
  return { name, payload };
}

/** The parts of a pull_request payload the gate reads, as GitHub sends them. */
const PULL_REQUEST = {
  number: 42,
  body: 'Adds cart totals.\n\nhttps://chatgpt.com/codex/tasks/task_e_1',
  user: { login: 'Copilot', id: 198982749, type: 'Bot' },
  head: { ref: 'copilot/fix-42', sha: 'a'.repeat(40) },
  base: { ref: 'main', sha: 'b'.repeat(40) },
  labels: [
    { id: 1, name: 'ai-generated', color: 'ededed' },
    { id: 2, name: 'bug', color: 'd73a4a' },
  ],
};

describe('pullRequestOf', () => {
  it.each(['pull_request', 'pull_request_target'])('reads labels, author, head branch and body of a %s event', (name) => {
    expect(pullRequestOf(event(name, { action: 'opened', pull_request: PULL_REQUEST }))).toEqual({
      labels: ['ai-generated', 'bug'],
      authorLogin: 'Copilot',
      authorId: 198982749,
      headBranch: 'copilot/fix-42',
      body: 'Adds cart totals.\n\nhttps://chatgpt.com/codex/tasks/task_e_1',
    });
  });

  it('gives empty values for a pull request without labels, user, head or body', () => {
    expect(pullRequestOf(event('pull_request', { pull_request: {} }))).toEqual({
      labels: [],
      authorLogin: '',
      authorId: undefined,
      headBranch: '',
      body: '',
    });
  });

  it('gives empty values for fields of the wrong type, and a null body', () => {
    const pullRequest = { body: null, user: { login: 7, id: '198982749' }, head: { ref: ['main'] }, labels: 'ai-generated' };
    expect(pullRequestOf(event('pull_request', { pull_request: pullRequest }))).toEqual({
      labels: [],
      authorLogin: '',
      authorId: undefined,
      headBranch: '',
      body: '',
    });
  });

  it('gives empty values for a null user and head', () => {
    expect(pullRequestOf(event('pull_request', { pull_request: { user: null, head: null, body: 'x' } }))).toEqual({
      labels: [],
      authorLogin: '',
      authorId: undefined,
      headBranch: '',
      body: 'x',
    });
  });

  it('keeps only labels with a non-empty name', () => {
    const labels = [{ name: 'ai-assisted' }, null, 'ai-generated', { name: '' }, { name: 3 }, {}, { name: 'AI-Generated' }];
    expect(pullRequestOf(event('pull_request', { pull_request: { labels } }))?.labels).toEqual(['ai-assisted', 'AI-Generated']);
  });

  it('reads an author id of 0 as a number', () => {
    expect(pullRequestOf(event('pull_request', { pull_request: { user: { login: 'x', id: 0 } } }))?.authorId).toBe(0);
  });

  it.each([
    ['push', { before: 'a'.repeat(40), after: 'b'.repeat(40) }],
    ['merge_group', { merge_group: { base_sha: 'a'.repeat(40) } }],
    ['workflow_dispatch', {}],
    ['issue_comment', { issue: { pull_request: { url: 'https://api.github.com/repos/o/r/pulls/1' } } }],
    ['pull_request', { pull_request: null }],
    ['pull_request', { pull_request: 'not an object' }],
  ])('gives undefined for a %s event without a pull request object', (name, payload) => {
    expect(pullRequestOf(event(name, payload))).toBeUndefined();
  });
});
