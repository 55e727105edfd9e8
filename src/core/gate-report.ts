import { listMutants } from './mutant-list.js';
import type { GateOutcome } from './outcome.js';
import { formatScore } from './scoring.js';

export const GATE_REPORT_VERSION = 1;

/** The gate's JSON report: its config, the changed lines, every changed-line mutant, and the verdict. */
export function buildGateReport(outcome: GateOutcome): Record<string, unknown> {
  const verdict = { kind: outcome.verdict.kind, reason: outcome.verdict.reason };
  if (outcome.kind === 'error') {
    return { version: GATE_REPORT_VERSION, verdict, details: outcome.details };
  }
  const { total } = outcome.score;
  return {
    version: GATE_REPORT_VERSION,
    verdict,
    config: outcome.config,
    comparison: outcome.comparison,
    changedLines: outcome.scope.selected,
    notMutated: [
      ...outcome.untargetable.map((path) => ({ path, reason: 'untargetable-path' })),
      ...outcome.scope.skipped,
    ],
    score: { ...total, score: formatScore(total) },
    files: outcome.score.files.map((file) => ({ ...file, counts: { ...file.counts, score: formatScore(file.counts) } })),
    mutants: listMutants(outcome.mutants),
  };
}
