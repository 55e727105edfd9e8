import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { readRawInputs } from './adapters/action-inputs.js';
import { setOutputs, writeGateReport, writeJobSummary } from './adapters/action-results.js';
import { emitAnnotations } from './adapters/annotations.js';
import { bundledStrykerPlaces } from './adapters/bundled-stryker.js';
import { localGatePorts } from './adapters/gate-ports.js';
import { decodeEvent, readGateEvent } from './adapters/github-event.js';
import { actionsLog, printUntrusted } from './adapters/log.js';
import { publishStickyComment } from './adapters/pr-comment.js';
import { type RunEnvironment, readRunEnvironment } from './adapters/run-environment.js';
import { createRunFiles, fileExists } from './adapters/run-files.js';
import { Outputs } from './constants.js';
import type { GateEvent } from './core/gate-event.js';
import { errorReport, type Report } from './core/judge/report.js';
import { decide, settingsOf } from './pipeline/gate-decision.js';
import type { RunFiles } from './pipeline/ports.js';
import type { PublishPorts } from './publish/ports.js';
import { publish } from './publish/publish.js';

/** The action's Stryker sets, beside dist/ (and beside src/, when run from source). */
const ACTION_STRYKER_SETS = fileURLToPath(new URL('../bundled-stryker', import.meta.url));

/** The real I/O behind the ports of the publish phase; only this file (and a later CLI) builds them. */
const PUBLISH_PORTS: PublishPorts = {
  writeGateReport,
  writeJobSummary,
  setOutputs,
  annotate: emitAnnotations,
  fileExists,
  postComment: publishStickyComment,
  log: actionsLog,
};

/** The run's event; one that cannot be read is a problem for the verdict to state, not a crash. */
async function readEvent(): Promise<{ event: GateEvent; problem: string | undefined }> {
  try {
    return { event: await readGateEvent(), problem: undefined };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      event: decodeEvent(process.env.GITHUB_EVENT_NAME ?? '', {}),
      problem: `The workflow run's event file (GITHUB_EVENT_PATH) could not be read, so nothing was run: ${reason}`,
    };
  }
}

/** Every failure becomes an `error` verdict with a reason; only a bug in publishing escapes to run(). */
async function decideInWorkflow(
  runFiles: RunFiles,
  { event, problem }: Awaited<ReturnType<typeof readEvent>>,
  environment: RunEnvironment,
): Promise<Report> {
  const settings = settingsOf(readRawInputs(), process.version);
  if ('stop' in settings) return settings.stop;
  const { config } = settings;
  if (problem !== undefined) return errorReport(config, problem);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  return decide(
    config,
    async () => ({ config, event, workspace, runFiles, workflowPath: environment.workflowPath, eventCommit: environment.eventCommit }),
    localGatePorts(actionsLog, environment, bundledStrykerPlaces(ACTION_STRYKER_SETS)),
  );
}

export async function run(): Promise<void> {
  try {
    // First: the token is masked before anything runs that could print it.
    const environment = readRunEnvironment();
    const runFiles = await createRunFiles();
    const read = await readEvent();
    const report = await decideInWorkflow(runFiles, read, environment);
    await publish({ report, event: read.event, runFiles, environment }, PUBLISH_PORTS);
    if (report.kind === 'error') await printUntrusted(report.details);
    const errorFails = report.kind === 'error' && (report.config?.onError !== 'warn' || report.tampering);
    if (report.kind === 'scored' && report.shard !== undefined && report.verdict.kind === 'fail') {
      // One shard's score is not the change's: the merge job fails the check, or passes it.
      core.info(`Shard ${report.shard.index} of ${report.shard.count}, on its own: ${report.verdict.reason}`);
    } else if (report.verdict.kind === 'fail' || errorFails) {
      core.setFailed(report.verdict.reason);
    } else if (report.verdict.kind === 'error') {
      // on-error: warn, for teams trialling the gate: the verdict stays error, only the step passes.
      core.warning(`${report.verdict.reason} (on-error: warn, so the step does not fail)`);
    } else {
      core.info(report.verdict.reason);
    }
  } catch (error) {
    core.setOutput(Outputs.Verdict, 'error');
    // With the source map, the stack names src/ files and lines.
    if (error instanceof Error && error.stack !== undefined) await printUntrusted(error.stack.split('\n'));
    core.setFailed(`mutation-gate stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}
