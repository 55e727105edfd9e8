import { describe, expect, it } from 'vitest';
import { AGENT_SIGNALS } from '../../../src/core/attribution/agent-signals.js';
import {
  type AgentPattern,
  type AttributionSources,
  attributeChangedLines,
  commitSignal,
  isByPullRequestAuthor,
  type LineAttribution,
  pullRequestSignal,
} from '../../../src/core/attribution/attribution.js';
import type { BlamedLine } from '../../../src/core/attribution/blame.js';
import type { CommitInfo } from '../../../src/core/attribution/commits.js';
import type { GitAiNote, NoteEntry } from '../../../src/core/attribution/git-ai-notes.js';
import { PATTERN_KINDS, type PatternKind, parseSignalPattern } from '../../../src/core/attribution/signal-pattern.js';
import type { PullRequestContext } from '../../../src/core/gate-event.js';

/** A 40-digit SHA starting with the given digits. */
const sha = (start: string): string => start.padEnd(40, '0');

const CLAUDE_SHA = sha('68f00d4');
const HUMAN_SHA = sha('1a2b3c4');
const BASE_SHA = sha('1dcc5f2');
const MERGE_SHA = sha('5e0b8f2');
const PARENT_SHA = sha('9f9f9f9');

const PATH = 'src/cart.ts';

/** A signal pattern, parsed as config parses it (pr-body allowed). */
function signal(agent: string, text: string): AgentPattern {
  const pattern = parseSignalPattern(text, [...PATTERN_KINDS, 'pr-body']);
  if (typeof pattern === 'string') throw new Error(pattern);
  return { agent, pattern };
}

const BUILT_IN: readonly AgentPattern[] = AGENT_SIGNALS.map(({ agent, pattern }) => signal(agent, pattern));

function commit(commitSha: string, overrides: Partial<Omit<CommitInfo, 'sha'>> = {}): CommitInfo {
  return {
    sha: commitSha,
    parents: [PARENT_SHA],
    authorName: 'Grace Hopper',
    authorEmail: 'grace@example.com',
    committerName: 'Grace Hopper',
    committerEmail: 'grace@example.com',
    message: 'feat: cart totals\n',
    ...overrides,
  };
}

/** A Claude Code commit by a person: Claude as Co-authored-by. */
const CLAUDE_COMMIT = commit(CLAUDE_SHA, {
  message: 'feat: cart totals\n\nCo-authored-by: Claude <noreply@anthropic.com>\n',
});
const HUMAN_COMMIT = commit(HUMAN_SHA);

function blamed(line: number, blamedSha: string, overrides: Partial<Omit<BlamedLine, 'line' | 'sha'>> = {}): BlamedLine {
  return { line, sha: blamedSha, boundary: false, originalPath: PATH, originalLine: line, ...overrides };
}

function pullRequest(overrides: Partial<PullRequestContext> = {}): PullRequestContext {
  return {
    number: 7,
    headSha: undefined,
    labels: [],
    authorLogin: 'octocat',
    authorId: 583231,
    headBranch: 'feature/cart',
    body: '',
    ...overrides,
  };
}

function noteOf(files: Record<string, NoteEntry[]>): GitAiNote {
  return new Map(Object.entries(files));
}

function noteEntry(author: NoteEntry['author'], who: string, lines: number[]): NoteEntry {
  return { author, who, lines: new Set(lines) };
}

interface Setup {
  readonly blame?: readonly BlamedLine[];
  readonly commits?: readonly CommitInfo[];
  readonly notes?: Readonly<Record<string, GitAiNote>>;
  readonly sources?: Partial<Omit<AttributionSources, 'blame' | 'commits' | 'notes'>>;
}

function sourcesOf(setup: Setup): AttributionSources {
  return {
    detection: 'auto',
    patterns: BUILT_IN,
    aiLabels: ['ai-generated', 'ai-assisted'],
    pullRequest: undefined,
    blame: new Map([[PATH, setup.blame ?? []]]),
    commits: new Map((setup.commits ?? []).map((entry) => [entry.sha, entry])),
    notes: new Map(Object.entries(setup.notes ?? {})),
    ...setup.sources,
  };
}

