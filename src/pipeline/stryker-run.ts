import type { Config } from '../core/config/config.js';
import type { BundledSet } from '../core/stryker/bundled-stryker.js';
import { describeStrykerFailure, failureDetails } from '../core/stryker/failure-diagnosis.js';
import { renderGeneratedConfig, type StrykerRunSettings } from '../core/stryker/generated-config.js';
import type { DetectedConfig } from '../core/stryker/runner-detection.js';
import { type MutationTestResult, parseMutationReport } from '../core/stryker/stryker-report.js';
import { GateError } from './gate-error.js';
import type { GatePorts, RunFiles, StrykerOutcome } from './ports.js';
import type { TrustedConfig } from './trusted-config.js';

/** The Stryker that runs: its CLI script, and the config read from git that the run extends. */
export interface StrykerSetup {
  readonly cli: string;
  /** The set of the Stryker the gate brought; undefined: the project's own. */
  readonly bundled: BundledSet | undefined;
  readonly project: TrustedConfig;
  /** Without a project config: the test runner detected, and the config the run extends instead. */
  readonly detected: DetectedConfig | undefined;
}

/** One Stryker run of the gate: its log group's title, its generated config and what that config says. */
export interface StrykerRunPlan {
  readonly title: string;
  readonly configPath: string;
  readonly settings: StrykerRunSettings;
  /** Where the run's sealed report goes; the measurement's (mutationReportPath) unless given. */
  readonly reportPath?: string;
  readonly onLine?: (line: string) => void;
}

/** Where a run takes place and with what: the same for every run of one gate. */
export interface StrykerContext {
  readonly ports: GatePorts;
  readonly config: Config;
  readonly runFiles: RunFiles;
  readonly workingDirectory: string;
  readonly stryker: StrykerSetup;
}

/** Writes the run's config and runs Stryker with it, its output in a log group; how it ended, whatever that was. */
export async function launchStryker(context: StrykerContext, plan: StrykerRunPlan): Promise<StrykerOutcome> {
  const { ports, config, runFiles } = context;
  const { cli, project, detected } = context.stryker;
  await ports.files.writeText(plan.configPath, renderGeneratedConfig(project.reference, plan.settings, detected?.config));
  const found = detected?.detected;
  const extended =
    project.source ?? (found === undefined ? "Stryker's defaults" : `the config for the ${found.runner} runner the gate detected`);
  ports.log.info(`Stryker config: ${plan.configPath} (extends ${extended})`);
  const { timeoutMinutes } = config;
  const request = {
    cli,
    configPath: plan.configPath,
    workingDirectory: context.workingDirectory,
    timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000,
    sealModulePath: runFiles.sealModulePath,
    reportPath: plan.reportPath ?? runFiles.mutationReportPath,
    runDirectory: runFiles.directory,
    testEnv: config.testEnv,
    isolation: config.isolation,
  };
  const outcome = await ports.log.untrustedGroup(plan.title, (emit) =>
    ports.stryker.run(request, (line) => {
      plan.onLine?.(line);
      emit(line);
    }),
  );
  ports.log.info(`Isolation: ${outcome.isolation.level} (${outcome.isolation.detail}).`);
  return outcome;
}

/** Said with every failure of a run without the project's own config: the missing config may be the cause. */
function noConfigSentence({ project, detected }: StrykerSetup): string {
  if (project.source !== undefined) return '';
  const found = detected?.detected;
  if (found?.command !== undefined) {
    return (
      ` No Stryker config was found at the merge base, so Stryker's command runner ran ${found.command} (the test script's ` +
      "node --test command) for every mutant: a Stryker config of the project's own may be what is missing."
    );
  }
  const runner = detected?.config.testRunner;
  if (found === undefined || runner === 'command') {
    return (
      " No Stryker config was found at the merge base, so Stryker's defaults ran: its command runner, running the project's " +
      'test command (npm test) for every mutant.'
    );
  }
  return (
    ` No Stryker config was found at the merge base, so the gate ran the ${String(runner)} test runner it detected ` +
    `(${found.evidence}) with its plugin's defaults: a Stryker config of the project's own may be what is missing.`
  );
}

export const failedRun = (outcome: StrykerOutcome): boolean => outcome.timedOut || outcome.exitCode !== 0;

/**
 * The tests a run's initial test run (no mutant active) named as failing, when that is why it failed;
 * undefined for any other failure (a coverage threshold, the time limit, an error) or none.
 */
export function failedInInitialRun(outcome: StrykerOutcome): readonly string[] | undefined {
  const { output } = outcome;
  const onTests = failedRun(outcome) && !outcome.timedOut && output.failedTests.length > 0 && output.coverageShortfalls.length === 0;
  return onTests ? output.failedTests : undefined;
}

/** Why a run that failed gave no answer, as the gate's error; `purpose` names the run when it was not the measurement itself. */
export function runFailure(context: StrykerContext, outcome: StrykerOutcome, purpose: string): GateError {
  return new GateError(
    `${purpose}${describeStrykerFailure(outcome, context.config.timeoutMinutes, context.stryker.bundled)}${noConfigSentence(context.stryker)}`,
    failureDetails(outcome.output),
  );
}

/** The report's JSON; a report Stryker did not hand over, or that was changed, is a GateError. */
function openReport(outcome: StrykerOutcome): unknown {
  const { report } = outcome;
  const { tail } = outcome.output;
  if (report.kind === 'forged') {
    throw new GateError(
      `Stryker's report cannot be trusted: ${report.reason}. Code this change runs (its tests, or a process they started) ` +
        'tampered with the measurement, so no score is given, whatever on-error says.',
      tail,
      { tampering: true },
    );
  }
  if (report.kind === 'missing') throw new GateError(`${report.reason}; the output below may say why.`, tail);
  try {
    return JSON.parse(report.text) as unknown;
  } catch (error) {
    throw new GateError(`Stryker's report is not valid JSON: ${(error as Error).message}`, tail);
  }
}

/** The validated report of a run that finished. */
export function reportOf(outcome: StrykerOutcome): MutationTestResult {
  const report = parseMutationReport(openReport(outcome));
  if (!report.ok) {
    throw new GateError(`Stryker's report is not a valid mutation testing report: ${report.problem}.`, outcome.output.tail);
  }
  return report.report;
}

/**
 * One Stryker run that must finish, run once more when tests fail in its initial test run (no mutant
 * active): a flaky test must not stop the gate. The tests that failed the first time and passed the
 * second are flaky (`failedFirst`); failing twice is the gate's error.
 */
export async function runStrykerPastFlakyTests(
  context: StrykerContext,
  plan: StrykerRunPlan,
): Promise<{ report: MutationTestResult; outcome: StrykerOutcome; failedFirst: readonly string[] }> {
  let outcome = await launchStryker(context, plan);
  const failedFirst = failedInInitialRun(outcome) ?? [];
  if (failedFirst.length > 0) {
    // Counted, not named: test names are the change's text, and a log line is read for workflow commands.
    context.ports.log.info(
      `${failedFirst.length} test(s) failed in Stryker's initial test run, with no mutant active (named in its output above): ` +
        'running Stryker once more, to tell a failing test from a flaky one.',
    );
    outcome = await launchStryker(context, { ...plan, title: `${plan.title}, again` });
  }
  if (failedRun(outcome)) {
    throw runFailure(
      context,
      outcome,
      failedFirst.length > 0 ? 'Stryker ran once more after tests failed in its initial test run, and failed again. ' : '',
    );
  }
  return { report: reportOf(outcome), outcome, failedFirst };
}
