import { describe, expect, it } from 'vitest';
import type { Attribution, LineAttribution } from '../../../src/core/attribution/attribution.js';
import type { SignalReport } from '../../../src/core/attribution/signal-report.js';
import type { Config } from '../../../src/core/config/config.js';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { judge } from '../../../src/core/judge/judge.js';
import { errorReport, type ScoredReport } from '../../../src/core/judge/report.js';
import { buildGateReport, GATE_REPORT_VERSION } from '../../../src/core/render/json-report.js';
import type { FlakyCheck } from '../../../src/core/stryker/flaky-tests.js';
import type { RunSetup } from '../../../src/core/stryker/run-setup.js';
import type { MutantResult, MutationTestResult } from '../../../src/core/stryker/stryker-report.js';
import { configFrom } from '../../support/config.js';

const FLAKY: FlakyCheck = {
  kind: 'checked',
  runs: 3,
  tests: [{ name: 'reads the clock', file: 'test/c.test.ts', failures: 1 }],
  discounted: [{ file: 'src/a.ts', id: '9', line: 7, mutatorName: 'EqualityOperator', tests: ['reads the clock'] }],
};

const SETUP: RunSetup = {
  config: 'packages/app/stryker.config.json at aaaaaaaaaaaa',
  testRunner: { name: 'vitest', coverageAnalysis: 'perTest' },
  strykerVersion: '10.1.0',
  bundled: undefined,
  detected: undefined,
  runnerPlugin: { name: '@stryker-mutator/vitest-runner', version: '10.1.0' },
};

const CONFIG: Config = configFrom(
  {
    'working-directory': 'packages/app',
    base: 'main',
    threshold: '75.5',
    include: 'src/**/*.ts',
    exclude: '**/*.test.*',
    'stryker-config': 'stryker.config.mjs',
    concurrency: '2',
    'ai-threshold': '90',
    'ai-labels': 'ai-generated, vibe',
    annotations: 'false',
    comment: 'always',
    'on-error': 'warn',
    'timeout-minutes': '30',
  },
  {
    aiPatterns: [
      { agent: 'Claude Code', pattern: { kind: 'email', source: 'email:noreply@anthropic.com', regex: /noreply@anthropic\.com/i } },
      { agent: 'ai-patterns', pattern: { kind: 'message', source: 'message:/^wip/i', regex: /^wip/i } },
    ],
  },
);

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

/** The judge's report on two changed files, one with a killed, a surviving and an invalid mutant. */
function scoredReport(config: Config = CONFIG): ScoredReport {
  const changed: ChangedFile[] = [
    { path: 'src/b.ts', lines: [1, 2, 3] },
    { path: 'src/a.ts', lines: [7] },
  ];
  const strykerReport: MutationTestResult = {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: {
      'src/b.ts': {
        language: 'typescript',
        source: SOURCE,
        mutants: [
          mutant('2', 'Survived', 3, { coveredBy: ['t1'] }),
          mutant('1', 'Killed', 1, { coveredBy: ['t1', 't2'], killedBy: ['t2'] }),
          mutant('3', 'CompileError', 2),
        ],
      },
    },
    testFiles: {
      'test/b.test.ts': {
        tests: [
          { id: 't1', name: 'returns true', location: { start: { line: 3, column: 1 } } },
          { id: 't2', name: 'returns false', location: { start: { line: 9, column: 1 } } },
        ],
      },
    },
  };
  const report = judge(config, {
    comparison: COMPARISON,
    changedFiles: 5,
    scope: {
      selected: changed,
      skipped: [
        { path: 'src/b.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: 'other/x.ts', reason: 'outside-working-directory' },
      ],
    },
    untargetable: ['src/{x,y}.ts'],
    targeted: changed,
    attribution: ATTRIBUTION,
    signals: SIGNALS,
    repositoryPrefix: 'packages/app/',
    strykerReport,
    findings: [],
    testRunChanges: [],
    approval: undefined,
    isolation: { level: 'process-group', detail: 'isolation: none' },
    setup: SETUP,
    timeouts: [],
    unjudged: [],
    flaky: FLAKY,
  });
  return { ...report, verdict: { kind: 'fail', reason: 'Mutation score on changed lines is 50.00%, under the threshold 75.50%.' } };
}

const DIFF = { before: ['return true;'], after: ['return false;'] };

const ZERO_COUNTS = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, detected: 0, invalid: 0, ignored: 0 };

