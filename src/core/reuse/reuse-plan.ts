import type { ChangedFile } from '../diff/changed-lines.js';
import type { Comparison } from '../judge/report.js';
import type { MutantResult } from '../stryker/stryker-report.js';
import type { RunState } from './run-state.js';

/** Why a file the earlier run measured is measured again. */
export type RerunReason = 'changed' | 'tests-changed' | 'new';

/** What a run reused (input reuse), for the summary and the JSON report. */
export interface ReuseOfRun {
  /** The head commit of the run whose results were reused; undefined when none were. */
  readonly from: string | undefined;
  readonly files: number;
  readonly mutants: number;
  /** The files measured now, by why their earlier results did not hold. */
  readonly rerun: Readonly<Record<RerunReason, number>>;
  /** Why no earlier result could be considered at all; undefined when one could. */
  readonly why: string | undefined;
}

/** The earlier results a run takes instead of measuring: files relative to the working directory. */
export interface ReusePlan {
  readonly state: RunState | undefined;
  readonly files: ReadonlySet<string>;
  readonly summary: ReuseOfRun;
}

export interface ReuseQuestion {
  /** The state of this working directory's last run, or why it cannot be read; undefined: none was saved. */
  readonly state: RunState | string | undefined;
  /** measurementSettings of this run. */
  readonly settings: string;
  readonly comparison: Comparison;
  readonly repositoryPrefix: string;
  /** The repository paths changed from the state's head to this one; undefined when this clone lacks that commit. */
  readonly changedSince: readonly string[] | undefined;
  /** Whether a repository path is source the gate mutates (in the working directory, included, not excluded). */
  readonly isSource: (repositoryPath: string) => boolean;
  /** The files this run is to mutate, with their changed lines. */
  readonly targeted: readonly ChangedFile[];
  /** A budget (max-mutants, mutants-per-line) chooses which mutants this run tests. */
  readonly budgeted: boolean;
}

const NO_RERUN: Readonly<Record<RerunReason, number>> = { changed: 0, 'tests-changed': 0, new: 0 };

function nothingReused(why: string, targeted: readonly ChangedFile[]): ReusePlan {
  return {
    state: undefined,
    files: new Set(),
    summary: { from: undefined, files: 0, mutants: 0, rerun: { ...NO_RERUN, new: targeted.length }, why },
  };
}

/** Why no earlier result can be considered at all; undefined when the state is this run's kind. */
function unusable(question: ReuseQuestion): string | undefined {
  const { state, comparison } = question;
  if (question.budgeted) return 'a budget (max-mutants or mutants-per-line) chooses the mutants on each run';
  if (state === undefined) return 'no earlier run of this pull request or its base branch was saved';
  if (typeof state === 'string') return `the saved state of the earlier run cannot be used: ${state}`;
  if (state.settings !== question.settings) return 'the earlier run measured with other settings';
  if (state.repositoryPrefix !== question.repositoryPrefix) return 'the earlier run measured another working directory';
  if (state.mergeBase !== comparison.mergeBase) return `the merge base moved (from ${state.mergeBase})`;
  if (question.changedSince === undefined) return `this clone does not have the earlier run's commit ${state.head}`;
  return undefined;
}

const sameLines = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((line, at) => line === b[at]);

/**
 * Which earlier results still hold. A file's results are reused only when the file is unchanged since the
 * earlier run (and so are its changed lines), and so is everything each of its mutants' results rests on:
 * - a mutant a test detected (Killed, Timeout): every test file that ran it, and no file that is neither
 *   source nor a known test file (a helper, fixture, snapshot or config any test may read) changed;
 * - any other (Survived, NoCoverage, …): nothing but source changed, since any new or edited test might
 *   notice it now (Stryker's incremental mode keeps survivors a new test would kill).
 * Tests are compared by file content, not by name: a test edited under the same name counts as changed.
 */
export function planReuse(question: ReuseQuestion): ReusePlan {
  const why = unusable(question);
  if (why !== undefined) return nothingReused(why, question.targeted);
  const state = question.state as RunState;
  const { repositoryPrefix: prefix } = question;
  const changed = new Set(question.changedSince);
  const notSource = [...changed].filter((path) => !question.isSource(path));
  const testFileOf = new Map<string, string>();
  for (const [name, testFile] of Object.entries(state.report.testFiles ?? {})) {
    for (const test of testFile.tests) testFileOf.set(test.id, name);
  }
  const knownTestFiles = new Set([...testFileOf.values()].map((name) => `${prefix}${name}`));
  const unknownChanged = notSource.filter((path) => !knownTestFiles.has(path));

  const holds = (mutant: MutantResult): boolean => {
    if (mutant.status !== 'Killed' && mutant.status !== 'Timeout') return notSource.length === 0;
    if (unknownChanged.length > 0) return false;
    // Which tests ran it is unknown (no coverage data, or a test in no file): any changed test may have.
    if (mutant.coveredBy === undefined) return notSource.length === 0;
    const tests = [...(mutant.killedBy ?? []), ...mutant.coveredBy];
    if (tests.length === 0) return notSource.length === 0;
    return tests.every((test) => {
      const file = testFileOf.get(test);
      return file === undefined || file === '' ? notSource.length === 0 : !changed.has(`${prefix}${file}`);
    });
  };

  const rerun: Record<RerunReason, number> = { ...NO_RERUN };
  const files = new Set<string>();
  let mutants = 0;
  for (const file of question.targeted) {
    const earlier = state.report.files[file.path];
    const earlierLines = state.targeted.find((target) => target.path === file.path)?.lines;
    if (earlier === undefined || earlierLines === undefined || !sameLines(earlierLines, file.lines)) rerun.new += 1;
    else if (changed.has(`${prefix}${file.path}`)) rerun.changed += 1;
    else if (!earlier.mutants.every(holds)) rerun['tests-changed'] += 1;
    else {
      files.add(file.path);
      mutants += earlier.mutants.length;
    }
  }
  return {
    state: files.size > 0 ? state : undefined,
    files,
    summary: { from: files.size > 0 ? state.head : undefined, files: files.size, mutants, rerun, why: undefined },
  };
}

/** The reuse of runs merged into one (a matrix's shards): their counts added up, the first commit and reason. */
export function mergedReuses(reuses: readonly (ReuseOfRun | undefined)[]): ReuseOfRun | undefined {
  const given = reuses.filter((reuse) => reuse !== undefined);
  if (given.length === 0) return undefined;
  const sum = (pick: (reuse: ReuseOfRun) => number): number => given.reduce((total, reuse) => total + pick(reuse), 0);
  return {
    from: given.find((reuse) => reuse.from !== undefined)?.from,
    files: sum((reuse) => reuse.files),
    mutants: sum((reuse) => reuse.mutants),
    rerun: {
      changed: sum((reuse) => reuse.rerun.changed),
      'tests-changed': sum((reuse) => reuse.rerun['tests-changed']),
      new: sum((reuse) => reuse.rerun.new),
    },
    why: given.find((reuse) => reuse.why !== undefined)?.why,
  };
}
