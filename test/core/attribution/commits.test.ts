import { describe, expect, it } from 'vitest';
import { COMMIT_LOG_FORMAT, type CommitInfo, parseCommitLog, peopleOf, trailersOf } from '../../../src/core/attribution/commits.js';

const US = '\x1f';
const RS = '\x1e';

const RENAME = 'b228b5e6d9eb01bc64977eb8fdf216a32ae912b3';
const FEATURE = 'bbecba0b1bd00254cce90a4f6e13f00259a120d5';
const ROOT = '1dcc5f2b712e1b8343480553ae39fed1b30c7b06';
const PARENT = 'd34c5e925f5503a854e177b92047e2675b5f9f4b';
const MERGE = '5e0b8f2a9c3d4e1f6a7b8c9d0e1f2a3b4c5d6e7f';

/** One record as `git log --format=COMMIT_LOG_FORMAT` prints it: fields split by US, ended by RS and a newline. */
function record(fields: readonly string[]): string {
  return `${fields.join(US)}${RS}\n`;
}

/** The output of `git log --no-walk=unsorted --format=COMMIT_LOG_FORMAT` for a rename, a co-authored commit and a root commit. */
const LOG =
  record([RENAME, PARENT, 'Ada Lovelace', 'ada@example.com', 'Ada Lovelace', 'ada@example.com', 'rename\n']) +
  record([
    FEATURE,
    ROOT,
    'Ada Lovelace',
    'ada@example.com',
    'GitHub',
    'noreply@github.com',
    'feat: change b\n\nLonger body, with a blank line below.\n\nCo-authored-by: Claude <noreply@anthropic.com>\n',
  ]) +
  record([ROOT, '', 'Ada Lovelace', 'ada@example.com', 'Ada Lovelace', 'ada@example.com', 'base\n']);

function commit(overrides: Partial<CommitInfo> = {}): CommitInfo {
  return {
    sha: FEATURE,
    parents: [ROOT],
    authorName: 'Ada Lovelace',
    authorEmail: 'ada@example.com',
    committerName: 'GitHub',
    committerEmail: 'noreply@github.com',
    message: 'feat: change b\n',
    ...overrides,
  };
}

describe('COMMIT_LOG_FORMAT', () => {
  it('asks git for SHA, parents, author, committer and raw body, split by US and ended by RS', () => {
    expect(COMMIT_LOG_FORMAT).toBe('%H%x1f%P%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%B%x1e');
  });
});

describe('parseCommitLog', () => {
  it('reads every commit of the log, multi-line messages whole', () => {
    expect(parseCommitLog(LOG)).toEqual([
      commit({ sha: RENAME, parents: [PARENT], committerName: 'Ada Lovelace', committerEmail: 'ada@example.com', message: 'rename\n' }),
      commit({
        message: 'feat: change b\n\nLonger body, with a blank line below.\n\nCo-authored-by: Claude <noreply@anthropic.com>\n',
      }),
      commit({ sha: ROOT, parents: [], committerName: 'Ada Lovelace', committerEmail: 'ada@example.com', message: 'base\n' }),
    ]);
  });

  it('reads both parents of a merge commit', () => {
    const log = record([
      MERGE,
      `${FEATURE} ${RENAME}`,
      'Ada Lovelace',
      'ada@example.com',
      'GitHub',
      'noreply@github.com',
      "Merge branch 'main'\n",
    ]);
    expect(parseCommitLog(log)).toEqual([commit({ sha: MERGE, parents: [FEATURE, RENAME], message: "Merge branch 'main'\n" })]);
  });

  it('keeps a message starting or ending with blank lines as git gives it, dropping only the newline after RS', () => {
    const log = `${record([ROOT, '', 'A', 'a@x', 'C', 'c@x', 'subject\n\n'])}${record([RENAME, ROOT, 'B', 'b@x', 'C', 'c@x', '\nbody\n'])}`;
    expect(parseCommitLog(log).map(({ sha, message }) => [sha, message])).toEqual([
      [ROOT, 'subject\n\n'],
      [RENAME, '\nbody\n'],
    ]);
  });

  it('reads a log without newlines between records', () => {
    const log = `${[ROOT, '', 'A', 'a@x', 'C', 'c@x', 'one'].join(US)}${RS}${[RENAME, ROOT, 'B', 'b@x', 'C', 'c@x', 'two'].join(US)}${RS}`;
    expect(parseCommitLog(log).map(({ sha, message }) => [sha, message])).toEqual([
      [ROOT, 'one'],
      [RENAME, 'two'],
    ]);
  });

  it('reads nothing from an empty or blank log', () => {
    expect(parseCommitLog('')).toEqual([]);
    expect(parseCommitLog('\n')).toEqual([]);
    expect(parseCommitLog(`${RS}\n  \n${RS}`)).toEqual([]);
  });

  it('gives empty fields for a truncated record', () => {
    expect(parseCommitLog(`${ROOT}${US}${PARENT}${RS}`)).toEqual([
      { sha: ROOT, parents: [PARENT], authorName: '', authorEmail: '', committerName: '', committerEmail: '', message: '' },
    ]);
    expect(parseCommitLog(`${ROOT}${RS}`)).toEqual([
      { sha: ROOT, parents: [], authorName: '', authorEmail: '', committerName: '', committerEmail: '', message: '' },
    ]);
  });
});

