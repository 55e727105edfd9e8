import type { Config } from '../core/config/config.js';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import { normalizeReportPath } from '../core/scoring/changed-mutants.js';
import { describeStrykerFailure } from '../core/stryker/failure-diagnosis.js';
import { filesFoundIn } from '../core/stryker/files-found.js';
import { renderGeneratedConfig } from '../core/stryker/generated-config.js';
import { type MutationTestResult, parseMutationReport } from '../core/stryker/stryker-report.js';
import { GateError } from './gate-error.js';
import type { GatePorts, RunFiles } from './ports.js';
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

/**
 * Reads a JSON file another program wrote for the gate; a missing or unparsable file is a GateError
 * naming it, with `context` (that program's last output) as its details.
 */
async function readJson(ports: GatePorts, path: string, what: string, context: readonly string[]): Promise<unknown> {
  const text = await ports.files.readText(path);
  if (text === undefined) throw new GateError(`${what} was not written (${path}); the output below may say why.`, context);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GateError(`${what} (${path}) is not valid JSON: ${(error as Error).message}`, context);
  }
}

/** Runs the project's Stryker on the changed-line ranges and returns its validated report. */
export async function mutate(
  ports: GatePorts,
  config: Config,
  runFiles: RunFiles,
  workingDirectory: string,
  { cli, project }: StrykerSetup,
  target: MutateTarget,
): Promise<MutationTestResult> {
  const settings = {
    mutate: target.patterns,
    jsonReportPath: runFiles.mutationReportPath,
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
  };
  let found: number | undefined;
  const exit = await ports.log.untrustedGroup(
    `Stryker: ${target.patterns.length} changed range(s) in ${target.files.length} file(s)`,
    (emit) =>
      ports.stryker.run(run, (line) => {
        found ??= filesFoundIn(line);
        emit(line);
      }),
  );
  if (exit.timedOut || exit.exitCode !== 0) throw new GateError(describeStrykerFailure(exit, timeoutMinutes), exit.tail);
  const report = parseMutationReport(await readJson(ports, runFiles.mutationReportPath, "Stryker's mutation.json", exit.tail));
  if (!report.ok) {
    throw new GateError(`Stryker's mutation.json is not a valid mutation testing report: ${report.problem}.`, exit.tail);
  }
  checkEveryFileFound(found, target, report.report, exit.tail);
  return report.report;
}
