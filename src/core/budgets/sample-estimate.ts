import type { Stratum } from './mutant-choice.js';

/** A stratum's tested mutants as the score counts them. */
export interface StratumCounts {
  readonly stratum: Stratum;
  /** Valid mutants tested (killed, timeout, survived, no coverage; suppressed ones count as undetected). */
  readonly valid: number;
  readonly detected: number;
}

/** A score estimated from a sample, in percent, with its 95% confidence interval. */
export interface ScoreEstimate {
  readonly score: number;
  readonly low: number;
  readonly high: number;
  /** Valid mutants tested. */
  readonly tested: number;
}

const Z = 1.959963984540054;

/**
 * The Wilson score interval for a proportion seen in `n` trials (hand-written: a few lines of
 * arithmetic, and no maintained library gives it for a design's effective sample size).
 */
function wilson(p: number, n: number): { low: number; high: number } {
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The score of the whole population estimated from a stratified sample: each stratum's score weighted
 * by its estimated valid mutants, with the Wilson interval for the design's effective sample size
 * (the stratified variance, finite-population corrected, turned into the size of the simple random
 * sample that would have it, so that testing a larger share of the population narrows the interval).
 * A stratum tested whole adds no uncertainty; every stratum tested whole gives the exact score.
 * Undefined when no valid mutant was tested.
 */
export function estimateScore(counts: readonly StratumCounts[]): ScoreEstimate | undefined {
  const tested = counts.filter((entry) => entry.valid > 0);
  const validTested = tested.reduce((sum, entry) => sum + entry.valid, 0);
  if (validTested === 0) return undefined;
  // Each stratum's valid mutants, estimated from the share of its sample that was valid.
  const weights = tested.map((entry) => (entry.stratum.population * entry.valid) / entry.stratum.sampled);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  let score = 0;
  let variance = 0;
  tested.forEach((entry, at) => {
    const share = (weights[at] as number) / totalWeight;
    const p = entry.detected / entry.valid;
    score += share * p;
    const unsampled = 1 - entry.stratum.sampled / entry.stratum.population;
    variance += (share * share * unsampled * p * (1 - p)) / Math.max(entry.valid - 1, 1);
  });
  const whole = tested.every((entry) => entry.stratum.sampled >= entry.stratum.population);
  if (whole) return { score: score * 100, low: score * 100, high: score * 100, tested: validTested };
  // With every stratum scoring all or nothing the variance is 0: a simple sample of the same share then stands in.
  const share =
    tested.reduce((sum, entry) => sum + entry.stratum.sampled, 0) / tested.reduce((sum, entry) => sum + entry.stratum.population, 0);
  const effective = variance > 0 ? (score * (1 - score)) / variance : validTested / (1 - share);
  const { low, high } = wilson(score, Math.max(effective, 1));
  return { score: score * 100, low: Math.min(low, score) * 100, high: Math.max(high, score) * 100, tested: validTested };
}
