import { describe, expect, it } from 'vitest';
import { planReuse } from '../../../src/core/reuse/reuse-plan.js';
import { withReusedResults } from '../../../src/core/reuse/reused-results.js';
import { type RunState, runStateOf } from '../../../src/core/reuse/run-state.js';
import type { MutationTestResult } from '../../../src/core/stryker/stryker-report.js';
import { coveredMutant, MEASURED_SETUP, packageEvidence, withOtherFile } from '../../support/workspace-evidence.js';

/** packages/a's earlier run: src/index.ts (lines 1, 2) and src/other.ts (line 1), both run by test/index.test.ts. */
function earlierState(): RunState {
  const { evidence } = packageEvidence('packages/a', ['Killed', 'Timeout'], { setup: MEASURED_SETUP });
  const withOther = withOtherFile(evidence, coveredMutant('7', 1, 'Survived', '0'), {
    timeouts: [
      ...evidence.timeouts,
      { file: 'src/other.ts', id: '7', line: 1, mutatorName: 'EqualityOperator', outcome: 'rerun', status: 'Survived' },
    ],
    unjudged: [
      {
        file: 'src/other.ts',
        id: '8',
        line: 1,
        mutatorName: 'X',
        testsCompleted: 0,
        coveredBy: 1,
        outcome: 'not-judged',
        status: 'Survived',
      },
    ],
  });
  return runStateOf(withOther, 'settings') as RunState;
}

const comparison = { base: 'main', baseSource: 'input', mergeBase: 'a'.repeat(40), head: 'c'.repeat(40) };
const targeted = [
  { path: 'src/index.ts', lines: [1, 2] },
  { path: 'src/other.ts', lines: [1] },
];

/** The plan after a push that changed src/other.ts: src/index.ts is reused. */
function planAfterPush() {
  return planReuse({
    state: earlierState(),
    settings: 'settings',
    comparison,
    repositoryPrefix: 'packages/a/',
    changedSince: ['packages/a/src/other.ts'],
    isSource: () => true,
    targeted,
    budgeted: false,
  });
}

/** This run's report of src/other.ts, Stryker's paths absolute, its test the same as the earlier run's. */
const FRESH: MutationTestResult = {
  schemaVersion: '2',
  thresholds: { high: 90, low: 70 },
  projectRoot: '/checkout/packages/a',
  files: { '/checkout/packages/a/src/other.ts': { language: 'typescript', source: 'z', mutants: [coveredMutant('1', 1, 'Killed', '5')] } },
  testFiles: {
    '/checkout/packages/a/test/index.test.ts': { tests: [{ id: '5', name: 'packages/a works' }] },
    '/checkout/packages/a/test/new.test.ts': { tests: [{ id: '6', name: 'new' }] },
  },
};

describe('withReusedResults', () => {
  it("is this run's results alone when nothing was reused", () => {
    const fresh = { report: FRESH, timeouts: [], unjudged: [] };
    expect(withReusedResults(fresh, undefined)).toBe(fresh);
    const none = planReuse({
      state: undefined,
      settings: 's',
      comparison,
      repositoryPrefix: '',
      changedSince: [],
      isSource: () => true,
      targeted,
      budgeted: false,
    });
    expect(withReusedResults(fresh, none)).toBe(fresh);
    expect(withReusedResults(undefined, none)).toBeUndefined();
  });

  it("joins this run's files with the reused ones: this run's ids kept, a shared test once, reused ids marked", () => {
    const merged = withReusedResults({ report: FRESH, timeouts: [], unjudged: [] }, planAfterPush());
    expect(merged?.report.schemaVersion).toBe('2');
    expect(merged?.report.thresholds).toEqual({ high: 90, low: 70 });
    expect(Object.keys(merged?.report.files ?? {})).toEqual(['src/other.ts', 'src/index.ts']);
    expect(merged?.report.files['src/other.ts']?.source).toBe('z');
    expect(merged?.report.files['src/other.ts']?.mutants.map((mutant) => [mutant.id, mutant.killedBy])).toEqual([['1', ['5']]]);
    // The earlier run's test/index.test.ts test is this run's test 5.
    expect(merged?.report.files['src/index.ts']?.mutants.map((mutant) => [mutant.id, mutant.status, mutant.coveredBy])).toEqual([
      ['earlier#m1', 'Killed', ['5']],
      ['earlier#m2', 'Timeout', ['5']],
    ]);
    expect(merged?.report.testFiles).toEqual({
      'test/index.test.ts': { tests: [{ id: '5', name: 'packages/a works' }] },
      'test/new.test.ts': { tests: [{ id: '6', name: 'new' }] },
      '': { tests: [{ id: 'earlier#t2', name: 'packages/a has a test without a file' }] },
    });
  });

  it("takes the reused files' timeout checks and unjudged mutants, not those of the files measured now", () => {
    const fresh = {
      report: FRESH,
      timeouts: [],
      unjudged: [
        {
          file: 'src/other.ts',
          id: '1',
          line: 1,
          mutatorName: 'X',
          testsCompleted: 0,
          coveredBy: 1,
          outcome: 'judged',
          status: 'Killed',
        } as const,
      ],
    };
    const merged = withReusedResults(fresh, planAfterPush());
    expect(merged?.timeouts).toEqual([expect.objectContaining({ file: 'src/index.ts', id: 'earlier#m2', outcome: 'confirmed' })]);
    expect(merged?.unjudged).toEqual(fresh.unjudged);
  });

  it('is the earlier results alone when every file was reused', () => {
    const plan = planReuse({
      state: earlierState(),
      settings: 'settings',
      comparison,
      repositoryPrefix: 'packages/a/',
      changedSince: [],
      isSource: () => true,
      targeted,
      budgeted: false,
    });
    const merged = withReusedResults(undefined, plan);
    expect(Object.keys(merged?.report.files ?? {})).toEqual(['src/index.ts', 'src/other.ts']);
    expect(merged?.report.thresholds).toEqual({ high: 80, low: 60 });
    expect(merged?.unjudged.map((mutant) => mutant.id)).toEqual(['earlier#m4']);
    expect(merged?.timeouts.map((timeout) => timeout.id)).toEqual(['earlier#m2', 'earlier#m3']);
  });
});
