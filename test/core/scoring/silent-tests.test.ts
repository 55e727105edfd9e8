import { describe, expect, it } from 'vitest';
import { tallyTests, testsThatNoticedNothing } from '../../../src/core/scoring/silent-tests.js';
import type { MutantStatus } from '../../../src/core/stryker/stryker-report.js';
import type { TestInfo } from '../../../src/core/stryker/test-index.js';
import { listedMutant } from '../../support/listed-fixtures.js';

function test(id: string, name: string, file?: string, line?: number): TestInfo {
  return { id, name, file, line };
}

const TESTS: ReadonlyMap<string, TestInfo> = new Map([
  ['t1', test('t1', 'adds', 'test/a.test.ts', 4)],
  ['t2', test('t2', 'subtracts', 'test/a.test.ts', 9)],
  ['t3', test('t3', 'multiplies', 'test/b.test.ts', undefined)],
]);

function ran(status: MutantStatus, coveredBy: string[], killedBy: string[] = []) {
  return listedMutant({ status, coveredBy, killedBy });
}

/** The silent tests of a run where Stryker stopped each mutant at its first failing test (bail), unless `everyTest`. */
function silent(mutants: ReturnType<typeof ran>[], tests: ReadonlyMap<string, TestInfo>, everyTest = false) {
  return testsThatNoticedNothing(tallyTests(mutants, tests, everyTest));
}

