import { describe, expect, it } from 'vitest';
import { describeStrykerFailure, failureDetails, type StrykerExit } from '../../../src/core/stryker/failure-diagnosis.js';
import { evidenceOf } from '../../../src/core/stryker/stryker-output.js';

function exit(lines: readonly string[], overrides: Partial<StrykerExit> = {}): StrykerExit {
  return { exitCode: 1, signal: null, output: evidenceOf(lines), timedOut: false, ...overrides };
}

const OUTPUT_BELOW = "Stryker's output is below.";

/** The end of a real Stryker 10 run (vitest runner) whose initial test run had a failing test, colours stripped. */
const REAL_FAILED_INITIAL_RUN = [
  '18:47:04 (13235) INFO DryRunExecutor Starting initial test run (vitest test runner with "perTest" coverage analysis). This may take a while.',
  '18:47:05 (13235) ERROR DryRunExecutor One or more tests failed in the initial test run:',
  '\tis wrong',
  '\t\texpected +0 to be 2 // Object.is equality',
  '18:47:05 (13235) ERROR Stryker There were failed tests in the initial test run.',
  'ConfigError: There were failed tests in the initial test run.',
];

/** A real Stryker run of a tap project with the command runner: tap's own 100% coverage check fails, 17,000 lines of output later. */
function realCoverageFailure(testOutputLines: number): string[] {
  return [
    '06:14:04 (7422) INFO DryRunExecutor Starting initial test run (command test runner with "perTest" coverage analysis). This may take a while.',
    '06:14:07 (7422) ERROR DryRunExecutor One or more tests failed in the initial test run:',
    '\tAll tests',
    '\t\t',
    '> ini@7.0.0 test',
    '> tap',
    'TAP version 13',
    ...Array.from({ length: testOutputLines }, (_, index) => `ok ${index + 1} - test/case-${index}.js # time=1ms`),
    'ERROR: Coverage for lines (97%) does not meet global threshold (100%)',
    'ERROR: Coverage for branches (85.34%) does not meet global threshold (100%)',
    '----------|---------|----------|---------|---------|-------------------',
    'All files |    97.1 |    85.34 |     100 |      97 |                   ',
    '06:14:07 (7422) ERROR Stryker There were failed tests in the initial test run.',
    'file:///tmp/ini/node_modules/@stryker-mutator/core/dist/src/process/3-dry-run-executor.js:65',
    "                    throw new ConfigError('There were failed tests in the initial test run.');",
    'ConfigError: There were failed tests in the initial test run.',
    '    at DryRunExecutor.validateResultCompleted (file:///tmp/ini/node_modules/@stryker-mutator/core/dist/src/process/3-dry-run-executor.js:65:27)',
    '  innerError: undefined',
    '}',
  ];
}

