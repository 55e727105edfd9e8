import type { BundledSet } from './bundled-stryker.js';
import { COMMAND_RUNNER } from './run-setup.js';
import type { ErrorEntry, StrykerEvidence } from './stryker-output.js';

/** How Stryker's process ended. */
export interface StrykerExit {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** What its whole output (stdout and stderr, colour codes removed) said. */
  readonly output: StrykerEvidence;
  /** The time limit ran out and Stryker's whole process tree was stopped. */
  readonly timedOut: boolean;
}

const NO_TESTS = /^No tests were executed/;
const TESTS_ERRORED = /^One or more tests resulted in an error:/;
const INITIAL_RUN_TIMED_OUT = /^Initial test run timed out/;
const FAILED_TESTS = /^One or more tests failed in the initial test run:/;
const MISSING_PLUGIN = /Cannot find (\S+) plugin "([^"]+)"/;
/** Stryker's jest runner resolves the project's test environment from the project's own folder. */
const MISSING_JEST_ENVIRONMENT = /Cannot find module '(jest-environment-[\w-]+)'/;
/**
 * A file Stryker could not copy into its sandbox (a link to nothing, or to outside the project), as Node
 * words it: "ENOENT: no such file or directory, copyfile '/p/src/a.ts' -> '/p/.stryker-tmp/…'".
 */
const SANDBOX_FILE = /\b(ELOOP|ENOENT|EISDIR|EACCES|EPERM): [^,]*, (?:copyfile|symlink|readlink|scandir|lstat) '([^']+)'/;

const SAY_MORE = "Stryker's output is below.";

function firstError(output: StrykerEvidence, pattern: RegExp): ErrorEntry | undefined {
  return output.errors.find((entry) => pattern.test(entry.lines[0] ?? ''));
}

/** The first match of `pattern` in any line of any ERROR entry. */
function matchInErrors(output: StrykerEvidence, pattern: RegExp): RegExpExecArray | undefined {
  for (const line of output.errors.flatMap((entry) => entry.lines)) {
    const match = pattern.exec(line);
    if (match !== null) return match;
  }
  return undefined;
}

function listed(names: readonly string[], count: number): string {
  const shown = names.map((name) => `"${name}"`).join(', ');
  return count > names.length ? `${shown} and ${count - names.length} more` : shown;
}

/** The initial test run failed: a coverage check in the test command, or tests failing by name. */
function initialRunFailure(output: StrykerEvidence): string {
  if (output.coverageShortfalls.length > 0) {
    return (
      `Stryker's initial test run failed on a coverage threshold, not on a test: ${output.coverageShortfalls.join(' ')} ` +
      'Code instrumented for mutation testing never meets a strict coverage threshold: give Stryker a test command ' +
      'without the coverage check (for example tap --disable-coverage, jest --coverage=false, or c8 / nyc without ' +
      '--check-coverage) in the Stryker config. ' +
      SAY_MORE
    );
  }
  const failing = output.failedTests.length === 0 ? 'tests fail' : `${listed(output.failedTests, output.failedTestCount)} fail`;
  return (
    `The ${failing} in Stryker's initial test run, without any mutant, so no mutant can be judged. Make them pass on this ` +
    'commit. If they pass outside the gate, they depend on what the run does not give them: the gate passes only an ' +
    'allow-list of environment variables (add one with test-env), and Stryker runs them in a copy of the project. ' +
    SAY_MORE
  );
}

/**
 * Why a Stryker run that exited badly gave no answer, in words a user can act on; `bundled`: the set of
 * the Stryker the gate brought, when it was the gate's.
 */
