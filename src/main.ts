import * as core from '@actions/core';
import { readRawInputs } from './adapters/action-inputs.js';
import { readGateEvent } from './adapters/github-event.js';
import { actionsLog, printUntrusted } from './adapters/log.js';
import { readRunEnvironment } from './adapters/run-environment.js';
import { createRunFiles, type RunFiles } from './adapters/run-files.js';
import { Outputs } from './constants.js';
import { type Config, parseConfig } from './core/config/config.js';
import { nodeVersionProblem } from './core/config/node-version.js';
import type { GateEvent } from './core/diff/base-ref.js';
import { errorOutcome, type GateOutcome } from './core/judge/report.js';
import { runGate } from './pipeline/gate.js';
import { GateError } from './pipeline/gate-error.js';
import { publish } from './publish.js';

/** Every failure becomes an `error` verdict with a reason; only a bug in publishing escapes to run(). */
async function decide(files: RunFiles, event: GateEvent): Promise<{ outcome: GateOutcome; config: Config | undefined }> {
  const nodeProblem = nodeVersionProblem(process.version);
  if (nodeProblem !== undefined) return { outcome: errorOutcome(nodeProblem), config: undefined };
  const parsed = parseConfig(readRawInputs());
  if (!parsed.ok) {
    const reason = `${parsed.problems.length} input(s) are invalid, so nothing was run.`;
    return { outcome: errorOutcome(reason, parsed.problems), config: undefined };
  }
  const { config } = parsed;
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    return { outcome: await runGate({ config, event, workspace, log: actionsLog, files }), config };
  } catch (error) {
    if (error instanceof GateError) return { outcome: errorOutcome(error.message, error.details), config };
    const unexpected = error instanceof Error ? error : new Error(String(error));
    return { outcome: errorOutcome(`Unexpected failure: ${unexpected.message}`, unexpected.stack?.split('\n') ?? []), config };
  }
}

export async function run(): Promise<void> {
  try {
    const files = await createRunFiles();
    const event = await readGateEvent();
    const { outcome, config } = await decide(files, event);
    await publish({ outcome, config, event, files, environment: readRunEnvironment() });
    if (outcome.kind === 'error') await printUntrusted(outcome.details);
    if (outcome.verdict.kind === 'fail' || (outcome.verdict.kind === 'error' && config?.onError !== 'warn')) {
      core.setFailed(outcome.verdict.reason);
    } else if (outcome.verdict.kind === 'error') {
      // on-error: warn, for teams trialling the gate: the verdict stays error, only the step passes.
      core.warning(`${outcome.verdict.reason} (on-error: warn, so the step does not fail)`);
    } else {
      core.info(outcome.verdict.reason);
    }
  } catch (error) {
    core.setOutput(Outputs.Verdict, 'error');
    core.setFailed(`mutation-gate stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}
