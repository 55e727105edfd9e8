import { describe, expect, it } from 'vitest';
import type { Attribution, LineAttribution } from '../../../src/core/attribution/attribution.js';
import type { SignalReport } from '../../../src/core/attribution/signal-report.js';
import type { Config } from '../../../src/core/config/config.js';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { errorOutcome, type ScoredOutcome } from '../../../src/core/judge/report.js';
import { buildGateReport, GATE_REPORT_VERSION } from '../../../src/core/render/json-report.js';
import { type Gating, splitByGate } from '../../../src/core/scoring/ai-split.js';
import { scoreChangedLines } from '../../../src/core/scoring/scoring.js';
import type { FileResult, MutantResult } from '../../../src/core/stryker/stryker-report.js';

const CONFIG: Config = {
  workingDirectory: 'packages/app',
  base: 'main',
  threshold: 75.5,
  include: ['src/**/*.ts'],
  exclude: ['**/*.test.*'],
  strykerConfig: 'stryker.config.mjs',
  concurrency: 2,
  aiThreshold: 90,
  aiDetection: 'auto',
  aiLabels: ['ai-generated', 'vibe'],
  aiPatterns: [
    { agent: 'Claude Code', pattern: { kind: 'email', source: 'email:noreply@anthropic.com', regex: /noreply@anthropic\.com/i } },
    { agent: 'ai-patterns', pattern: { kind: 'message', source: 'message:/^wip/i', regex: /^wip/i } },
  ],
  unknownAs: 'human',
  annotations: false,
  comment: 'always',
  onError: 'warn',
  timeoutMinutes: 30,
  allowUntrustedCode: false,
};

/** The config as the report writes it: each pattern as its agent and source text. */
const REPORTED_CONFIG = {
  ...CONFIG,
  aiPatterns: [
    { agent: 'Claude Code', pattern: 'email:noreply@anthropic.com' },
    { agent: 'ai-patterns', pattern: 'message:/^wip/i' },
  ],
};

const CLAUDE = 'commit 68f00d4, Co-authored-by noreply@anthropic.com (Claude Code)';
const NO_MARKER = 'commit 1a2b3c4: no AI marker';
const NOTE = 'commit 1a2b3c4, git-ai note: Ada Lovelace';

const LINES_B: LineAttribution[] = [
  { line: 1, class: 'ai', evidence: CLAUDE },
  { line: 2, class: 'unknown', evidence: NO_MARKER },
  { line: 3, class: 'unknown', evidence: NO_MARKER },
];
const LINES_A: LineAttribution[] = [{ line: 7, class: 'human', evidence: NOTE }];

const ATTRIBUTION: Attribution = new Map([
  ['src/b.ts', new Map(LINES_B.map((line) => [line.line, line]))],
  ['src/a.ts', new Map(LINES_A.map((line) => [line.line, line]))],
]);

const GATING: Gating = { detection: 'auto', unknownAs: 'human' };

const SIGNALS: SignalReport = {
  checked: ['authors of the commits'],
  unavailable: ['git-ai notes: refs/notes/ai is neither in the clone nor on origin'],
};

const COMPARISON = { base: 'main', baseSource: 'input "base"', mergeBase: 'c'.repeat(40), head: 'd'.repeat(40) };

function mutant(id: string, status: MutantResult['status'], line: number, extra: Partial<MutantResult> = {}): MutantResult {
  return {
    id,
    mutatorName: 'BooleanLiteral',
    status,
    location: { start: { line, column: 8 }, end: { line, column: 12 } },
    replacement: 'false',
    ...extra,
  };
}

const SOURCE = 'return true;\nreturn true;\nreturn true;\n';