/** The attribution of the given changed lines of PATH. */
function attribute(lines: readonly number[], setup: Setup): LineAttribution[] {
  const attribution = attributeChangedLines([{ path: PATH, lines }], sourcesOf(setup));
  return [...(attribution.get(PATH)?.values() ?? [])];
}

/** The attribution of line 1 of PATH, blamed to the commit, in a run with the given sources. */
function attributeOne(
  blamedCommit: CommitInfo,
  sources: Setup['sources'] = {},
  blame: Partial<BlamedLine> = {},
): LineAttribution | undefined {
  return attribute([1], { blame: [blamed(1, blamedCommit.sha, blame)], commits: [blamedCommit], sources })[0];
}

function ai(line: number, evidence: string): LineAttribution {
  return { line, class: 'ai', evidence };
}

function human(line: number, evidence: string): LineAttribution {
  return { line, class: 'human', evidence };
}

function unknown(line: number, evidence: string): LineAttribution {
  return { line, class: 'unknown', evidence };
}

const CLAUDE_EVIDENCE = 'commit 68f00d4, Co-authored-by noreply@anthropic.com (Claude Code)';
const CLAUDE_NOTE = noteOf({ [PATH]: [noteEntry('ai', 'claude claude-sonnet-4', [1])] });
const HUMAN_NOTE = noteOf({ [PATH]: [noteEntry('human', 'Ada Lovelace', [1])] });
const LABELLED = pullRequest({ labels: ['ai-generated'] });

