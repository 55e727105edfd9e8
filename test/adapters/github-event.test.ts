import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEvent, readGateEvent } from '../../src/adapters/github-event.js';
import type { GateEvent, PullRequestContext } from '../../src/core/gate-event.js';

const SHA_A = '1111111111111111111111111111111111111111';
const SHA_B = 'abcdef0123456789abcdef0123456789abcdef01';
const SHA256 = 'ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789';

const event = (name: string, payload: Record<string, unknown>): GateEvent => decodeEvent(name, payload);

/** The fields attribution reads from a decoded pull request. */
function pullRequestOf(decoded: GateEvent): Omit<PullRequestContext, 'number' | 'headSha'> | undefined {
  if (decoded.pullRequest === undefined) return undefined;
  const { number: _number, headSha: _headSha, ...fields } = decoded.pullRequest;
  return fields;
}

const numberOf = (decoded: GateEvent): number | undefined => decoded.pullRequest?.number;
const headShaOf = (decoded: GateEvent): string | undefined => decoded.pullRequest?.headSha;

describe('decodeEvent: the base', () => {
  it.each([
    ['pull_request', { pull_request: { base: { sha: SHA_A } } }, 'pull_request.base.sha'],
    ['pull_request_target', { pull_request: { base: { sha: SHA_A } } }, 'pull_request.base.sha'],
    ['push', { before: SHA_A }, 'before'],
    ['merge_group', { merge_group: { base_sha: SHA_A } }, 'merge_group.base_sha'],
  ])('reads where a %s event keeps its base', (name, payload, field) => {
    expect(decodeEvent(name, payload).base).toEqual({ field, value: SHA_A });
  });

  it('leaves a base that is not a string out, naming the field still', () => {
    expect(decodeEvent('push', { before: 42 }).base).toEqual({ field: 'before', value: undefined });
    expect(decodeEvent('pull_request', { pull_request: 'x' }).base).toEqual({ field: 'pull_request.base.sha', value: undefined });
  });

  it('has no base for an event kind that names none, whatever its payload holds', () => {
    expect(decodeEvent('schedule', { before: SHA_A }).base).toBeUndefined();
    expect(decodeEvent('', {}).base).toBeUndefined();
  });

  it('reads the default branch as a string only', () => {
    expect(decodeEvent('push', { repository: { default_branch: 'main' } }).defaultBranch).toBe('main');
    expect(decodeEvent('push', { repository: { default_branch: ['main'] } }).defaultBranch).toBeUndefined();
    expect(decodeEvent('push', {}).defaultBranch).toBeUndefined();
  });
});

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

describe('decodeEvent: the pull request', () => {
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

describe('decodeEvent: the pull request number', () => {
  it.each(['pull_request', 'pull_request_target'])('reads the number of a %s event', (name) => {
    expect(numberOf(event(name, { action: 'synchronize', pull_request: { number: 42, title: 'x' } }))).toBe(42);
  });

  it('reads pull request 1', () => {
    expect(numberOf(event('pull_request', { pull_request: { number: 1 } }))).toBe(1);
  });

  it.each([
    ['missing', {}],
    ['a string', { number: '42' }],
    ['zero', { number: 0 }],
    ['negative', { number: -3 }],
    ['a fraction', { number: 4.5 }],
    ['not a number', { number: Number.NaN }],
    ['infinite', { number: Number.POSITIVE_INFINITY }],
    ['null', { number: null }],
  ])('gives undefined for a number that is %s', (_what, pullRequest) => {
    expect(numberOf(event('pull_request', { pull_request: pullRequest }))).toBeUndefined();
  });

  it.each([
    ['push', { before: 'a'.repeat(40), after: 'b'.repeat(40) }],
    ['merge_group', { merge_group: { base_sha: 'a'.repeat(40) } }],
    ['workflow_dispatch', {}],
    ['issue_comment', { issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/7' } } }],
    ['pull_request', { pull_request: null }],
    ['pull_request', {}],
  ])('gives undefined for a %s event without a pull request object', (name, payload) => {
    expect(numberOf(event(name, payload))).toBeUndefined();
  });
});

describe('decodeEvent: the pull request head', () => {
  it.each(['pull_request', 'pull_request_target'])('reads the head commit of a %s event', (name) => {
    expect(headShaOf(event(name, { pull_request: { head: { sha: SHA_B, ref: 'feature' } } }))).toBe(SHA_B);
  });

  it('reads a SHA-256 head commit as given', () => {
    expect(headShaOf(event('pull_request', { pull_request: { head: { sha: SHA256 } } }))).toBe(SHA256);
  });

  it.each([
    ['a branch name', 'feature'],
    ['an option', '--output=x'],
    ['a short SHA', SHA_A.slice(0, 12)],
    ['a SHA with a newline', `${SHA_A}\n`],
    ['a SHA with a range', `${SHA_A}..${SHA_B}`],
    ['a number', 42],
    ['an array holding a SHA', [SHA_A]],
    ['null', null],
  ])('gives undefined for a head sha that is %s', (_what, sha) => {
    expect(headShaOf(event('pull_request', { pull_request: { head: { sha } } }))).toBeUndefined();
  });

  it.each([
    ['push', { after: SHA_A }],
    ['pull_request', {}],
    ['pull_request', { pull_request: null }],
    ['pull_request', { pull_request: { head: null } }],
    ['pull_request', { pull_request: { head: 'x' } }],
  ])('gives undefined for a %s event without a pull request head', (name, payload) => {
    expect(headShaOf(event(name, payload))).toBeUndefined();
  });
});

describe('readGateEvent', () => {
  async function eventFile(text: string): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'gate-event-')), 'event.json');
    await writeFile(path, text);
    return path;
  }

  it('decodes the payload the runner wrote, under the event name it set', async () => {
    const path = await eventFile(JSON.stringify({ pull_request: { number: 7, base: { sha: SHA_A } } }));
    const decoded = await readGateEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
    expect(decoded.name).toBe('pull_request');
    expect(decoded.base).toEqual({ field: 'pull_request.base.sha', value: SHA_A });
    expect(decoded.pullRequest?.number).toBe(7);
  });

  it.each([
    ['no event file', {}],
    ['an empty event path', { GITHUB_EVENT_PATH: '' }],
  ])('gives an empty event outside a runner: %s', async (_what, env) => {
    expect(await readGateEvent(env)).toEqual({ name: '', base: undefined, defaultBranch: undefined, pullRequest: undefined });
  });

  it('keeps the event name without a payload', async () => {
    expect((await readGateEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '' })).base).toEqual({ field: 'before', value: undefined });
  });

  it.each(['null', '"a string"', '42'])('refuses a payload that is not a JSON object: %s', async (text) => {
    const path = await eventFile(text);
    await expect(readGateEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).rejects.toThrow(
      `The event payload in GITHUB_EVENT_PATH (${path}) is not a JSON object.`,
    );
  });

  it('refuses an event file that is not JSON', async () => {
    const path = await eventFile('{ not json');
    await expect(readGateEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).rejects.toThrow(SyntaxError);
  });
});