function scoredOutcome(): ScoredOutcome {
  const changed: ChangedFile[] = [
    { path: 'src/b.ts', lines: [1, 2, 3] },
    { path: 'src/a.ts', lines: [7] },
  ];
  const mutants: Record<string, FileResult> = {
    'src/b.ts': {
      language: 'typescript',
      source: SOURCE,
      mutants: [
        mutant('2', 'Survived', 3, { coveredBy: ['t1'] }),
        mutant('1', 'Killed', 1, { coveredBy: ['t1', 't2'], killedBy: ['t2'] }),
        mutant('3', 'CompileError', 2),
      ],
    },
    'src/a.ts': { language: 'unknown', source: '', mutants: [] },
  };
  const portions = splitByGate(mutants, ATTRIBUTION, GATING);
  return {
    kind: 'scored',
    verdict: { kind: 'fail', reason: 'Mutation score on changed lines is 50.00%, under the threshold 75.50%.' },
    config: CONFIG,
    comparison: COMPARISON,
    scope: {
      selected: changed,
      skipped: [
        { path: 'src/b.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: 'other/x.ts', reason: 'outside-working-directory' },
      ],
    },
    untargetable: ['src/{x,y}.ts'],
    mutants,
    score: scoreChangedLines(mutants, changed),
    attribution: ATTRIBUTION,
    gating: GATING,
    aiScore: scoreChangedLines(portions.ai.mutants, portions.ai.changed),
    otherScore: scoreChangedLines(portions.other.mutants, portions.other.changed),
    signals: SIGNALS,
    tests: new Map([
      ['t1', { id: 't1', name: 'returns true', file: 'test/b.test.ts', line: 3 }],
      ['t2', { id: 't2', name: 'returns false', file: 'test/b.test.ts', line: 9 }],
    ]),
    repositoryPrefix: 'packages/app/',
  };
}

const DIFF = { before: ['return true;'], after: ['return false;'] };

const ZERO_COUNTS = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, detected: 0, invalid: 0, ignored: 0 };

