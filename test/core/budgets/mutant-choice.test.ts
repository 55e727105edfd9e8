import { describe, expect, it } from 'vitest';
import {
  type BudgetOfRun,
  type CandidateMutant,
  chooseMutants,
  MUTATOR_ORDER,
  mergedBudgets,
  mutantKey,
} from '../../../src/core/budgets/mutant-choice.js';

function candidate(file: string, line: number, column: number, mutatorName: string, gatedAsAi = false): CandidateMutant {
  return {
    file,
    mutant: {
      mutatorName,
      replacement: `${mutatorName}@${column}`,
      location: { start: { line, column }, end: { line, column: column + 3 } },
    },
    gatedAsAi,
  };
}

/** `count` mutants on consecutive lines of a file. */
const many = (file: string, count: number, gatedAsAi = false): CandidateMutant[] =>
  Array.from({ length: count }, (_, index) => candidate(file, index + 1, 1, 'EqualityOperator', gatedAsAi));

const keys = (chosen: readonly CandidateMutant[]): string[] => chosen.map((entry) => mutantKey(entry.file, entry.mutant));

describe('mutantKey', () => {
  it('names a mutant by file, place, mutator and replacement', () => {
    expect(mutantKey('src/a.ts', candidate('src/a.ts', 3, 7, 'BooleanLiteral').mutant)).toBe(
      'src/a.ts:3:7-3:10 BooleanLiteral BooleanLiteral@7',
    );
    expect(mutantKey('a.ts', { mutatorName: 'X', location: { start: { line: 1, column: 1 }, end: { line: 2, column: 2 } } })).toBe(
      'a.ts:1:1-2:2 X ',
    );
  });
});

describe('chooseMutants: mutants-per-line', () => {
  it('keeps one mutant per line, the first in the mutator order, then by name', () => {
    const line1 = [
      candidate('a.ts', 1, 9, 'StringLiteral'),
      candidate('a.ts', 1, 5, 'EqualityOperator'),
      candidate('a.ts', 1, 2, 'ConditionalExpression'),
    ];
    const line2 = [candidate('a.ts', 2, 1, 'Zeta'), candidate('a.ts', 2, 4, 'Alpha'), candidate('a.ts', 2, 8, 'ObjectLiteral')];
    const line3 = [candidate('b.ts', 1, 1, 'ArithmeticOperator')];
    const { chosen, budget } = chooseMutants([...line1, ...line2, ...line3], { maxMutants: undefined, perLine: 1 }, 1);
    expect(chosen.map((entry) => `${entry.file}:${entry.mutant.location.start.line} ${entry.mutant.mutatorName}`)).toEqual([
      'a.ts:1 EqualityOperator',
      'a.ts:2 ObjectLiteral',
      'b.ts:1 ArithmeticOperator',
    ]);
    expect(budget).toEqual({ maxMutants: undefined, perLine: 1, made: 7, afterPerLine: 3, strata: undefined });
    // Two unlisted mutators: by name.
    const unlisted = chooseMutants(line2.slice(0, 2), { maxMutants: undefined, perLine: 1 }, 1).chosen;
    expect(unlisted.map((entry) => entry.mutant.mutatorName)).toEqual(['Alpha']);
  });

  it('keeps the first by position of two alike on one line, whatever order they come in', () => {
    const alike = [candidate('a.ts', 1, 9, 'EqualityOperator'), candidate('a.ts', 1, 5, 'EqualityOperator')];
    expect(keys(chooseMutants(alike, { maxMutants: undefined, perLine: 1 }, 1).chosen)).toEqual([
      'a.ts:1:5-1:8 EqualityOperator EqualityOperator@5',
    ]);
    const unlisted = [candidate('a.ts', 1, 9, 'Zeta'), candidate('a.ts', 1, 5, 'Alpha'), candidate('a.ts', 1, 1, 'Zeta')];
    expect(keys(chooseMutants(unlisted, { maxMutants: undefined, perLine: 1 }, 1).chosen)).toEqual(['a.ts:1:5-1:8 Alpha Alpha@5']);
  });

  it('puts boundaries and logic before literals', () => {
    expect(MUTATOR_ORDER.indexOf('EqualityOperator')).toBe(0);
    expect(MUTATOR_ORDER.indexOf('StringLiteral')).toBeGreaterThan(MUTATOR_ORDER.indexOf('LogicalOperator'));
  });

  it('keeps every mutant with all', () => {
    const all = [candidate('a.ts', 1, 9, 'StringLiteral'), candidate('a.ts', 1, 5, 'EqualityOperator')];
    const { chosen, budget } = chooseMutants(all, { maxMutants: undefined, perLine: 'all' }, 1);
    expect(keys(chosen)).toEqual(keys([all[1] as CandidateMutant, all[0] as CandidateMutant]));
    expect(budget.afterPerLine).toBe(2);
  });
});