describe('testsThatNoticedNothing', () => {
  it('finds a test that covered only surviving mutants, with how many it ran', () => {
    expect(silent([ran('Survived', ['t1']), ran('Survived', ['t1'])], TESTS)).toEqual([
      { test: test('t1', 'adds', 'test/a.test.ts', 4), covered: 2 },
    ]);
  });

  it('leaves out a test that killed any mutant, however many it let survive', () => {
    const mutants = [ran('Survived', ['t1', 't2']), ran('Survived', ['t1', 't2']), ran('Killed', ['t1'], ['t1'])];
    expect(silent(mutants, TESTS)).toEqual([{ test: test('t2', 'subtracts', 'test/a.test.ts', 9), covered: 2 }]);
  });

  it('does not take a test that covered only mutants another test killed for one that noticed nothing', () => {
    const mutants = [ran('Killed', ['t1', 't3'], ['t1']), ran('Killed', ['t3', 't1'], ['t1'])];
    expect(silent(mutants, TESTS)).toEqual([]);
  });

  it('counts only the surviving mutants a silent test ran', () => {
    const mutants = [ran('Survived', ['t2']), ran('Killed', ['t1', 't2'], ['t1'])];
    expect(silent(mutants, TESTS)).toEqual([{ test: test('t2', 'subtracts', 'test/a.test.ts', 9), covered: 1 }]);
  });

  it('lets timed-out mutants speak for no test: neither their coverage nor their kills count', () => {
    expect(silent([ran('Timeout', ['t1'])], TESTS)).toEqual([]);
    expect(silent([ran('Timeout', ['t1'], ['t1']), ran('Survived', ['t1'])], TESTS)).toEqual([
      { test: test('t1', 'adds', 'test/a.test.ts', 4), covered: 1 },
    ]);
  });

  it.each(['NoCoverage', 'CompileError', 'RuntimeError', 'Ignored', 'Pending'] as const)(
    'ignores %s mutants, whatever tests they name',
    (status) => {
      expect(silent([ran(status, ['t1'], ['t2']), ran('Survived', ['t2'])], TESTS)).toEqual([
        { test: test('t2', 'subtracts', 'test/a.test.ts', 9), covered: 1 },
      ]);
    },
  );

  it('names a test missing from the index by its id, without a file or line', () => {
    expect(silent([ran('Survived', ['src/a.test.ts#42'])], TESTS)).toEqual([
      { test: { id: 'src/a.test.ts#42', name: 'src/a.test.ts#42', file: undefined, line: undefined }, covered: 1 },
    ]);
  });

  it('orders the most-covering test first, then by name in code-unit order', () => {
    const tests = new Map([
      ['a', test('a', 'beta')],
      ['b', test('b', 'Zeta')],
      ['c', test('c', 'alpha')],
      ['d', test('d', 'gamma')],
      ['e', test('e', 'alpha')],
    ]);
    const mutants = [ran('Survived', ['a', 'b', 'c', 'd', 'e']), ran('Survived', ['d']), ran('Survived', ['a', 'c', 'd'])];
    expect(silent(mutants, tests).map(({ test: { id, name }, covered }) => [id, name, covered])).toEqual([
      ['d', 'gamma', 3],
      ['c', 'alpha', 2],
      ['a', 'beta', 2],
      ['b', 'Zeta', 1],
      ['e', 'alpha', 1],
    ]);
  });

  it('keeps tests with the same name and count in the order the mutants first name them', () => {
    const tests = new Map([
      ['p', test('p', 'renders', 'test/a.test.ts', 1)],
      ['q', test('q', 'renders', 'test/b.test.ts', 1)],
      ['r', test('r', 'renders', 'test/c.test.ts', 1)],
    ]);
    expect(silent([ran('Survived', ['q', 'p', 'r'])], tests).map(({ test: { id } }) => id)).toEqual(['q', 'p', 'r']);
    expect(silent([ran('Survived', ['r']), ran('Survived', ['p', 'q', 'r'])], tests).map(({ test: { id } }) => id)).toEqual([
      'r',
      'p',
      'q',
    ]);
  });

  it('orders by name when the counts tie, whatever order the mutants name the tests in', () => {
    const tests = new Map([
      ['x', test('x', 'b')],
      ['y', test('y', 'a')],
      ['z', test('z', 'c')],
    ]);
    for (const order of [
      ['x', 'y', 'z'],
      ['z', 'y', 'x'],
      ['y', 'z', 'x'],
    ]) {
      expect(silent([ran('Survived', order)], tests).map(({ test: { name } }) => name)).toEqual(['a', 'b', 'c']);
    }
  });

  it('with every test run: also a test that covered killed mutants without failing on one', () => {
    const mutants = [ran('Survived', ['t2']), ran('Killed', ['t1', 't2'], ['t1'])];
    expect(silent(mutants, TESTS, true)).toEqual([{ test: test('t2', 'subtracts', 'test/a.test.ts', 9), covered: 2 }]);
    expect(silent([ran('Killed', ['t1', 't3'], ['t1', 't3'])], TESTS, true)).toEqual([]);
  });

  it('finds none without mutants, or when every test that ran killed something', () => {
    expect(silent([], TESTS)).toEqual([]);
    expect(silent([ran('Killed', ['t1'], ['t1']), ran('Survived', ['t1'])], TESTS)).toEqual([]);
    expect(silent([ran('Survived', [])], TESTS)).toEqual([]);
  });
});

describe('tallyTests', () => {
  const mutants = [
    ran('Survived', ['t1', 't2']),
    ran('Killed', ['t1', 't2', 't3'], ['t1', 't3']),
    ran('Killed', ['t2'], ['t2']),
    ran('Killed', ['t1'], ['t1', 't1']),
    ran('Timeout', ['t1'], ['t1']),
  ];

  it('with every test run: each test ran the mutants it covers, and noticed those it killed', () => {
    expect(tallyTests(mutants, TESTS, true).map(({ test: { id }, ran: count, noticed }) => [id, count, noticed])).toEqual([
      ['t1', 3, 2],
      ['t2', 3, 1],
      ['t3', 1, 1],
    ]);
  });

  it('stopped at the first failing test: a killed mutant was run only by the tests that killed it', () => {
    expect(tallyTests(mutants, TESTS, false).map(({ test: { id }, ran: count, noticed }) => [id, count, noticed])).toEqual([
      ['t1', 3, 2],
      ['t2', 2, 1],
      ['t3', 1, 1],
    ]);
  });
});
