import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import type { BundledStrykerPlaces } from '../../src/adapters/bundled-stryker.js';
import { localGatePorts } from '../../src/adapters/gate-ports.js';
import { decodeEvent } from '../../src/adapters/github-event.js';
import { createRunFiles } from '../../src/adapters/run-files.js';
import type { Config } from '../../src/core/config/config.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { type GateRun, runGate } from '../../src/pipeline/gate.js';
import type { GatePorts } from '../../src/pipeline/ports.js';
import { RecordingLog } from './recording-log.js';

export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');

/**
 * The gate's own Stryker for tests: this project's sets, installed once per machine into one folder
 * that every test shares (each install is a full npm ci), with npm's own cache.
 */
export const TEST_STRYKER_PLACES: BundledStrykerPlaces = {
  sets: join(PROJECT_ROOT, 'bundled-stryker'),
  installs: join(tmpdir(), 'mutation-gate-test-stryker'),
  npmCache: undefined,
};

/**
 * The pricing fixture as a repository with one base commit on main, using this project's node_modules;
 * `bare`: a project that has never set Stryker up (no config, no @stryker-mutator packages).
 */
export async function createPricingRepo({ bare = false }: { readonly bare?: boolean } = {}): Promise<{ repo: GitRepo; baseSha: string }> {
  const repo = await GitRepo.create('gate-pricing-');
  await repo.copyIn(join(FIXTURES, 'pricing'));
  if (bare) await rm(join(repo.dir, 'stryker.config.json'));
  await repo.write({ '.gitignore': 'node_modules\n.stryker-tmp\nreports\n', 'README.md': '# Pricing\n' });
  await repo.linkNodeModules('.', bare ? ['@stryker-mutator'] : []);
  const baseSha = repo.commit('Base: pricing');
  repo.git('checkout', '--quiet', '-b', 'feature');
  return { repo, baseSha };
}

export function pullRequestEvent(baseSha: string): GateEvent {
  return decodeEvent('pull_request', { pull_request: { base: { sha: baseSha } } });
}

/** A run of the gate in `workspace` with the real git, Stryker and files, and a log the test can read. */
export interface RealRun extends GateRun {
  readonly log: RecordingLog;
  readonly ports: GatePorts;
}

export async function gateRun(workspace: string, config: Config, event: GateEvent): Promise<RealRun> {
  const runFiles = await createRunFiles({ RUNNER_TEMP: await mkdtemp(join(tmpdir(), 'gate-runner-temp-')) });
  const log = new RecordingLog();
  const noGithub = { apiUrl: '', token: '', repository: undefined };
  return {
    config,
    event,
    workspace,
    runFiles,
    workflowPath: undefined,
    eventCommit: undefined,
    log,
    ports: localGatePorts(log, noGithub, TEST_STRYKER_PLACES),
  };
}

/** The gate as main.ts runs it, on a real run. */
export function runRealGate(run: RealRun): Promise<ScoredReport> {
  return runGate(run, run.ports);
}
