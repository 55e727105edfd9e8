import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/core/judge/judge.js';
import { planReuse, type ReuseQuestion } from '../../../src/core/reuse/reuse-plan.js';
import { type RunState, runStateOf } from '../../../src/core/reuse/run-state.js';
import type { MutantResult } from '../../../src/core/stryker/stryker-report.js';
import { coveredMutant, MEASURED_SETUP, packageEvidence, withOtherFile } from '../../support/workspace-evidence.js';

const MERGE_BASE = 'a'.repeat(40);
const EARLIER = 'b'.repeat(40);
const NOW = 'c'.repeat(40);

/**
 * The earlier run of packages/a: src/index.ts (lines 1 and 2) with these mutants, and src/other.ts
 * (line 1) with one killed mutant; test/index.test.ts holds test 0, test/other.test.ts test 2, and
 * test 1 is in no file.
 */
function earlier(mutants: readonly MutantResult[]): RunState {
  const { evidence } = packageEvidence('packages/a', [], { setup: MEASURED_SETUP });
  const report = evidence.strykerReport as NonNullable<Evidence['strykerReport']>;
  const root = report.projectRoot as string;
  const withIndex: Evidence = {
    ...evidence,
    strykerReport: {
      ...report,
      files: { [`${root}/src/index.ts`]: { language: 'typescript', source: 'x', mutants: [...mutants] } },
      testFiles: { ...report.testFiles, [`${root}/test/other.test.ts`]: { tests: [{ id: '2', name: 'other works' }] } },
    },
  };
  const withOther = withOtherFile(withIndex, coveredMutant('9', 1, 'Killed', '2'));
  return runStateOf(withOther, 'settings') as RunState;
}

const TARGETED = [
  { path: 'src/index.ts', lines: [1, 2] },
  { path: 'src/other.ts', lines: [1] },
];

function question(
  state: ReuseQuestion['state'],
  changedSince: readonly string[] | undefined,
  fields: Partial<ReuseQuestion> = {},
): ReuseQuestion {
  return {
    state,
    settings: 'settings',
    comparison: { base: 'main', baseSource: 'input', mergeBase: MERGE_BASE, head: NOW },
    repositoryPrefix: 'packages/a/',
    changedSince,
    isSource: (path) => path.startsWith('packages/a/src/'),
    targeted: TARGETED,
    budgeted: false,
    ...fields,
  };
}

const KILLED = coveredMutant('1', 1, 'Killed', '0');
const SURVIVED = coveredMutant('2', 2, 'Survived', '0');

describe('planReuse: when nothing can be reused', () => {
  const state = earlier([KILLED]);
  it.each([
    ['no state was saved', question(undefined, []), 'no earlier run of this pull request or its base branch was saved'],
    ['the state cannot be read', question('it is not JSON', []), 'the saved state of the earlier run cannot be used: it is not JSON'],
    ['the settings differ', question(state, [], { settings: 'other' }), 'the earlier run measured with other settings'],
    ['another directory', question(state, [], { repositoryPrefix: 'packages/b/' }), 'the earlier run measured another working directory'],
    [
      'the merge base moved',
      question(state, [], { comparison: { base: 'main', baseSource: 'input', mergeBase: 'd'.repeat(40), head: NOW } }),
      `the merge base moved (from ${MERGE_BASE})`,
    ],
    ['the clone lacks the earlier head', question(state, undefined), `this clone does not have the earlier run's commit ${EARLIER}`],
  ])('%s', (_case, asked, why) => {
    const plan = planReuse(asked);
    expect(plan.files.size).toBe(0);
    expect(plan.state).toBeUndefined();
    expect(plan.summary).toEqual({ from: undefined, files: 0, mutants: 0, rerun: { changed: 0, 'tests-changed': 0, new: 2 }, why });
  });
});

