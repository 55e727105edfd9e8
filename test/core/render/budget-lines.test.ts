import { describe, expect, it } from 'vitest';
import type { ScoredReport } from '../../../src/core/judge/report.js';
import { budgetLines } from '../../../src/core/render/budget-lines.js';
import { buildGateReport } from '../../../src/core/render/json-report.js';
import { renderSummary } from '../../../src/core/render/markdown-report.js';
import { scored } from '../../support/scored-fixtures.js';

const report = scored({ 'src/a.ts': { lines: [1] } });
const estimate = (score: number, low: number, high: number, tested: number) => ({ score, low, high, tested });
type Budget = NonNullable<ScoredReport['budget']>;

const SAMPLED: Budget = {
  maxMutants: 200,
  perLine: 'all',
  made: 3240,
  afterPerLine: 3240,
  strata: [
    { file: 'src/a.ts', gatedAsAi: true, population: 3000, sampled: 185 },
    { file: 'src/b.ts', gatedAsAi: false, population: 240, sampled: 15 },
  ],
  estimates: { total: estimate(81.5, 75.25, 86.125, 198), ai: estimate(80, 73, 85.5, 183), other: undefined },
};

describe('budgetLines', () => {
  it('says the verdict came from a sample, of how many, and each estimate with its interval and the rule', () => {
    const lines = budgetLines({ ...report, budget: SAMPLED });
    expect(lines).toEqual([
      '',
      '**Sampled**: this verdict comes from a random sample of 200 of the 3240 mutant(s) Stryker made on the changed lines (max-mutants ' +
        '200), stratified by file and class in 2 strata, drawn the same for the same change.',
      '',
      '- All changed lines: an estimated 81.50%, 95% interval 75.25% to 86.13% (198 valid mutant(s) tested)',
      '- AI-touched: an estimated 80.00%, 95% interval 73.00% to 85.50% (183 valid mutant(s) tested)',
      '',
      "A sampled score passes only when its interval's lower bound reaches the threshold: the change does not pass by the luck of the " +
        'draw. The score tables below count the sampled mutants only. Raise max-mutants (or remove it) for a narrower interval.',
    ]);
    expect(renderSummary({ ...report, budget: SAMPLED })).toContain('**Sampled**: this verdict comes from a random sample of 200');
  });

  it('says what one mutant per line left, sampled or not', () => {
    const perLine: Budget = { maxMutants: undefined, perLine: 1, made: 90, afterPerLine: 40, strata: undefined, estimates: undefined };
    expect(budgetLines({ ...report, budget: perLine })).toEqual([
      '',
      '**Budget**: tested one mutant per changed line (mutants-per-line: 1, the mutators most likely to reveal a weak test first): 40 of ' +
        'the 90 mutant(s) Stryker made.',
    ]);
    const both: Budget = { ...SAMPLED, perLine: 1, afterPerLine: 1500, estimates: undefined };
    expect(budgetLines({ ...report, budget: both })).toEqual([
      '',
      '**Sampled**: this verdict comes from a random sample of 200 of the 1500 mutant(s) left by one mutant per changed line ' +
        '(mutants-per-line: 1, the mutators most likely to reveal a weak test first): 1500 of the 3240 mutant(s) Stryker made ' +
        '(max-mutants 200), stratified by file and class in 2 strata, drawn the same for the same change.',
    ]);
  });

  it('says every mutant was tested when a budget left them all', () => {
    const roomy: Budget = { maxMutants: 500, perLine: 'all', made: 90, afterPerLine: 90, strata: undefined, estimates: undefined };
    expect(budgetLines({ ...report, budget: roomy })).toEqual(['', '**Budget**: all 90 mutant(s) Stryker made were tested.']);
  });

  it('says nothing without a budget, and gives the budget in the JSON report', () => {
    expect(budgetLines(report)).toEqual([]);
    expect(buildGateReport(report)).toMatchObject({ budget: null });
    expect(buildGateReport({ ...report, budget: SAMPLED })).toMatchObject({ budget: SAMPLED });
  });
});
