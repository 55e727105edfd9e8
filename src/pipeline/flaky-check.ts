import { join } from 'node:path';
import type { Config } from '../core/config/config.js';
import { type Evidence, judge } from '../core/judge/judge.js';
import {
  combineResults,
  discountFlakyKills,
  type FlakyCheck,
  type FlakyTest,
  hasKills,
  type ProbeRun,
  probeModule,
  probeResults,
} from '../core/stryker/flaky-tests.js';
import type { MutationTestResult } from '../core/stryker/stryker-report.js';
import type { StrykerOutcome } from './ports.js';
import { failedInInitialRun, failedRun, launchStryker, reportOf, runFailure, type StrykerContext } from './stryker-run.js';

type SkippedCheck = Exclude<FlakyCheck['kind'], 'checked'>;

/** The log group of the check's Stryker run. */
export const PROBE_RUN_TITLE = 'Stryker: the test suite with no mutant active';

/**
 * A probe run that failed only because tests failed in its initial run found flaky tests: the same
 * tests passed in the measurement's initial run. Any other failure is the gate's error.
 */
function probeRunOf(context: StrykerContext, outcome: StrykerOutcome, probeFile: string): ProbeRun {
  if (!failedRun(outcome)) return { kind: 'finished', report: reportOf(outcome), probeFile };
  const failedTests = failedInInitialRun(outcome);
  if (failedTests !== undefined) return { kind: 'initial-run-failed', failedTests };
  throw runFailure(context, outcome, 'The check for flaky tests (a run of the test suite with no mutant active) failed. ');
}

/**
 * Runs the whole test suite `flaky-check` more times with no mutant active (see probeModule): how many
 * runs there were, and the tests that failed in them.
 */
async function probeForFlakyTests(context: StrykerContext): Promise<{ runs: number; tests: FlakyTest[] }> {
  const { ports, config, runFiles } = context;
  const probeFile = runFiles.probeModuleName;
  const probePath = join(context.workingDirectory, probeFile);
  ports.log.info(
    `Checking the tests that killed mutants for flakiness: the whole suite runs ${config.flakyCheck + 1} more time(s) with no mutant active.`,
  );
  await ports.files.writeText(probePath, probeModule(config.flakyCheck));
  let outcome: StrykerOutcome;
  try {
    outcome = await launchStryker(context, {
      title: PROBE_RUN_TITLE,
      configPath: runFiles.probeConfigPath,
      reportPath: runFiles.probeReportPath,
      settings: {
        sealModulePath: runFiles.sealModulePath,
        mutate: [probeFile],
        htmlReportPath: runFiles.probeHtmlReportPath,
        concurrency: config.concurrency,
        purpose: 'probe',
        // Bail off: every test that fails is named, not only the first.
        everyTest: true,
        // No test imports the probe file: the runner's related-test narrowing would run none.
        relatedTests: false,
      },
    });
  } finally {
    await ports.files.remove(probePath);
  }
  const found = probeResults(probeRunOf(context, outcome, probeFile));
  if (found.runs < config.flakyCheck + 1 && !failedRun(outcome)) {
    // Stryker's tap runner, for one, reports coverage even with coverage analysis off: the probe's
    // mutants then count as covered by no test, and run none.
    ports.log.warning(
      `Only ${found.runs} of the ${config.flakyCheck + 1} runs with no mutant active took place: Stryker ran no test ` +
        "against some of the check's mutants (its test runner reports coverage even when told not to collect it).",
    );
  }
  return found;
}

/** Why no probe run is needed: flaky-check 0, no kill, or a verdict no kill can save. */
function noProbeNeeded(config: Config, evidence: Evidence & { strykerReport: MutationTestResult }): SkippedCheck | undefined {
  if (config.flakyCheck === 0) return 'off';
  if (!hasKills(evidence.strykerReport)) return 'not-needed';
  // A flaky test can only add kills: a change that fails counting every kill fails without them. A
  // shard's verdict is not the change's: the merged one may pass, so a shard always checks.
  if (evidence.shard === undefined && judge(config, evidence).verdict.kind !== 'pass') return 'fails-anyway';
  return undefined;
}

const SKIPPED_WHY: Readonly<Record<SkippedCheck, string>> = {
  off: 'flaky-check is 0',
  'not-needed': 'no mutant was killed, so no test failure decided anything',
  'fails-anyway': 'the gate fails counting every kill, and a flaky test can only add kills',
};

/**
 * The evidence with flaky tests' failures out of its kills (see discountFlakyKills). Flaky are the tests
 * of each initial test run that failed and passed when Stryker ran once more (`failedInitialRuns`), and
 * those the probe run sees fail, when it runs: only when kills could decide the verdict.
 */
export async function settleFlakyTests(
  context: StrykerContext,
  evidence: Evidence & { strykerReport: MutationTestResult },
  failedInitialRuns: readonly (readonly string[])[],
): Promise<Evidence> {
  const { ports, config } = context;
  const skipped = noProbeNeeded(config, evidence);
  if (skipped !== undefined) ports.log.info(`No check for flaky tests: ${SKIPPED_WHY[skipped]}.`);
  if (skipped !== undefined && failedInitialRuns.length === 0) return { ...evidence, flaky: { kind: skipped } };
  const known = failedInitialRuns.map((failedTests) => probeResults({ kind: 'initial-run-failed', failedTests }));
  const { runs, tests } = combineResults(...known, ...(skipped === undefined ? [await probeForFlakyTests(context)] : []));
  const discounted = discountFlakyKills(evidence.strykerReport, tests);
  ports.log.info(
    tests.length === 0
      ? `No test failed in ${runs} run(s) with no mutant active.`
      : // Counted, not named: test names are the change's text, and a log line is read for workflow commands.
        `${tests.length} test(s) failed with no mutant active (named in the summary): their failures do not count as kills; ` +
          `${discounted.discounted.length} mutant(s) only they had failed on count as survived.`,
  );
  return { ...evidence, strykerReport: discounted.report, flaky: { kind: 'checked', runs, tests, discounted: discounted.discounted } };
}
