import { describe, expect, it } from 'vitest';
import { describeStrykerFailure, type StrykerExit, testedSoFar } from '../../../src/core/stryker/failure-diagnosis.js';

function exit(overrides: Partial<StrykerExit> = {}): StrykerExit {
  return { exitCode: 1, signal: null, tail: [], timedOut: false, ...overrides };
}

const INITIAL_RUN_FAILED =
  "The tests fail without any mutant (Stryker's initial test run), so no mutant can be judged. " +
  "Make the test suite pass on this commit; Stryker's output is below.";

const NO_TESTS =
  'Stryker found no tests to run in the working directory, so no mutant can be judged. ' +
  "Check the test runner settings of the project's Stryker config; Stryker's output is below.";

/** The end of a real Stryker 10 run (vitest runner) whose initial test run had a failing test, colours stripped. */
const REAL_FAILED_INITIAL_RUN = [
  '18:47:04 (13235) INFO DryRunExecutor Starting initial test run (vitest test runner with "perTest" coverage analysis). This may take a while.',
  '18:47:05 (13235) ERROR DryRunExecutor One or more tests failed in the initial test run:',
  '\tis wrong',
  '\t\texpected +0 to be 2 // Object.is equality',
  '18:47:05 (13235) ERROR Stryker There were failed tests in the initial test run.',
  'ConfigError: There were failed tests in the initial test run.',
];

describe('describeStrykerFailure', () => {
  it('names the signal that stopped Stryker', () => {
    expect(describeStrykerFailure(exit({ exitCode: null, signal: 'SIGKILL', tail: ['ERROR whatever'] }))).toBe(
      'Stryker was stopped by SIGKILL before it finished (out of memory, or cancelled); no score can be given.',
    );
  });

  it('takes a signal over an initial-test-run failure in the output', () => {
    expect(
      describeStrykerFailure(exit({ signal: 'SIGTERM', tail: ['ERROR Stryker There were failed tests in the initial test run.'] })),
    ).toBe('Stryker was stopped by SIGTERM before it finished (out of memory, or cancelled); no score can be given.');
  });

  it.each([
    '12:00:00 (1) ERROR Stryker There were failed tests in the initial test run.',
    '12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:',
    '12:00:00 (1) ERROR Stryker Unexpected error occurred while running Stryker Error: Something went wrong in the initial test run',
    '12:00:00 (1) ERROR DryRunExecutor Initial test run timed out!',
  ])('explains an initial-test-run failure from the ERROR line %j', (line) => {
    expect(describeStrykerFailure(exit({ tail: ['12:00:00 (1) INFO Starting', line] }))).toBe(INITIAL_RUN_FAILED);
  });

  it('finds the initial-test-run ERROR line after other ERROR lines', () => {
    const tail = [
      '12:00:01 (1) ERROR Stryker Cannot find module x',
      '12:00:02 (1) ERROR Stryker There were failed tests in the initial test run.',
    ];
    expect(describeStrykerFailure(exit({ tail }))).toBe(INITIAL_RUN_FAILED);
  });

  it('explains the failed initial test run of a real Stryker output', () => {
    expect(describeStrykerFailure(exit({ tail: REAL_FAILED_INITIAL_RUN }))).toBe(INITIAL_RUN_FAILED);
  });

  it('does not take an INFO line about the initial test run as its failure', () => {
    const tail = [
      '12:00:00 (1) INFO DryRunExecutor Starting initial test run (vitest test runner with "perTest" coverage analysis). This may take a while.',
      '12:00:00 (1) INFO DryRunExecutor Initial test run succeeded. Ran 3 tests in 0 seconds.',
      '12:00:01 (1) ERROR Stryker Cannot find module x',
    ];
    expect(describeStrykerFailure(exit({ tail }))).toBe('Stryker exited with code 1: 12:00:01 (1) ERROR Stryker Cannot find module x');
  });

  it('explains that no tests were found', () => {
    const tail = [
      '12:00:00 (1) INFO DryRunExecutor Initial test run succeeded. Ran 0 tests in 0 seconds.',
      '12:00:01 (1) ERROR Stryker No tests were executed. Stryker will exit prematurely. Please check your configuration.',
    ];
    expect(describeStrykerFailure(exit({ tail }))).toBe(NO_TESTS);
  });

  it('does not take "No tests were executed" outside an ERROR line as the failure', () => {
    const tail = ['WARN No tests were executed in one worker', '12:00:01 (1) ERROR Stryker boom'];
    expect(describeStrykerFailure(exit({ tail }))).toBe('Stryker exited with code 1: 12:00:01 (1) ERROR Stryker boom');
  });

  it('takes failing tests over finding none', () => {
    const tail = ['ERROR No tests were executed.', 'ERROR There were failed tests in the initial test run.'];
    expect(describeStrykerFailure(exit({ tail }))).toBe(INITIAL_RUN_FAILED);
  });

  it('gives the exit code and the first ERROR line, trimmed', () => {
    const tail = [
      '12:00:00 (1) INFO ProjectReader Found 3 of 40 file(s) to be mutated.',
      '   12:00:01 (1) ERROR Stryker Unexpected error occurred while running Stryker   ',
      '12:00:01 (1) ERROR Stryker second error',
    ];
    expect(describeStrykerFailure(exit({ exitCode: 1, tail }))).toBe(
      'Stryker exited with code 1: 12:00:01 (1) ERROR Stryker Unexpected error occurred while running Stryker',
    );
  });

  it('gives the exit code alone without an ERROR line (lower case and longer words do not count)', () => {
    expect(describeStrykerFailure(exit({ exitCode: 2, tail: ['INFO done', 'error: lower case', 'ERRORS', 'TERROR'] }))).toBe(
      'Stryker exited with code 2',
    );
  });

  it('gives the exit code alone for an empty output', () => {
    expect(describeStrykerFailure(exit({ exitCode: 137 }))).toBe('Stryker exited with code 137');
  });

  it('says unknown for a missing exit code without a signal', () => {
    expect(describeStrykerFailure(exit({ exitCode: null, tail: ['x ERROR: y'] }))).toBe('Stryker exited with code unknown: x ERROR: y');
  });
});

