import type { ScoredOutcome } from '../judge/report.js';
import { fileClass } from '../scoring/ai-split.js';
import { type ChangedLinesScore, formatScore, type MutantCounts, meetsThreshold } from '../scoring/scoring.js';
import { formatPercent } from '../scoring/verdict.js';
import { inlineCode, tableRow } from './markdown.js';

function scoreCell(counts: MutantCounts): string {
  const score = formatScore(counts);
  return score === '' ? 'n/a' : `${score}%`;
}

function changedLines(score: ChangedLinesScore): number {
  return score.files.reduce((sum, file) => sum + file.changedLines, 0);
}

function countCells(counts: MutantCounts): string[] {
  return [
    String(counts.mutants),
    String(counts.killed + counts.timeout),
    String(counts.survived),
    String(counts.noCoverage),
    scoreCell(counts),
  ];
}

function gateCell(counts: MutantCounts, threshold: number): string {
  if (counts.mutants === 0) return '➖ no mutants';
  return meetsThreshold(counts, threshold) ? '✅ pass' : '❌ fail';
}

/** AI-touched lines against ai-threshold, the other lines, and all of them against threshold. */
export function splitTable(outcome: ScoredOutcome): string[] {
  const { config, aiScore, otherScore, score } = outcome;
  const aiThreshold = outcome.gating.detection === 'off' ? 'off' : formatPercent(config.aiThreshold);
  const aiGate = outcome.gating.detection === 'off' ? '' : gateCell(aiScore.total, config.aiThreshold);
  const header = tableRow(['Lines', 'Changed lines', 'Mutants', 'Killed', 'Survived', 'No coverage', 'Score', 'Threshold', 'Gate']);
  return [
    header,
    tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    tableRow(['**AI-touched**', String(changedLines(aiScore)), ...countCells(aiScore.total), aiThreshold, aiGate]),
    tableRow(['Other', String(changedLines(otherScore)), ...countCells(otherScore.total), '', '']),
    tableRow([
      '**All changed lines**',
      String(changedLines(score)),
      ...countCells(score.total),
      formatPercent(config.threshold),
      gateCell(score.total, config.threshold),
    ]),
  ];
}

export function fileTable(outcome: ScoredOutcome): string[] {
  const header = tableRow(['File', 'Class', 'Changed lines', 'Mutants', 'Killed', 'Survived', 'No coverage', 'Score']);
  const rows = outcome.score.files.map((file) =>
    tableRow([inlineCode(file.path), fileClass(outcome.attribution.get(file.path)), String(file.changedLines), ...countCells(file.counts)]),
  );
  return [header, tableRow(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']), ...rows];
}
