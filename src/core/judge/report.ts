import type { AiApprovalCheck } from '../approvals/ai-approvals.js';
import type { Attribution, LineClass } from '../attribution/attribution.js';
import type { SignalReport } from '../attribution/signal-report.js';
import type { BudgetOfRun } from '../budgets/mutant-choice.js';
import type { SampleEstimates } from '../budgets/sampled-verdict.js';
import type { Config } from '../config/config.js';
import type { ChangedFile } from '../diff/changed-lines.js';
import type { SkipReason } from '../diff/file-scope.js';
import type { Approval, Finding, TestRunChange } from '../findings/finding.js';
import type { ReuseOfRun } from '../reuse/reuse-plan.js';
import type { Gating } from '../scoring/ai-split.js';
import type { ChangedLinesScore, MutantCounts } from '../scoring/scoring.js';
import type { SilentTest, TestTally } from '../scoring/silent-tests.js';
import type { Verdict } from '../scoring/verdict.js';
import type { FlakyCheck } from '../stryker/flaky-tests.js';
import type { Isolation } from '../stryker/isolation.js';
import type { RunSetup } from '../stryker/run-setup.js';
import type { TestInfo } from '../stryker/test-index.js';
import type { TimeoutCheck, UnjudgedMutant } from '../stryker/timeout-recheck.js';
import type { ShardOfRun } from './judge.js';
import type { ListedMutant } from './listed-mutants.js';

/** What the change was compared with, as resolved from the input or the event. */
export interface Comparison {
  readonly base: string;
  readonly baseSource: string;
  readonly mergeBase: string;
  readonly head: string;
}

/** A changed file the gate did not mutate, and why: listed for the reviewer, never silently dropped. */
export interface NotMutatedFile {
  readonly path: string;
  /** untargetable-path: a path Stryker's mutate syntax cannot name (a {a,b} brace list or a backslash). */
  readonly reason: SkipReason | 'untargetable-path';
  /** The exclude glob that matched, for 'excluded'. */
  readonly pattern?: string;
}

/** Why a changed file was not mutated, in words. */
export const NOT_MUTATED_REASONS: Readonly<Record<NotMutatedFile['reason'], string>> = {
  'untargetable-path': 'its path cannot be given to Stryker (a {a,b} brace list or a backslash)',
  'outside-working-directory': 'outside working-directory',
  'in-no-package': 'in no workspace package, and the root has no Stryker config',
  generated: "marked linguist-generated in the merge base's .gitattributes",
  'not-included': 'not matched by include',
  excluded: 'matched by exclude',
};

/** Every changed file the gate did not mutate: paths Stryker cannot address first, then the scope's skips. */
export function notMutatedFiles(skipped: readonly NotMutatedFile[], untargetable: readonly string[]): NotMutatedFile[] {
  return [...untargetable.map((path) => ({ path, reason: 'untargetable-path' as const })), ...skipped];
}

/** One mutated file: its class, its changed lines and the counts of its changed-line mutants. */
export interface FileReport {
  readonly path: string;
  readonly class: LineClass | 'mixed';
  readonly changedLines: number;
  readonly counts: MutantCounts;
}

/**
 * A run that reached an honest answer (pass, fail or no-mutants): everything the summary, the comment,
 * the annotations, the outputs and the JSON report show, computed once by the judge.
 */
