import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import { createRunFiles } from '../../src/adapters/run-files.js';
import { Inputs } from '../../src/constants.js';
import { type Config, parseConfig, type RawInputs } from '../../src/core/config/config.js';
import type { GateEvent } from '../../src/core/diff/base-ref.js';
import type { GateRun } from '../../src/pipeline/gate.js';
import { RecordingLog } from './recording-log.js';

export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');

/** The pricing fixture as a repository with one base commit on main, using this project's node_modules. */
export async function createPricingRepo(): Promise<{ repo: GitRepo; baseSha: string }> {
  const repo = await GitRepo.create('gate-pricing-');
  await repo.copyIn(join(FIXTURES, 'pricing'));
  await repo.write({ '.gitignore': 'node_modules\n.stryker-tmp\nreports\n', 'README.md': '# Pricing\n' });
  await repo.linkNodeModules();
  const baseSha = repo.commit('Base: pricing');
  repo.git('checkout', '--quiet', '-b', 'feature');
  return { repo, baseSha };
}

/** A Config as the action would parse it from these inputs (unset inputs take their defaults). */
export function configFrom(inputs: Partial<Record<(typeof Inputs)[keyof typeof Inputs], string>>): Config {
  const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, inputs[name] ?? ''])) as RawInputs;
  const parsed = parseConfig({ ...raw, [Inputs.WorkingDirectory]: inputs[Inputs.WorkingDirectory] ?? '.' });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
}

export function pullRequestEvent(baseSha: string): GateEvent {
  return { name: 'pull_request', payload: { pull_request: { base: { sha: baseSha } } } };
}

/** Everything runGate needs to run in `workspace`, with a log the test can read. */
export async function gateRun(workspace: string, config: Config, event: GateEvent): Promise<GateRun & { log: RecordingLog }> {
  const files = await createRunFiles({ RUNNER_TEMP: await mkdtemp(join(tmpdir(), 'gate-runner-temp-')) });
  return { config, event, workspace, log: new RecordingLog(), files };
}
