import type { Attribution } from '../attribution/attribution.js';
import type { SignalReport } from '../attribution/signal-report.js';
import type { BudgetOfRun } from '../budgets/mutant-choice.js';
import { sampledVerdict, sampleEstimates } from '../budgets/sampled-verdict.js';
import type { Config, Shard } from '../config/config.js';
import type { ChangedFile } from '../diff/changed-lines.js';
import type { ScopedFiles } from '../diff/file-scope.js';
import { type Approval, type Finding, sortFindings, type TestRunChange } from '../findings/finding.js';
import { countSuppressedAsUndetected, suppressionFindings } from '../findings/suppressions.js';
import type { ReuseOfRun } from '../reuse/reuse-plan.js';
import { fileClass, type Gating, gatingOf, splitByGate } from '../scoring/ai-split.js';
import { keepChangedLineMutants } from '../scoring/changed-mutants.js';
import { scoreChangedLines } from '../scoring/scoring.js';
import { tallyTests, testsThatNoticedNothing } from '../scoring/silent-tests.js';
import { applyFindings, applyUnjudged, decideVerdict, nothingToMutateVerdict } from '../scoring/verdict.js';
import type { FlakyCheck } from '../stryker/flaky-tests.js';
import type { Isolation } from '../stryker/isolation.js';
import type { RunSetup } from '../stryker/run-setup.js';
import type { MutationTestResult } from '../stryker/stryker-report.js';
import { indexTests } from '../stryker/test-index.js';
import type { TimeoutCheck, UnjudgedMutant } from '../stryker/timeout-recheck.js';
import { listMutants } from './listed-mutants.js';
import { type Comparison, notMutatedFiles, type ScoredReport } from './report.js';

/** Everything the gather phase found out; the judge decides from this alone. */
export interface Evidence {
  readonly comparison: Comparison;
  /** How many files the change touched at all, mutated or not. */
  readonly changedFiles: number;
  readonly scope: ScopedFiles;
  /** Selected files whose paths Stryker cannot be pointed at. */
  readonly untargetable: readonly string[];
  /** The selected files Stryker mutated: their changed lines. */
  readonly targeted: readonly ChangedFile[];
  /** Every changed line of the targeted files, classed, with its evidence. */
  readonly attribution: Attribution;
  /** The attribution signals that were checked, and those that were not available. */
  readonly signals: SignalReport;
  readonly repositoryPrefix: string;
  /** Stryker's validated report; undefined when there was nothing to mutate and Stryker did not run. */
  readonly strykerReport: MutationTestResult | undefined;
  /** What the change altered in its own measurement, found before Stryker ran (suppressions come from its report). */
  readonly findings: readonly Finding[];
  /** Changes to how the tests run: shown, never failing by themselves. */
  readonly testRunChanges: readonly TestRunChange[];
  /** Undefined when nothing needed approving, so nobody was asked. */
  readonly approval: Approval | undefined;
  /** How the code under test was kept from the gate; undefined when Stryker did not run. */
  readonly isolation: Isolation | undefined;
  readonly setup: RunSetup | undefined;
  /** What became of each mutant that timed out (its status in strykerReport is the one it counts with). */
  readonly timeouts: readonly TimeoutCheck[];
  /** Survivors no test judged in the first run; `not-judged` ones are out of strykerReport. */
  readonly unjudged: readonly UnjudgedMutant[];
  /** Tests that failed with no mutant active (their kills are out of strykerReport); undefined when Stryker did not run. */
  readonly flaky: FlakyCheck | undefined;
  /** A shard run's place in its matrix (`targeted` is its files only); absent for any other run. */
  readonly shard?: ShardOfRun;
  /** What the run took from an earlier run instead of measuring (input reuse); absent when reuse is off. */
  readonly reuse?: ReuseOfRun;
  /** Which mutants a budget (max-mutants, mutants-per-line) left to test; absent without one. */
  readonly budget?: BudgetOfRun;
  /** The AI-touched changed lines of the whole change, every file (ai-approvals); absent when it is off. */
  readonly changeAiLines?: number;
}

