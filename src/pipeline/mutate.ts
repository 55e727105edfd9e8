import type { Config } from '../core/config/config.js';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import { normalizeReportPath } from '../core/scoring/changed-mutants.js';
import { describeStrykerFailure, failureDetails } from '../core/stryker/failure-diagnosis.js';
import { filesFoundIn } from '../core/stryker/files-found.js';
import { renderGeneratedConfig } from '../core/stryker/generated-config.js';
import type { Isolation } from '../core/stryker/isolation.js';
import type { RunSetup } from '../core/stryker/run-setup.js';
import { type MutationTestResult, parseMutationReport } from '../core/stryker/stryker-report.js';
import { GateError } from './gate-error.js';
import type { GatePorts, RunFiles, StrykerOutcome } from './ports.js';
import { runSetup } from './run-setup.js';
import type { TrustedConfig } from './trusted-config.js';

/** The project's Stryker: its CLI script, and the config read from git that the run extends. */
export interface StrykerSetup {
  readonly cli: string;
  readonly project: TrustedConfig;
}

/** What to mutate: Stryker `mutate` ranges, over these files. */
export interface MutateTarget {
  readonly patterns: readonly string[];
  readonly files: readonly ChangedFile[];
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

/** Stryker's validated report, how the code under test was kept apart while it ran, and what measured it. */
export interface Measurement {
  readonly report: MutationTestResult;
  readonly isolation: Isolation;
  readonly setup: RunSetup;
}

/** Said with every failure of a run on Stryker's defaults: the missing config may be the cause. */
const NO_CONFIG =
  " No Stryker config was found at the merge base, so Stryker's defaults ran: its command runner, running the project's " +
  'test command (npm test) for every mutant.';

/** Runs the project's Stryker on the changed-line ranges and returns its validated report. */
export async function mutate(
  ports: GatePorts,
  config: Config,
  runFiles: RunFiles,
  workingDirectory: string,
  { cli, project }: StrykerSetup,
  target: MutateTarget,
): Promise<Measurement> {
  const settings = {
    mutate: target.patterns,
    sealModulePath: runFiles.sealModulePath,
    htmlReportPath: runFiles.htmlReportPath,
    concurrency: config.concurrency,
  };
  await ports.files.writeText(runFiles.strykerConfigPath, renderGeneratedConfig(project.reference, settings));
  ports.log.info(`Stryker config: ${runFiles.strykerConfigPath} (extends ${project.source ?? "Stryker's defaults"})`);
  const { timeoutMinutes } = config;
  const run = {
    cli,
    configPath: runFiles.strykerConfigPath,
    workingDirectory,
    timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000,
    sealModulePath: runFiles.sealModulePath,
    reportPath: runFiles.mutationReportPath,
    runDirectory: runFiles.directory,
    testEnv: config.testEnv,
    isolation: config.isolation,
  };
  let found: number | undefined;
  const outcome = await ports.log.untrustedGroup(
    `Stryker: ${target.patterns.length} changed range(s) in ${target.files.length} file(s)`,
    (emit) =>
      ports.stryker.run(run, (line) => {
        found ??= filesFoundIn(line);
        emit(line);
      }),
  );
  ports.log.info(`Isolation: ${outcome.isolation.level} (${outcome.isolation.detail}).`);
  if (outcome.timedOut || outcome.exitCode !== 0) {
    const noConfig = project.source === undefined ? NO_CONFIG : '';
    throw new GateError(`${describeStrykerFailure(outcome, timeoutMinutes)}${noConfig}`, failureDetails(outcome.output));
  }
  const report = parseMutationReport(openReport(outcome));
  if (!report.ok) {
    throw new GateError(`Stryker's report is not a valid mutation testing report: ${report.problem}.`, outcome.output.tail);
  }
  checkEveryFileFound(found, target, report.report, outcome.output.tail);
  const setup = await runSetup(ports.files, cli, project.source, outcome.output.testRun);
  return { report: report.report, isolation: outcome.isolation, setup };
}
