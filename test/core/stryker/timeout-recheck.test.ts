import { describe, expect, it } from 'vitest';
import type { MutantResult, MutantStatus, MutationTestResult } from '../../../src/core/stryker/stryker-report.js';
import { isUnjudged, needsRecheck, recheckPatterns, settleRecheck } from '../../../src/core/stryker/timeout-recheck.js';

function mutant(id: string, status: MutantStatus, line: number, columns: [number, number], replacement = 'true'): MutantResult {
  return {
    id,
    mutatorName: 'ConditionalExpression',
    replacement,
    status,
    location: { start: { line, column: columns[0] }, end: { line, column: columns[1] } },
  };
}

function report(files: Record<string, MutantResult[]>): MutationTestResult {
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: Object.fromEntries(Object.entries(files).map(([name, mutants]) => [name, { language: 'typescript', source: '', mutants }])),
  };
}

const FIRST = report({
  'src/loop.ts': [
    mutant('1', 'Timeout', 3, [10, 18]),
    mutant('2', 'Killed', 3, [10, 18], 'false'),
    mutant('3', 'Timeout', 5, [3, 9], 'false'),
  ],
  'src/app/[id].ts': [mutant('4', 'Timeout', 1, [1, 5])],
  'src/other.ts': [mutant('5', 'Survived', 2, [1, 4])],
});

describe('recheckPatterns', () => {
  it("makes each timed-out mutant again by its exact place, in Stryker's 0-based columns, paths escaped", () => {
    expect(recheckPatterns(FIRST, 'recheck', '/repo')).toEqual([
      '/repo/src/loop.ts:3:9-3:17',
      '/repo/src/loop.ts:5:2-5:8',
      '/repo/src/app/[[]id[]].ts:1:0-1:4',
    ]);
  });
});

describe('isUnjudged', () => {
  const survivor = (fields: Partial<MutantResult>): MutantResult => ({ ...mutant('1', 'Survived', 1, [1, 2]), ...fields });

  it('is a survivor whose run completed no test, or fewer than cover it', () => {
    expect(isUnjudged(survivor({ testsCompleted: 0 }))).toBe(true);
    expect(isUnjudged(survivor({ testsCompleted: 1, coveredBy: ['a', 'b'] }))).toBe(true);
    expect(isUnjudged(survivor({ testsCompleted: 2, coveredBy: ['a', 'b'] }))).toBe(false);
    expect(isUnjudged(survivor({ testsCompleted: 1 }))).toBe(false);
    expect(isUnjudged(survivor({}))).toBe(false);
    expect(isUnjudged({ ...survivor({ testsCompleted: 0 }), status: 'NoCoverage' })).toBe(false);
  });

  it('is run again whatever timeouts says, matched again, and left out when the re-run does not judge it either', () => {
    const first = report({
      'src/a.ts': [
        { ...mutant('1', 'Survived', 2, [1, 5]), testsCompleted: 0, coveredBy: ['t1'] },
        { ...mutant('2', 'Survived', 4, [1, 5]), testsCompleted: 0, coveredBy: ['t1'] },
        mutant('3', 'Killed', 6, [1, 5]),
        { ...mutant('4', 'Survived', 8, [1, 5]), testsCompleted: 0 },
      ],
    });
    expect(needsRecheck(first, 'detected')).toBe(true);
    expect(recheckPatterns(first, 'survived', '/repo')).toEqual([
      '/repo/src/a.ts:2:0-2:4',
      '/repo/src/a.ts:4:0-4:4',
      '/repo/src/a.ts:8:0-8:4',
    ]);
    const rerun = report({
      'src/a.ts': [
        { ...mutant('x', 'Killed', 2, [1, 5]), testsCompleted: 1, coveredBy: ['t1'], killedBy: ['t1'] },
        { ...mutant('y', 'Survived', 4, [1, 5]), testsCompleted: 0 },
      ],
    });
    const { report: settled, unjudged } = settleRecheck(first, 'detected', rerun);
    expect(unjudged).toEqual([
      {
        file: 'src/a.ts',
        id: '1',
        line: 2,
        mutatorName: 'ConditionalExpression',
        testsCompleted: 0,
        coveredBy: 1,
        outcome: 'judged',
        status: 'Killed',
      },
      {
        file: 'src/a.ts',
        id: '2',
        line: 4,
        mutatorName: 'ConditionalExpression',
        testsCompleted: 0,
        coveredBy: 1,
        outcome: 'not-judged',
        status: 'Survived',
      },
      // Not made again by the re-run at all, and without coverage data.
      {
        file: 'src/a.ts',
        id: '4',
        line: 8,
        mutatorName: 'ConditionalExpression',
        testsCompleted: 0,
        coveredBy: undefined,
        outcome: 'not-judged',
        status: 'Survived',
      },
    ]);
    expect(settled.files['src/a.ts']?.mutants.map((m) => [m.id, m.status, m.killedBy, m.statusReason])).toEqual([
      ['1', 'Killed', ['t1'], 'not judged by the first run, judged by the re-run: Killed'],
      ['3', 'Killed', undefined, undefined],
    ]);
  });
});