/** Which shard a run measured, and every shard's files as planned. */
export interface ShardOfRun extends Shard {
  readonly plan: readonly (readonly string[])[];
}

/** Stryker did not run: nothing to mutate. */
// Stryker disable next-line all: only its empty files are read; the required schema fields never reach a result.
const NOTHING_REPORTED: MutationTestResult = { schemaVersion: '2', thresholds: { high: 80, low: 60 }, files: {} };

/**
 * The one judgement of a run: the changed-line mutants, their classes, the scores (all, AI-touched,
 * other), the tests that noticed nothing and the verdict, as one Report that every renderer reads.
 */
export function judge(config: Config, evidence: Evidence): ScoredReport {
  const { targeted, attribution } = evidence;
  const gating: Gating = gatingOf(config);
  const strykerReport = evidence.strykerReport ?? NOTHING_REPORTED;
  const kept = keepChangedLineMutants(strykerReport, targeted);
  const approved = evidence.approval?.state === 'approved';
  // Until approved, a mutant Stryker did not test on a changed line is one no test noticed.
  const measured = approved ? kept : countSuppressedAsUndetected(kept);
  const score = scoreChangedLines(measured, targeted);
  const portions = splitByGate(measured, attribution, gating);
  const aiScore = scoreChangedLines(portions.ai.mutants, portions.ai.changed);
  const otherScore = scoreChangedLines(portions.other.mutants, portions.other.changed);
  const aiLines = portions.ai.changed.reduce((sum, file) => sum + file.lines.length, 0);
  const tests = indexTests(strykerReport);
  const mutants = listMutants(kept, attribution, gating);
  const tally = tallyTests(mutants, tests, config.everyTest);
  const findings = sortFindings([...evidence.findings, ...suppressionFindings(mutants, evidence.repositoryPrefix, approved)]);
  const { budget } = evidence;
  const estimates = budget?.strata === undefined ? undefined : sampleEstimates(budget.strata, measured, attribution, gating);
  const sampled = sampledVerdict(budget, estimates, { threshold: config.threshold, aiThreshold: config.aiThreshold, aiLines });
  const scoreVerdict =
    evidence.strykerReport === undefined
      ? nothingToMutateVerdict(evidence.changedFiles)
      : (sampled ?? decideVerdict(score.total, config.threshold, { counts: aiScore.total, lines: aiLines, threshold: config.aiThreshold }));
  const notJudged = evidence.unjudged.filter((mutant) => mutant.outcome === 'not-judged').length;
  const verdict = applyFindings(applyUnjudged(scoreVerdict, notJudged), findings.length, evidence.approval);
  const notMutated = notMutatedFiles(evidence.scope.skipped, evidence.untargetable);
  return {
    kind: 'scored',
    verdict,
    config,
    comparison: evidence.comparison,
    changedLines: evidence.scope.selected,
    notMutated,
    attribution,
    gating,
    signals: evidence.signals,
    files: score.files.map((file) => ({ ...file, class: fileClass(attribution.get(file.path)) })),
    score,
    aiScore,
    otherScore,
    aiLines,
    aiDetected: [...attribution.values()].some((lines) => [...lines.values()].some((line) => line.class === 'ai')),
    mutants,
    findings,
    testRunChanges: evidence.testRunChanges,
    approval: evidence.approval,
    survived: mutants.filter((mutant) => mutant.status === 'Survived'),
    suppressed: mutants.filter((mutant) => mutant.status === 'Ignored'),
    uncovered: mutants.filter((mutant) => mutant.status === 'NoCoverage'),
    silentTests: testsThatNoticedNothing(tally),
    testTally: tally,
    tests,
    repositoryPrefix: evidence.repositoryPrefix,
    isolation: evidence.isolation,
    setup: evidence.setup,
    timeouts: evidence.timeouts,
    unjudged: evidence.unjudged,
    flaky: evidence.flaky,
    packages: [],
    shard: evidence.shard,
    reuse: evidence.reuse,
    budget: budget === undefined ? undefined : { ...budget, estimates },
  };
}
