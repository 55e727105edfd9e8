import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { combineResults, discountFlakyKills, hasKills, probeModule, probeResults } from '../../../src/core/stryker/flaky-tests.js';
import type { MutantResult, MutantStatus, MutationTestResult } from '../../../src/core/stryker/stryker-report.js';

function mutant(id: string, status: MutantStatus, killedBy: string[] = [], line = 1): MutantResult {
  return {
    id,
    mutatorName: 'BooleanLiteral',
    replacement: 'false',
    status,
    location: { start: { line, column: 1 }, end: { line, column: 5 } },
    coveredBy: ['t1', 't2', 't3'],
    killedBy,
  };
}

const TEST_FILES: MutationTestResult['testFiles'] = {
  'test/clock.test.ts': {
    tests: [
      { id: 't1', name: 'reads the clock' },
      { id: 't2', name: 'adds' },
    ],
  },
  'test/other.test.ts': { tests: [{ id: 't3', name: 'adds' }] },
};

function report(files: Record<string, MutantResult[]>, projectRoot?: string): MutationTestResult {
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: Object.fromEntries(Object.entries(files).map(([name, mutants]) => [name, { language: 'javascript', source: '', mutants }])),
    testFiles: TEST_FILES,
    ...(projectRoot === undefined ? {} : { projectRoot }),
  };
}

describe('probeModule', () => {
  it('is a script with one boolean literal per run, and comments', () => {
    const text = probeModule(3);
    expect(() => new Script(text)).not.toThrow();
    const lines = text.split('\n');
    expect(lines.filter((line) => line !== '' && !line.startsWith('//'))).toEqual(['true;', 'true;', 'true;']);
    // Whoever finds it in a project sees whose it is and why.
    expect(lines.slice(0, 2).join(' ')).toMatch(/^\/\/ Written by mutation-gate .* to find tests that fail on their own\.$/);
  });
});

describe('probeResults', () => {
  it("counts the probe run's initial run and each probe mutant that finished, and every test that failed, by name and file", () => {
    const probe = report(
      {
        '/repo/app/gate-probe.cjs': [
          mutant('1', 'Killed', ['t1']),
          mutant('2', 'Survived'),
          mutant('3', 'Killed', ['t1', 't3', 't1']),
          mutant('4', 'Timeout'),
          mutant('5', 'RuntimeError'),
        ],
        'src/other.ts': [mutant('6', 'Killed', ['t2'])],
      },
      '/repo/app',
    );
    expect(probeResults({ kind: 'finished', report: probe, probeFile: 'gate-probe.cjs' })).toEqual({
      runs: 4,
      tests: [
        { name: 'reads the clock', file: 'test/clock.test.ts', failures: 2 },
        { name: 'adds', file: 'test/other.test.ts', failures: 1 },
      ],
    });
  });

  it('names a failing test the report does not list by its id', () => {
    const probe = report({ 'gate-probe.cjs': [mutant('1', 'Killed', ['All tests'])] });
    expect(probeResults({ kind: 'finished', report: probe, probeFile: 'gate-probe.cjs' }).tests).toEqual([
      { name: 'All tests', file: undefined, failures: 1 },
    ]);
  });

  it('is one run without failures when Stryker made no probe mutant', () => {
    expect(probeResults({ kind: 'finished', report: report({}), probeFile: 'gate-probe.cjs' })).toEqual({ runs: 1, tests: [] });
  });

  it('is one run in which the named tests failed when the initial run failed, each named once', () => {
    expect(probeResults({ kind: 'initial-run-failed', failedTests: ['reads the clock', 'adds', 'reads the clock'] })).toEqual({
      runs: 1,
      tests: [
        { name: 'reads the clock', file: undefined, failures: 1 },
        { name: 'adds', file: undefined, failures: 1 },
      ],
    });
  });
});

describe('combineResults', () => {
  it("adds up the runs, and each test's failures, placing a test named without a file where another run found it", () => {
    const logged = { runs: 1, tests: [{ name: 'adds', file: undefined, failures: 1 }] };
    const probed = {
      runs: 3,
      tests: [
        { name: 'reads the clock', file: 'test/clock.test.ts', failures: 1 },
        { name: 'adds', file: 'test/a.test.ts', failures: 2 },
        { name: 'adds', file: 'test/b.test.ts', failures: 1 },
      ],
    };
    expect(combineResults(logged, probed)).toEqual({
      runs: 4,
      tests: [
        { name: 'adds', file: 'test/a.test.ts', failures: 3 },
        { name: 'reads the clock', file: 'test/clock.test.ts', failures: 1 },
        { name: 'adds', file: 'test/b.test.ts', failures: 1 },
      ],
    });
    expect(combineResults(probed, logged).tests[1]).toEqual({ name: 'adds', file: 'test/a.test.ts', failures: 3 });
    expect(combineResults()).toEqual({ runs: 0, tests: [] });
    expect(combineResults(probed, probed)).toEqual({
      runs: 6,
      tests: [
        { name: 'reads the clock', file: 'test/clock.test.ts', failures: 2 },
        { name: 'adds', file: 'test/a.test.ts', failures: 4 },
        { name: 'adds', file: 'test/b.test.ts', failures: 2 },
      ],
    });
  });
});

