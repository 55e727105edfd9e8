import type { Attribution } from '../attribution/attribution.js';
import { type Gating, isGatedAsAi, mutantAttribution } from '../scoring/ai-split.js';
import { formatPercent, type Verdict } from '../scoring/verdict.js';
import type { FileResult, MutantResult } from '../stryker/stryker-report.js';
import type { BudgetOfRun, Stratum } from './mutant-choice.js';
import { estimateScore, type ScoreEstimate, type StratumCounts } from './sample-estimate.js';

/** A sampled run's estimated scores: all changed lines, those held to ai-threshold, the rest. */
export interface SampleEstimates {
  readonly total: ScoreEstimate | undefined;
  readonly ai: ScoreEstimate | undefined;
  readonly other: ScoreEstimate | undefined;
}

const DETECTED: ReadonlySet<MutantResult['status']> = new Set(['Killed', 'Timeout']);
const VALID: ReadonlySet<MutantResult['status']> = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** The sample's estimates from the tested mutants (suppressed ones already counted as undetected). */
export function sampleEstimates(
  strata: readonly Stratum[],
  measured: Readonly<Record<string, FileResult>>,
  attribution: Attribution,
  gating: Gating,
): SampleEstimates {
  const countsOf = (wanted: boolean | undefined): StratumCounts[] =>
    strata
      .filter((stratum) => wanted === undefined || stratum.gatedAsAi === wanted)
      .map((stratum) => {
        let valid = 0;
        let detected = 0;
        for (const [path, file] of Object.entries(measured)) {
          if (stratum.file !== '' && stratum.file !== path) continue;
          for (const mutant of file.mutants) {
            const decided = mutantAttribution(attribution.get(path), mutant, gating);
            if ((decided !== undefined && isGatedAsAi(decided, gating)) !== stratum.gatedAsAi || !VALID.has(mutant.status)) continue;
            valid += 1;
            if (DETECTED.has(mutant.status)) detected += 1;
          }
        }
        return { stratum, valid, detected };
      });
  return { total: estimateScore(countsOf(undefined)), ai: estimateScore(countsOf(true)), other: estimateScore(countsOf(false)) };
}

const percent = (value: number): string => `${value.toFixed(2)}%`;

function describe(what: string, estimate: ScoreEstimate, threshold: number, name: string): { text: string; failed: boolean } {
  const score = `${what} score an estimated ${percent(estimate.score)} (95% interval ${percent(estimate.low)} to ${percent(estimate.high)})`;
  // Compared in hundredths, as meetsThreshold compares exact scores.
  const failed = Math.floor(estimate.low * 100) < Math.round(threshold * 100);
  return {
    text: failed
      ? `${score}, whose lower bound is under the ${name} ${formatPercent(threshold)}`
      : `${score}, at or above the ${name} ${formatPercent(threshold)}`,
    failed,
  };
}

/**
 * The verdict of a sampled run: pass only when the 95% interval's lower bound reaches each threshold,
 * so that a change does not pass by the luck of the draw (a re-drawn sample is one push away).
 * Undefined when the run was not sampled or tested no valid mutant (the exact rules apply then).
 */
export function sampledVerdict(
  budget: BudgetOfRun | undefined,
  estimates: SampleEstimates | undefined,
  thresholds: { readonly threshold: number; readonly aiThreshold: number; readonly aiLines: number },
): Verdict | undefined {
  const total = estimates?.total;
  if (budget?.strata === undefined || total === undefined) return undefined;
  const tested = budget.strata.reduce((sum, stratum) => sum + stratum.sampled, 0);
  const parts = [];
  const ai = estimates?.ai;
  if (thresholds.aiLines > 0 && ai !== undefined) parts.push(describe('AI-touched lines', ai, thresholds.aiThreshold, 'ai-threshold'));
  parts.push(describe('all changed lines', total, thresholds.threshold, 'threshold'));
  return {
    kind: parts.some((part) => part.failed) ? 'fail' : 'pass',
    reason: `A sample of ${tested} of ${budget.afterPerLine} mutant(s) (max-mutants ${budget.maxMutants}): ${parts.map((part) => part.text).join('; ')}.`,
  };
}
