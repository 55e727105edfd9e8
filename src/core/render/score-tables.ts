import type { ScoredReport } from '../judge/report.js';
import { type ChangedLinesScore, formatScore, type MutantCounts, meetsThreshold } from '../scoring/scoring.js';
import { formatPercent } from '../scoring/verdict.js';
import { inlineCode, tableRow } from './markdown.js';

/** A score as a table shows it: a percentage, or n/a with no valid mutants. */
export function scoreCell(counts: MutantCounts): string {
  const score = formatScore(counts);
  return score === '' ? 'n/a' : `${score}%`;
}

function changedLines(score: ChangedLinesScore): number {
  return score.files.reduce((sum, file) => sum + file.changedLines, 0);
}

/** The same counts as the outputs and the JSON report: a timeout is shown apart, never folded into Killed. */
function countCells(counts: MutantCounts): string[] {
  return [
    String(counts.mutants),
    String(counts.killed),
    String(counts.timeout),
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
export function splitTable(report: ScoredReport): string[] {
  const { config, aiScore, otherScore, score } = report;
  const aiThreshold = report.gating.detection === 'off' ? 'off' : formatPercent(config.aiThreshold);
  const aiGate = report.gating.detection === 'off' ? '' : gateCell(aiScore.total, config.aiThreshold);
  const header = tableRow([
    'Lines',
    'Changed lines',
    'Mutants',
    'Killed',
    'Timeout',
    'Survived',
    'No coverage',
    'Score',
    'Threshold',
    'Gate',
  ]);
  return [
    header,
    tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
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

export function fileTable(report: ScoredReport): string[] {
  const header = tableRow(['File', 'Class', 'Changed lines', 'Mutants', 'Killed', 'Timeout', 'Survived', 'No coverage', 'Score']);
  const rows = report.files.map((file) =>
    tableRow([inlineCode(file.path), file.class, String(file.changedLines), ...countCells(file.counts)]),
  );
  return [header, tableRow(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']), ...rows];
}
