import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/core/attribution/attribution.js';
import type { BudgetOfRun, Stratum } from '../../../src/core/budgets/mutant-choice.js';
import { estimateScore } from '../../../src/core/budgets/sample-estimate.js';
import { sampledVerdict, sampleEstimates } from '../../../src/core/budgets/sampled-verdict.js';
import type { Gating } from '../../../src/core/scoring/ai-split.js';
import type { FileResult, MutantResult } from '../../../src/core/stryker/stryker-report.js';

const stratum = (population: number, sampled: number, gatedAsAi = false, file = 'a.ts'): Stratum => ({
  file,
  gatedAsAi,
  population,
  sampled,
});

describe('estimateScore', () => {
  it('gives the Wilson interval of a simple random sample, with its effective size', () => {
    // 16 of 20 detected, from 100: p = 0.8; the finite-population corrected variance is that of 23.75 drawn with replacement.
    const estimate = estimateScore([{ stratum: stratum(100, 20), valid: 20, detected: 16 }]);
    expect(estimate?.score).toBeCloseTo(80, 10);
    expect(estimate?.low).toBeCloseTo(60.32, 1);
    expect(estimate?.high).toBeCloseTo(91.32, 1);
    expect(estimate?.tested).toBe(20);
  });

  it('narrows as a larger share of the population is tested', () => {
    const small = estimateScore([{ stratum: stratum(1000, 40), valid: 40, detected: 30 }]);
    const large = estimateScore([{ stratum: stratum(50, 40), valid: 40, detected: 30 }]);
    expect((large?.high ?? 0) - (large?.low ?? 0)).toBeLessThan((small?.high ?? 0) - (small?.low ?? 0));
  });

  it('weights each stratum by its estimated valid mutants', () => {
    // 90 of 100 from a stratum scoring 100%, 10 of 100 from one scoring 0%; half of the second's sample was invalid.
    const estimate = estimateScore([
      { stratum: stratum(90, 9), valid: 9, detected: 9 },
      { stratum: stratum(10, 4), valid: 2, detected: 0 },
    ]);
    // Valid: 90 and 10 * 2 / 4 = 5: 90 / 95.
    expect(estimate?.score).toBeCloseTo((90 / 95) * 100, 10);
    expect(estimate?.low).toBeLessThan(estimate?.score ?? 0);
    expect(estimate?.high).toBeGreaterThan(estimate?.score ?? 0);
  });

  it('keeps an interval when every stratum scored all or nothing, and none when every stratum was tested whole', () => {
    const allDetected = estimateScore([{ stratum: stratum(200, 20), valid: 20, detected: 20 }]);
    expect(allDetected?.score).toBe(100);
    expect(allDetected?.high).toBe(100);
    // As a simple sample of 20 from 200: 22.2 drawn with replacement.
    expect(allDetected?.low).toBeCloseTo(85.26, 1);
    const whole = estimateScore([{ stratum: stratum(5, 5), valid: 5, detected: 4 }]);
    expect(whole).toEqual({ score: 80, low: 80, high: 80, tested: 5 });
  });

  it('keeps an interval when only some strata were tested whole', () => {
    const mixed = estimateScore([
      { stratum: stratum(5, 5), valid: 5, detected: 4 },
      { stratum: stratum(100, 10, false, 'b.ts'), valid: 10, detected: 6 },
    ]);
    expect(mixed?.low).toBeLessThan(mixed?.score ?? 0);
    expect(mixed?.high).toBeGreaterThan(mixed?.score ?? 0);
  });

  it('leaves out a stratum none of whose tested mutants was valid', () => {
    const alone = estimateScore([{ stratum: stratum(5, 5), valid: 5, detected: 4 }]);
    expect(
      estimateScore([
        { stratum: stratum(5, 5), valid: 5, detected: 4 },
        { stratum: stratum(30, 3, false, 'b.ts'), valid: 0, detected: 0 },
      ]),
    ).toEqual(alone);
  });

  it('is undefined when no valid mutant was tested', () => {
    expect(estimateScore([])).toBeUndefined();
    expect(estimateScore([{ stratum: stratum(10, 3), valid: 0, detected: 0 }])).toBeUndefined();
  });
});

