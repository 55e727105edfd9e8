import { mutantKey } from '../core/budgets/mutant-choice.js';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import { normalizeReportPath } from '../core/scoring/changed-mutants.js';
import { filesFoundIn } from '../core/stryker/files-found.js';
import type { Isolation } from '../core/stryker/isolation.js';
import type { RunSetup } from '../core/stryker/run-setup.js';
import type { MutationTestResult } from '../core/stryker/stryker-report.js';
import {
  needsRecheck,
  RECHECK_BUDGET,
  recheckPatterns,
  settleRecheck,
  type TimeoutCheck,
  type UnjudgedMutant,
} from '../core/stryker/timeout-recheck.js';
import { survivorsWithoutCoverage } from '../core/stryker/uncovered-mutants.js';
import { GateError } from './gate-error.js';
import { runSetup } from './run-setup.js';
import { runStrykerPastFlakyTests, type StrykerContext } from './stryker-run.js';

/** What to mutate: Stryker `mutate` ranges, over these files. */
export interface MutateTarget {
  readonly patterns: readonly string[];
  readonly files: readonly ChangedFile[];
  /** The files among them that no test reaches through relative imports: then the initial test run is the whole suite. */
  readonly unreachedByTests: readonly string[];
  /** Under a budget: the mutants to keep (mutantKey), each of which Stryker must make, and where they are; undefined: all. */
  readonly chosen?: { readonly keep: ReadonlySet<string>; readonly checked: readonly string[] };
}

/**
 * The report with only the mutants a budget chose (a chosen mutant's range also holds the mutants inside
 * it). A chosen mutant Stryker did not make is the gate's error: the choice would be scored short.
 */
function keepChosen(report: MutationTestResult, keep: ReadonlySet<string> | undefined, tail: readonly string[]): MutationTestResult {
  if (keep === undefined) return report;
  const found = new Set<string>();
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const path = normalizeReportPath(name, report.projectRoot);
      const mutants = file.mutants.filter((mutant) => keep.has(mutantKey(path, mutant)));
      for (const mutant of mutants) found.add(mutantKey(path, mutant));
      return [name, { ...file, mutants }];
    }),
  );
  const missing = [...keep].filter((key) => !found.has(key));
  if (missing.length > 0) {
    throw new GateError(
      `Stryker did not make ${missing.length} of the ${keep.size} mutant(s) the budget chose when it listed them (${missing.slice(0, 3).join('; ')}).`,
      tail,
    );
  }
  return { ...report, files };
}

/**
 * Every selected file must reach Stryker: one its config keeps out of the sandbox (ignorePatterns) or
 * cannot read would otherwise vanish into `no-mutants`. Stryker says how many files it found to mutate;
 * fewer than asked for is an error naming the files its report lacks.
 */
function checkEveryFileFound(found: number | undefined, target: MutateTarget, report: MutationTestResult, tail: readonly string[]): void {
  if (found === undefined || found >= target.files.length) return;
  const reported = new Set(Object.keys(report.files).map((name) => normalizeReportPath(name, report.projectRoot)));
  const missing = target.files.filter((file) => !reported.has(file.path)).map((file) => file.path);
  throw new GateError(
    `Stryker found ${found} of the ${target.files.length} changed file(s) it was asked to mutate, so some changed code was never measured ` +
      `(not in its report: ${missing.join(', ')}). Check ignorePatterns in the Stryker config and that the files are in the working directory.`,
    tail,
  );
}

/** Stryker's validated report, how the code under test was kept apart while it ran, and what measured it. */
export interface Measurement {
  /** Rechecked mutants carry the status they count with (see settleRecheck). */
  readonly report: MutationTestResult;
  /** What became of each mutant that timed out. */
  readonly timeouts: readonly TimeoutCheck[];
  /** Survivors the first run judged with no test; those the re-run did not judge either are out of the report. */
  readonly unjudged: readonly UnjudgedMutant[];
  /** Each initial test run that failed, and passed when Stryker ran once more: the tests that failed, flaky. */
  readonly failedInitialRuns: readonly (readonly string[])[];
  readonly isolation: Isolation;
  readonly setup: RunSetup;
}

/**
 * Runs the project's Stryker on the changed-line ranges and returns its validated report. Mutants that
 * timed out (under `timeouts: recheck`) and survivors no test judged run again, alone and with a longer
 * budget, and count with what that run says (see settleRecheck). When tests fail in Stryker's initial
 * test run, with no mutant active, Stryker runs once more: a flaky test must not stop the gate, and one
 * that passes the second time is flaky (see settleFlakyTests).
 */
export async function mutate(context: StrykerContext, target: MutateTarget): Promise<Measurement> {
  const { ports, config, runFiles, workingDirectory } = context;
  const base = {
    sealModulePath: runFiles.sealModulePath,
    everyTest: config.everyTest,
    relatedTests: target.unreachedByTests.length === 0,
    ...(target.chosen === undefined ? {} : { chosen: target.chosen.checked }),
  };
  let found: number | undefined;
  const plan = {
    title: `Stryker: ${target.patterns.length} changed range(s) in ${target.files.length} file(s)`,
    configPath: runFiles.strykerConfigPath,
    settings: {
      ...base,
      mutate: target.patterns,
      htmlReportPath: runFiles.htmlReportPath,
      concurrency: config.concurrency,
      purpose: 'measure',
    },
    onLine: (line: string) => {
      found ??= filesFoundIn(line);
    },
  } as const;
  const ran = await runStrykerPastFlakyTests(context, plan);
  const chosen = keepChosen(ran.report, target.chosen?.keep, ran.outcome.output.tail);
  const first = { ...ran, report: survivorsWithoutCoverage(chosen, ran.outcome.output.testRun?.coverageAnalysis) };
  checkEveryFileFound(found, target, first.report, first.outcome.output.tail);
  const failedInitialRuns = [first.failedFirst];
  let rerun: MutationTestResult | undefined;
  if (needsRecheck(first.report, config.timeouts)) {
    const patterns = recheckPatterns(first.report, config.timeouts, workingDirectory);
    ports.log.info(
      `${patterns.length} mutant(s) timed out or were judged by no test: running them again, one at a time, with ` +
        `${RECHECK_BUDGET.timeoutMsFactor} times the time budget.`,
    );
    // One at a time: a timeout that came from a busy machine should not meet one again.
    const settings = {
      ...base,
      mutate: patterns,
      htmlReportPath: runFiles.recheckHtmlReportPath,
      concurrency: 1,
      purpose: 'recheck',
    } as const;
    const again = await runStrykerPastFlakyTests(context, {
      title: 'Stryker: those mutants again',
      configPath: runFiles.recheckConfigPath,
      settings,
    });
    rerun = again.report;
    failedInitialRuns.push(again.failedFirst);
  }
  const settled = settleRecheck(first.report, config.timeouts, rerun);
  const setup = await runSetup(context, first.outcome.output.testRun, target.unreachedByTests);
  return {
    report: settled.report,
    timeouts: settled.checks,
    unjudged: settled.unjudged,
    failedInitialRuns: failedInitialRuns.filter((names) => names.length > 0),
    isolation: first.outcome.isolation,
    setup,
  };
}