describe('attributeChangedLines: precedence', () => {
  it('classes every line unknown with detection off, whatever the evidence', () => {
    const lines = attribute([1, 2, 3], {
      blame: [blamed(1, CLAUDE_SHA), blamed(2, CLAUDE_SHA, { boundary: true })],
      commits: [CLAUDE_COMMIT],
      notes: { [CLAUDE_SHA]: CLAUDE_NOTE },
      sources: { detection: 'off', pullRequest: LABELLED },
    });
    const off = 'AI detection is off (ai-detection: off)';
    expect(lines).toEqual([unknown(1, off), unknown(2, off), unknown(3, off)]);
  });

  it('classes every line ai with detection all, even a git-ai human line, a boundary line or a line blame missed', () => {
    const lines = attribute([1, 2, 3], {
      blame: [blamed(1, HUMAN_SHA), blamed(2, BASE_SHA, { boundary: true })],
      commits: [HUMAN_COMMIT],
      notes: { [HUMAN_SHA]: HUMAN_NOTE },
      sources: { detection: 'all' },
    });
    const all = 'every changed line counts as AI-touched (ai-detection: all)';
    expect(lines).toEqual([ai(1, all), ai(2, all), ai(3, all)]);
  });

  it('classes a line by its git-ai note entry first: ai', () => {
    const lines = attribute([1], { blame: [blamed(1, HUMAN_SHA)], commits: [HUMAN_COMMIT], notes: { [HUMAN_SHA]: CLAUDE_NOTE } });
    expect(lines).toEqual([ai(1, 'commit 1a2b3c4, git-ai note: claude claude-sonnet-4')]);
  });

  it("never lets a git-ai note's human entry overrule a PR label: the PR can plant the note", () => {
    const lines = attribute([1], {
      blame: [blamed(1, CLAUDE_SHA)],
      commits: [CLAUDE_COMMIT],
      notes: { [CLAUDE_SHA]: HUMAN_NOTE },
      sources: { pullRequest: LABELLED },
    });
    expect(lines).toEqual([ai(1, 'PR label ai-generated (overrules commit 68f00d4, git-ai note: Ada Lovelace, which says human)')]);
  });

  it("never lets a git-ai note's human entry overrule the commit's own agent trailer", () => {
    const lines = attribute([1], { blame: [blamed(1, CLAUDE_SHA)], commits: [CLAUDE_COMMIT], notes: { [CLAUDE_SHA]: HUMAN_NOTE } });
    expect(lines).toEqual([ai(1, `${CLAUDE_EVIDENCE} (overrules commit 68f00d4, git-ai note: Ada Lovelace, which says human)`)]);
  });

  it("classes a line human by a git-ai note's human entry where no evidence says AI", () => {
    const lines = attribute([1], { blame: [blamed(1, HUMAN_SHA)], commits: [HUMAN_COMMIT], notes: { [HUMAN_SHA]: HUMAN_NOTE } });
    expect(lines).toEqual([human(1, 'commit 1a2b3c4, git-ai note: Ada Lovelace')]);
  });

  it('classes by the PR label, case-insensitively, over everything but a git-ai note', () => {
    const lines = attribute([1, 2, 3, 4, 5, 6], {
      blame: [
        blamed(1, HUMAN_SHA),
        blamed(2, BASE_SHA, { boundary: true }),
        blamed(3, MERGE_SHA),
        blamed(4, sha('dead000')),
        blamed(6, CLAUDE_SHA),
      ],
      commits: [HUMAN_COMMIT, commit(MERGE_SHA, { parents: [PARENT_SHA, HUMAN_SHA] }), CLAUDE_COMMIT],
      sources: { pullRequest: pullRequest({ labels: ['bug', 'AI-Generated'] }), aiLabels: ['ai-generated'] },
    });
    const label = 'PR label AI-Generated';
    expect(lines).toEqual([ai(1, label), ai(2, label), ai(3, label), ai(4, label), ai(5, label), ai(6, label)]);
  });

  it("names the first of the PR's labels that is an ai-label", () => {
    const lines = attribute([1], {
      blame: [blamed(1, HUMAN_SHA)],
      commits: [HUMAN_COMMIT],
      sources: { pullRequest: pullRequest({ labels: ['bug', 'Ai-Assisted', 'ai-generated'] }) },
    });
    expect(lines).toEqual([ai(1, 'PR label Ai-Assisted')]);
  });

  it('ignores PR labels that are not ai-labels, and labels without a pull request', () => {
    expect(attributeOne(HUMAN_COMMIT, { pullRequest: pullRequest({ labels: ['ai', 'generated'] }) })).toEqual(
      unknown(1, 'commit 1a2b3c4: no AI marker'),
    );
    expect(attributeOne(HUMAN_COMMIT, { pullRequest: LABELLED, aiLabels: [] })).toEqual(unknown(1, 'commit 1a2b3c4: no AI marker'));
  });

  it('classes a line blame did not cover unknown', () => {
    const lines = attribute([1, 2], { blame: [blamed(1, HUMAN_SHA)], commits: [HUMAN_COMMIT] });
    expect(lines).toEqual([unknown(1, 'commit 1a2b3c4: no AI marker'), unknown(2, 'git blame did not cover this line')]);
  });

  it('classes the lines of a file without blame unknown', () => {
    const sources = sourcesOf({ blame: [blamed(1, CLAUDE_SHA)], commits: [CLAUDE_COMMIT] });
    const attribution = attributeChangedLines([{ path: 'src/other.ts', lines: [1] }], sources);
    expect(attribution).toEqual(new Map([['src/other.ts', new Map([[1, unknown(1, 'git blame did not cover this line')]])]]));
  });

  it('classes a line that blames to the merge base or earlier unknown (moved or whitespace-only), over its commit and note', () => {
    const lines = attribute([1], {
      blame: [blamed(1, CLAUDE_SHA, { boundary: true })],
      commits: [CLAUDE_COMMIT],
      notes: { [CLAUDE_SHA]: CLAUDE_NOTE },
    });
    expect(lines).toEqual([unknown(1, 'blames to 68f00d4, at or before the merge base: a moved or whitespace-only change')]);
  });

  it('classes a line from a commit that could not be read unknown', () => {
    const lines = attribute([1], { blame: [blamed(1, sha('dead000'))], commits: [] });
    expect(lines).toEqual([unknown(1, 'commit dead000 could not be read')]);
  });

  it("classes a line a merge commit introduced by the merge's own signals: an agent's work inside a merge is still its work", () => {
    const merge = commit(MERGE_SHA, {
      parents: [PARENT_SHA, CLAUDE_SHA],
      message: "Merge branch 'claude'\n\nCo-authored-by: Claude <noreply@anthropic.com>\n",
    });
    expect(attributeOne(merge)).toEqual(ai(1, 'merge commit 5e0b8f2, Co-authored-by noreply@anthropic.com (Claude Code)'));
  });

  it('classes a line a merge commit without a marker introduced unknown, naming the merge', () => {
    expect(attributeOne(commit(MERGE_SHA, { parents: [PARENT_SHA, HUMAN_SHA] }))).toEqual(unknown(1, 'merge commit 5e0b8f2: no AI marker'));
  });

  it("classes a line from a commit with a signal ai, over the pull request's signal", () => {
    const sources = { pullRequest: pullRequest({ headBranch: 'codex/cart' }) };
    expect(attributeOne({ ...CLAUDE_COMMIT, authorEmail: 'octocat@users.noreply.github.com' }, sources)).toEqual(ai(1, CLAUDE_EVIDENCE));
  });

  it('classes a line from a commit without any marker unknown, never human', () => {
    expect(attributeOne(HUMAN_COMMIT, { pullRequest: pullRequest() })).toEqual(unknown(1, 'commit 1a2b3c4: no AI marker'));
  });
});