export function describeStrykerFailure(exit: StrykerExit, timeoutMinutes?: number, bundled?: BundledSet): string {
  const { output } = exit;
  if (exit.timedOut) {
    const { progress } = output;
    const done = progress === undefined ? 'before it tested any mutant' : `after testing ${progress.tested} of ${progress.total} mutant(s)`;
    return (
      `Stryker did not finish within timeout-minutes (${timeoutMinutes ?? '?'}): it was stopped ${done}, with every process it started, ` +
      'so no score can be given. Raise timeout-minutes, or lower the work (concurrency, a faster test suite).'
    );
  }
  if (exit.signal !== null) {
    return `Stryker was stopped by ${exit.signal} before it finished (out of memory, or cancelled); no score can be given.`;
  }
  const plugin = matchInErrors(output, MISSING_PLUGIN);
  if (plugin !== undefined) {
    const [, kind, name] = plugin as unknown as [string, string, string];
    if (bundled !== undefined) {
      const carries = bundled === COMMAND_RUNNER ? 'no plugin' : `only the plugin @stryker-mutator/${bundled}-runner`;
      return (
        `Stryker cannot find its ${kind} plugin "${name}": the Stryker the gate brought (its ${bundled} set) has ${carries}. ` +
        "Add Stryker and the plugins the project's Stryker config names to its dev dependencies, and the gate runs the " +
        `project's own. ${SAY_MORE}`
      );
    }
    return (
      `Stryker cannot find its ${kind} plugin "${name}". Install it in the project (for a test runner: ` +
      `npm install --save-dev @stryker-mutator/${name.toLowerCase()}-runner), and list it under "plugins" in the Stryker ` +
      "config: Stryker finds only plugins installed beside it, which pnpm's layout can hide. " +
      SAY_MORE
    );
  }
  const environment = matchInErrors(output, MISSING_JEST_ENVIRONMENT);
  if (environment !== undefined) {
    const name = environment[1] as string;
    return (
      `Stryker's jest runner loads the test environment ${name} from the project's own node_modules, where it is not: ` +
      `Jest 30 does not put it there, and pnpm never does (StrykerJS issue 5464). Add ${name} to the project's dev ` +
      `dependencies, in the version of its Jest. ${SAY_MORE}`
    );
  }
  if (firstError(output, FAILED_TESTS) !== undefined) return initialRunFailure(output);
  const errored = firstError(output, TESTS_ERRORED);
  if (errored !== undefined) {
    const cause = errored.lines
      .slice(1)
      .find((line) => line.trim() !== '')
      ?.trim();
    return (
      `The test runner failed in Stryker's initial test run, before any mutant${cause === undefined ? '' : `: ${cause}`}. ` +
      `Check that the project's tests run with the test runner its Stryker config names. ${SAY_MORE}`
    );
  }
  if (firstError(output, INITIAL_RUN_TIMED_OUT) !== undefined) {
    return (
      "Stryker's initial test run, without any mutant, timed out. Make the test suite finish (a test left waiting, a " +
      `server not closed), or raise dryRunTimeoutMinutes in the Stryker config. ${SAY_MORE}`
    );
  }
  if (firstError(output, NO_TESTS) !== undefined) {
    return (
      'Stryker found no tests to run in the working directory, so no mutant can be judged. ' +
      `Check the test runner settings of the project's Stryker config; ${SAY_MORE}`
    );
  }
  const sandboxFile = matchInErrors(output, SANDBOX_FILE);
  if (sandboxFile !== undefined) {
    return (
      `Stryker could not read ${sandboxFile[2]} (${sandboxFile[1]}) while copying the project into its sandbox: a symbolic ` +
      'link to something missing or outside the project, or a file it may not read. Add the path to ignorePatterns in the ' +
      `Stryker config, or fix the link. ${SAY_MORE}`
    );
  }
  const first = output.errors[0]?.lines[0];
  return `Stryker exited with code ${exit.exitCode ?? 'unknown'}${first === undefined ? '' : `: ${first.trim()}`}`;
}

/**
 * The lines shown under the message: each ERROR entry Stryker logged, wherever it was in the output (as
 * far as room allows), then what the output's end adds to them.
 */
export function failureDetails(output: StrykerEvidence): string[] {
  const errors = output.errors.flatMap((entry) => [
    `ERROR ${entry.source} ${entry.lines[0] ?? ''}`,
    ...entry.lines.slice(1),
    ...(entry.omitted > 0 ? [`… ${entry.omitted} more line(s)`] : []),
  ]);
  if (errors.length === 0) return [...output.tail];
  const after = output.tail.slice(output.tail.length - Math.min(output.tail.length, output.linesAfterErrors));
  return after.length === 0 ? errors : [...errors, '', '… the end of the output:', ...after];
}