export interface ScoredReport {
  readonly kind: 'scored';
  readonly verdict: Verdict;
  /** The settings the run was judged with (thresholds, gating, what to publish). */
  readonly config: Config;
  readonly comparison: Comparison;
  /** The changed lines of the files selected for mutation, paths relative to the working directory. */
  readonly changedLines: readonly ChangedFile[];
  readonly notMutated: readonly NotMutatedFile[];
  /** Every changed line of the mutated files, classed, with its evidence. */
  readonly attribution: Attribution;
  readonly gating: Gating;
  readonly signals: SignalReport;
  readonly files: readonly FileReport[];
  /** All changed lines, the lines held to ai-threshold, and the others. */
  readonly score: ChangedLinesScore;
  readonly aiScore: ChangedLinesScore;
  readonly otherScore: ChangedLinesScore;
  /** Changed lines held to ai-threshold. */
  readonly aiLines: number;
  /** Whether evidence classed any changed line `ai`. */
  readonly aiDetected: boolean;
  /** What the change altered in its own measurement: shown first, failing the gate until approved. */
  readonly findings: readonly Finding[];
  /** Changes to how the tests run, shown at the top; they do not fail the gate. */
  readonly testRunChanges: readonly TestRunChange[];
  /** Who approved the findings, or why no approval counts; undefined when there was nothing to approve. */
  readonly approval: Approval | undefined;
  /** Every changed-line mutant, in a stable order, with its class. */
  readonly mutants: readonly ListedMutant[];
  readonly survived: readonly ListedMutant[];
  /** Mutants Stryker did not test (Ignored) on changed lines: counted as undetected unless approved. */
  readonly suppressed: readonly ListedMutant[];
  readonly uncovered: readonly ListedMutant[];
  /** Tests that ran surviving mutants and killed none ("asserting the same mistake twice"). */
  readonly silentTests: readonly SilentTest[];
  /** Every test that ran a changed-line mutant: how many it ran and how many it noticed. */
  readonly testTally: readonly TestTally[];
  /** The tests Stryker ran, by id, for naming those that covered mutants. */
  readonly tests: ReadonlyMap<string, TestInfo>;
  /** The working directory relative to the repository root, '' or ending in '/': annotations and links need root paths. */
  readonly repositoryPrefix: string;
  /** How the code under test was kept from the gate; undefined when Stryker did not run. */
  readonly isolation: Isolation | undefined;
  /** The config, test runner and versions that measured the change; undefined when Stryker did not run. */
  readonly setup: RunSetup | undefined;
  /** What became of each mutant that timed out, and how it counted. */
  readonly timeouts: readonly TimeoutCheck[];
  /** Survivors no test judged in the first run, and what the re-run made of them. */
  readonly unjudged: readonly UnjudgedMutant[];
  /** Whether tests were checked for flakiness, and those that failed with no mutant active; undefined when Stryker did not run. */
  readonly flaky: FlakyCheck | undefined;
  /**
   * A workspace run's packages, each judged as if the gate had run in it alone (its setup, isolation and
   * flaky check are there, not above); empty when one directory was measured.
   */
  readonly packages: readonly PackageReport[];
  /** A shard run's place in its matrix: its verdict is its own files' only, the merge job's is the change's. */
  readonly shard: ShardOfRun | undefined;
  /** What was taken from an earlier run instead of measured; undefined when reuse is off (or several packages ran: see theirs). */
  readonly reuse: ReuseOfRun | undefined;
  /** ai-approvals: the AI-touched lines of the change and the approvals that count; undefined when it is off. */
  readonly aiApprovals?: AiApprovalCheck;
  /** What a budget left to test, and a sample's estimated scores; undefined without a budget. */
  readonly budget: (BudgetOfRun & { readonly estimates: SampleEstimates | undefined }) | undefined;
}

/** One workspace package of a run that measured several: its folder in the repository and its own judgement. */
export interface PackageReport {
  readonly folder: string;
  readonly report: ScoredReport;
}

/** A run that could not give an honest answer. */
export interface ErrorReport {
  readonly kind: 'error';
  readonly verdict: Verdict;
  /** Supporting lines for the reader, e.g. the end of Stryker's output. */
  readonly details: readonly string[];
  /** Undefined when the inputs themselves were invalid (or Node too old to read them). */
  readonly config: Config | undefined;
  /** The change's code interfered with the measurement: the step fails whatever on-error says. */
  readonly tampering: boolean;
}

export type Report = ScoredReport | ErrorReport;

export function errorReport(config: Config | undefined, reason: string, details: readonly string[] = [], tampering = false): ErrorReport {
  return { kind: 'error', verdict: { kind: 'error', reason }, details, config, tampering };
}