describe('attributeChangedLines: git-ai notes', () => {
  it("finds the note entry by the line's path and line in its commit", () => {
    const note = noteOf({
      'src/old-cart.ts': [noteEntry('human', 'Ada Lovelace', [1, 2]), noteEntry('ai', 'cursor', [3])],
      [PATH]: [noteEntry('human', 'wrong file', [3, 5])],
    });
    const lines = attribute([5], {
      blame: [blamed(5, HUMAN_SHA, { originalPath: 'src/old-cart.ts', originalLine: 3 })],
      commits: [HUMAN_COMMIT],
      notes: { [HUMAN_SHA]: note },
    });
    expect(lines).toEqual([ai(5, 'commit 1a2b3c4, git-ai note: cursor')]);
  });

  it('takes the first entry that covers the line', () => {
    const note = noteOf({
      [PATH]: [noteEntry('human', 'Ada Lovelace', [2]), noteEntry('ai', 'claude', [1]), noteEntry('human', 'Grace', [1])],
    });
    const lines = attribute([1], { blame: [blamed(1, HUMAN_SHA)], commits: [HUMAN_COMMIT], notes: { [HUMAN_SHA]: note } });
    expect(lines).toEqual([ai(1, 'commit 1a2b3c4, git-ai note: claude')]);
  });

  it('falls back to the commit when its note does not cover the line or the file', () => {
    const lines = attribute([1, 2], {
      blame: [blamed(1, CLAUDE_SHA), blamed(2, CLAUDE_SHA, { originalPath: 'src/elsewhere.ts', originalLine: 1 })],
      commits: [CLAUDE_COMMIT],
      notes: { [CLAUDE_SHA]: noteOf({ [PATH]: [noteEntry('human', 'Ada', [7])] }) },
    });
    expect(lines).toEqual([ai(1, CLAUDE_EVIDENCE), ai(2, CLAUDE_EVIDENCE)]);
  });

  it('reads only the note of the commit the line blames to', () => {
    const lines = attribute([1], { blame: [blamed(1, HUMAN_SHA)], commits: [HUMAN_COMMIT], notes: { [CLAUDE_SHA]: CLAUDE_NOTE } });
    expect(lines).toEqual([unknown(1, 'commit 1a2b3c4: no AI marker')]);
  });

  it('ignores a note for a boundary line, so a PR label still classes it', () => {
    const lines = attribute([1], {
      blame: [blamed(1, HUMAN_SHA, { boundary: true })],
      commits: [HUMAN_COMMIT],
      notes: { [HUMAN_SHA]: HUMAN_NOTE },
      sources: { pullRequest: LABELLED },
    });
    expect(lines).toEqual([ai(1, 'PR label ai-generated')]);
  });
});

