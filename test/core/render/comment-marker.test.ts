import { describe, expect, it } from 'vitest';
import type { GateEvent } from '../../../src/core/diff/base-ref.js';
import { commentMarker, pullRequestNumber } from '../../../src/core/render/comment-marker.js';

function event(name: string, payload: Record<string, unknown>): GateEvent {
  return { name, payload };
}

describe('commentMarker', () => {
  it('names the gate and the working directory in a hidden HTML comment', () => {
    expect(commentMarker('.')).toBe('<!-- mutation-gate working-directory=. -->');
    expect(commentMarker('packages/app')).toBe('<!-- mutation-gate working-directory=packages%2Fapp -->');
  });

  it('encodes a working directory that would end the comment early, or hold spaces', () => {
    expect(commentMarker('my app --> <b>x</b>')).toBe('<!-- mutation-gate working-directory=my%20app%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
    expect(commentMarker('a--!>b')).toBe('<!-- mutation-gate working-directory=a--!%3Eb -->');
  });

  it.each(['-->', 'x -->', '--!>', 'dir\n-->\n<!--', 'ü €'])(
    'ends only at its own end, whatever the working directory (%j)',
    (directory) => {
      const prefix = '<!-- mutation-gate working-directory=';
      const marker = commentMarker(directory);
      expect(marker.startsWith(prefix)).toBe(true);
      expect(marker.endsWith(' -->')).toBe(true);
      expect(marker.indexOf('-->')).toBe(marker.length - 3);
      // The value between holds no space, line break or angle bracket, and decodes to the directory.
      const value = marker.slice(prefix.length, -' -->'.length);
      expect(value).toMatch(/^[^\s<>]+$/);
      expect(decodeURIComponent(value)).toBe(directory);
    },
  );

  it('gives different working directories different markers', () => {
    const directories = ['.', './', 'a b', 'a%20b', 'a/b', 'a%2Fb', 'A/b', ''];
    expect(new Set(directories.map(commentMarker)).size).toBe(directories.length);
  });
});

describe('pullRequestNumber', () => {
  it.each(['pull_request', 'pull_request_target'])('reads the number of a %s event', (name) => {
    expect(pullRequestNumber(event(name, { action: 'synchronize', pull_request: { number: 42, title: 'x' } }))).toBe(42);
  });

  it('reads pull request 1', () => {
    expect(pullRequestNumber(event('pull_request', { pull_request: { number: 1 } }))).toBe(1);
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
    expect(pullRequestNumber(event('pull_request', { pull_request: pullRequest }))).toBeUndefined();
  });

  it.each([
    ['push', { before: 'a'.repeat(40), after: 'b'.repeat(40) }],
    ['merge_group', { merge_group: { base_sha: 'a'.repeat(40) } }],
    ['workflow_dispatch', {}],
    ['issue_comment', { issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/7' } } }],
    ['pull_request', { pull_request: null }],
    ['pull_request', {}],
  ])('gives undefined for a %s event without a pull request object', (name, payload) => {
    expect(pullRequestNumber(event(name, payload))).toBeUndefined();
  });
});
