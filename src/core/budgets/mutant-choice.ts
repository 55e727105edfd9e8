import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { MutantResult } from '../stryker/stryker-report.js';

/** The budget inputs: at most this many mutants (a random sample), at most one mutant per changed line. */
export interface Budget {
  readonly maxMutants: number | undefined;
  readonly perLine: 'all' | 1;
}

/** A mutant Stryker can make on a changed line, before any is tested: its file and whether ai-threshold holds it. */
export interface CandidateMutant {
  /** Relative to the working directory. */
  readonly file: string;
  readonly mutant: Pick<MutantResult, 'location' | 'mutatorName' | 'replacement'>;
  readonly gatedAsAi: boolean;
}

/** A part of the sampled population: one file's mutants of one class, how many there were and how many were tested. */
export interface Stratum {
  readonly file: string;
  readonly gatedAsAi: boolean;
  readonly population: number;
  readonly sampled: number;
}

/** What a budget did to a run, for the judge, the summary and a shard's merge. */
export interface BudgetOfRun {
  readonly maxMutants: number | undefined;
  readonly perLine: 'all' | 1;
  /** The mutants Stryker made on the changed lines. */
  readonly made: number;
  /** Those left after mutants-per-line (all of them with `all`). */
  readonly afterPerLine: number;
  /** The random sample's strata; undefined when every mutant left was tested. */
  readonly strata: readonly Stratum[] | undefined;
}

/**
 * The order in which mutants-per-line picks a line's one mutant: the mutators whose mutants most often
 * survive weak tests first (boundaries, conditions and logic, arithmetic, as industrial diff-based
 * mutation testing picks them), literal and collection mutators last. A mutator not listed comes after
 * these, by name.
 */
export const MUTATOR_ORDER: readonly string[] = [
  'EqualityOperator',
  'ConditionalExpression',
  'LogicalOperator',
  'ArithmeticOperator',
  'BooleanLiteral',
  'UnaryOperator',
  'UpdateOperator',
  'AssignmentOperator',
  'OptionalChaining',
  'MethodExpression',
  'BlockStatement',
  'ArrowFunction',
  'Regex',
  'StringLiteral',
  'ArrayDeclaration',
  'ObjectLiteral',
];

/** A mutant's identity across Stryker runs of the same code: where it is and what it does. */
export function mutantKey(file: string, mutant: CandidateMutant['mutant']): string {
  const { start, end } = mutant.location;
  return `${file}:${start.line}:${start.column}-${end.line}:${end.column} ${mutant.mutatorName} ${mutant.replacement ?? ''}`;
}

const byPosition = (a: CandidateMutant, b: CandidateMutant): number => {
  const keyA = mutantKey(a.file, a.mutant);
  const keyB = mutantKey(b.file, b.mutant);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
};

const rank = (mutator: string): number => {
  const at = MUTATOR_ORDER.indexOf(mutator);
  return at === -1 ? MUTATOR_ORDER.length : at;
};

/** One mutant per changed line (the line it starts on): the first in MUTATOR_ORDER, then the first by position. */
function onePerLine(candidates: readonly CandidateMutant[]): CandidateMutant[] {
  const chosen = new Map<string, CandidateMutant>();
  for (const candidate of [...candidates].sort(byPosition)) {
    const line = `${candidate.file}:${candidate.mutant.location.start.line}`;
    const held = chosen.get(line);
    const better =
      held === undefined ||
      rank(candidate.mutant.mutatorName) < rank(held.mutant.mutatorName) ||
      (rank(candidate.mutant.mutatorName) === rank(held.mutant.mutatorName) && candidate.mutant.mutatorName < held.mutant.mutatorName);
    if (better) chosen.set(line, candidate);
  }
  return [...chosen.values()];
}

/**
 * How many of each stratum to sample: one each, the rest in proportion to what is left of each (largest
 * remainders first). Only called with fewer strata than the budget and a budget under the population,
 * so what is left is never empty and a share is at most what its stratum has left: no stratum gets more
 * than it holds.
 */
function allocate(populations: readonly number[], budget: number): number[] {
  const rest = budget - populations.length;
  const left = populations.map((size) => size - 1);
  const total = left.reduce((sum, size) => sum + size, 0);
  const shares = left.map((size) => (rest * size) / total);
  const counts = shares.map((share) => 1 + Math.floor(share));
  const remaining = budget - counts.reduce((sum, count) => sum + count, 0);
  const largestRemainders = shares
    .map((share, at) => ({ at, fraction: share - Math.floor(share) }))
    .sort((a, b) => b.fraction - a.fraction || a.at - b.at)
    .slice(0, remaining);
  for (const { at } of largestRemainders) counts[at] = (counts[at] as number) + 1;
  return counts;
}

/**
 * The mutants to test under a budget: one per changed line first (mutants-per-line: 1), then, when more
 * than max-mutants are left, a random sample stratified by file and class, drawn with `seed` (the same
 * change draws the same sample). Each stratum keeps at least one mutant.
 */
export function chooseMutants(
  candidates: readonly CandidateMutant[],
  budget: Budget,
  seed: number,
): { chosen: CandidateMutant[]; budget: BudgetOfRun } {
  const left = budget.perLine === 1 ? onePerLine(candidates) : [...candidates];
  const base = { maxMutants: budget.maxMutants, perLine: budget.perLine, made: candidates.length, afterPerLine: left.length };
  if (budget.maxMutants === undefined || left.length <= budget.maxMutants) {
    return { chosen: left.sort(byPosition), budget: { ...base, strata: undefined } };
  }
  const groups = new Map<string, CandidateMutant[]>();
  const byFile = new Set(left.map((candidate) => `${candidate.file}\0${candidate.gatedAsAi}`)).size <= budget.maxMutants;
  for (const candidate of [...left].sort(byPosition)) {
    const key = byFile ? `${candidate.file}\0${candidate.gatedAsAi}` : `\0${candidate.gatedAsAi}`;
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const strata = [...groups.values()];
  const counts = allocate(
    strata.map((members) => members.length),
    budget.maxMutants,
  );
  const rng = xoroshiro128plus(seed);
  const chosen: CandidateMutant[] = [];
  const described: Stratum[] = [];
  strata.forEach((members, at) => {
    const pool = [...members];
    const count = counts[at] as number;
    // A partial Fisher-Yates shuffle: the first `count` places hold a uniform sample.
    for (let index = 0; index < count; index += 1) {
      const pick = uniformInt(rng, index, pool.length - 1);
      [pool[index], pool[pick]] = [pool[pick] as CandidateMutant, pool[index] as CandidateMutant];
    }
    chosen.push(...pool.slice(0, count));
    const first = members[0] as CandidateMutant;
    described.push({ file: byFile ? first.file : '', gatedAsAi: first.gatedAsAi, population: members.length, sampled: count });
  });
  return { chosen: chosen.sort(byPosition), budget: { ...base, strata: described } };
}

/**
 * The budgets of runs merged into one (shards, workspace packages), which can only have chosen one
 * mutant per line: a sample is drawn from one run's mutants (see parseConfig and gatherPackages).
 */
export function mergedBudgets(budgets: readonly (BudgetOfRun | undefined)[]): BudgetOfRun | undefined {
  const given = budgets.filter((budget) => budget !== undefined);
  const [first] = given;
  if (first === undefined) return undefined;
  return {
    maxMutants: first.maxMutants,
    perLine: first.perLine,
    made: given.reduce((sum, budget) => sum + budget.made, 0),
    afterPerLine: given.reduce((sum, budget) => sum + budget.afterPerLine, 0),
    strata: undefined,
  };
}
