import * as core from '@actions/core';
import { readRawInputs } from './adapters/action-inputs.js';
import { setOutputs, writeGateReport, writeJobSummary } from './adapters/action-results.js';
import { readGateEvent } from './adapters/github-event.js';
import { actionsLog, printUntrusted } from './adapters/log.js';
import { createRunFiles, type RunFiles } from './adapters/run-files.js';
import { Outputs } from './constants.js';
import { actionOutputs } from './core/action-outputs.js';
import { parseConfig } from './core/config.js';
import { buildGateReport } from './core/gate-report.js';
import { nodeVersionProblem } from './core/node-version.js';
import { errorOutcome, type GateOutcome } from './core/outcome.js';
import { renderSummary } from './core/summary.js';
import { runGate } from './gate.js';
import { GateError } from './gate-error.js';

/** Every failure becomes an `error` verdict with a reason; only a bug in publishing escapes to run(). */
async function decide(files: RunFiles): Promise<GateOutcome> {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem !== undefined) return errorOutcome(nodeProblem);
  const parsed = parseConfig(readRawInputs());
  if (!parsed.ok) {
    return errorOutcome(`${parsed.problems.length} input(s) are invalid, so nothing was run.`, parsed.problems);
  }
  try {
    return await runGate({
      config: parsed.config,
      event: await readGateEvent(),
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      log: actionsLog,
      files,
    });
  } catch (error) {
    if (error instanceof GateError) return errorOutcome(error.message, error.details);
    const unexpected = error instanceof Error ? error : new Error(String(error));
    return errorOutcome(`Unexpected failure: ${unexpected.message}`, unexpected.stack?.split('\n') ?? []);
  }
}

async function publish(outcome: GateOutcome, files: RunFiles): Promise<void> {
  await writeGateReport(files.gateReportPath, buildGateReport(outcome));
  setOutputs(actionOutputs(outcome, files.gateReportPath));
  await writeJobSummary(renderSummary(outcome));
  core.info(`Gate report: ${files.gateReportPath}`);
}

export async function run(): Promise<void> {
  try {
    const files = await createRunFiles();
    const outcome = await decide(files);
    await publish(outcome, files);
    if (outcome.verdict.kind === 'fail' || outcome.verdict.kind === 'error') {
      if (outcome.kind === 'error') await printUntrusted(outcome.details);
      core.setFailed(outcome.verdict.reason);
    } else {
      core.info(outcome.verdict.reason);
    }
  } catch (error) {
    core.setOutput(Outputs.Verdict, 'error');
    core.setFailed(`mutation-gate stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}
