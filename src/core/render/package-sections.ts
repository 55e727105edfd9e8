import type { ScoredReport } from '../judge/report.js';
import type { VerdictKind } from '../scoring/verdict.js';
import { flakyCheckLines, flakySection } from './flaky-sections.js';
import { isolationLines } from './isolation-lines.js';
import { inlineCode, tableRow } from './markdown.js';
import { scoreCell } from './score-tables.js';
import { setupLines } from './setup-lines.js';

const ALONE: Readonly<Record<VerdictKind, string>> = {
  pass: '✅ pass',
  fail: '❌ fail',
  'no-mutants': '➖ no mutants',
  error: '⚠️ error',
};

/**
 * A workspace run's packages: a row each with its counts and the verdict it would have had alone, then
 * what measured each one (its config, runner, flaky check and isolation). Nothing for a one-directory run.
 */
export function packageLines(report: ScoredReport): string[] {
  const { packages } = report;
  if (packages.length === 0) return [];
  const rows = packages.map(({ folder, report: alone }) =>
    tableRow([
      inlineCode(folder),
      String(alone.changedLines.reduce((sum, file) => sum + file.lines.length, 0)),
      String(alone.score.total.mutants),
      scoreCell(alone.score.total),
      String(alone.aiScore.total.mutants),
      scoreCell(alone.aiScore.total),
      ALONE[alone.verdict.kind],
    ]),
  );
  return [
    '',
    `**${packages.length} workspace packages** hold the changed source. Each was measured with its own Stryker setup, one after ` +
      'another; the verdict counts the changed lines of all of them together.',
    '',
    tableRow(['Package', 'Changed lines', 'Mutants', 'Score', 'AI-touched mutants', 'AI-touched score', 'Verdict on its own']),
    tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---']),
    ...rows,
    ...packages.flatMap(({ folder, report: alone }) => {
      const measured = [...setupLines(alone), ...flakyCheckLines(alone.flaky), ...isolationLines(alone)];
      return measured.length === 0 ? [] : ['', `**In ${inlineCode(folder)}:**`, ...measured];
    }),
  ];
}

/** Each package's flaky tests, named with the package (their paths are the package's). */
export function packageFlakySections(report: ScoredReport): string[] {
  return report.packages.flatMap(({ folder, report: alone }) => flakySection(alone.flaky, folder));
}