describe('buildGateReport', () => {
  it('is version 1', () => {
    expect(GATE_REPORT_VERSION).toBe(1);
  });

  it('reports a scored outcome whole: config, comparison, changed lines, files not mutated, scores as text, mutants', () => {
    expect(buildGateReport(scoredOutcome())).toEqual({
      version: 1,
      verdict: { kind: 'fail', reason: 'Mutation score on changed lines is 50.00%, under the threshold 75.50%.' },
      config: REPORTED_CONFIG,
      comparison: COMPARISON,
      changedLines: [
        { path: 'src/b.ts', lines: [1, 2, 3] },
        { path: 'src/a.ts', lines: [7] },
      ],
      attribution: [
        { path: 'src/b.ts', lines: LINES_B },
        { path: 'src/a.ts', lines: LINES_A },
      ],
      signals: SIGNALS,
      notMutated: [
        { path: 'src/{x,y}.ts', reason: 'untargetable-path' },
        { path: 'src/b.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: 'other/x.ts', reason: 'outside-working-directory' },
      ],
      score: {
        total: { ...ZERO_COUNTS, mutants: 2, killed: 1, survived: 1, detected: 1, invalid: 1, score: '50.00' },
        files: [
          {
            path: 'src/b.ts',
            changedLines: 3,
            counts: { ...ZERO_COUNTS, mutants: 2, killed: 1, survived: 1, detected: 1, invalid: 1, score: '50.00' },
          },
          { path: 'src/a.ts', changedLines: 1, counts: { ...ZERO_COUNTS, score: '' } },
        ],
      },
      aiScore: {
        total: { ...ZERO_COUNTS, mutants: 1, killed: 1, detected: 1, score: '100.00' },
        files: [{ path: 'src/b.ts', changedLines: 1, counts: { ...ZERO_COUNTS, mutants: 1, killed: 1, detected: 1, score: '100.00' } }],
      },
      otherScore: {
        total: { ...ZERO_COUNTS, mutants: 1, survived: 1, invalid: 1, score: '0.00' },
        files: [
          { path: 'src/b.ts', changedLines: 2, counts: { ...ZERO_COUNTS, mutants: 1, survived: 1, invalid: 1, score: '0.00' } },
          { path: 'src/a.ts', changedLines: 1, counts: { ...ZERO_COUNTS, score: '' } },
        ],
      },
      mutants: [
        {
          file: 'src/b.ts',
          id: '1',
          mutator: 'BooleanLiteral',
          status: 'Killed',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 12,
          original: 'true',
          replacement: 'false',
          coveredBy: ['t1', 't2'],
          killedBy: ['t2'],
          class: 'ai',
          evidence: CLAUDE,
          aiGated: true,
          diff: DIFF,
        },
        {
          file: 'src/b.ts',
          id: '3',
          mutator: 'BooleanLiteral',
          status: 'CompileError',
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 12,
          original: 'true',
          replacement: 'false',
          coveredBy: [],
          killedBy: [],
          class: 'unknown',
          evidence: NO_MARKER,
          aiGated: false,
          diff: DIFF,
        },
        {
          file: 'src/b.ts',
          id: '2',
          mutator: 'BooleanLiteral',
          status: 'Survived',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 12,
          original: 'true',
          replacement: 'false',
          coveredBy: ['t1'],
          killedBy: [],
          class: 'unknown',
          evidence: NO_MARKER,
          aiGated: false,
          diff: DIFF,
        },
      ],
      // t1 ran the surviving mutant and failed on nothing; t2 killed one.
      testsThatNoticedNothing: [{ test: { id: 't1', name: 'returns true', file: 'test/b.test.ts', line: 3 }, covered: 1 }],
    });
  });

  it('writes scores as rounded-down text that survives JSON (never NaN or null)', () => {
    const report = JSON.parse(JSON.stringify(buildGateReport(scoredOutcome()))) as {
      score: { total: { score: unknown }; files: { counts: { score: unknown } }[] };
      aiScore: { total: { score: unknown } };
      otherScore: { total: { score: unknown }; files: { counts: { score: unknown } }[] };
    };
    expect(report.score.total.score).toBe('50.00');
    expect(report.score.files.map((file) => file.counts.score)).toEqual(['50.00', '']);
    expect(report.aiScore.total.score).toBe('100.00');
    expect(report.otherScore.files.map((file) => file.counts.score)).toEqual(['0.00', '']);
  });

  it('writes the attribution and the ai-patterns as plain JSON (patterns by their text, never as regular expressions)', () => {
    const report = JSON.parse(JSON.stringify(buildGateReport(scoredOutcome()))) as Record<string, unknown>;
    expect(report.attribution).toEqual([
      { path: 'src/b.ts', lines: LINES_B },
      { path: 'src/a.ts', lines: LINES_A },
    ]);
    expect((report.config as { aiPatterns: unknown }).aiPatterns).toEqual([
      { agent: 'Claude Code', pattern: 'email:noreply@anthropic.com' },
      { agent: 'ai-patterns', pattern: 'message:/^wip/i' },
    ]);
  });

  it('lists mutants with the gating of the outcome: unknown lines are AI-gated with unknown-as: ai', () => {
    const outcome = { ...scoredOutcome(), gating: { detection: 'auto', unknownAs: 'ai' } as const };
    const mutants = buildGateReport(outcome).mutants as { id: string; aiGated: boolean }[];
    expect(mutants.map(({ id, aiGated }) => [id, aiGated])).toEqual([
      ['1', true],
      ['3', true],
      ['2', true],
    ]);
  });

  it('does not change the outcome it reports', () => {
    const outcome = scoredOutcome();
    const before = structuredClone(outcome);
    buildGateReport(outcome);
    expect(outcome).toEqual(before);
  });

  it('reports an error outcome: verdict and details only', () => {
    expect(buildGateReport(errorOutcome('Stryker exited with code 1', ['ERROR one', 'line two']))).toEqual({
      version: 1,
      verdict: { kind: 'error', reason: 'Stryker exited with code 1' },
      details: ['ERROR one', 'line two'],
    });
  });

  it('reports an error outcome without details with an empty list', () => {
    expect(buildGateReport(errorOutcome('HEAD does not name a commit.'))).toEqual({
      version: 1,
      verdict: { kind: 'error', reason: 'HEAD does not name a commit.' },
      details: [],
    });
  });
});