describe('attributeChangedLines: commit signals', () => {
  it.each([
    ['the author e-mail', { authorEmail: 'cursoragent@cursor.com' }, 'commit 1a2b3c4, author cursoragent@cursor.com (Cursor)'],
    [
      'the committer e-mail',
      { committerName: 'Copilot', committerEmail: '198982749+Copilot@users.noreply.github.com' },
      'commit 1a2b3c4, committer 198982749+Copilot@users.noreply.github.com (Copilot coding agent)',
    ],
    [
      'a Co-authored-by e-mail',
      { message: 'fix: totals\n\nCo-authored-by: Ada <ada@example.com>\nCo-authored-by: Claude <noreply@anthropic.com>\n' },
      'commit 1a2b3c4, Co-authored-by noreply@anthropic.com (Claude Code)',
    ],
    ['the author name', { authorName: 'Grace Hopper (aider)' }, 'commit 1a2b3c4, author name Grace Hopper (aider) (Aider)'],
    ['a trailer', { message: 'fix: login\n\nMade-with: Cursor\n' }, 'commit 1a2b3c4, trailer Made-with: Cursor (Cursor)'],
    [
      'the message',
      { message: 'fix: login\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n' },
      'commit 1a2b3c4, message matches message:Generated with [Claude Code] (Claude Code)',
    ],
    [
      'an agent named in a trailer',
      { message: 'fix: login\n\nAssisted-by: Gemini CLI\n' },
      'commit 1a2b3c4, trailer Assisted-by: Gemini CLI (an agent named in a trailer)',
    ],
  ] as const)('classes a line ai by %s', (_what, overrides, evidence) => {
    expect(attributeOne(commit(HUMAN_SHA, overrides))).toEqual(ai(1, evidence));
  });

  it("classes a line ai by a user's ai-patterns", () => {
    const patterns = [...BUILT_IN, signal('ai-patterns', 'email:@bots.example.com')];
    expect(attributeOne(commit(HUMAN_SHA, { authorName: 'bot', authorEmail: 'ci@bots.example.com' }), { patterns })).toEqual(
      ai(1, 'commit 1a2b3c4, author ci@bots.example.com (ai-patterns)'),
    );
  });

  it('decides each commit once and gives all its lines, in every file, the same class', () => {
    const sources = sourcesOf({ commits: [CLAUDE_COMMIT, HUMAN_COMMIT] });
    const blame = new Map([
      [PATH, [blamed(1, CLAUDE_SHA), blamed(2, HUMAN_SHA), blamed(3, CLAUDE_SHA)]],
      ['src/tax.ts', [blamed(8, HUMAN_SHA, { originalPath: 'src/tax.ts' }), blamed(9, CLAUDE_SHA, { originalPath: 'src/tax.ts' })]],
    ]);
    const attribution = attributeChangedLines(
      [
        { path: PATH, lines: [1, 2, 3] },
        { path: 'src/tax.ts', lines: [8, 9] },
      ],
      { ...sources, blame },
    );
    expect(attribution).toEqual(
      new Map([
        [
          PATH,
          new Map([
            [1, ai(1, CLAUDE_EVIDENCE)],
            [2, unknown(2, 'commit 1a2b3c4: no AI marker')],
            [3, ai(3, CLAUDE_EVIDENCE)],
          ]),
        ],
        [
          'src/tax.ts',
          new Map([
            [8, unknown(8, 'commit 1a2b3c4: no AI marker')],
            [9, ai(9, CLAUDE_EVIDENCE)],
          ]),
        ],
      ]),
    );
  });

  it('attributes nothing without changed files', () => {
    expect(attributeChangedLines([], sourcesOf({}))).toEqual(new Map());
  });
});