describe('sampleEstimates', () => {
  const source = 'const a = 1;\nconst b = 2;\n';
  const result = (id: string, line: number, status: MutantResult['status']): MutantResult => ({
    id,
    mutatorName: 'X',
    status,
    location: { start: { line, column: 1 }, end: { line, column: 5 } },
  });
  const lineClass = (classes: Record<number, 'ai' | 'unknown'>) =>
    new Map(Object.entries(classes).map(([line, value]) => [Number(line), { line: Number(line), class: value, evidence: '' }]));
  /** a.ts: line 1 AI-touched, line 2 not; b.ts: not AI-touched. */
  const attribution: Attribution = new Map([
    ['a.ts', lineClass({ 1: 'ai', 2: 'unknown' })],
    ['b.ts', lineClass({ 1: 'unknown' })],
  ]);
  const measured: Record<string, FileResult> = {
    'a.ts': {
      language: 'typescript',
      source,
      mutants: [
        result('1', 1, 'Killed'),
        result('2', 1, 'Survived'),
        result('3', 1, 'Timeout'),
        result('4', 2, 'NoCoverage'),
        result('5', 2, 'CompileError'),
      ],
    },
    'b.ts': { language: 'typescript', source, mutants: [result('6', 1, 'Killed'), result('7', 1, 'Ignored')] },
  };
  const gating: Gating = { detection: 'auto', unknownAs: 'human' };

  it('counts each stratum’s valid and detected mutants, of its file and class, for all, AI-touched and other lines', () => {
    const strata = [stratum(10, 3, true, 'a.ts'), stratum(8, 2, false, 'a.ts'), stratum(4, 2, false, 'b.ts')];
    const [aiStratum, otherA, otherB] = strata as [Stratum, Stratum, Stratum];
    expect(sampleEstimates(strata, measured, attribution, gating)).toEqual({
      total: estimateScore([
        { stratum: aiStratum, valid: 3, detected: 2 },
        { stratum: otherA, valid: 1, detected: 0 },
        { stratum: otherB, valid: 1, detected: 1 },
      ]),
      ai: estimateScore([{ stratum: aiStratum, valid: 3, detected: 2 }]),
      other: estimateScore([
        { stratum: otherA, valid: 1, detected: 0 },
        { stratum: otherB, valid: 1, detected: 1 },
      ]),
    });
  });

  it('counts every file of its class for a class-only stratum, and counts unknown lines as AI-touched under unknown-as: ai', () => {
    const classOnly = [stratum(20, 5, true, ''), stratum(20, 5, false, '')];
    const [ai, other] = classOnly as [Stratum, Stratum];
    expect(sampleEstimates(classOnly, measured, attribution, gating)).toEqual({
      total: estimateScore([
        { stratum: ai, valid: 3, detected: 2 },
        { stratum: other, valid: 2, detected: 1 },
      ]),
      ai: estimateScore([{ stratum: ai, valid: 3, detected: 2 }]),
      other: estimateScore([{ stratum: other, valid: 2, detected: 1 }]),
    });
    expect(sampleEstimates(classOnly, measured, attribution, { detection: 'auto', unknownAs: 'ai' }).ai).toEqual(
      estimateScore([{ stratum: ai, valid: 5, detected: 3 }]),
    );
  });
});

describe('sampledVerdict', () => {
  const budget: BudgetOfRun = { maxMutants: 20, perLine: 'all', made: 100, afterPerLine: 100, strata: [stratum(100, 20)] };
  const estimate = (score: number, low: number, high: number) => ({ score, low, high, tested: 20 });
  const thresholds = { threshold: 80, aiThreshold: 90, aiLines: 0 };

  it("passes only when the interval's lower bound reaches the threshold", () => {
    const pass = sampledVerdict(budget, { total: estimate(95, 80, 99), ai: undefined, other: undefined }, thresholds);
    expect(pass).toEqual({
      kind: 'pass',
      reason:
        'A sample of 20 of 100 mutant(s) (max-mutants 20): all changed lines score an estimated 95.00% (95% interval 80.00% to ' +
        '99.00%), at or above the threshold 80%.',
    });
    const fail = sampledVerdict(budget, { total: estimate(85, 79.999, 95), ai: undefined, other: undefined }, thresholds);
    expect(fail?.kind).toBe('fail');
    expect(fail?.reason).toContain('(95% interval 80.00% to 95.00%), whose lower bound is under the threshold 80%.');
  });

  it('holds AI-touched lines to ai-threshold by their own interval', () => {
    const ai = estimate(95, 85, 99);
    const verdict = sampledVerdict(budget, { total: estimate(95, 85, 99), ai, other: undefined }, { ...thresholds, aiLines: 3 });
    expect(verdict?.kind).toBe('fail');
    expect(verdict?.reason).toContain(
      'AI-touched lines score an estimated 95.00% (95% interval 85.00% to 99.00%), whose lower bound is under the ai-threshold 90%; all changed lines',
    );
    expect(sampledVerdict(budget, { total: estimate(95, 85, 99), ai, other: undefined }, thresholds)?.kind).toBe('pass');
  });

  it('leaves runs that were not sampled, or tested nothing valid, to the exact rules', () => {
    expect(sampledVerdict(undefined, undefined, thresholds)).toBeUndefined();
    expect(
      sampledVerdict({ ...budget, strata: undefined }, { total: estimate(1, 0, 2), ai: undefined, other: undefined }, thresholds),
    ).toBeUndefined();
    expect(sampledVerdict(budget, { total: undefined, ai: undefined, other: undefined }, thresholds)).toBeUndefined();
  });
});
