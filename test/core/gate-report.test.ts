import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/changed-lines.js';
import type { Config } from '../../src/core/config.js';
import { buildGateReport, GATE_REPORT_VERSION } from '../../src/core/gate-report.js';
import type { FileResult, MutantResult } from '../../src/core/mutation-report.js';
import { errorOutcome, type ScoredOutcome } from '../../src/core/outcome.js';
import { scoreChangedLines } from '../../src/core/scoring.js';

const CONFIG: Config = {
  workingDirectory: 'packages/app',
  base: 'main',
  threshold: 75.5,
  include: ['src/**/*.ts'],
  exclude: ['**/*.test.*'],
  strykerConfig: 'stryker.config.mjs',
  concurrency: 2,
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
  };
}

const ZERO_COUNTS = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, detected: 0, invalid: 0, ignored: 0 };

describe('buildGateReport', () => {
  it('is version 1', () => {
    expect(GATE_REPORT_VERSION).toBe(1);
  });

  it('reports a scored outcome whole: config, comparison, changed lines, files not mutated, scores as text, mutants', () => {
    expect(buildGateReport(scoredOutcome())).toEqual({
      version: 1,
      verdict: { kind: 'fail', reason: 'Mutation score on changed lines is 50.00%, under the threshold 75.50%.' },
      config: CONFIG,
      comparison: COMPARISON,
      changedLines: [
        { path: 'src/b.ts', lines: [1, 2, 3] },
        { path: 'src/a.ts', lines: [7] },
      ],
      notMutated: [
        { path: 'src/{x,y}.ts', reason: 'untargetable-path' },
        { path: 'src/b.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: 'other/x.ts', reason: 'outside-working-directory' },
      ],
      score: { ...ZERO_COUNTS, mutants: 2, killed: 1, survived: 1, detected: 1, invalid: 1, score: '50.00' },
      files: [
        {
          path: 'src/b.ts',
          changedLines: 3,
          counts: { ...ZERO_COUNTS, mutants: 2, killed: 1, survived: 1, detected: 1, invalid: 1, score: '50.00' },
        },
        { path: 'src/a.ts', changedLines: 1, counts: { ...ZERO_COUNTS, score: '' } },
      ],
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
        },
      ],
    });
  });

  it('writes scores as rounded-down text that survives JSON (never NaN or null)', () => {
    const report = JSON.parse(JSON.stringify(buildGateReport(scoredOutcome()))) as {
      score: { score: unknown };
      files: { counts: { score: unknown } }[];
    };
    expect(report.score.score).toBe('50.00');
    expect(report.files.map((file) => file.counts.score)).toEqual(['50.00', '']);
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