describe('attributeChangedLines: pull request signals', () => {
  const FROM_CLAUDE_BRANCH = pullRequest({ headBranch: 'claude/issue-7-20250601' });
  const BRANCH_EVIDENCE = 'PR from branch claude/issue-7-20250601 (Claude Code)';

  it.each([
    ['the login no-reply e-mail', { authorEmail: 'octocat@users.noreply.github.com' }],
    ['the id+login no-reply e-mail', { authorEmail: '583231+octocat@users.noreply.github.com' }],
    ['the no-reply e-mail in other case', { authorEmail: '583231+OctoCat@Users.NoReply.GitHub.com' }],
    ['the login as author name', { authorName: 'OctoCat', authorEmail: 'octo@example.com' }],
  ] as const)("classes the PR author's commit ai, recognised by %s", (_what, overrides) => {
    expect(attributeOne(commit(HUMAN_SHA, overrides), { pullRequest: FROM_CLAUDE_BRANCH })).toEqual(
      ai(1, `commit 1a2b3c4 by the PR author; ${BRANCH_EVIDENCE}`),
    );
  });

  it("leaves other people's commits unknown, the committer being the PR author or not", () => {
    const other = commit(HUMAN_SHA, { committerName: 'octocat', committerEmail: 'octocat@users.noreply.github.com' });
    expect(attributeOne(other, { pullRequest: FROM_CLAUDE_BRANCH })).toEqual(unknown(1, 'commit 1a2b3c4: no AI marker'));
  });

  it('classes by the PR author login', () => {
    const devin = pullRequest({ authorLogin: 'devin-ai-integration[bot]', authorId: 158243242 });
    expect(
      attributeOne(commit(HUMAN_SHA, { authorName: 'devin-ai-integration[bot]', authorEmail: 'devin@cognition.ai' }), {
        pullRequest: devin,
      }),
    ).toEqual(ai(1, 'commit 1a2b3c4 by the PR author; PR opened by devin-ai-integration[bot] (Devin)'));
  });

  it('classes by the PR description', () => {
    const codex = pullRequest({ body: 'Summary\n\nhttps://chatgpt.com/codex/tasks/task_e_1' });
    expect(attributeOne(commit(HUMAN_SHA, { authorEmail: 'octocat@users.noreply.github.com' }), { pullRequest: codex })).toEqual(
      ai(1, 'commit 1a2b3c4 by the PR author; PR description matches pr-body:chatgpt.com/codex/tasks/ (Codex)'),
    );
  });

  it("classes the PR author's commits and leaves the others unknown in one change", () => {
    const byAuthor = commit(CLAUDE_SHA, { authorEmail: 'octocat@users.noreply.github.com' });
    const lines = attribute([1, 2], {
      blame: [blamed(1, CLAUDE_SHA), blamed(2, HUMAN_SHA)],
      commits: [byAuthor, HUMAN_COMMIT],
      sources: { pullRequest: FROM_CLAUDE_BRANCH },
    });
    expect(lines).toEqual([ai(1, `commit 68f00d4 by the PR author; ${BRANCH_EVIDENCE}`), unknown(2, 'commit 1a2b3c4: no AI marker')]);
  });

  it("leaves the PR author's commits unknown when the pull request has no signal", () => {
    expect(attributeOne(commit(HUMAN_SHA, { authorEmail: 'octocat@users.noreply.github.com' }), { pullRequest: pullRequest() })).toEqual(
      unknown(1, 'commit 1a2b3c4: no AI marker'),
    );
  });
});

