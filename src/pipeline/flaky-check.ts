import { join } from 'node:path';
import { type Evidence, judge } from '../core/judge/judge.js';
import { discountFlakyKills, type FlakyCheck, hasKills, type ProbeRun, probeModule, probeResults } from '../core/stryker/flaky-tests.js';
import type { MutationTestResult } from '../core/stryker/stryker-report.js';
import type { StrykerOutcome } from './ports.js';
import { failedRun, launchStryker, reportOf, runFailure, type StrykerContext } from './stryker-run.js';

/** The log group of the check's Stryker run. */
export const PROBE_RUN_TITLE = 'Stryker: the test suite with no mutant active';

/**
 * A probe run that failed only because tests failed in its initial run found flaky tests: the same
 * tests passed in the measurement's initial run. Any other failure is the gate's error.
 */
function probeRunOf(context: StrykerContext, outcome: StrykerOutcome, probeFile: string): ProbeRun {
  if (!failedRun(outcome)) return { kind: 'finished', report: reportOf(outcome), probeFile };
  const { output } = outcome;
  if (!outcome.timedOut && output.failedTests.length > 0 && output.coverageShortfalls.length === 0) {
    return { kind: 'initial-run-failed', failedTests: output.failedTests };
  }
  throw runFailure(context, outcome, 'The check for flaky tests (a run of the test suite with no mutant active) failed. ');
}

/**
 * Runs the whole test suite `flaky-check` more times with no mutant active (see probeModule), and takes
 * the failures of every test that failed there out of the report's kills (see discountFlakyKills).
 */
async function checkFlakyTests(
  context: StrykerContext,
  report: MutationTestResult,
): Promise<{ report: MutationTestResult; flaky: FlakyCheck }> {
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
      },
    });
  } finally {
    await ports.files.remove(probePath);
  }
  const { runs, tests } = probeResults(probeRunOf(context, outcome, probeFile));
  const discounted = discountFlakyKills(report, tests);
  ports.log.info(
    tests.length === 0
      ? `No test failed in ${runs} run(s) with no mutant active.`
      : `${tests.length} test(s) failed with no mutant active (${tests.map((test) => test.name).join(', ')}): ` +
          `their failures do not count as kills; ${discounted.discounted.length} mutant(s) only they had failed on count as survived.`,
  );
  return { report: discounted.report, flaky: { kind: 'checked', runs, tests, discounted: discounted.discounted } };
}

/**
 * The evidence with flaky tests' failures out of its kills, when they could decide the verdict. A flaky
 * test can only add kills: a change that fails counting every kill fails without them, so the check (one
 * more Stryker run) is left out then, and when nothing was killed.
 */
export async function settleFlakyTests(
  context: StrykerContext,
  evidence: Evidence & { strykerReport: MutationTestResult },
): Promise<Evidence> {
  const { ports, config } = context;
  const report = evidence.strykerReport;
  if (config.flakyCheck === 0) return { ...evidence, flaky: { kind: 'off' } };
  if (!hasKills(report)) {
    ports.log.info('No mutant was killed, so no test failure decided anything: no check for flaky tests.');
    return { ...evidence, flaky: { kind: 'not-needed' } };
  }
  if (judge(config, evidence).verdict.kind !== 'pass') {
    ports.log.info('The gate fails counting every kill, and a flaky test can only add kills: no check for flaky tests.');
    return { ...evidence, flaky: { kind: 'fails-anyway' } };
  }
  const checked = await checkFlakyTests(context, report);
  return { ...evidence, strykerReport: checked.report, flaky: checked.flaky };
}
