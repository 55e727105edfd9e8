import { formatScore, meetsThreshold, type MutantCounts } from './scoring.js';

export type VerdictKind = 'pass' | 'fail' | 'no-mutants' | 'error';

export interface Verdict {
  readonly kind: VerdictKind;
  /** One sentence for the log, the summary's first line and the failed check. */
  readonly reason: string;
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(2)}%`;
}

/**
 * pass or fail by the score over changed lines; no-mutants when no valid mutant exists (the score is
 * NaN: neither a pass nor a fail can be honest, and the reason says why).
 */
export function decideVerdict(total: MutantCounts, threshold: number): Verdict {
  if (total.mutants === 0) {
    const invalid = total.invalid + total.ignored;
    const detail =
      invalid > 0
        ? `Stryker made ${invalid} mutant(s) on them, but none could be tested (compile or runtime errors, or ignored)`
        : 'no changed line holds code Stryker can mutate';
    return { kind: 'no-mutants', reason: `No valid mutants on the changed lines: ${detail}.` };
  }
  const score = `${formatScore(total)}%`;
  const against = `threshold ${formatPercent(threshold)}`;
  if (meetsThreshold(total, threshold)) {
    return { kind: 'pass', reason: `Mutation score on changed lines is ${score}, ${against}.` };
  }
  const undetected = total.survived + total.noCoverage;
  return {
    kind: 'fail',
    reason: `Mutation score on changed lines is ${score}, under the ${against}: ${undetected} of ${total.mutants} mutant(s) went unnoticed by the tests.`,
  };
}

/** no-mutants before Stryker runs: nothing the change touched is code to mutate. */
export function nothingToMutateVerdict(changedFiles: number): Verdict {
  const reason =
    changedFiles === 0
      ? 'No mutants: the change adds or modifies no lines.'
      : `No mutants: none of the ${changedFiles} changed file(s) is source code to mutate (see include and exclude).`;
  return { kind: 'no-mutants', reason };
}
