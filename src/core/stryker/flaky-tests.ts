import { normalizeReportPath } from '../scoring/changed-mutants.js';
import type { MutantResult, MutationTestResult } from './stryker-report.js';
import { indexTests, type TestInfo } from './test-index.js';

/**
 * The file the check for flaky tests mutates: one mutant per run, in code no test imports. With
 * coverage analysis off, Stryker runs every test against each of its mutants, so each is a run of the
 * whole suite on the unmutated code, with Stryker's mutant switch set as in any mutant run. A test that
 * fails there fails on its own (or because a mutant is active at all, not because of what it changes).
 */
export function probeModule(runs: number): string {
  return [
    '// Written by mutation-gate for one Stryker run and removed after it: no test imports this file, so its',
    '// mutants run the whole test suite on unmutated code, to find tests that fail on their own.',
    ...Array.from({ length: runs }, () => 'true;'),
    '',
  ].join('\n');
}

/** A test that failed in a run of the suite with no mutant that could change what it checks. */
export interface FlakyTest {
  readonly name: string;
  /** Undefined when only Stryker's log of a failed initial run named it (the log names no file). */
  readonly file: string | undefined;
  /** The runs with no mutant active in which it failed. */
  readonly failures: number;
}

/** A mutant that only flaky tests failed on: it counts as survived. */
export interface DiscountedKill {
  readonly file: string;
  readonly id: string;
  readonly line: number;
  readonly mutatorName: string;
  /** The flaky tests whose failures were its only kills. */
  readonly tests: readonly string[];
}

/**
 * - `off`: `flaky-check: 0`;
 * - `not-needed`: no mutant was killed, so no failure could have decided a kill;
 * - `fails-anyway`: the gate fails counting every kill, and a flaky test can only add kills;
 * - `checked`: the suite ran `runs` times with no mutant active: each initial test run of the measurement
 *   that failed and passed when Stryker ran once more, and, when the probe ran, its initial test run and
 *   each probe mutant that finished.
 */
export type FlakyCheck =
  | { readonly kind: 'off' }
  | { readonly kind: 'not-needed' }
  | { readonly kind: 'fails-anyway' }
  | {
      readonly kind: 'checked';
      readonly runs: number;
      readonly tests: readonly FlakyTest[];
      readonly discounted: readonly DiscountedKill[];
    };

/** What the probe run gave: its report when it finished, or the tests its initial run named as failing. */
export type ProbeRun =
  | { readonly kind: 'finished'; readonly report: MutationTestResult; readonly probeFile: string }
  | { readonly kind: 'initial-run-failed'; readonly failedTests: readonly string[] };

const unknownTest = (id: string): TestInfo => ({ id, name: id, file: undefined, line: undefined });

/**
 * The tests that failed with no mutant active, and in how many runs they were seen. A probe mutant that
 * a test failed on is a failing run; one that survived is a passing run; any other status (a timeout, an
 * error) is no run. When a run's initial test run fails (the probe's, or a first attempt of the
 * measurement that passed the second time), the tests it names failed in the one run there was, and
 * passed in another.
 */
export function probeResults(probe: ProbeRun): { runs: number; tests: FlakyTest[] } {
  switch (probe.kind) {
    case 'initial-run-failed':
      return { runs: 1, tests: [...new Set(probe.failedTests)].map((name) => ({ name, file: undefined, failures: 1 })) };
    case 'finished':
      return probeMutantResults(probe.report, probe.probeFile);
  }
}

function probeMutantResults(report: MutationTestResult, probeFile: string): { runs: number; tests: FlakyTest[] } {
  const tests = indexTests(report);
  const probeMutants = Object.entries(report.files)
    .filter(([name]) => normalizeReportPath(name, report.projectRoot) === probeFile)
    .flatMap(([, file]) => file.mutants);
  const failures = new Map<string, { test: TestInfo; failures: number }>();
  let runs = 1;
  for (const mutant of probeMutants) {
    if (mutant.status !== 'Killed' && mutant.status !== 'Survived') continue;
    runs += 1;
    for (const id of new Set(mutant.killedBy ?? [])) {
      const test = tests.get(id) ?? unknownTest(id);
      const seen = failures.get(id);
      failures.set(id, { test, failures: (seen?.failures ?? 0) + 1 });
    }
  }
  return {
    runs,
    tests: [...failures.values()].map(({ test, failures: count }) => ({ name: test.name, file: test.file, failures: count })),
  };
}

/** What several sets of runs with no mutant active found: their runs, and each test's failures over all of them. */
export function combineResults(...found: { runs: number; tests: readonly FlakyTest[] }[]): { runs: number; tests: FlakyTest[] } {
  const tests: FlakyTest[] = [];
  for (const test of found.flatMap((each) => each.tests)) {
    // A test Stryker's log named without its file is the same test as one of that name the report places.
    const index = tests.findIndex(
      (seen) => seen.name === test.name && (seen.file === test.file || seen.file === undefined || test.file === undefined),
    );
    const seen = tests[index];
    if (seen === undefined) tests.push(test);
    else tests[index] = { name: test.name, file: seen.file ?? test.file, failures: seen.failures + test.failures };
  }
  return { runs: found.reduce((sum, each) => sum + each.runs, 0), tests };
}

/** Whether a test of the measured report is one of the flaky ones (by name, and by file when known). */
function flakyMatcher(flaky: readonly FlakyTest[]): (test: TestInfo) => boolean {
  return (test) =>
    flaky.some((candidate) => candidate.name === test.name && (candidate.file === undefined || candidate.file === test.file));
}

/**
 * The report with flaky tests' failures taken out of every kill: a mutant some other test failed on
 * stays killed (by those tests); one that only flaky tests failed on counts as survived. With every test
 * run (disableBail) that is what the others said; without it, the others may not have run, and counting
 * it as survived is the side that never passes code on a flaky test's word.
 */
export function discountFlakyKills(
  report: MutationTestResult,
  flaky: readonly FlakyTest[],
): { report: MutationTestResult; discounted: DiscountedKill[] } {
  if (flaky.length === 0) return { report, discounted: [] };
  const tests = indexTests(report);
  const isFlaky = flakyMatcher(flaky);
  const discounted: DiscountedKill[] = [];
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const mutants = file.mutants.map((mutant): MutantResult => {
        if (mutant.status !== 'Killed') return mutant;
        const killers = (mutant.killedBy ?? []).map((id) => tests.get(id) ?? unknownTest(id));
        const reliable = killers.filter((test) => !isFlaky(test));
        if (reliable.length === killers.length) return mutant;
        if (reliable.length > 0) return { ...mutant, killedBy: reliable.map((test) => test.id) };
        const names = killers.map((test) => test.name);
        discounted.push({
          file: normalizeReportPath(name, report.projectRoot),
          id: mutant.id,
          line: mutant.location.start.line,
          mutatorName: mutant.mutatorName,
          tests: names,
        });
        return { ...mutant, status: 'Survived', killedBy: [], statusReason: `failed only by flaky tests: ${names.join(', ')}` };
      });
      return [name, { ...file, mutants }];
    }),
  );
  return { report: { ...report, files }, discounted };
}

/** Whether any mutant was killed: only then can a flaky test have decided something. */
export const hasKills = (report: MutationTestResult): boolean =>
  Object.values(report.files).some((file) => file.mutants.some((mutant) => mutant.status === 'Killed'));