describe('commitSignal', () => {
  it('describes the first pattern, in table order, that matches the commit', () => {
    const both = commit(HUMAN_SHA, {
      authorEmail: 'cursoragent@cursor.com',
      message: 'x\n\nCo-authored-by: Claude <noreply@anthropic.com>\n',
    });
    expect(commitSignal(both, BUILT_IN)).toBe('Co-authored-by noreply@anthropic.com (Claude Code)');
  });

  it('names the author before the committer before a co-author for one pattern', () => {
    const everyone = commit(HUMAN_SHA, {
      authorEmail: 'author@example.com',
      committerEmail: 'committer@example.com',
      message: 'x\n\nCo-authored-by: Co <co@example.com>\n',
    });
    expect(commitSignal(everyone, [signal('ai-patterns', 'email:@example.com')])).toBe('author author@example.com (ai-patterns)');
    expect(commitSignal({ ...everyone, authorEmail: 'a@elsewhere.org' }, [signal('ai-patterns', 'email:@example.com')])).toBe(
      'committer committer@example.com (ai-patterns)',
    );
  });

  it('matches names of the committer and of co-authors', () => {
    const pattern = [signal('Aider', 'name:/\\(aider\\)$/i')];
    expect(commitSignal(commit(HUMAN_SHA, { committerName: 'Ada (aider)' }), pattern)).toBe('committer name Ada (aider) (Aider)');
    expect(commitSignal(commit(HUMAN_SHA, { message: 'x\n\nCo-authored-by: Ada (aider) <ada@example.com>\n' }), pattern)).toBe(
      'Co-authored-by name Ada (aider) (Aider)',
    );
  });

  it('gives undefined when no pattern matches', () => {
    expect(commitSignal(HUMAN_COMMIT, BUILT_IN)).toBeUndefined();
    expect(commitSignal(CLAUDE_COMMIT, [])).toBeUndefined();
  });

  it.each(['login', 'branch', 'pr-body'] as const)('never matches a %s pattern against a commit', (kind: PatternKind) => {
    expect(commitSignal(CLAUDE_COMMIT, [signal('any', `${kind}:/./`)])).toBeUndefined();
  });

  it('matches a trailer pattern against each trailer line, not the whole message', () => {
    const message = 'Agent-Logs-Url is mentioned here\n\nReviewed-by: Ada\n';
    expect(commitSignal(commit(HUMAN_SHA, { message }), [signal('Copilot coding agent', 'trailer:/^Agent-Logs-Url:/i')])).toBeUndefined();
    expect(commitSignal(commit(HUMAN_SHA, { message }), [signal('x', 'trailer:/^Reviewed-by: Ada$/')])).toBe(
      'trailer Reviewed-by: Ada (x)',
    );
  });

  it('matches a message pattern against the whole message', () => {
    expect(commitSignal(commit(HUMAN_SHA, { message: 'first\nsecond\n' }), [signal('x', 'message:/first\\nsecond/')])).toBe(
      'message matches message:/first\\nsecond/ (x)',
    );
  });
});

describe('pullRequestSignal', () => {
  it('gives undefined outside a pull request', () => {
    expect(pullRequestSignal(undefined, BUILT_IN)).toBeUndefined();
  });

  it.each([
    [pullRequest({ authorLogin: 'Copilot' }), 'PR opened by Copilot (Copilot coding agent)'],
    [pullRequest({ authorLogin: 'copilot-swe-agent[bot]' }), 'PR opened by copilot-swe-agent[bot] (Copilot coding agent)'],
    [pullRequest({ headBranch: 'cursor/fix-login' }), 'PR from branch cursor/fix-login (Cursor)'],
    [
      pullRequest({ body: 'See https://chatgpt.com/codex/tasks/task_e_9' }),
      'PR description matches pr-body:chatgpt.com/codex/tasks/ (Codex)',
    ],
  ])('describes the signal of %o', (info, evidence) => {
    expect(pullRequestSignal(info, BUILT_IN)).toBe(evidence);
  });

  it('describes the first matching pattern in table order', () => {
    const info = pullRequest({ authorLogin: 'claude[bot]', headBranch: 'codex/x', body: 'chatgpt.com/codex/tasks/1' });
    expect(pullRequestSignal(info, BUILT_IN)).toBe('PR opened by claude[bot] (Claude Code)');
  });

  it('gives undefined for a pull request without signals', () => {
    expect(
      pullRequestSignal(pullRequest({ authorLogin: 'copilot-fan', headBranch: 'feature/claude/x', body: 'Written by hand.' }), BUILT_IN),
    ).toBeUndefined();
  });

  it.each(['email', 'name', 'trailer', 'message'] as const)('never matches a %s pattern against the pull request', (kind: PatternKind) => {
    expect(pullRequestSignal(pullRequest({ body: 'x' }), [signal('any', `${kind}:/./`)])).toBeUndefined();
  });
});

