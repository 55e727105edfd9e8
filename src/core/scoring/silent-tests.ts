import type { ListedMutant } from '../judge/listed-mutants.js';
import type { TestInfo } from '../stryker/test-index.js';

/** A test that ran changed code under mutation and never failed. */
export interface SilentTest {
  readonly test: TestInfo;
  /** Changed-line mutants it ran (all of them survived it). */
  readonly covered: number;
}

/**
 * Tests that covered at least one changed-line mutant and killed none: they execute the new code but
 * check nothing it does ("asserting the same mistake twice"). Most-covering first.
 */
export function testsThatNoticedNothing(mutants: readonly ListedMutant[], tests: ReadonlyMap<string, TestInfo>): SilentTest[] {
  const covered = new Map<string, number>();
  const killing = new Set<string>();
  // Only a survivor shows that its covering tests ran and passed: Stryker stops a mutant at its first
  // failing test, so the other tests covering a killed mutant may never have run against it. A timeout
  // names no test either way.
  for (const mutant of mutants) {
    if (mutant.status === 'Survived') for (const id of mutant.coveredBy) covered.set(id, (covered.get(id) ?? 0) + 1);
    if (mutant.status === 'Killed') for (const id of mutant.killedBy) killing.add(id);
  }
  return [...covered]
    .filter(([id]) => !killing.has(id))
    .map(([id, count]) => ({ test: tests.get(id) ?? { id, name: id, file: undefined, line: undefined }, covered: count }))
    .sort((a, b) => b.covered - a.covered || (a.test.name < b.test.name ? -1 : a.test.name > b.test.name ? 1 : 0));
}