describe('buildGateReport', () => {
  it('is version 1', () => {
    expect(GATE_REPORT_VERSION).toBe(1);
  });

  it('puts the findings, their approval and the test-run changes right after the verdict', () => {
    const finding = { kind: 'stryker-config' as const, path: 'stryker.config.json', line: undefined, change: 'edits the Stryker config' };
    const approval = { state: 'not-approved' as const, reason: 'no approving review' };
    const notice = { path: 'vitest.config.ts', change: 'configures or prepares the test run' };
    const report = buildGateReport({ ...scoredReport(), findings: [finding], approval, testRunChanges: [notice] });
    expect(Object.keys(report).slice(0, 5)).toEqual(['version', 'verdict', 'findings', 'approval', 'testRunChanges']);
    expect([report.findings, report.approval, report.testRunChanges]).toEqual([[finding], approval, [notice]]);
  });

  it('reports a scored outcome whole: config, comparison, changed lines, files not mutated, scores as text, mutants', () => {
    expect(buildGateReport(scoredReport())).toEqual({
      version: 1,
      verdict: { kind: 'fail', reason: 'Mutation score on changed lines is 50.00%, under the threshold 75.50%.' },
      findings: [],
      approval: null,
      testRunChanges: [],
      isolation: { level: 'process-group', detail: 'isolation: none' },
      setup: SETUP,
      timeouts: [],
      unjudged: [],
      flakyCheck: FLAKY,
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
      // Every test ran (every-test: true): t1 covered the killed mutant too, and noticed neither.
      testsThatNoticedNothing: [{ test: { id: 't1', name: 'returns true', file: 'test/b.test.ts', line: 3 }, covered: 2 }],
      tests: [
        { test: { id: 't1', name: 'returns true', file: 'test/b.test.ts', line: 3 }, ran: 2, noticed: 0 },
        { test: { id: 't2', name: 'returns false', file: 'test/b.test.ts', line: 9 }, ran: 1, noticed: 1 },
      ],
      // One directory measured: no workspace packages.
      packages: [],
      reuse: null,
      budget: null,
      aiApprovals: null,
    });
  });

  it('writes scores as rounded-down text that survives JSON (never NaN or null)', () => {
    const report = JSON.parse(JSON.stringify(buildGateReport(scoredReport()))) as {
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
    const report = JSON.parse(JSON.stringify(buildGateReport(scoredReport()))) as Record<string, unknown>;
    expect(report.attribution).toEqual([
      { path: 'src/b.ts', lines: LINES_B },
      { path: 'src/a.ts', lines: LINES_A },
    ]);
    expect((report.config as { aiPatterns: unknown }).aiPatterns).toEqual([
      { agent: 'Claude Code', pattern: 'email:noreply@anthropic.com' },
      { agent: 'ai-patterns', pattern: 'message:/^wip/i' },
    ]);
  });

  it('lists mutants as the judge gated them: unknown lines are AI-gated with unknown-as: ai', () => {
    const mutants = buildGateReport(scoredReport({ ...CONFIG, unknownAs: 'ai' })).mutants as { id: string; aiGated: boolean }[];
    expect(mutants.map(({ id, aiGated }) => [id, aiGated])).toEqual([
      ['1', true],
      ['3', true],
      ['2', true],
    ]);
  });

  it('does not change the report it writes out', () => {
    const outcome = scoredReport();
    const before = structuredClone(outcome);
    buildGateReport(outcome);
    expect(outcome).toEqual(before);
  });

  it('reports an error outcome: verdict and details only', () => {
    expect(buildGateReport(errorReport(undefined, 'Stryker exited with code 1', ['ERROR one', 'line two']))).toEqual({
      version: 1,
      verdict: { kind: 'error', reason: 'Stryker exited with code 1' },
      tampering: false,
      details: ['ERROR one', 'line two'],
    });
  });

  it('reports an error outcome from tampering as such', () => {
    expect(buildGateReport(errorReport(undefined, 'forged', [], true))).toEqual({
      version: 1,
      verdict: { kind: 'error', reason: 'forged' },
      tampering: true,
      details: [],
    });
  });

  it('reports an error outcome without details with an empty list', () => {
    expect(buildGateReport(errorReport(undefined, 'HEAD does not name a commit.'))).toEqual({
      version: 1,
      verdict: { kind: 'error', reason: 'HEAD does not name a commit.' },
      tampering: false,
      details: [],
    });
  });
});
