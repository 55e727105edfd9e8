import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../../src/adapters/github-event.js';
import { resolveBase } from '../../../src/core/diff/base-ref.js';
import type { GateEvent } from '../../../src/core/gate-event.js';

const SHA_A = '1111111111111111111111111111111111111111';
const SHA_B = 'abcdef0123456789abcdef0123456789abcdef01';
const SHA256 = 'ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789';
const ZERO = '0000000000000000000000000000000000000000';

function event(name: string, payload: Record<string, unknown> = {}): GateEvent {
  return decodeEvent(name, payload);
}

function pullRequest(baseSha: unknown, name = 'pull_request'): GateEvent {
  return event(name, { pull_request: { base: { sha: baseSha, ref: 'main' }, head: { sha: SHA_A } } });
}

const KNOWN = 'pull_request, pull_request_target, pull_request_review, push, merge_group';

describe('resolveBase from the base input', () => {
  it('takes the input over the event', () => {
    expect(resolveBase('origin/main', pullRequest(SHA_B))).toEqual({
      ok: true,
      base: 'origin/main',
      source: 'input "base"',
    });
  });

  it('takes the input for an event it does not know', () => {
    expect(resolveBase('main', event('workflow_dispatch'))).toEqual({ ok: true, base: 'main', source: 'input "base"' });
  });

  it('takes the input even when the push event would refuse its all-zero before', () => {
    expect(resolveBase('main', event('push', { before: ZERO }))).toEqual({
      ok: true,
      base: 'main',
      source: 'input "base"',
    });
  });
});

describe('resolveBase from the event', () => {
  it('reads pull_request.base.sha for pull_request', () => {
    expect(resolveBase(undefined, pullRequest(SHA_B))).toEqual({
      ok: true,
      base: SHA_B,
      source: 'pull_request event field pull_request.base.sha',
    });
  });

  it('reads pull_request.base.sha for pull_request_target', () => {
    expect(resolveBase(undefined, pullRequest(SHA_B, 'pull_request_target'))).toEqual({
      ok: true,
      base: SHA_B,
      source: 'pull_request_target event field pull_request.base.sha',
    });
  });

  it('reads pull_request.base.sha for pull_request_review, so an approving review re-runs the gate', () => {
    expect(resolveBase(undefined, pullRequest(SHA_B, 'pull_request_review'))).toEqual({
      ok: true,
      base: SHA_B,
      source: 'pull_request_review event field pull_request.base.sha',
    });
  });

  it('reads before for push', () => {
    expect(resolveBase(undefined, event('push', { before: SHA_A, after: SHA_B }))).toEqual({
      ok: true,
      base: SHA_A,
      source: 'push event field before',
    });
  });

  it('reads merge_group.base_sha for merge_group', () => {
    expect(resolveBase(undefined, event('merge_group', { merge_group: { base_sha: SHA_B, head_sha: SHA_A } }))).toEqual({
      ok: true,
      base: SHA_B,
      source: 'merge_group event field merge_group.base_sha',
    });
  });

  it('accepts a SHA that starts or ends with zeros, as long as it is not all zeros', () => {
    const leading = `0000${SHA_B.slice(4)}`;
    const trailing = `${SHA_B.slice(0, 36)}0000`;
    expect(resolveBase(undefined, event('push', { before: leading }))).toEqual({
      ok: true,
      base: leading,
      source: 'push event field before',
    });
    expect(resolveBase(undefined, event('push', { before: trailing }))).toEqual({
      ok: true,
      base: trailing,
      source: 'push event field before',
    });
  });

  it('accepts a 64-character SHA-256 commit id in any case', () => {
    expect(resolveBase(undefined, event('push', { before: SHA256 }))).toEqual({
      ok: true,
      base: SHA256,
      source: 'push event field before',
    });
  });
});