describe('chooseMutants: max-mutants', () => {
  const population = [
    ...many('a.ts', 60),
    ...many('a.ts', 20, true).map((entry) => ({ ...entry, mutant: { ...entry.mutant, replacement: 'ai' } })),
    ...many('b.ts', 20),
  ];

  it('tests every mutant when there are no more than max-mutants', () => {
    const { chosen, budget } = chooseMutants(population, { maxMutants: 100, perLine: 'all' }, 7);
    expect(chosen).toHaveLength(100);
    expect(budget.strata).toBeUndefined();
  });

  it('draws max-mutants, stratified by file and class in proportion, at least one each', () => {
    const { chosen, budget } = chooseMutants(population, { maxMutants: 20, perLine: 'all' }, 7);
    expect(chosen).toHaveLength(20);
    expect(budget.strata).toEqual([
      { file: 'a.ts', gatedAsAi: false, population: 60, sampled: 12 },
      { file: 'a.ts', gatedAsAi: true, population: 20, sampled: 4 },
      { file: 'b.ts', gatedAsAi: false, population: 20, sampled: 4 },
    ]);
    expect(chosen.filter((entry) => entry.gatedAsAi)).toHaveLength(4);
    expect(chosen.filter((entry) => entry.file === 'b.ts')).toHaveLength(4);
    const tiny = chooseMutants([...many('a.ts', 98), ...many('c.ts', 2)], { maxMutants: 10, perLine: 'all' }, 7);
    expect(tiny.budget.strata?.map((stratum) => stratum.sampled)).toEqual([9, 1]);
  });

  it('gives the budget left after one each to the largest remainders, in the order of the strata on a tie', () => {
    // Shares of the 3 left: 3/8, 9/8 and 12/8; the remainders .375, .125 and .5 give the last one to c.ts.
    const { budget } = chooseMutants([...many('a.ts', 2), ...many('b.ts', 4), ...many('c.ts', 5)], { maxMutants: 6, perLine: 'all' }, 1);
    expect(budget.strata?.map((stratum) => stratum.sampled)).toEqual([1, 2, 3]);
    // Equal remainders: the first strata get them.
    const tied = chooseMutants([...many('a.ts', 3), ...many('b.ts', 3), ...many('c.ts', 3)], { maxMutants: 5, perLine: 'all' }, 1);
    expect(tied.budget.strata?.map((stratum) => stratum.sampled)).toEqual([2, 2, 1]);
  });

  it('keeps file strata when there are exactly as many as max-mutants', () => {
    const files = Array.from({ length: 10 }, (_, index) => many(`f${index}.ts`, 2)).flat();
    const { budget } = chooseMutants(files, { maxMutants: 10, perLine: 'all' }, 1);
    expect(budget.strata?.map((stratum) => [stratum.file, stratum.sampled])).toEqual(
      files.filter((_, at) => at % 2 === 0).map((entry) => [entry.file, 1]),
    );
  });

  it('draws a pinned sample for a seed, listed by position, strata after a stratum tested whole included', () => {
    const chosen = chooseMutants([...many('a.ts', 1), ...many('b.ts', 12).reverse()], { maxMutants: 10, perLine: 'all' }, 42).chosen;
    expect(keys(chosen)).toEqual([...keys(chosen)].sort());
    // Lines 2, 5 and 8 of b.ts were not drawn, with this seed.
    expect(keys(chosen)).toEqual(
      ['a.ts:1', ...[10, 11, 12, 1, 3, 4, 6, 7, 9].map((line) => `b.ts:${line}`)].map(
        (place) => `${place}:1-${place.split(':')[1]}:4 EqualityOperator EqualityOperator@1`,
      ),
    );
  });

  it('draws the same sample from the same seed, and another from another', () => {
    const first = keys(chooseMutants(population, { maxMutants: 20, perLine: 'all' }, 7).chosen);
    expect(keys(chooseMutants([...population].reverse(), { maxMutants: 20, perLine: 'all' }, 7).chosen)).toEqual(first);
    expect(keys(chooseMutants(population, { maxMutants: 20, perLine: 'all' }, 8).chosen)).not.toEqual(first);
    expect(new Set(first).size).toBe(20);
  });

  it('draws every mutant of a stratum about equally often', () => {
    const seen = new Map<string, number>();
    for (let seed = 0; seed < 400; seed += 1) {
      for (const key of keys(chooseMutants(many('a.ts', 40), { maxMutants: 10, perLine: 'all' }, seed).chosen))
        seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    // Each of the 40 is drawn with probability 1/4: about 100 times in 400 draws.
    expect(seen.size).toBe(40);
    for (const count of seen.values()) expect(count).toBeGreaterThan(60);
    for (const count of seen.values()) expect(count).toBeLessThan(140);
  });

  it('stratifies by class only when there are more file strata than max-mutants', () => {
    const files = Array.from({ length: 12 }, (_, index) => many(`f${index}.ts`, 3, index % 4 === 0)).flat();
    const { chosen, budget } = chooseMutants(files, { maxMutants: 10, perLine: 'all' }, 3);
    expect(chosen).toHaveLength(10);
    expect(budget.strata).toEqual([
      { file: '', gatedAsAi: true, population: 9, sampled: 3 },
      { file: '', gatedAsAi: false, population: 27, sampled: 7 },
    ]);
  });

  it('samples what mutants-per-line left', () => {
    const twoPerLine = many('a.ts', 30).flatMap((entry) => [
      entry,
      { ...entry, mutant: { ...entry.mutant, mutatorName: 'StringLiteral' } },
    ]);
    const { chosen, budget } = chooseMutants(twoPerLine, { maxMutants: 10, perLine: 1 }, 3);
    expect(budget).toMatchObject({ made: 60, afterPerLine: 30, strata: [{ file: 'a.ts', gatedAsAi: false, population: 30, sampled: 10 }] });
    expect(chosen.every((entry) => entry.mutant.mutatorName === 'EqualityOperator')).toBe(true);
  });
});

describe('mergedBudgets', () => {
  const budget = (made: number, afterPerLine: number): BudgetOfRun => ({
    maxMutants: undefined,
    perLine: 1,
    made,
    afterPerLine,
    strata: undefined,
  });

  it('adds up the runs that had a budget, and is undefined when none had', () => {
    expect(mergedBudgets([undefined, budget(10, 4), budget(5, 3)])).toEqual(budget(15, 7));
    expect(mergedBudgets([undefined, undefined])).toBeUndefined();
    expect(mergedBudgets([])).toBeUndefined();
  });
});
