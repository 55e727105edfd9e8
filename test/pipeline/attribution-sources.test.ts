import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { ChangedFile } from '../../src/core/diff/changed-lines.js';
import type { Comparison } from '../../src/core/judge/report.js';
import { gatherAttributionSources } from '../../src/pipeline/attribution-sources.js';
import { configFrom } from '../support/config.js';
import { BASE, HEAD, MERGE_BASE, MemoryGit, repositoryState } from '../support/memory-ports.js';

const AGENT = '1'.repeat(40);
const PERSON = '2'.repeat(40);
const COMPARISON: Comparison = { base: BASE, baseSource: 'test', mergeBase: MERGE_BASE, head: HEAD };
const FILES: ChangedFile[] = [{ path: 'src/a.ts', lines: [1, 2, 3, 7] }];
const PULL_REQUEST = decodeEvent('pull_request', { pull_request: { number: 7, labels: [{ name: 'ai-generated' }] } });

/** Blame of lines 1, 2, 3 and 7: the agent's commit, the person's, a boundary line and the agent's again. */
const BLAME = [
  [AGENT, 1, 1, false],
  [PERSON, 2, 2, false],
  [MERGE_BASE, 9, 3, true],
  [AGENT, 4, 7, false],
]
  .map(([sha, original, line, boundary]) =>
    [`${sha} ${original} ${line} 1`, 'author Dev', ...(boundary ? ['boundary'] : []), 'filename app/src/a.ts', '\tcode'].join('\n'),
  )
  .join('\n');

const COMMIT_LOG = [
  `${AGENT}\x1f${MERGE_BASE}\x1fDev\x1fdev@example.com\x1fDev\x1fdev@example.com\x1fAdd\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n\x1e`,
  `${PERSON}\x1f${AGENT}\x1fDev\x1fdev@example.com\x1fDev\x1fdev@example.com\x1fTweak\n\x1e`,
].join('');

const NOTE = 'app/src/a.ts\n  h_1 4\n---\n{"humans": {"h_1": {"author": "Ada"}}}\n';

function gitWith(overrides: Parameters<typeof repositoryState>[0] = {}): MemoryGit {
  return new MemoryGit(repositoryState({ blame: { 'app/src/a.ts': BLAME }, commitLog: COMMIT_LOG, ...overrides }));
}

/** The sources of the pull request's changed FILES, in a package at app/ of the repository. */
function gatherInApp(git: MemoryGit): ReturnType<typeof gatherAttributionSources> {
  return gatherAttributionSources(git, FILES, (path) => `app/${path}`, COMPARISON, configFrom(), PULL_REQUEST);
}

describe('gatherAttributionSources, with git in memory', () => {
  it('blames the changed lines at their repository path, and reads the commits they blame to, once each', async () => {
    const git = gitWith();
    const { sources, availability } = await gatherInApp(git);
    expect(git.calls).toEqual([`blame app/src/a.ts 1-3,7-7 ${MERGE_BASE}..${HEAD}`, `commitLog ${AGENT} ${PERSON}`, 'fetchAiNotes']);
    expect(sources.blame.get('src/a.ts')?.map((line) => [line.line, line.sha, line.boundary])).toEqual([
      [1, AGENT, false],
      [2, PERSON, false],
      [3, MERGE_BASE, true],
      [7, AGENT, false],
    ]);
    expect([...sources.commits.keys()]).toEqual([AGENT, PERSON]);
    expect(sources.notes.size).toBe(0);
    expect(sources.pullRequest).toBe(PULL_REQUEST.pullRequest);
    expect(sources.aiLabels).toEqual(['ai-generated', 'ai-assisted']);
    expect(availability).toEqual(expect.objectContaining({ detection: 'auto', pullRequest: true, notes: false, shallow: false }));
  });

  it('reads the git-ai note of every commit a line blames to, when the clone has notes', async () => {
    const git = gitWith({ notes: { [PERSON]: NOTE } });
    const { sources, availability } = await gatherInApp(git);
    expect(git.calls.filter((call) => call.startsWith('aiNote'))).toEqual([`aiNote ${AGENT}`, `aiNote ${PERSON}`]);
    expect([...sources.notes.keys()]).toEqual([PERSON]);
    expect(sources.notes.get(PERSON)?.get('app/src/a.ts')).toEqual([{ author: 'human', who: 'Ada', lines: new Set([4]) }]);
    expect(availability.notes).toBe(true);
  });

  it('says when the clone is shallow, and when the run has no pull request', async () => {
    const git = gitWith({ shallow: true });
    const { availability } = await gatherAttributionSources(git, FILES, (path) => path, COMPARISON, configFrom(), decodeEvent('push', {}));
    expect(availability).toEqual(expect.objectContaining({ pullRequest: false, shallow: true }));
  });

  it.each(['all', 'off'])('asks git nothing with ai-detection: %s', async (detection) => {
    const git = gitWith();
    const { sources, availability } = await gatherAttributionSources(
      git,
      FILES,
      (path) => path,
      COMPARISON,
      configFrom({ 'ai-detection': detection }),
      PULL_REQUEST,
    );
    expect(git.calls).toEqual([]);
    expect([sources.blame.size, sources.commits.size, sources.notes.size]).toEqual([0, 0, 0]);
    expect(sources.detection).toBe(detection);
    expect(availability).toEqual(expect.objectContaining({ pullRequest: true, notes: false, shallow: false }));
  });

  it('asks git nothing when there is nothing to mutate', async () => {
    const git = gitWith();
    await gatherAttributionSources(git, [], (path) => path, COMPARISON, configFrom(), PULL_REQUEST);
    expect(git.calls).toEqual([]);
  });

  it('reports its progress every 50 files of a large pull request', async () => {
    const files = Array.from({ length: 120 }, (_, index) => ({ path: `src/f${index}.ts`, lines: [1] }));
    const messages: string[] = [];
    await gatherAttributionSources(
      gitWith(),
      files,
      (path) => path,
      COMPARISON,
      configFrom(),
      PULL_REQUEST,
      (message) => messages.push(message),
    );
    expect(messages).toEqual(['Attribution: blamed 50 of 120 changed files.', 'Attribution: blamed 100 of 120 changed files.']);
  });
});
