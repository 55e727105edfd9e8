import type { ListedMutant } from '../judge/listed-mutants.js';
import type { TestInfo } from '../stryker/test-index.js';

/** What one test did against the change's mutants. */
export interface TestTally {
  readonly test: TestInfo;
  /** Changed-line mutants it ran: survivors it covered, and (every test run) killed mutants it covered. */
  readonly ran: number;
  /** Of those, the ones it failed on. */
  readonly noticed: number;
}

/** A test that ran changed code under mutation and never failed. */
export interface SilentTest {
  readonly test: TestInfo;
  /** Changed-line mutants it ran, none of which made it fail. */
  readonly covered: number;
}

const byName = (a: TestInfo, b: TestInfo): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * For every test that ran a changed-line mutant: how many it ran and how many it noticed, most run first.
 * A survivor shows that each covering test ran and passed. A killed mutant does too when every covering
 * test ran (`everyTest`, Stryker's disableBail); otherwise Stryker stopped at the first failing test and
 * the others may never have run against it, so only the tests that killed it count as having run it.
 * A timeout names no test either way.
 */
export function tallyTests(mutants: readonly ListedMutant[], tests: ReadonlyMap<string, TestInfo>, everyTest: boolean): TestTally[] {
  const ran = new Map<string, number>();
  const noticed = new Map<string, number>();
  const add = (counts: Map<string, number>, ids: readonly string[]): void => {
    for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const mutant of mutants) {
    if (mutant.status === 'Survived') add(ran, mutant.coveredBy);
    if (mutant.status === 'Killed') {
      add(ran, everyTest ? [...mutant.coveredBy, ...mutant.killedBy] : mutant.killedBy);
      add(noticed, mutant.killedBy);
    }
  }
  return [...ran]
    .map(([id, count]) => ({
      test: tests.get(id) ?? { id, name: id, file: undefined, line: undefined },
      ran: count,
      noticed: noticed.get(id) ?? 0,
    }))
    .sort((a, b) => b.ran - a.ran || byName(a.test, b.test));
}

/**
 * Tests that ran at least one changed-line mutant and failed on none: they execute the new code but
 * check nothing it does ("asserting the same mistake twice"). Most-running first.
 */
export function testsThatNoticedNothing(tally: readonly TestTally[]): SilentTest[] {
  return tally.filter((entry) => entry.noticed === 0).map((entry) => ({ test: entry.test, covered: entry.ran }));
}