describe('planReuse: which files keep their results', () => {
  it('keeps every file when nothing changed (a re-run of the same commit)', () => {
    const plan = planReuse(question(earlier([KILLED, SURVIVED]), []));
    expect([...plan.files]).toEqual(['src/index.ts', 'src/other.ts']);
    expect(plan.summary).toEqual({
      from: EARLIER,
      files: 2,
      mutants: 3,
      rerun: { changed: 0, 'tests-changed': 0, new: 0 },
      why: undefined,
    });
    expect(plan.state?.head).toBe(EARLIER);
  });

  it('measures a changed file again, and keeps the others, survivors too, when only source changed', () => {
    const plan = planReuse(question(earlier([KILLED, SURVIVED]), ['packages/a/src/other.ts']));
    expect([...plan.files]).toEqual(['src/index.ts']);
    expect(plan.summary).toMatchObject({ files: 1, mutants: 2, rerun: { changed: 1, 'tests-changed': 0, new: 0 } });
  });

  it('measures a file again whose changed lines differ, or the earlier run did not measure', () => {
    const state = earlier([KILLED]);
    const plan = planReuse(
      question(state, [], {
        targeted: [
          { path: 'src/index.ts', lines: [1] },
          { path: 'src/other.ts', lines: [1] },
          { path: 'src/new.ts', lines: [3] },
        ],
      }),
    );
    expect([...plan.files]).toEqual(['src/other.ts']);
    expect(plan.summary.rerun).toEqual({ changed: 0, 'tests-changed': 0, new: 2 });
  });

  it('compares the changed lines line by line', () => {
    for (const lines of [[1, 3], [1, 2, 3], [2]]) {
      const plan = planReuse(question(earlier([KILLED]), [], { targeted: [{ path: 'src/index.ts', lines }] }));
      expect(plan.summary.rerun.new, String(lines)).toBe(1);
    }
  });

  it("measures a file again that the earlier run listed but Stryker's report did not hold", () => {
    const state = earlier([KILLED]);
    const withoutReport = { ...state, targeted: [...state.targeted, { path: 'src/gone.ts', lines: [4] }] };
    const plan = planReuse(question(withoutReport, [], { targeted: [{ path: 'src/gone.ts', lines: [4] }] }));
    expect(plan.summary.rerun.new).toBe(1);
    const withoutLines = { ...state, targeted: state.targeted.filter((file) => file.path !== 'src/other.ts') };
    expect(planReuse(question(withoutLines, [], { targeted: [{ path: 'src/other.ts', lines: [1] }] })).summary.rerun.new).toBe(1);
  });

  it('gives no state when nothing is reused, so that nothing of the earlier run is taken', () => {
    const plan = planReuse(question(earlier([KILLED]), [], { targeted: [] }));
    expect(plan.state).toBeUndefined();
    expect(plan.summary).toEqual({
      from: undefined,
      files: 0,
      mutants: 0,
      rerun: { changed: 0, 'tests-changed': 0, new: 0 },
      why: undefined,
    });
  });

  it('measures survivors again after any test changed, since a new or edited test may notice them now', () => {
    const plan = planReuse(question(earlier([KILLED, SURVIVED]), ['packages/a/test/other.test.ts']));
    // src/other.ts: its one mutant was killed by test/other.test.ts, which changed.
    expect([...plan.files]).toEqual([]);
    expect(plan.summary.rerun).toEqual({ changed: 0, 'tests-changed': 2, new: 0 });
    expect(plan.summary.from).toBeUndefined();
  });

  it('keeps a killed mutant when another known test file changed, but not one a changed test file ran', () => {
    const plan = planReuse(question(earlier([KILLED, coveredMutant('3', 2, 'Timeout', '0')]), ['packages/a/test/other.test.ts']));
    expect([...plan.files]).toEqual(['src/index.ts']);
    const edited = planReuse(question(earlier([KILLED]), ['packages/a/test/index.test.ts']));
    expect([...edited.files]).toEqual(['src/other.ts']);
  });

  it('counts a test edited under the same name as changed: tests are compared by file', () => {
    const plan = planReuse(question(earlier([KILLED]), ['packages/a/test/index.test.ts']));
    expect(plan.files.has('src/index.ts')).toBe(false);
  });

  it('keeps no detected result when a file that is neither source nor a known test file changed', () => {
    for (const path of ['packages/a/test/helpers.ts', 'packages/a/package.json', 'packages/a/test/__snapshots__/x.snap', 'README.md']) {
      const plan = planReuse(question(earlier([KILLED]), [path]));
      expect(plan.files.size, path).toBe(0);
    }
  });

  it('keeps a detected mutant with no coverage data, or run only by a test in no file, only when nothing but source changed', () => {
    const uncovered: MutantResult = { ...KILLED, coveredBy: undefined, killedBy: ['0'] };
    const fileless = coveredMutant('4', 1, 'Killed', '1');
    for (const mutant of [uncovered, fileless]) {
      expect(planReuse(question(earlier([mutant]), ['packages/a/test/other.test.ts'])).files.has('src/index.ts')).toBe(false);
      expect(planReuse(question(earlier([mutant]), ['packages/a/src/other.ts'])).files.has('src/index.ts')).toBe(true);
    }
    // A test id the report does not list: its file is unknown.
    const unlisted = coveredMutant('6', 1, 'Killed', '99');
    expect(planReuse(question(earlier([unlisted]), ['packages/a/test/other.test.ts'])).files.has('src/index.ts')).toBe(false);
    // Every test that ran it counts: one unchanged test is not enough.
    const twoTests: MutantResult = { ...KILLED, coveredBy: ['0', '2'] };
    expect(planReuse(question(earlier([twoTests]), ['packages/a/test/other.test.ts'])).files.has('src/index.ts')).toBe(false);
    const noTests: MutantResult = { ...KILLED, coveredBy: [], killedBy: [] };
    expect(planReuse(question(earlier([noTests]), ['packages/a/test/other.test.ts'])).files.has('src/index.ts')).toBe(false);
  });

  it('treats every status but Killed and Timeout as a survivor', () => {
    for (const status of ['NoCoverage', 'Ignored', 'CompileError'] as const) {
      const mutant = coveredMutant('5', 1, status, '0');
      expect(planReuse(question(earlier([mutant]), ['packages/a/test/other.test.ts'])).files.has('src/index.ts'), status).toBe(false);
      expect(planReuse(question(earlier([mutant]), ['packages/a/src/other.ts'])).files.has('src/index.ts'), status).toBe(true);
    }
  });
});