describe('discountFlakyKills', () => {
  const measured = report(
    {
      '/repo/app/src/a.ts': [
        mutant('1', 'Killed', ['t1'], 3),
        mutant('2', 'Killed', ['t1', 't2'], 4),
        mutant('3', 'Killed', ['t3'], 5),
        mutant('4', 'Survived', [], 6),
        mutant('5', 'Timeout', ['t1'], 7),
        { ...mutant('6', 'Killed', [], 8), killedBy: undefined },
      ],
    },
    '/repo/app',
  );
  const clock = { name: 'reads the clock', file: 'test/clock.test.ts', failures: 1 };

  it('counts a mutant only flaky tests failed on as survived, and keeps the other tests of a kill', () => {
    const { report: discounted, discounted: kills } = discountFlakyKills(measured, [clock]);
    const mutants = discounted.files['/repo/app/src/a.ts']?.mutants ?? [];
    expect(mutants.map((each) => [each.id, each.status, each.killedBy])).toEqual([
      ['1', 'Survived', []],
      ['2', 'Killed', ['t2']],
      ['3', 'Killed', ['t3']],
      ['4', 'Survived', []],
      ['5', 'Timeout', ['t1']],
      ['6', 'Killed', undefined],
    ]);
    expect(mutants[0]?.statusReason).toBe('failed only by flaky tests: reads the clock');
    expect(mutants[1]?.statusReason).toBeUndefined();
    // Mutants no flaky test failed on are the report's own.
    const before = measured.files['/repo/app/src/a.ts']?.mutants ?? [];
    expect([2, 3, 4, 5].map((index) => mutants[index] === before[index])).toEqual([true, true, true, true]);
    expect(kills).toEqual([{ file: 'src/a.ts', id: '1', line: 3, mutatorName: 'BooleanLiteral', tests: ['reads the clock'] }]);
  });

  it('names every flaky test of a kill that only flaky tests gave', () => {
    const { report: discounted, discounted: kills } = discountFlakyKills(measured, [
      { name: 'adds', file: 'test/elsewhere.test.ts', failures: 1 },
      clock,
      { name: 'adds', file: 'test/clock.test.ts', failures: 1 },
    ]);
    expect(kills.map((kill) => [kill.id, kill.tests])).toEqual([
      ['1', ['reads the clock']],
      ['2', ['reads the clock', 'adds']],
    ]);
    expect(discounted.files['/repo/app/src/a.ts']?.mutants[1]?.statusReason).toBe('failed only by flaky tests: reads the clock, adds');
  });

  it('matches a test named without a file by its name in every file, and one with a file only there', () => {
    const byName = discountFlakyKills(measured, [{ name: 'adds', file: undefined, failures: 1 }]);
    expect(byName.discounted.map((kill) => kill.id)).toEqual(['3']);
    expect(byName.report.files['/repo/app/src/a.ts']?.mutants[1]?.killedBy).toEqual(['t1']);
    const inOneFile = discountFlakyKills(measured, [{ name: 'adds', file: 'test/clock.test.ts', failures: 1 }]);
    expect(inOneFile.discounted).toEqual([]);
    expect(inOneFile.report.files['/repo/app/src/a.ts']?.mutants[2]?.status).toBe('Killed');
  });

  it('leaves the report as it is when no test is flaky', () => {
    expect(discountFlakyKills(measured, []).report).toBe(measured);
    expect(discountFlakyKills(measured, [{ name: 'reads the clock', file: 'test/elsewhere.test.ts', failures: 1 }]).report).toEqual(
      measured,
    );
  });
});

describe('hasKills', () => {
  it('is whether any mutant was killed', () => {
    expect(hasKills(report({ 'a.ts': [mutant('1', 'Survived'), mutant('2', 'Timeout')], 'b.ts': [mutant('3', 'Killed', ['t1'])] }))).toBe(
      true,
    );
    expect(hasKills(report({ 'a.ts': [mutant('1', 'Survived'), mutant('2', 'Timeout')] }))).toBe(false);
  });
});