describe('describeStrykerFailure of a run stopped at timeout-minutes', () => {
  const advice = 'so no score can be given. Raise timeout-minutes, or lower the work (concurrency, a faster test suite).';

  it('says how far Stryker got, from its last progress line', () => {
    const tail = [
      'Mutation testing 10% (elapsed: ~1m, remaining: ~9m) 4/40 tested (1 survived, 0 timed out)',
      'noise',
      'Mutation testing 30% 12/40 tested (3 survived, 0 timed out)',
      'ERROR x',
    ];
    expect(describeStrykerFailure(exit({ exitCode: null, signal: 'SIGKILL', timedOut: true, tail }), 30)).toBe(
      `Stryker did not finish within timeout-minutes (30): it was stopped after testing 12 of 40 mutant(s), with every process it started, ${advice}`,
    );
  });

  it('says it was stopped before testing any mutant without a progress line, the timeout takes precedence over errors in the output', () => {
    const tail = ['12:00:00 (1) ERROR Stryker There were failed tests in the initial test run.'];
    expect(describeStrykerFailure(exit({ timedOut: true, tail }), 7.5)).toBe(
      `Stryker did not finish within timeout-minutes (7.5): it was stopped before it tested any mutant, with every process it started, ${advice}`,
    );
  });

  it('writes ? for an unknown timeout', () => {
    expect(describeStrykerFailure(exit({ timedOut: true }))).toBe(
      `Stryker did not finish within timeout-minutes (?): it was stopped before it tested any mutant, with every process it started, ${advice}`,
    );
  });

  it('ignores the timeout when the run did not time out', () => {
    expect(describeStrykerFailure(exit({ exitCode: 2, tail: ['3/9 tested'] }), 30)).toBe('Stryker exited with code 2');
  });
});

describe('testedSoFar', () => {
  it('reads the last progress line', () => {
    expect(testedSoFar(['1/10 tested', 'x', '7/10 tested (2 survived)', 'done'])).toEqual({ tested: 7, total: 10 });
  });

  it('reads numbers of any length', () => {
    expect(testedSoFar(['Mutation testing 100% 1234/1234 tested'])).toEqual({ tested: 1234, total: 1234 });
  });

  it('is undefined without a progress line', () => {
    expect(testedSoFar([])).toBeUndefined();
    expect(testedSoFar(['12 tested', '/10 tested', 'a/b tested', '3/4 testing'])).toBeUndefined();
  });

  it('does not change the tail it reads', () => {
    const tail = ['1/2 tested', '2/2 tested'];
    testedSoFar(tail);
    expect(tail).toEqual(['1/2 tested', '2/2 tested']);
  });
});
