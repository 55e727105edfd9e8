import type { Attribution } from '../attribution/attribution.js';
import type { SignalReport } from '../attribution/signal-report.js';
import type { Config } from '../config/config.js';
import type { ScopedFiles } from '../diff/file-scope.js';
import type { Gating } from '../scoring/ai-split.js';
import type { ChangedLinesScore } from '../scoring/scoring.js';
import type { Verdict } from '../scoring/verdict.js';
import type { FileResult } from '../stryker/stryker-report.js';
import type { TestInfo } from '../stryker/test-index.js';

/** What the change was compared with, as resolved from the input or the event. */
export interface Comparison {
  readonly base: string;
  readonly baseSource: string;
  readonly mergeBase: string;
  readonly head: string;
}

/** A run that reached an honest answer: pass, fail or no-mutants. */
export interface ScoredOutcome {
  readonly kind: 'scored';
  readonly verdict: Verdict;
  readonly config: Config;
  readonly comparison: Comparison;
  readonly scope: ScopedFiles;
  /** Changed files Stryker could not be pointed at; they are listed, never silently dropped. */
  readonly untargetable: readonly string[];
  /** The changed files and their changed-line mutants, paths relative to the working directory. */
  readonly mutants: Readonly<Record<string, FileResult>>;
  readonly score: ChangedLinesScore;
  /** Every changed line of the mutated files, classed, with its evidence. */
  readonly attribution: Attribution;
  readonly gating: Gating;
  /** The score over the lines held to ai-threshold, and over the other lines. */
  readonly aiScore: ChangedLinesScore;
  readonly otherScore: ChangedLinesScore;
  readonly signals: SignalReport;
  /** The tests Stryker ran, by id, for naming those that covered or killed mutants. */
  readonly tests: ReadonlyMap<string, TestInfo>;
  /** The working directory relative to the repository root, '' or ending in '/': annotations and links need root paths. */
  readonly repositoryPrefix: string;
}

/** A run that could not give an honest answer. */
export interface ErrorOutcome {
  readonly kind: 'error';
  readonly verdict: Verdict;
  /** Supporting lines for the reader, e.g. the end of Stryker's output. */
  readonly details: readonly string[];
}

export type GateOutcome = ScoredOutcome | ErrorOutcome;

export function errorOutcome(reason: string, details: readonly string[] = []): ErrorOutcome {
  return { kind: 'error', verdict: { kind: 'error', reason }, details };
}
