import type { Config } from '../core/config/config.js';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import { normalizeReportPath } from '../core/scoring/changed-mutants.js';
import { describeStrykerFailure, failureDetails } from '../core/stryker/failure-diagnosis.js';
import { filesFoundIn } from '../core/stryker/files-found.js';
import { renderGeneratedConfig, type StrykerRunSettings } from '../core/stryker/generated-config.js';
import type { Isolation } from '../core/stryker/isolation.js';
import type { RunSetup } from '../core/stryker/run-setup.js';
import { type MutationTestResult, parseMutationReport } from '../core/stryker/stryker-report.js';
import {
  needsRecheck,
  RECHECK_BUDGET,
  recheckPatterns,
  settleRecheck,
  type TimeoutCheck,
  type UnjudgedMutant,
} from '../core/stryker/timeout-recheck.js';
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
  /** Rechecked mutants carry the status they count with (see settleRecheck). */
  readonly report: MutationTestResult;
  /** What became of each mutant that timed out. */
  readonly timeouts: readonly TimeoutCheck[];
  /** Survivors the first run judged with no test; those the re-run did not judge either are out of the report. */
  readonly unjudged: readonly UnjudgedMutant[];
  readonly isolation: Isolation;
  readonly setup: RunSetup;
}

/** Said with every failure of a run on Stryker's defaults: the missing config may be the cause. */
const NO_CONFIG =
  " No Stryker config was found at the merge base, so Stryker's defaults ran: its command runner, running the project's " +
  'test command (npm test) for every mutant.';

/** One Stryker run with `run.settings`: its validated report, and the outcome (output, isolation) it had. */
async function runOnce(
  ports: GatePorts,
  config: Config,
  runFiles: RunFiles,
  workingDirectory: string,
  { cli, project }: StrykerSetup,
  run: {
    readonly title: string;
    readonly configPath: string;
    readonly settings: StrykerRunSettings;
    readonly onLine?: (line: string) => void;
  },
): Promise<{ report: MutationTestResult; outcome: StrykerOutcome }> {
  await ports.files.writeText(run.configPath, renderGeneratedConfig(project.reference, run.settings));
  ports.log.info(`Stryker config: ${run.configPath} (extends ${project.source ?? "Stryker's defaults"})`);
  const { timeoutMinutes } = config;
  const request = {
    cli,
    configPath: run.configPath,
    workingDirectory,
    timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000,
    sealModulePath: runFiles.sealModulePath,
    reportPath: runFiles.mutationReportPath,
    runDirectory: runFiles.directory,
    testEnv: config.testEnv,
    isolation: config.isolation,
  };
  const outcome = await ports.log.untrustedGroup(run.title, (emit) =>
    ports.stryker.run(request, (line) => {
      run.onLine?.(line);
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
  return { report: report.report, outcome };
}

/**
 * Runs the project's Stryker on the changed-line ranges and returns its validated report. Mutants that
 * timed out (under `timeouts: recheck`) and survivors no test judged run again, alone and with a longer
 * budget, and count with what that run says (see settleRecheck).
 */
export async function mutate(
  ports: GatePorts,
  config: Config,
  runFiles: RunFiles,
  workingDirectory: string,
  stryker: StrykerSetup,
  target: MutateTarget,
): Promise<Measurement> {
  const base = { sealModulePath: runFiles.sealModulePath, longerBudget: false, everyTest: config.everyTest };
  let found: number | undefined;
  const first = await runOnce(ports, config, runFiles, workingDirectory, stryker, {
    title: `Stryker: ${target.patterns.length} changed range(s) in ${target.files.length} file(s)`,
    configPath: runFiles.strykerConfigPath,
    settings: { ...base, mutate: target.patterns, htmlReportPath: runFiles.htmlReportPath, concurrency: config.concurrency },
    onLine: (line) => {
      found ??= filesFoundIn(line);
    },
  });
  checkEveryFileFound(found, target, first.report, first.outcome.output.tail);
  let rerun: MutationTestResult | undefined;
  if (needsRecheck(first.report, config.timeouts)) {
    const patterns = recheckPatterns(first.report, config.timeouts, workingDirectory);
    ports.log.info(
      `${patterns.length} mutant(s) timed out or were judged by no test: running them again, one at a time, with ` +
        `${RECHECK_BUDGET.timeoutMsFactor} times the time budget.`,
    );
    // One at a time: a timeout that came from a busy machine should not meet one again.
    const settings = { ...base, mutate: patterns, htmlReportPath: runFiles.recheckHtmlReportPath, concurrency: 1, longerBudget: true };
    rerun = (
      await runOnce(ports, config, runFiles, workingDirectory, stryker, {
        title: 'Stryker: those mutants again',
        configPath: runFiles.recheckConfigPath,
        settings,
      })
    ).report;
  }
  const settled = settleRecheck(first.report, config.timeouts, rerun);
  const setup = await runSetup(ports.files, stryker.cli, stryker.project.source, first.outcome.output.testRun);
  return { report: settled.report, timeouts: settled.checks, unjudged: settled.unjudged, isolation: first.outcome.isolation, setup };
}
