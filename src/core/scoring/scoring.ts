import { calculateMetrics } from 'mutation-testing-metrics';
import type { ChangedFile } from '../diff/changed-lines.js';
import type { FileResult } from '../stryker/stryker-report.js';

/** Stryker's own counts (mutation-testing-metrics) over a set of mutants. */
export interface MutantCounts {
  /** Valid mutants: killed + timeout + survived + no coverage. */
  readonly mutants: number;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Killed + timeout. */
  readonly detected: number;
  /** Compile and runtime errors: excluded from the score. */
  readonly invalid: number;
  readonly ignored: number;
  /** Percent; NaN when there is no valid mutant. */
  readonly score: number;
}

export interface FileScore {
  readonly path: string;
  readonly changedLines: number;
  readonly counts: MutantCounts;
}

export interface ChangedLinesScore {
  readonly total: MutantCounts;
  readonly files: readonly FileScore[];
}

function countMutants(files: Record<string, FileResult>): MutantCounts {
  const metrics = calculateMetrics(files).metrics;
  return {
    mutants: metrics.totalValid,
    killed: metrics.killed,
    timeout: metrics.timeout,
    survived: metrics.survived,
    noCoverage: metrics.noCoverage,
    detected: metrics.totalDetected,
    invalid: metrics.totalInvalid,
    ignored: metrics.ignored,
    score: metrics.mutationScore,
  };
}

// Stryker disable next-line all: a file Stryker did not report has no mutants; its fields never reach a count.
const NO_MUTANTS: FileResult = { language: '', source: '', mutants: [] };

/** Scores each changed file and all of them together, over the changed-line mutants only. */
export function scoreChangedLines(kept: Record<string, FileResult>, changed: readonly ChangedFile[]): ChangedLinesScore {
  const files = changed.map((file) => {
    const counts = countMutants({ [file.path]: kept[file.path] ?? NO_MUTANTS });
    return { path: file.path, changedLines: file.lines.length, counts };
  });
  return { total: countMutants(kept), files };
}

/**
 * The score in hundredths of a percent, rounded down, from exact integer arithmetic: a score just under
 * the threshold must never print as the threshold itself (79.996 shows as 79.99, not 80.00).
 */
function scoreHundredths(counts: MutantCounts): number {
  return Math.floor((counts.detected * 10_000) / counts.mutants);
}

/** Two decimals, rounded down; empty when there is no valid mutant. */
export function formatScore(counts: MutantCounts): string {
  return counts.mutants === 0 ? '' : (scoreHundredths(counts) / 100).toFixed(2);
}

/** Whether the score reaches the threshold (percent, at most two decimals), compared exactly. */
export function meetsThreshold(counts: MutantCounts, threshold: number): boolean {
  return counts.detected * 10_000 >= Math.round(threshold * 100) * counts.mutants;
}
