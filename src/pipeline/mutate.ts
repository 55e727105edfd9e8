import type { Config } from '../core/config/config.js';
import { describeStrykerFailure } from '../core/stryker/failure-diagnosis.js';
import { type ProjectConfigReference, renderGeneratedConfig } from '../core/stryker/generated-config.js';
import { type MutationTestResult, parseMutationReport } from '../core/stryker/stryker-report.js';
import { GateError } from './gate-error.js';
import type { GatePorts, RunFiles } from './ports.js';

/** The project's Stryker: its CLI script and its own config, found before any other work. */
export interface StrykerSetup {
  readonly cli: string;
  readonly project: ProjectConfigReference | undefined;
}

/** What to mutate: Stryker `mutate` ranges, over how many files. */
export interface MutateTarget {
  readonly patterns: readonly string[];
  readonly files: number;
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
  await ports.files.writeText(runFiles.strykerConfigPath, renderGeneratedConfig(project, settings));
  ports.log.info(`Stryker config: ${runFiles.strykerConfigPath} (extends ${project?.url ?? "Stryker's defaults"})`);
  const { timeoutMinutes } = config;
  const run = {
    cli,
    configPath: runFiles.strykerConfigPath,
    workingDirectory,
    timeoutMs: timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000,
  };
  const exit = await ports.log.untrustedGroup(`Stryker: ${target.patterns.length} changed range(s) in ${target.files} file(s)`, (emit) =>
    ports.stryker.run(run, emit),
  );
  if (exit.timedOut || exit.exitCode !== 0) throw new GateError(describeStrykerFailure(exit, timeoutMinutes), exit.tail);
  const report = parseMutationReport(await readJson(ports, runFiles.mutationReportPath, "Stryker's mutation.json", exit.tail));
  if (!report.ok) {
    throw new GateError(`Stryker's mutation.json is not a valid mutation testing report: ${report.problem}.`, exit.tail);
  }
  return report.report;
}