describe('needsRecheck', () => {
  it('only under recheck, and only with a timeout', () => {
    expect(needsRecheck(FIRST, 'recheck')).toBe(true);
    expect(needsRecheck(FIRST, 'detected')).toBe(false);
    expect(needsRecheck(report({ 'a.ts': [mutant('1', 'Killed', 1, [1, 2])] }), 'recheck')).toBe(false);
  });
});

describe('settleRecheck', () => {
  // The re-run numbers its mutants anew, makes one more inside a range, and not the one in [id].ts.
  const RERUN = report({
    './src/loop.ts': [mutant('a', 'Timeout', 3, [10, 18]), mutant('b', 'Survived', 5, [3, 9], 'false'), mutant('c', 'Killed', 5, [4, 6])],
  });

  it('under recheck: a timeout again is confirmed, another status counts instead, one not made again counts as survived', () => {
    const { report: settled, checks } = settleRecheck(FIRST, 'recheck', RERUN);
    expect(checks).toEqual([
      { file: 'src/loop.ts', id: '1', line: 3, mutatorName: 'ConditionalExpression', outcome: 'confirmed', status: 'Timeout' },
      { file: 'src/loop.ts', id: '3', line: 5, mutatorName: 'ConditionalExpression', outcome: 'rerun', status: 'Survived' },
      { file: 'src/app/[id].ts', id: '4', line: 1, mutatorName: 'ConditionalExpression', outcome: 'not-rerun', status: 'Survived' },
    ]);
    const statuses = Object.values(settled.files).flatMap((file) => file.mutants.map((m) => [m.id, m.status, m.statusReason]));
    expect(statuses).toEqual([
      ['1', 'Timeout', undefined],
      ['2', 'Killed', undefined],
      ['3', 'Survived', 'timed out, then not detected: rerun'],
      ['4', 'Survived', 'timed out, then not detected: not-rerun'],
      ['5', 'Survived', undefined],
    ]);
    expect(Object.keys(settled.files)).toEqual(Object.keys(FIRST.files));
  });

  it('matches by place, mutator and replacement, never by id', () => {
    const killed = mutant('9', 'Killed', 3, [10, 18]);
    const others: MutantResult[] = [
      { ...killed, replacement: 'x' },
      { ...killed, mutatorName: 'BooleanLiteral' },
      { ...killed, location: { start: { line: 2, column: 10 }, end: { line: 3, column: 18 } } },
      { ...killed, location: { start: { line: 3, column: 11 }, end: { line: 3, column: 18 } } },
      { ...killed, location: { start: { line: 3, column: 10 }, end: { line: 4, column: 18 } } },
      { ...killed, location: { start: { line: 3, column: 10 }, end: { line: 3, column: 19 } } },
    ];
    for (const other of others) {
      expect(settleRecheck(FIRST, 'recheck', report({ 'src/loop.ts': [other] })).checks[0]?.outcome).toBe('not-rerun');
    }
    const settled = settleRecheck(FIRST, 'recheck', report({ 'src/loop.ts': [killed] }));
    expect(settled.checks[0]).toEqual(expect.objectContaining({ outcome: 'rerun', status: 'Killed' }));
    expect(settled.report.files['src/loop.ts']?.mutants[0]?.statusReason).toBe('timed out, then detected: rerun');
  });

  it('leaves out a file whose path Stryker cannot address', () => {
    expect(recheckPatterns(report({ 'src/{a,b}.ts': [mutant('1', 'Timeout', 1, [1, 2])] }), 'recheck', '/repo')).toEqual([]);
  });

  it('under detected: every timeout stays a detection; under survived: every timeout counts as survived; no re-run either way', () => {
    const detected = settleRecheck(FIRST, 'detected', undefined);
    expect(detected.checks.map((check) => [check.id, check.outcome, check.status])).toEqual([
      ['1', 'detected', 'Timeout'],
      ['3', 'detected', 'Timeout'],
      ['4', 'detected', 'Timeout'],
    ]);
    expect(detected.report).toEqual(FIRST);
    const survived = settleRecheck(FIRST, 'survived', undefined);
    expect(survived.checks.map((check) => [check.id, check.outcome, check.status])).toEqual([
      ['1', 'survived', 'Survived'],
      ['3', 'survived', 'Survived'],
      ['4', 'survived', 'Survived'],
    ]);
    expect(survived.report.files['src/loop.ts']?.mutants[0]?.statusReason).toBe('timed out, then not detected: survived');
  });

  it('changes nothing without timeouts', () => {
    const none = report({ 'a.ts': [mutant('1', 'Killed', 1, [1, 2])] });
    expect(settleRecheck(none, 'recheck', undefined)).toEqual({ report: none, checks: [], unjudged: [] });
  });
});
