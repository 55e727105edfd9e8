import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import { type FileScope, scopeChangedFiles } from '../core/diff/file-scope.js';
import type { Evidence } from '../core/judge/judge.js';
import type { Comparison } from '../core/judge/report.js';
import { planReuse, type ReusePlan } from '../core/reuse/reuse-plan.js';
import { parseRunState, runStateFileName, runStateOf } from '../core/reuse/run-state.js';
import { measurementSettings } from '../core/shards/shard-result.js';
import { hasBudget } from './budget.js';
import type { GateRun } from './gate.js';
import { GateError } from './gate-error.js';
import type { Files, Git } from './ports.js';

const STATE_FILE = /^run-state-.*\.json$/;

/** The state files directly in the state folder (never those of a folder below, nor any other file). */
async function stateFiles(files: Files, directory: string): Promise<string[]> {
  const found = (await files.filesIn(directory, '.json')) ?? [];
  return found.filter((path) => dirname(path) === directory && STATE_FILE.test(basename(path)));
}

/** The state folder, and the earlier runs' states in it by file name. */
export interface SavedStates {
  readonly directory: string;
  readonly states: ReadonlyMap<string, string>;
}

/**
 * The earlier runs' states, read once before any code under test runs (so none can change what this
 * run reuses); undefined when reuse is off or there is no state folder.
 */
export async function readRunStates(files: Files, run: GateRun): Promise<SavedStates | undefined> {
  const { reuse, stateDir } = run.config;
  if (!reuse || stateDir === undefined) return undefined;
  const directory = resolve(run.workspace, stateDir);
  const inWorkspace = relative(resolve(run.workspace), directory);
  if (!inWorkspace.startsWith('..') && !isAbsolute(inWorkspace)) {
    throw new GateError(
      `Input "state-dir" (${stateDir}) is inside the workspace, where the pull request's own files are: a file it commits there ` +
        "could pose as the gate's saved results. Leave state-dir empty (a folder under RUNNER_TEMP) or name a folder outside the workspace.",
    );
  }
  const states = new Map<string, string>();
  for (const path of await stateFiles(files, directory)) {
    const text = await files.readText(path);
    if (text !== undefined) states.set(basename(path), text);
  }
  return { directory, states };
}

/** What this run of one working directory can take from its earlier run; undefined when reuse is off. */
export async function reusePlanFor(
  git: Git,
  run: GateRun,
  measured: { comparison: Comparison; repositoryPrefix: string; scope: FileScope; targeted: readonly ChangedFile[] },
): Promise<ReusePlan | undefined> {
  if (run.earlierStates === undefined) return undefined;
  const { comparison, repositoryPrefix, scope, targeted } = measured;
  const text = run.earlierStates.states.get(runStateFileName(repositoryPrefix));
  const state = text === undefined ? undefined : parseRunState(text);
  let changedSince: readonly string[] | undefined;
  if (typeof state === 'object' && (await git.resolveCommit(state.head)) !== undefined) {
    changedSince = await git.changedPaths(state.head, comparison.head);
  }
  return planReuse({
    state,
    settings: measurementSettings(run.config),
    comparison,
    repositoryPrefix,
    changedSince,
    isSource: (path) => scopeChangedFiles([{ path, lines: [] }], scope).selected.length > 0,
    targeted,
    budgeted: hasBudget(run.config),
  });
}

/**
 * The states of this run's measurements, written once every Stryker run is over: the folder's earlier
 * state files go first, so that nothing but what this run measured is saved.
 */
export async function saveRunStates(files: Files, run: GateRun, measured: readonly Evidence[]): Promise<void> {
  if (run.earlierStates === undefined) return;
  const { directory } = run.earlierStates;
  for (const path of await stateFiles(files, directory)) await files.remove(path);
  const settings = measurementSettings(run.config);
  for (const evidence of measured) {
    const state = runStateOf(evidence, settings);
    if (state !== undefined) await files.writeText(join(directory, runStateFileName(state.repositoryPrefix)), JSON.stringify(state));
  }
}
