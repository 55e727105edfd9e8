export interface StrykerExit {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly tail: readonly string[];
}

const INITIAL_RUN_FAILED = /initial test run|There were failed tests/i;
const ERROR_LINE = /\bERROR\b/;

/** Why a Stryker run that exited badly gave no answer, in words a user can act on. */
export function describeStrykerFailure(exit: StrykerExit): string {
  if (exit.signal !== null) {
    return `Stryker was stopped by ${exit.signal} before it finished (out of memory, or cancelled); no score can be given.`;
  }
  if (exit.tail.some((line) => INITIAL_RUN_FAILED.test(line))) {
    return (
      "The tests fail without any mutant (Stryker's initial test run), so no mutant can be judged. " +
      'Make the test suite pass on this commit; Stryker\'s output is below.'
    );
  }
  const firstError = exit.tail.find((line) => ERROR_LINE.test(line));
  return `Stryker exited with code ${exit.exitCode ?? 'unknown'}${firstError === undefined ? '' : `: ${firstError.trim()}`}`;
}
