import { describe, expect, it } from 'vitest';
import type { MutantCounts } from '../../src/core/scoring.js';
import { decideVerdict, formatPercent, nothingToMutateVerdict } from '../../src/core/verdict.js';

function counts(overrides: Partial<MutantCounts> = {}): MutantCounts {
  const base = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0, ...overrides };
  const detected = base.killed + base.timeout;
  const mutants = detected + base.survived + base.noCoverage;
  return { ...base, detected, mutants, score: mutants === 0 ? Number.NaN : (detected / mutants) * 100, ...overrides };
}

describe('formatPercent', () => {
  it.each([
    [80, '80%'],
    [0, '0%'],
    [100, '100%'],
    [72.5, '72.50%'],
    [80.25, '80.25%'],
  ])('shows %d as %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
});

describe('decideVerdict', () => {
  it('passes when the score meets the threshold exactly', () => {
    expect(decideVerdict(counts({ killed: 4, survived: 1 }), 80)).toEqual({
      kind: 'pass',
      reason: 'Mutation score on changed lines is 80.00%, threshold 80%.',
    });
  });

  it('passes above the threshold, counting timeouts as detected', () => {
    expect(decideVerdict(counts({ killed: 2, timeout: 1 }), 72.5)).toEqual({
      kind: 'pass',
      reason: 'Mutation score on changed lines is 100.00%, threshold 72.50%.',
    });
  });

  it('passes any score against threshold 0', () => {
    expect(decideVerdict(counts({ survived: 3 }), 0)).toEqual({
      kind: 'pass',
      reason: 'Mutation score on changed lines is 0.00%, threshold 0%.',
    });
  });

  it('fails just under the threshold, counting survived and uncovered mutants as unnoticed', () => {
    expect(decideVerdict(counts({ killed: 79, survived: 15, noCoverage: 5 }), 80)).toEqual({
      kind: 'fail',
      reason:
        'Mutation score on changed lines is 79.79%, under the threshold 80%: 20 of 99 mutant(s) went unnoticed by the tests.',
    });
  });

  it('fails one hundredth under a fractional threshold', () => {
    expect(decideVerdict(counts({ killed: 8049, survived: 1951 }), 80.5)).toEqual({
      kind: 'fail',
      reason:
        'Mutation score on changed lines is 80.49%, under the threshold 80.50%: 1951 of 10000 mutant(s) went unnoticed by the tests.',
    });
  });

  it('fails 99.99% against threshold 100', () => {
    expect(decideVerdict(counts({ killed: 9999, noCoverage: 1 }), 100)).toEqual({
      kind: 'fail',
      reason:
        'Mutation score on changed lines is 99.99%, under the threshold 100%: 1 of 10000 mutant(s) went unnoticed by the tests.',
    });
  });

  it('gives no-mutants when no changed line holds mutable code', () => {
    expect(decideVerdict(counts(), 80)).toEqual({
      kind: 'no-mutants',
      reason: 'No valid mutants on the changed lines: no changed line holds code Stryker can mutate.',
    });
  });

  it('gives no-mutants with the count of invalid and ignored mutants', () => {
    expect(decideVerdict(counts({ invalid: 2, ignored: 1 }), 80)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 3 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });

  it('gives no-mutants for ignored mutants only', () => {
    expect(decideVerdict(counts({ ignored: 1 }), 0)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 1 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });

  it('gives no-mutants for invalid mutants only', () => {
    expect(decideVerdict(counts({ invalid: 4 }), 0)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 4 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });
});

describe('nothingToMutateVerdict', () => {
  it('says the change adds no lines for 0 changed files', () => {
    expect(nothingToMutateVerdict(0)).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: the change adds or modifies no lines.',
    });
  });

  it('says none of the N changed files is source code', () => {
    expect(nothingToMutateVerdict(3)).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: none of the 3 changed file(s) is source code to mutate (see include and exclude).',
    });
  });

  it('counts a single changed file', () => {
    expect(nothingToMutateVerdict(1)).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: none of the 1 changed file(s) is source code to mutate (see include and exclude).',
    });
  });
});
