/**
 * What Stryker printed that explains how its run went, gathered line by line while the output streams:
 * a cause printed 17,000 lines before the end (a test runner's whole output sits inside Stryker's error
 * entry) is kept, while the output itself is not.
 */
export interface StrykerEvidence {
  /** Stryker's ERROR entries in order, each its first line and the start of its continuation lines. */
  readonly errors: readonly ErrorEntry[];
  /** The tests Stryker's initial test run named as failing. */
  readonly failedTests: readonly string[];
  /** How many tests failed there, with those not named for room. */
  readonly failedTestCount: number;
  /** Lines anywhere in the output saying a coverage threshold was not met. */
  readonly coverageShortfalls: readonly string[];
  /** The test runner and coverage analysis of the run, from Stryker's "Starting initial test run" line. */
  readonly testRun: { readonly runner: string; readonly coverageAnalysis: string } | undefined;
  /** How far the mutants went, from the last progress line ("12/40 tested"). */
  readonly progress: { readonly tested: number; readonly total: number } | undefined;
  /** The last lines printed. */
  readonly tail: readonly string[];
  /** How many lines came after the last line kept in `errors` (all of them without errors). */
  readonly linesAfterErrors: number;
}

/** One ERROR entry of Stryker's log. */
export interface ErrorEntry {
  /** The logger, e.g. DryRunExecutor. */
  readonly source: string;
  /** The message's first line, then the continuation lines kept. */
  readonly lines: readonly string[];
  /** Continuation lines left out for room. */
  readonly omitted: number;
}

/** `HH:MM:SS (pid) LEVEL Logger message`: every other line continues the entry before it. */
const LOG_LINE = /^\d\d:\d\d:\d\d \(\d+\) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+)\s?(.*)$/;
const TEST_RUN = /Starting initial test run \((\S+) test runner with "([^"]+)" coverage analysis\)/;
const PROGRESS = /(\d+)\/(\d+) tested/;
const SURVIVED_SO_FAR = /\((\d+) survived/;

/** How far Stryker's mutant runs are, from a line of its progress reporter ("12/40 tested (3 survived, ..."). */
export interface MutationProgress {
  readonly tested: number;
  readonly total: number;
  /** Survivors so far, over all mutants of the run (the changed lines' and the rest). */
  readonly survived: number;
}

/** The progress a line of Stryker's output reports; undefined for any other line. */
export function mutationProgress(line: string): MutationProgress | undefined {
  const progress = PROGRESS.exec(line);
  if (progress === null) return undefined;
  return { tested: Number(progress[1]), total: Number(progress[2]), survived: Number(SURVIVED_SO_FAR.exec(line)?.[1] ?? 0) };
}
const FAILED_TESTS = /^One or more tests failed in the initial test run:/;
/** A test named in that entry: one tab (its failure message has two). */
const FAILED_TEST_NAME = /^\t(?!\t)(.*\S.*)$/;
/**
 * A coverage check that failed: nyc, c8, tap and Vitest ("ERROR: Coverage for lines (97%) does not meet
 * global threshold (100%)"), Jest ('Jest: "global" coverage threshold for lines (100%) not met: 97%'),
 * node:test ("85% line coverage does not meet threshold of 100%") and tap 18 ("incomplete coverage").
 */
const COVERAGE_SHORTFALL = /coverage.*(does not meet|not met)|does not meet (the )?threshold|incomplete (code )?coverage/i;

const TAIL_LINES = 60;
const MAX_ERRORS = 10;
const MAX_ERROR_LINES = 30;
const MAX_FAILED_TESTS = 20;
const MAX_SHORTFALLS = 5;

/** Collects StrykerEvidence from Stryker's output, one line (colour codes removed) at a time. */
export class StrykerOutput {
  private readonly errors: { source: string; lines: string[]; omitted: number }[] = [];
  /** The entry continuation lines belong to: an ERROR entry, or undefined after any other log line. */
  private current: { source: string; lines: string[]; omitted: number } | undefined;
  private inFailedTests = false;
  private readonly failedTests: string[] = [];
  private failedTestCount = 0;
  private readonly coverageShortfalls: string[] = [];
  private testRun: StrykerEvidence['testRun'];
  private progress: StrykerEvidence['progress'];
  private readonly tail: string[] = [];
  private linesAfterErrors = 0;

  add(line: string): void {
    this.linesAfterErrors += 1;
    this.tail.push(line);
    if (this.tail.length > TAIL_LINES) this.tail.shift();
    if (COVERAGE_SHORTFALL.test(line) && this.coverageShortfalls.length < MAX_SHORTFALLS) this.coverageShortfalls.push(line.trim());
    // The progress reporter's lines carry no log prefix.
    const progress = mutationProgress(line);
    if (progress !== undefined) this.progress = { tested: progress.tested, total: progress.total };
    const entry = LOG_LINE.exec(line);
    if (entry === null) {
      this.continueEntry(line);
      return;
    }
    const [, level, source, message] = entry as unknown as [string, string, string, string];
    this.inFailedTests = level === 'ERROR' && FAILED_TESTS.test(message);
    this.current = undefined;
    if (level === 'ERROR' && this.errors.length < MAX_ERRORS) {
      this.current = { source, lines: [message], omitted: 0 };
      this.errors.push(this.current);
      this.linesAfterErrors = 0;
    }
    const testRun = TEST_RUN.exec(message);
    if (testRun !== null) this.testRun = { runner: testRun[1] as string, coverageAnalysis: testRun[2] as string };
  }

  private continueEntry(line: string): void {
    if (this.inFailedTests) {
      const name = FAILED_TEST_NAME.exec(line);
      if (name !== null) {
        this.failedTestCount += 1;
        if (this.failedTests.length < MAX_FAILED_TESTS) this.failedTests.push((name[1] as string).trim());
      }
    }
    if (this.current === undefined) return;
    if (this.current.lines.length < MAX_ERROR_LINES) {
      this.current.lines.push(line);
      this.linesAfterErrors = 0;
    } else {
      this.current.omitted += 1;
    }
  }

  evidence(): StrykerEvidence {
    return {
      errors: this.errors.map((entry) => ({ ...entry, lines: [...entry.lines] })),
      failedTests: [...this.failedTests],
      failedTestCount: this.failedTestCount,
      coverageShortfalls: [...this.coverageShortfalls],
      testRun: this.testRun,
      progress: this.progress,
      tail: [...this.tail],
      linesAfterErrors: this.linesAfterErrors,
    };
  }
}

/** The evidence of an output given whole (tests, and runs that ended before any output streamed). */
export function evidenceOf(lines: readonly string[]): StrykerEvidence {
  const output = new StrykerOutput();
  for (const line of lines) output.add(line);
  return output.evidence();
}