describe('resolveBase problems', () => {
  const FIRST_PUSH_PROBLEM =
    'The push event field before is all zeros: this push created the branch, and the event names no usable default branch to ' +
    'compare with. Set the "base" input (for example base: main).';

  it('refuses a push that created the branch (all-zero before) when the event names no default branch, saying so', () => {
    expect(resolveBase(undefined, event('push', { before: ZERO }))).toEqual({ ok: false, problem: FIRST_PUSH_PROBLEM });
    expect(resolveBase(undefined, event('push', { before: ZERO, repository: {} }))).toEqual({ ok: false, problem: FIRST_PUSH_PROBLEM });
  });

  it.each(['main', 'release/1.x', 'dev_2', 'a.b-c'])(
    'compares a push that created the branch with the default branch %j',
    (defaultBranch) => {
      expect(resolveBase(undefined, event('push', { before: ZERO, repository: { default_branch: defaultBranch } }))).toEqual({
        ok: true,
        base: defaultBranch,
        source: 'a push that created its branch (push event field before is all zeros), so the default branch',
      });
    },
  );

  it.each([
    ['an option', '-main'],
    ['a range', 'main..x'],
    ['a space', 'my main'],
    ['a newline', 'main\n'],
    ['empty', ''],
    ['not a string', 7],
    ['null', null],
  ])('refuses a push that created the branch when the default branch is %s', (_what, defaultBranch) => {
    expect(resolveBase(undefined, event('push', { before: ZERO, repository: { default_branch: defaultBranch } }))).toEqual({
      ok: false,
      problem: FIRST_PUSH_PROBLEM,
    });
  });

  it('names an unknown event, says to set "base" and lists the known events', () => {
    expect(resolveBase(undefined, event('workflow_dispatch'))).toEqual({
      ok: false,
      problem:
        'The "workflow_dispatch" event does not say what to compare with. Set the "base" input ' +
        '(for example base: main, or base: ${{ github.event.before }}); without it the gate only knows ' +
        `${KNOWN} events.`,
    });
  });

  it('does not read a base from an unknown event even if its payload looks like a push', () => {
    expect(resolveBase(undefined, event('schedule', { before: SHA_A }))).toEqual({
      ok: false,
      problem:
        'The "schedule" event does not say what to compare with. Set the "base" input ' +
        '(for example base: main, or base: ${{ github.event.before }}); without it the gate only knows ' +
        `${KNOWN} events.`,
    });
  });

  it.each([
    ['a ref name', 'main'],
    ['an option', '--output=/tmp/x'],
    ['a range', `${SHA_A}..${SHA_B}`],
    ['a short SHA', 'abcdef0'],
    ['a 41-character hex string', `${SHA_A}1`],
    ['a 39-character hex string', SHA_A.slice(1)],
    ['a SHA with a trailing newline', `${SHA_A}\n`],
    ['a SHA with non-hex characters', 'g'.repeat(40)],
    ['an empty string', ''],
  ])('refuses %s in the payload', (_what, value) => {
    expect(resolveBase(undefined, pullRequest(value))).toEqual({
      ok: false,
      problem: 'The pull_request event field pull_request.base.sha is missing or not a commit SHA. Set the "base" input.',
    });
  });

  it.each([
    ['an array holding a SHA', [SHA_A]],
    ['a number', 42],
    ['null', null],
    ['an object', { sha: SHA_A }],
    ['missing', undefined],
  ])('refuses a payload value that is %s', (_what, value) => {
    expect(resolveBase(undefined, event('push', value === undefined ? {} : { before: value }))).toEqual({
      ok: false,
      problem: 'The push event field before is missing or not a commit SHA. Set the "base" input.',
    });
  });

  it('refuses a payload whose path stops at a non-object', () => {
    expect(resolveBase(undefined, event('merge_group', { merge_group: 'x' }))).toEqual({
      ok: false,
      problem: 'The merge_group event field merge_group.base_sha is missing or not a commit SHA. Set the "base" input.',
    });
    expect(resolveBase(undefined, event('pull_request', { pull_request: null }))).toEqual({
      ok: false,
      problem: 'The pull_request event field pull_request.base.sha is missing or not a commit SHA. Set the "base" input.',
    });
  });
});
