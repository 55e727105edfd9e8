import type { ScoredReport } from '../judge/report.js';
import { escapeMarkdown } from './markdown.js';

const percent = (value: number): string => `${value.toFixed(2)}%`;

/**
 * What a budget left to test, in the summary's first section: one mutant per line, a random sample
 * with each score's 95% interval and the rule the verdict followed. Nothing without a budget.
 */
export function budgetLines(report: ScoredReport): string[] {
  const { budget } = report;
  if (budget === undefined) return [];
  const lines: string[] = [''];
  const perLine =
    budget.perLine === 1
      ? `one mutant per changed line (mutants-per-line: 1, the mutators most likely to reveal a weak test first): ${budget.afterPerLine} of the ${budget.made} mutant(s) Stryker made`
      : '';
  if (budget.strata === undefined) {
    lines.push(`**Budget**: ${perLine === '' ? `all ${budget.made} mutant(s) Stryker made were tested` : `tested ${perLine}`}.`);
    return lines;
  }
  const sampled = budget.strata.reduce((sum, stratum) => sum + stratum.sampled, 0);
  const drawn =
    `**Sampled**: this verdict comes from a random sample of ${sampled} of the ${budget.afterPerLine} mutant(s) ` +
    `${perLine === '' ? 'Stryker made on the changed lines' : `left by ${perLine}`} (max-mutants ${budget.maxMutants}), ` +
    `stratified by file and class in ${budget.strata.length} strata, drawn the same for the same change.`;
  lines.push(drawn);
  const { estimates } = budget;
  const estimateLines = (
    [
      ['All changed lines', estimates?.total],
      ['AI-touched', estimates?.ai],
      ['Other', estimates?.other],
    ] as const
  ).flatMap(([what, estimate]) =>
    estimate === undefined
      ? []
      : [
          `- ${what}: an estimated ${percent(estimate.score)}, 95% interval ${percent(estimate.low)} to ${percent(estimate.high)} (${estimate.tested} valid mutant(s) tested)`,
        ],
  );
  if (estimateLines.length > 0) {
    lines.push(
      '',
      ...estimateLines,
      '',
      "A sampled score passes only when its interval's lower bound reaches the threshold: the change does not pass by the luck of the draw. " +
        `The score tables below count the sampled mutants only. ${escapeMarkdown('Raise max-mutants (or remove it) for a narrower interval.')}`,
    );
  }
  return lines;
}
