import type { BudgetOfRun } from '../../src/core/budgets/mutant-choice.js';
import type { Evidence } from '../../src/core/judge/judge.js';
import type { PackageEvidence } from '../../src/core/judge/workspace.js';
import type { RunSetup } from '../../src/core/stryker/run-setup.js';
import type { MutantResult } from '../../src/core/stryker/stryker-report.js';

const SOURCE = 'const a = x > 1;\nconst b = y > 2;\n';

/** A mutant of `x > 1` on `line`, covered by `test`, which killed it when it is Killed. */
export function coveredMutant(id: string, line: number, status: MutantResult['status'], test: string): MutantResult {
  return {
    id,
    mutatorName: 'EqualityOperator',
    replacement: '>=',
    status,
    location: { start: { line, column: 11 }, end: { line, column: 16 } },
    coveredBy: [test],
    ...(status === 'Killed' ? { killedBy: [test] } : {}),
  };
}

/** What measured a run, as its evidence says when Stryker ran. */
export const MEASURED_SETUP: RunSetup = {
  config: 'stryker.config.json at aaaa',
  detected: undefined,
  bundled: undefined,
  testRunner: { name: 'vitest', coverageAnalysis: 'perTest' },
  strykerVersion: '10.1.1',
  runnerPlugin: undefined,
};

/** A finding every package's run makes about the whole change. */
export const WORKFLOW_FINDING = { kind: 'workflow', path: '.github/workflows/ci.yml', line: undefined, change: 'changed' } as const;

/**
 * A package's evidence as its own run gathers it: its file src/index.ts (lines 1 and 2), Stryker's report
 * with absolute paths under its projectRoot, the other package's changed file outside its working directory.
 */
export function packageEvidence(
  folder: string,
  statuses: readonly MutantResult['status'][],
  overrides: Partial<Evidence> = {},
): PackageEvidence {
  const other = folder === 'packages/a' ? 'packages/b/src/index.ts' : 'packages/a/src/index.ts';
  const root = `/repo/${folder}`;
  const targeted = [{ path: 'src/index.ts', lines: [1, 2] }];
  return {
    folder,
    evidence: {
      comparison: { base: 'main', baseSource: 'input "base"', mergeBase: 'a'.repeat(40), head: 'b'.repeat(40) },
      changedFiles: 4,
      scope: {
        selected: targeted,
        skipped: [
          { path: 'test/index.test.ts', reason: 'excluded', pattern: '**/*.test.ts' },
          { path: other, reason: 'outside-working-directory' },
          { path: 'README.md', reason: 'outside-working-directory' },
        ],
      },
      untargetable: [],
      targeted,
      attribution: new Map([['src/index.ts', new Map([[1, { line: 1, class: 'ai', evidence: 'claude' }]])]]),
      signals: { checked: ['commits'], unavailable: [`notes in ${folder}`] },
      repositoryPrefix: `${folder}/`,
      strykerReport: {
        schemaVersion: '2',
        thresholds: { high: 80, low: 60 },
        projectRoot: root,
        files: {
          [`${root}/src/index.ts`]: {
            language: 'typescript',
            source: SOURCE,
            mutants: statuses.map((status, index) => coveredMutant(String(index + 1), index + 1, status, '0')),
          },
        },
        testFiles: {
          [`${root}/test/index.test.ts`]: { tests: [{ id: '0', name: `${folder} works` }] },
          '': { tests: [{ id: '1', name: `${folder} has a test without a file` }] },
        },
      },
      findings: [
        WORKFLOW_FINDING,
        { kind: 'hidden-source', path: other, line: undefined, change: 'imported here' },
        { kind: 'hidden-source', path: 'scripts/x.ts', line: undefined, change: 'imported here' },
      ],
      testRunChanges: [{ path: 'package.json', change: 'test script changed' }],
      approval: { state: 'not-approved', reason: 'no review' },
      isolation: { level: 'process-group', detail: folder },
      setup: undefined,
      timeouts: [{ file: 'src/index.ts', id: '2', line: 2, mutatorName: 'EqualityOperator', outcome: 'confirmed', status: 'Timeout' }],
      unjudged: [],
      flaky: { kind: 'off' },
      ...overrides,
    },
  };
}

/** What mutants-per-line: 1 left of a run's mutants, with no sample. */
export function perLineBudget(made: number, afterPerLine: number): BudgetOfRun {
  return { maxMutants: undefined, perLine: 1, made, afterPerLine, strata: undefined };
}

/** A package's evidence with one more mutated file, src/other.ts (line 1), holding this mutant. */
export function withOtherFile(evidence: Evidence, mutant: MutantResult, more: Partial<Evidence> = {}): Evidence {
  const report = evidence.strykerReport as NonNullable<Evidence['strykerReport']>;
  return {
    ...evidence,
    targeted: [...evidence.targeted, { path: 'src/other.ts', lines: [1] }],
    strykerReport: {
      ...report,
      files: { ...report.files, [`${report.projectRoot}/src/other.ts`]: { language: 'typescript', source: 'y', mutants: [mutant] } },
    },
    ...more,
  };
}
