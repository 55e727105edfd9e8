import { describe, expect, it } from 'vitest';
import type { AgentPattern } from '../../../src/core/attribution/attribution.js';
import { describeSignals, type SignalAvailability } from '../../../src/core/attribution/signal-report.js';

function pattern(agent: string, source: string): AgentPattern {
  return { agent, pattern: { kind: 'email', source, regex: /x/i } };
}

/** Three signals of Claude Code and one of Cursor, as the built-in table would give them. */
const BUILT_IN: readonly AgentPattern[] = [
  pattern('Claude Code', 'email:noreply@anthropic.com'),
  pattern('Claude Code', 'message:Generated with [Claude Code]'),
  pattern('Cursor', 'email:cursoragent@cursor.com'),
  pattern('Claude Code', 'branch:/^claude\\//i'),
];

function availability(overrides: Partial<SignalAvailability> = {}): SignalAvailability {
  return {
    detection: 'auto',
    patterns: BUILT_IN,
    aiLabels: ['ai-generated', 'ai-assisted'],
    pullRequest: true,
    notes: true,
    shallow: false,
    ...overrides,
  };
}

const COMMITS = 'authors, committers and Co-authored-by of the commits that introduced each line, their trailers and messages, against';
const PR_CHECKED = 'PR labels (ai-generated, ai-assisted), PR author, head branch and description';
const NOTES_CHECKED = 'git-ai notes (refs/notes/ai)';
const NO_PR = 'PR labels, author, branch and description: this run is not for a pull request';
const NO_NOTES = 'git-ai notes: refs/notes/ai is neither in the clone nor on origin';
const SHALLOW = 'full history: the clone is shallow, so blame may credit the oldest commit it has';

describe('describeSignals', () => {
  it('lists commits, the pull request and git-ai notes as checked when all are there', () => {
    expect(describeSignals(availability())).toEqual({
      checked: [`${COMMITS} 4 signals of 2 agents`, PR_CHECKED, NOTES_CHECKED],
      unavailable: [],
    });
  });

  it('says the pull request signals are unavailable outside a pull request', () => {
    expect(describeSignals(availability({ pullRequest: false }))).toEqual({
      checked: [`${COMMITS} 4 signals of 2 agents`, NOTES_CHECKED],
      unavailable: [NO_PR],
    });
  });

  it('says the local command looked at its environment for lines not committed yet', () => {
    expect(describeSignals(availability({ pullRequest: false, uncommitted: true }))).toEqual({
      checked: [
        `${COMMITS} 4 signals of 2 agents`,
        'for lines not committed yet, the variables coding agents set in the environment running the command',
        NOTES_CHECKED,
      ],
      unavailable: [NO_PR],
    });
  });

  it('says git-ai notes are unavailable without refs/notes/ai', () => {
    expect(describeSignals(availability({ notes: false }))).toEqual({
      checked: [`${COMMITS} 4 signals of 2 agents`, PR_CHECKED],
      unavailable: [NO_NOTES],
    });
  });

  it('says full history is unavailable in a shallow clone', () => {
    expect(describeSignals(availability({ shallow: true }))).toEqual({
      checked: [`${COMMITS} 4 signals of 2 agents`, PR_CHECKED, NOTES_CHECKED],
      unavailable: [SHALLOW],
    });
  });

  it('lists every unavailable signal, in order, when none but the commits can be checked', () => {
    expect(describeSignals(availability({ pullRequest: false, notes: false, shallow: true }))).toEqual({
      checked: [`${COMMITS} 4 signals of 2 agents`],
      unavailable: [NO_PR, NO_NOTES, SHALLOW],
    });
  });

  it('counts the ai-patterns apart from the agent table', () => {
    const patterns = [...BUILT_IN, pattern('ai-patterns', 'email:@bots.example.com'), pattern('ai-patterns', 'name:bot')];
    expect(describeSignals(availability({ patterns })).checked[0]).toBe(`${COMMITS} 4 signals of 2 agents and 2 from ai-patterns`);
  });

  it('counts a single ai-pattern', () => {
    const patterns = [...BUILT_IN, pattern('ai-patterns', 'name:bot')];
    expect(describeSignals(availability({ patterns })).checked[0]).toBe(`${COMMITS} 4 signals of 2 agents and 1 from ai-patterns`);
  });

  it('counts no signal without patterns', () => {
    expect(describeSignals(availability({ patterns: [] })).checked[0]).toBe(`${COMMITS} 0 signals of 0 agents`);
  });

  it('names the ai-labels it checked', () => {
    expect(describeSignals(availability({ aiLabels: ['vibe-coded'] })).checked[1]).toBe(
      'PR labels (vibe-coded), PR author, head branch and description',
    );
  });

  it.each(['all', 'off'] as const)('checks nothing with ai-detection %s', (detection) => {
    expect(describeSignals(availability({ detection, pullRequest: false, notes: false, shallow: true }))).toEqual({
      checked: [`none: ai-detection is ${detection}`],
      unavailable: [],
    });
  });
});