describe('attributeChangedLines, lines not committed yet (the local command)', () => {
  const SNAPSHOT_SHA = sha('5a5a5a5');
  const SNAPSHOT = commit(SNAPSHOT_SHA, { authorName: 'mutation-gate', authorEmail: 'uncommitted@mutation-gate.invalid' });
  const setup = (agent: string | undefined): Setup => ({
    blame: [blamed(1, SNAPSHOT_SHA), blamed(2, CLAUDE_SHA), blamed(3, HUMAN_SHA)],
    commits: [SNAPSHOT, CLAUDE_COMMIT, HUMAN_COMMIT],
    sources: { uncommitted: { sha: SNAPSHOT_SHA, agent } },
  });

  it('are AI-touched when the command runs inside a coding agent, saying which; committed lines keep their own evidence', () => {
    expect(attribute([1, 2, 3], setup('claude'))).toEqual([
      ai(1, 'not committed yet, and the command runs inside claude (its environment variables say so)'),
      ai(2, 'commit 68f00d4, Co-authored-by noreply@anthropic.com (Claude Code)'),
      { line: 3, class: 'unknown', evidence: 'commit 1a2b3c4: no AI marker' },
    ]);
  });

  it('are unknown, never human, when no coding agent marks the environment', () => {
    expect(attribute([1], setup(undefined))).toEqual([
      { line: 1, class: 'unknown', evidence: 'not committed yet, and no coding agent marks the environment running the command' },
    ]);
  });

  it('follow ai-detection all and off like any line', () => {
    expect(attribute([1], { ...setup(undefined), sources: { ...setup(undefined).sources, detection: 'all' } })[0]?.class).toBe('ai');
    expect(attribute([1], { ...setup('claude'), sources: { ...setup('claude').sources, detection: 'off' } })[0]?.class).toBe('unknown');
  });
});

describe('isByPullRequestAuthor', () => {
  const PR = pullRequest({ authorLogin: 'OctoCat', authorId: 583231 });

  it.each([
    ['the login no-reply e-mail', { authorEmail: 'octocat@users.noreply.github.com' }, true],
    ['the id+login no-reply e-mail', { authorEmail: '583231+octocat@users.noreply.github.com' }, true],
    ['a no-reply e-mail in upper case', { authorEmail: 'OCTOCAT@USERS.NOREPLY.GITHUB.COM' }, true],
    ['the login as author name', { authorName: 'octocat' }, true],
    ['another id with the login', { authorEmail: '1+octocat@users.noreply.github.com' }, false],
    ['another login', { authorEmail: 'octocat2@users.noreply.github.com', authorName: 'octocat2' }, false],
    ['a private e-mail', { authorEmail: 'octo@example.com', authorName: 'The Octocat' }, false],
    ['the committer only', { committerEmail: 'octocat@users.noreply.github.com', committerName: 'octocat' }, false],
  ] as const)('%s → %s', (_what, overrides, expected) => {
    expect(isByPullRequestAuthor(commit(HUMAN_SHA, overrides), PR)).toBe(expected);
  });

  it('is false for a pull request without an author login, even for a commit without an author', () => {
    const anonymous = commit(HUMAN_SHA, { authorName: '', authorEmail: '@users.noreply.github.com' });
    expect(isByPullRequestAuthor(anonymous, pullRequest({ authorLogin: '', authorId: undefined }))).toBe(false);
  });
});
