/** How Stryker's process ended. */
export interface StrykerExit {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The last lines Stryker printed (stdout and stderr), colour codes removed. */
  readonly tail: readonly string[];
  /** The time limit ran out and Stryker's whole process tree was stopped. */
  readonly timedOut: boolean;
}

const PROGRESS = /(\d+)\/(\d+) tested/;

/** How far Stryker got, from its last progress line ("12/40 tested"), or undefined before any. */
export function testedSoFar(tail: readonly string[]): { tested: number; total: number } | undefined {
  for (const line of [...tail].reverse()) {
    const progress = PROGRESS.exec(line);
    if (progress) return { tested: Number(progress[1]), total: Number(progress[2]) };
  }
  return undefined;
}

const ERROR_LINE = /\bERROR\b/;
// Stryker's INFO lines mention the initial test run too; only its ERROR lines say it failed.
const INITIAL_RUN_FAILED = /initial test run/i;
const NO_TESTS = /No tests were executed/i;

/** Why a Stryker run that exited badly gave no answer, in words a user can act on. */
export function describeStrykerFailure(exit: StrykerExit, timeoutMinutes?: number): string {
  if (exit.timedOut) {
    const progress = testedSoFar(exit.tail);
    const done = progress === undefined ? 'before it tested any mutant' : `after testing ${progress.tested} of ${progress.total} mutant(s)`;
    return (
      `Stryker did not finish within timeout-minutes (${timeoutMinutes ?? '?'}): it was stopped ${done}, with every process it started, ` +
      'so no score can be given. Raise timeout-minutes, or lower the work (concurrency, a faster test suite).'
    );
  }
  if (exit.signal !== null) {
    return `Stryker was stopped by ${exit.signal} before it finished (out of memory, or cancelled); no score can be given.`;
  }
  const errors = exit.tail.filter((line) => ERROR_LINE.test(line));
  if (errors.some((line) => INITIAL_RUN_FAILED.test(line))) {
    return (
      "The tests fail without any mutant (Stryker's initial test run), so no mutant can be judged. " +
      "Make the test suite pass on this commit; Stryker's output is below."
    );
  }
  if (errors.some((line) => NO_TESTS.test(line))) {
    return (
      'Stryker found no tests to run in the working directory, so no mutant can be judged. ' +
      "Check the test runner settings of the project's Stryker config; Stryker's output is below."
    );
  }
  const firstError = errors[0];
  return `Stryker exited with code ${exit.exitCode ?? 'unknown'}${firstError === undefined ? '' : `: ${firstError.trim()}`}`;
}
