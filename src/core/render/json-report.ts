import type { Report } from '../judge/report.js';
import { type ChangedLinesScore, formatScore } from '../scoring/scoring.js';
import { measuredOutputs } from './action-outputs.js';

export const GATE_REPORT_VERSION = 1;

function scoreReport(score: ChangedLinesScore): Record<string, unknown> {
  return {
    total: { ...score.total, score: formatScore(score.total) },
    files: score.files.map((file) => ({ ...file, counts: { ...file.counts, score: formatScore(file.counts) } })),
  };
}

/**
 * The gate's JSON report: the findings first (with their approval), its config, the changed lines with their class and evidence, every
 * changed-line mutant, the tests that noticed nothing, the scores (all, AI-touched, other) and the verdict.
 */
export function buildGateReport(report: Report): Record<string, unknown> {
  const verdict = { kind: report.verdict.kind, reason: report.verdict.reason };
  if (report.kind === 'error') {
    return { version: GATE_REPORT_VERSION, verdict, tampering: report.tampering, details: report.details };
  }
  return {
    version: GATE_REPORT_VERSION,
    verdict,
    findings: report.findings,
    approval: report.approval ?? null,
    testRunChanges: report.testRunChanges,
    isolation: report.isolation ?? null,
    setup: report.setup ?? null,
    timeouts: report.timeouts,
    unjudged: report.unjudged,
    flakyCheck: report.flaky ?? null,
    reuse: report.reuse ?? null,
    budget: report.budget ?? null,
    aiApprovals: report.aiApprovals ?? null,
    config: {
      ...report.config,
      aiPatterns: report.config.aiPatterns.map(({ agent, pattern }) => ({ agent, pattern: pattern.source })),
    },
    comparison: report.comparison,
    changedLines: report.changedLines,
    attribution: [...report.attribution].map(([path, lines]) => ({ path, lines: [...lines.values()] })),
    signals: report.signals,
    notMutated: report.notMutated,
    score: scoreReport(report.score),
    aiScore: scoreReport(report.aiScore),
    otherScore: scoreReport(report.otherScore),
    mutants: report.mutants,
    testsThatNoticedNothing: report.silentTests,
    tests: report.testTally,
    packages: report.packages.map(({ folder, report: alone }) => {
      // The package's outputs as if the gate had run in it alone; the files are the run's.
      return {
        folder,
        outputs: measuredOutputs(alone),
        setup: alone.setup ?? null,
        isolation: alone.isolation ?? null,
        flakyCheck: alone.flaky ?? null,
        reuse: alone.reuse ?? null,
      };
    }),
  };
}
