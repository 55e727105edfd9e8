import type { MutantResult } from '../stryker/stryker-report.js';

/**
 * What merging several runs' evidence into one needs (a workspace's packages, a matrix's shards):
 * ids unique within one Stryker report made unique across them, and what every run said, said once.
 */

/** The items, each once (equal as JSON), in their first order. */
export function withoutDuplicates<T>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
}

/** A mutant of one run under its id in the merged report, its tests under theirs. */
export function renamedMutant(mutant: MutantResult, id: string, testId: (id: string) => string): MutantResult {
  return {
    ...mutant,
    id,
    ...(mutant.coveredBy === undefined ? {} : { coveredBy: mutant.coveredBy.map(testId) }),
    ...(mutant.killedBy === undefined ? {} : { killedBy: mutant.killedBy.map(testId) }),
  };
}
