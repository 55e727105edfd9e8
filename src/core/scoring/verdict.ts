import type { Approval } from '../findings/finding.js';
import { formatScore, type MutantCounts, meetsThreshold } from './scoring.js';

export type VerdictKind = 'pass' | 'fail' | 'no-mutants' | 'error';

export interface Verdict {
  readonly kind: VerdictKind;
  /** One sentence for the log, the summary's first line and the failed check. */
  readonly reason: string;
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(2)}%`;
}

/** The AI-touched part of the change, as the verdict weighs it. */
export interface AiPart {
  readonly counts: MutantCounts;
  /** Changed lines held to ai-threshold. */
  readonly lines: number;
  readonly threshold: number;
}

function undetected(counts: MutantCounts): number {
  return counts.survived + counts.noCoverage;
}

function describeAi(ai: AiPart): { text: string; failed: boolean } {
  if (ai.lines === 0) return { text: 'no AI-touched lines', failed: false };
  if (ai.counts.mutants === 0) return { text: 'no valid mutant on AI-touched lines', failed: false };
  const score = `AI-touched lines score ${formatScore(ai.counts)}%`;
  const against = `ai-threshold ${formatPercent(ai.threshold)}`;
  if (meetsThreshold(ai.counts, ai.threshold)) return { text: `${score}, ${against}`, failed: false };
  return {
    text: `${score}, under the ${against}: ${undetected(ai.counts)} of ${ai.counts.mutants} mutant(s) there went unnoticed`,
    failed: true,
  };
}

function describeOverall(total: MutantCounts, threshold: number): { text: string; failed: boolean } {
  const score = `all changed lines score ${formatScore(total)}%`;
  const against = `threshold ${formatPercent(threshold)}`;
  if (meetsThreshold(total, threshold)) return { text: `${score}, ${against}`, failed: false };
  return {
    text: `${score}, under the ${against}: ${undetected(total)} of ${total.mutants} mutant(s) went unnoticed by the tests`,
    failed: true,
  };
}

/**
 * pass or fail by the score over AI-touched lines against ai-threshold and over all changed lines
 * against threshold (missing either fails); no-mutants when no valid mutant exists (the score is NaN:
 * neither a pass nor a fail can be honest, and the reason says why).
 */
export function decideVerdict(total: MutantCounts, threshold: number, ai: AiPart): Verdict {
  if (total.mutants === 0) {
    const invalid = total.invalid + total.ignored;
    const detail =
      invalid > 0
        ? `Stryker made ${invalid} mutant(s) on them, but none could be tested (compile or runtime errors, or ignored)`
        : 'no changed line holds code Stryker can mutate';
    return { kind: 'no-mutants', reason: `No valid mutants on the changed lines: ${detail}.` };
  }
  const aiResult = describeAi(ai);
  const overall = describeOverall(total, threshold);
  const text = `${aiResult.text}; ${overall.text}.`;
  return {
    kind: aiResult.failed || overall.failed ? 'fail' : 'pass',
    reason: `${text.charAt(0).toUpperCase()}${text.slice(1)}`,
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

/**
 * Mutants on changed lines that no test judged, even on a re-run, are out of the score, but what was not
 * measured is never a pass: a pull request whose tests end before judging its mutants must not pass by it.
 */
export function applyUnjudged(verdict: Verdict, notJudged: number): Verdict {
  if (notJudged === 0) return verdict;
  const scoreReason = `${verdict.reason.charAt(0).toLowerCase()}${verdict.reason.slice(1)}`;
  return {
    kind: 'fail',
    reason: `${notJudged} mutant(s) on changed lines were judged by no test, even when run again, so that code is not measured; ${scoreReason}`,
  };
}

/**
 * Findings (changes the pull request made to its own measurement) fail the gate until a person other
 * than its author approves them; approved, the score decides and the reason names who approved.
 */
export function applyFindings(verdict: Verdict, findings: number, approval: Approval | undefined): Verdict {
  if (findings === 0) return verdict;
  if (approval?.state === 'approved') {
    return { ...verdict, reason: `${verdict.reason} ${findings} finding(s) approved by ${approval.by}.` };
  }
  const scoreReason = `${verdict.reason.charAt(0).toLowerCase()}${verdict.reason.slice(1)}`;
  return {
    kind: 'fail',
    reason: `${findings} finding(s) change how this change is measured and need approval by someone other than its author; ${scoreReason}`,
  };
}