describe('describeStrykerFailure', () => {
  it('names the signal that stopped Stryker, before anything in the output', () => {
    expect(describeStrykerFailure(exit(REAL_FAILED_INITIAL_RUN, { exitCode: null, signal: 'SIGKILL' }))).toBe(
      'Stryker was stopped by SIGKILL before it finished (out of memory, or cancelled); no score can be given.',
    );
  });

  it('names the tests that failed without any mutant, and says what the run does not give them', () => {
    expect(describeStrykerFailure(exit(REAL_FAILED_INITIAL_RUN))).toBe(
      `The "is wrong" fail in Stryker's initial test run, without any mutant, so no mutant can be judged. Make them pass on this ` +
        'commit. If they pass outside the gate, they depend on what the run does not give them: the gate passes only an ' +
        `allow-list of environment variables (add one with test-env), and Stryker runs them in a copy of the project. ${OUTPUT_BELOW}`,
    );
  });

  it('names twenty failing tests and counts the rest', () => {
    const names = Array.from({ length: 23 }, (_, index) => [`\ttest ${index}`, '\t\tboom']).flat();
    const message = describeStrykerFailure(
      exit(['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:', ...names]),
    );
    expect(message).toMatch(/^The "test 0", "test 1", .*"test 19" and 3 more fail in Stryker's initial test run/);
    expect(message).not.toContain('"test 20"');
  });

  it('says "tests fail" when Stryker named none', () => {
    expect(describeStrykerFailure(exit(['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:']))).toMatch(
      /^The tests fail in Stryker's initial test run, without any mutant/,
    );
  });

  it('finds a coverage threshold in the test command, 17,000 lines before the end of the output', () => {
    expect(describeStrykerFailure(exit(realCoverageFailure(17_000)))).toBe(
      "Stryker's initial test run failed on a coverage threshold, not on a test: ERROR: Coverage for lines (97%) does not meet " +
        'global threshold (100%) ERROR: Coverage for branches (85.34%) does not meet global threshold (100%) Code instrumented ' +
        'for mutation testing never meets a strict coverage threshold: give Stryker a test command without the coverage check ' +
        '(for example tap --disable-coverage, jest --coverage=false, or c8 / nyc without --check-coverage) in the Stryker ' +
        `config. ${OUTPUT_BELOW}`,
    );
  });

  it.each([
    ['Jest', 'Jest: "global" coverage threshold for lines (100%) not met: 97.5%'],
    ['node:test', 'Error: 85.00% line coverage does not meet threshold of 100%.'],
    ['tap 18', '# ERROR: incomplete coverage'],
  ])('finds a %s coverage threshold', (_runner, line) => {
    const lines = ['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:', '\tAll tests', `\t\t${line}`];
    expect(describeStrykerFailure(exit(lines))).toMatch(/^Stryker's initial test run failed on a coverage threshold, not on a test: /);
  });

  it('says which plugin Stryker cannot find and how to give it one, from a real run', () => {
    const lines = [
      '06:15:13 (8001) INFO ConcurrencyTokenProvider Creating 2 test runner process(es).',
      '06:15:15 (8001) ERROR Stryker Unexpected error occurred while running Stryker StrykerError: Error: Could not inject [class ChildProcessTestRunnerWorker]. Cause: Cannot find TestRunner plugin "jasmine". Did you forget to install it? Loaded TestRunner plugins were: "vitest"',
      '06:15:15 (8001) INFO Stryker This might be a known problem with a solution documented in our troubleshooting guide.',
    ];
    expect(describeStrykerFailure(exit(lines))).toBe(
      'Stryker cannot find its TestRunner plugin "jasmine". Install it in the project (for a test runner: npm install ' +
        '--save-dev @stryker-mutator/jasmine-runner), and list it under "plugins" in the Stryker config: Stryker finds only ' +
        `plugins installed beside it, which pnpm's layout can hide. ${OUTPUT_BELOW}`,
    );
  });

  it("says what the gate's own Stryker carries when it misses a plugin the project's config names", () => {
    const lines = ['06:15:15 (8001) ERROR Stryker Unexpected error occurred. Cause: Cannot find Checker plugin "typescript".'];
    expect(describeStrykerFailure(exit(lines), undefined, 'jest')).toBe(
      'Stryker cannot find its Checker plugin "typescript": the Stryker the gate brought (its jest set) has only the plugin ' +
        "@stryker-mutator/jest-runner. Add Stryker and the plugins the project's Stryker config names to its dev dependencies, " +
        `and the gate runs the project's own. ${OUTPUT_BELOW}`,
    );
    expect(describeStrykerFailure(exit(lines), undefined, 'command')).toContain('(its command set) has no plugin.');
  });

  it('gives the test runner error of an initial run that errored', () => {
    const lines = [
      '12:00:00 (1) ERROR DryRunExecutor One or more tests resulted in an error:',
      '\t',
      '\tSyntaxError: Unexpected token (3:4)',
      '12:00:00 (1) ERROR Stryker Unexpected error occurred while running Stryker Error: Something went wrong in the initial test run',
    ];
    expect(describeStrykerFailure(exit(lines))).toBe(
      "The test runner failed in Stryker's initial test run, before any mutant: SyntaxError: Unexpected token (3:4). Check that " +
        `the project's tests run with the test runner its Stryker config names. ${OUTPUT_BELOW}`,
    );
  });

  it("names the Jest test environment Stryker's jest runner cannot find in the project, and what to add", () => {
    const lines = [
      '12:00:00 (1) ERROR DryRunExecutor One or more tests resulted in an error:',
      "- /tmp/x/node_modules/@stryker-mutator/util/dist/src/require-resolve.js Error: Cannot find module 'jest-environment-node'",
    ];
    expect(describeStrykerFailure(exit(lines))).toBe(
      "Stryker's jest runner loads the test environment jest-environment-node from the project's own node_modules, where it " +
        "is not: Jest 30 does not put it there, and pnpm never does (StrykerJS issue 5464). Add jest-environment-node to the project's " +
        `dev dependencies, in the version of its Jest. ${OUTPUT_BELOW}`,
    );
  });

  it('says what an errored initial run said, or nothing when it said nothing', () => {
    expect(describeStrykerFailure(exit(['12:00:00 (1) ERROR DryRunExecutor One or more tests resulted in an error:', '\t  ']))).toBe(
      "The test runner failed in Stryker's initial test run, before any mutant. Check that the project's tests run with the " +
        `test runner its Stryker config names. ${OUTPUT_BELOW}`,
    );
  });

  it('reads each of those causes from the start of an ERROR entry only', () => {
    for (const message of [
      'Stryker stopped. No tests were executed.',
      'Stryker stopped. One or more tests resulted in an error:',
      'Stryker stopped. Initial test run timed out!',
      'Stryker stopped. One or more tests failed in the initial test run:',
    ]) {
      expect(describeStrykerFailure(exit([`12:00:00 (1) ERROR Stryker ${message}`]))).toBe(`Stryker exited with code 1: ${message}`);
    }
  });

  it('says when the initial test run timed out', () => {
    expect(describeStrykerFailure(exit(['12:00:00 (1) ERROR DryRunExecutor Initial test run timed out!']))).toBe(
      "Stryker's initial test run, without any mutant, timed out. Make the test suite finish (a test left waiting, a server " +
        `not closed), or raise dryRunTimeoutMinutes in the Stryker config. ${OUTPUT_BELOW}`,
    );
  });

  it('explains that no tests were found, from an ERROR entry only', () => {
    const lines = [
      '12:00:00 (1) WARN Stryker No tests were executed in one worker',
      '12:00:01 (1) ERROR Stryker No tests were executed. Stryker will exit prematurely. Please check your configuration.',
    ];
    expect(describeStrykerFailure(exit(lines))).toBe(
      'Stryker found no tests to run in the working directory, so no mutant can be judged. ' +
        `Check the test runner settings of the project's Stryker config; ${OUTPUT_BELOW}`,
    );
    expect(describeStrykerFailure(exit(lines.slice(0, 1)))).toBe('Stryker exited with code 1');
  });

  it('names a file Stryker could not copy into its sandbox, from a real run with a dangling link', () => {
    const lines = [
      "06:15:17 (8055) ERROR Stryker Unexpected error occurred while running Stryker Error: ENOENT: no such file or directory, copyfile '/tmp/exp/src/dangling.ts' -> '/tmp/exp/.stryker-tmp/sandbox-Ca2olC/src/dangling.ts'",
      '  errno: -2,',
      "  syscall: 'copyfile',",
    ];
    expect(describeStrykerFailure(exit(lines))).toBe(
      'Stryker could not read /tmp/exp/src/dangling.ts (ENOENT) while copying the project into its sandbox: a symbolic link to ' +
        'something missing or outside the project, or a file it may not read. Add the path to ignorePatterns in the Stryker ' +
        `config, or fix the link. ${OUTPUT_BELOW}`,
    );
  });

  it('does not take a file a test could not open for the sandbox', () => {
    const lines = ["12:00:00 (1) ERROR Stryker Error: EACCES: permission denied, open '/tmp/jest_rr/haste-map'"];
    expect(describeStrykerFailure(exit(lines))).toBe(
      "Stryker exited with code 1: Error: EACCES: permission denied, open '/tmp/jest_rr/haste-map'",
    );
  });

  it('gives the exit code and the first ERROR message, trimmed, and the code alone without one', () => {
    const lines = [
      '12:00:00 (1) INFO ProjectReader Found 3 of 40 file(s) to be mutated.',
      '12:00:01 (1) ERROR Stryker Unexpected error occurred while running Stryker   ',
      '12:00:01 (1) ERROR Stryker second error',
    ];
    expect(describeStrykerFailure(exit(lines))).toBe('Stryker exited with code 1: Unexpected error occurred while running Stryker');
    expect(describeStrykerFailure(exit(['INFO done', 'ERROR: not a log entry'], { exitCode: 2 }))).toBe('Stryker exited with code 2');
    expect(describeStrykerFailure(exit([], { exitCode: null }))).toBe('Stryker exited with code unknown');
  });
});

describe('describeStrykerFailure of a run stopped at timeout-minutes', () => {
  const advice = 'so no score can be given. Raise timeout-minutes, or lower the work (concurrency, a faster test suite).';

  it('says how far Stryker got, from its last progress line however far back, before anything else', () => {
    const lines = [
      'Mutation testing 10% (elapsed: ~1m, remaining: ~9m) 4/40 tested (1 survived, 0 timed out)',
      'Mutation testing 30% 12/40 tested (3 survived, 0 timed out)',
      ...Array.from({ length: 100 }, () => 'noise'),
      ...REAL_FAILED_INITIAL_RUN,
    ];
    expect(describeStrykerFailure(exit(lines, { exitCode: null, signal: 'SIGKILL', timedOut: true }), 30)).toBe(
      `Stryker did not finish within timeout-minutes (30): it was stopped after testing 12 of 40 mutant(s), with every process it started, ${advice}`,
    );
  });

  it('says it was stopped before testing any mutant without a progress line, and ? for an unknown timeout', () => {
    expect(describeStrykerFailure(exit([], { timedOut: true }))).toBe(
      `Stryker did not finish within timeout-minutes (?): it was stopped before it tested any mutant, with every process it started, ${advice}`,
    );
  });

  it('ignores the timeout when the run did not time out', () => {
    expect(describeStrykerFailure(exit(['3/9 tested'], { exitCode: 2 }), 30)).toBe('Stryker exited with code 2');
  });
});

describe('failureDetails', () => {
  it("shows each ERROR entry, however far back, then the output's end", () => {
    const details = failureDetails(evidenceOf(realCoverageFailure(17_000)));
    expect(details.slice(0, 4)).toEqual([
      'ERROR DryRunExecutor One or more tests failed in the initial test run:',
      '\tAll tests',
      '\t\t',
      '> ini@7.0.0 test',
    ]);
    expect(details).toContain('… 16980 more line(s)');
    expect(details).toContain('ERROR Stryker There were failed tests in the initial test run.');
    expect(details.slice(-2)).toEqual(['  innerError: undefined', '}']);
    expect(details.length).toBeLessThan(140);
  });

  it('adds nothing of the end that the ERROR entries already show', () => {
    expect(failureDetails(evidenceOf(['before', '12:00:00 (1) ERROR Stryker boom', '  at x']))).toEqual(['ERROR Stryker boom', '  at x']);
  });

  it('is the end of the output when Stryker logged no error', () => {
    expect(failureDetails(evidenceOf(['a', 'b']))).toEqual(['a', 'b']);
  });
});
