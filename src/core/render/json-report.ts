import { listMutants } from '../judge/listed-mutants.js';
import type { GateOutcome } from '../judge/report.js';
import { type ChangedLinesScore, formatScore } from '../scoring/scoring.js';
import { testsThatNoticedNothing } from '../scoring/silent-tests.js';

export const GATE_REPORT_VERSION = 1;

function scoreReport(score: ChangedLinesScore): Record<string, unknown> {
  return {
    total: { ...score.total, score: formatScore(score.total) },
    files: score.files.map((file) => ({ ...file, counts: { ...file.counts, score: formatScore(file.counts) } })),
  };
}

/**
 * The gate's JSON report: its config, the changed lines with their class and evidence, every
 * changed-line mutant, the tests that noticed nothing, the scores (all, AI-touched, other) and the verdict.
 */
export function buildGateReport(outcome: GateOutcome): Record<string, unknown> {
  const verdict = { kind: outcome.verdict.kind, reason: outcome.verdict.reason };
  if (outcome.kind === 'error') {
    return { version: GATE_REPORT_VERSION, verdict, details: outcome.details };
  }
  const mutants = listMutants(outcome.mutants, outcome.attribution, outcome.gating);
  return {
    version: GATE_REPORT_VERSION,
    verdict,
    config: {
      ...outcome.config,
      aiPatterns: outcome.config.aiPatterns.map(({ agent, pattern }) => ({ agent, pattern: pattern.source })),
    },
    comparison: outcome.comparison,
    changedLines: outcome.scope.selected,
    attribution: [...outcome.attribution].map(([path, lines]) => ({ path, lines: [...lines.values()] })),
    signals: outcome.signals,
    notMutated: [...outcome.untargetable.map((path) => ({ path, reason: 'untargetable-path' })), ...outcome.scope.skipped],
    score: scoreReport(outcome.score),
    aiScore: scoreReport(outcome.aiScore),
    otherScore: scoreReport(outcome.otherScore),
    mutants,
    testsThatNoticedNothing: testsThatNoticedNothing(mutants, outcome.tests),
  };
}