describe('trailersOf', () => {
  it('reads every Key: value line of a message, wherever it stands, trimmed', () => {
    const message = [
      'Squashed: cart totals (#12)',
      '',
      '* add totals',
      '',
      '  Co-authored-by: Claude <noreply@anthropic.com>  ',
      'Signed-off-by:Ada Lovelace <ada@example.com>',
      'Made-with:\tCursor',
      'Empty-Value:',
    ].join('\n');
    expect(trailersOf(message)).toEqual([
      { key: 'Squashed', value: 'cart totals (#12)', line: 'Squashed: cart totals (#12)' },
      { key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>', line: 'Co-authored-by: Claude <noreply@anthropic.com>' },
      { key: 'Signed-off-by', value: 'Ada Lovelace <ada@example.com>', line: 'Signed-off-by:Ada Lovelace <ada@example.com>' },
      { key: 'Made-with', value: 'Cursor', line: 'Made-with:\tCursor' },
      { key: 'Empty-Value', value: '', line: 'Empty-Value:' },
    ]);
  });

  it.each([
    ['a line without a colon', 'just a sentence'],
    ['a key with a space', 'Reviewed by: Ada'],
    ['a key starting with a digit', '2fa: enabled'],
    ['a key with an underscore', 'agent_id: claude'],
    ['a colon inside a sentence', 'see Key: value'],
    ['a colon first', ': value'],
  ])('reads no trailer from %s', (_what, line) => {
    expect(trailersOf(line)).toEqual([]);
  });

  it('trims any whitespace around the value, not only spaces and tabs', () => {
    expect(trailersOf('Made-with:\u00a0Cursor\u00a0')).toEqual([{ key: 'Made-with', value: 'Cursor', line: 'Made-with:\u00a0Cursor' }]);
  });

  it('reads a key with digits and dashes after the first letter', () => {
    expect(trailersOf('X-Agent-2: yes')).toEqual([{ key: 'X-Agent-2', value: 'yes', line: 'X-Agent-2: yes' }]);
  });

  it('reads nothing from an empty message', () => {
    expect(trailersOf('')).toEqual([]);
  });
});

describe('peopleOf', () => {
  it('gives the author, the committer and every co-author, in that order', () => {
    const message = [
      'feat: totals',
      '',
      'Co-authored-by: Claude <noreply@anthropic.com>',
      'Signed-off-by: Ada Lovelace <ada@example.com>',
      'co-authored-by: Grace Hopper <grace@example.com>',
      'CO-AUTHORED-BY: Copilot <175728472+Copilot@users.noreply.github.com>',
    ].join('\n');
    expect(peopleOf(commit({ message }))).toEqual([
      { name: 'Ada Lovelace', email: 'ada@example.com', role: 'author' },
      { name: 'GitHub', email: 'noreply@github.com', role: 'committer' },
      { name: 'Claude', email: 'noreply@anthropic.com', role: 'Co-authored-by' },
      { name: 'Grace Hopper', email: 'grace@example.com', role: 'Co-authored-by' },
      { name: 'Copilot', email: '175728472+Copilot@users.noreply.github.com', role: 'Co-authored-by' },
    ]);
  });

  it('reads a co-author with extra spaces around the name and e-mail', () => {
    expect(peopleOf(commit({ message: 'Co-authored-by:   Claude Code   <noreply@anthropic.com>   ' }))[2]).toEqual({
      name: 'Claude Code',
      email: 'noreply@anthropic.com',
      role: 'Co-authored-by',
    });
  });

  it.each([
    ['without an e-mail', 'Co-authored-by: Claude', { name: 'Claude', email: '' }],
    ['with an e-mail only', 'Co-authored-by: <noreply@anthropic.com>', { name: '', email: 'noreply@anthropic.com' }],
    ['with an empty e-mail', 'Co-authored-by: Claude <>', { name: 'Claude', email: '' }],
    [
      'with text after the e-mail',
      'Co-authored-by: Claude <noreply@anthropic.com> (bot)',
      { name: 'Claude <noreply@anthropic.com> (bot)', email: '' },
    ],
    [
      'with text right after the e-mail',
      'Co-authored-by: Claude <noreply@anthropic.com>(bot)',
      { name: 'Claude <noreply@anthropic.com>(bot)', email: '' },
    ],
    ['with an unclosed e-mail', 'Co-authored-by: Claude <noreply@anthropic.com', { name: 'Claude <noreply@anthropic.com', email: '' }],
    ['empty', 'Co-authored-by:', { name: '', email: '' }],
  ])('keeps a malformed co-author %s, the whole value as name when there is no <e-mail>', (_what, line, person) => {
    expect(peopleOf(commit({ message: line })).slice(2)).toEqual([{ ...person, role: 'Co-authored-by' }]);
  });

  it('gives only the author and the committer without co-authors', () => {
    expect(peopleOf(commit({ message: 'fix: x\n\nSigned-off-by: Ada <ada@example.com>\n' }))).toEqual([
      { name: 'Ada Lovelace', email: 'ada@example.com', role: 'author' },
      { name: 'GitHub', email: 'noreply@github.com', role: 'committer' },
    ]);
  });
});
