import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { formatScore, type MutantCounts, meetsThreshold, scoreChangedLines } from '../../../src/core/scoring/scoring.js';
import type { FileResult, MutantResult, MutantStatus } from '../../../src/core/stryker/stryker-report.js';

let nextId = 0;

function mutant(status: MutantStatus, line = 1): MutantResult {
  nextId += 1;
  return {
    id: String(nextId),
    mutatorName: 'BooleanLiteral',
    status,
    location: { start: { line, column: 1 }, end: { line, column: 5 } },
  };
}

function mutants(statuses: Partial<Record<MutantStatus, number>>): MutantResult[] {
  return Object.entries(statuses).flatMap(([status, count]) => Array.from({ length: count ?? 0 }, () => mutant(status as MutantStatus)));
}

function fileResult(list: MutantResult[]): FileResult {
  return { language: 'typescript', source: 'true;\n', mutants: list };
}

function changed(path: string, lines: number[]): ChangedFile {
  return { path, lines };
}

/** Counts with `detected` killed mutants out of `mutants` valid ones, the rest survived. */
function counts(detected: number, valid: number): MutantCounts {
  return {
    mutants: valid,
    killed: detected,
    timeout: 0,
    survived: valid - detected,
    noCoverage: 0,
    detected,
    invalid: 0,
    ignored: 0,
    score: valid === 0 ? Number.NaN : (detected / valid) * 100,
  };
}

const NO_MUTANTS: MutantCounts = {
  mutants: 0,
  killed: 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  detected: 0,
  invalid: 0,
  ignored: 0,
  score: Number.NaN,
};

describe('scoreChangedLines', () => {
  it('counts each known status where Stryker does', () => {
    const kept = {
      'a.ts': fileResult(mutants({ Killed: 3, Timeout: 1, Survived: 2, NoCoverage: 2, CompileError: 1, RuntimeError: 2, Ignored: 1 })),
    };
    const expected: MutantCounts = {
      mutants: 8,
      killed: 3,
      timeout: 1,
      survived: 2,
      noCoverage: 2,
      detected: 4,
      invalid: 3,
      ignored: 1,
      score: 50,
    };
    expect(scoreChangedLines(kept, [changed('a.ts', [1, 2, 3])])).toEqual({
      total: expected,
      files: [{ path: 'a.ts', changedLines: 3, counts: expected }],
    });
  });

  it('scores each file and all files together', () => {
    const kept = {
      'a.ts': fileResult(mutants({ Killed: 1, Survived: 1 })),
      'b.ts': fileResult(mutants({ Killed: 2, NoCoverage: 1, Timeout: 1 })),
    };
    expect(scoreChangedLines(kept, [changed('a.ts', [1]), changed('b.ts', [1, 2, 3, 4])])).toEqual({
      total: {
        mutants: 6,
        killed: 3,
        timeout: 1,
        survived: 1,
        noCoverage: 1,
        detected: 4,
        invalid: 0,
        ignored: 0,
        score: (4 / 6) * 100,
      },
      files: [
        {
          path: 'a.ts',
          changedLines: 1,
          counts: { mutants: 2, killed: 1, timeout: 0, survived: 1, noCoverage: 0, detected: 1, invalid: 0, ignored: 0, score: 50 },
        },
        {
          path: 'b.ts',
          changedLines: 4,
          counts: { mutants: 4, killed: 2, timeout: 1, survived: 0, noCoverage: 1, detected: 3, invalid: 0, ignored: 0, score: 75 },
        },
      ],
    });
  });

  it('gives a NaN score when there is no valid mutant', () => {
    const kept = { 'a.ts': fileResult(mutants({ CompileError: 2, Ignored: 1 })) };
    const score = scoreChangedLines(kept, [changed('a.ts', [1])]);
    expect(score.total).toEqual({ ...NO_MUTANTS, invalid: 2, ignored: 1 });
    expect(Number.isNaN(score.total.score)).toBe(true);
  });

  it('gives zero counts for a changed file without kept mutants', () => {
    expect(scoreChangedLines({}, [changed('a.ts', [1, 2])])).toEqual({
      total: NO_MUTANTS,
      files: [{ path: 'a.ts', changedLines: 2, counts: NO_MUTANTS }],
    });
  });

  it('gives zero counts and no files for nothing', () => {
    expect(scoreChangedLines({}, [])).toEqual({ total: NO_MUTANTS, files: [] });
  });

  it('scores 100 with all mutants detected and 0 with none', () => {
    expect(scoreChangedLines({ 'a.ts': fileResult(mutants({ Killed: 2, Timeout: 1 })) }, [changed('a.ts', [1])]).total.score).toBe(100);
    expect(scoreChangedLines({ 'a.ts': fileResult(mutants({ Survived: 1, NoCoverage: 1 })) }, [changed('a.ts', [1])]).total.score).toBe(0);
  });

  it('lists files in changed order', () => {
    const kept = { 'a.ts': fileResult([]), 'b.ts': fileResult([]) };
    const score = scoreChangedLines(kept, [changed('b.ts', [1]), changed('a.ts', [1, 2])]);
    expect(score.files.map((file) => [file.path, file.changedLines])).toEqual([
      ['b.ts', 1],
      ['a.ts', 2],
    ]);
  });
});

describe('formatScore', () => {
  it.each([
    [2, 3, '66.66'],
    [1, 3, '33.33'],
    [29, 100, '29.00'],
    [1999, 2000, '99.95'],
    [7999, 10000, '79.99'],
    [79996, 100000, '79.99'],
    [99999, 100000, '99.99'],
    [4, 5, '80.00'],
    [1, 1, '100.00'],
    [0, 4, '0.00'],
    [1, 7, '14.28'],
  ])('%d of %d detected is %s (rounded down)', (detected, valid, text) => {
    expect(formatScore(counts(detected, valid))).toBe(text);
  });

  it('is empty with no valid mutant', () => {
    expect(formatScore(counts(0, 0))).toBe('');
    expect(formatScore({ ...NO_MUTANTS, invalid: 3 })).toBe('');
  });

  it('counts timeouts as detected', () => {
    expect(formatScore({ ...counts(0, 2), timeout: 1, survived: 1, detected: 1 })).toBe('50.00');
  });
});

describe('meetsThreshold', () => {
  it.each([
    [4, 5, 80, true],
    [79, 99, 80, false],
    [80, 100, 80, true],
    [7999, 10000, 80, false],
    [161, 200, 80.5, true],
    [160, 200, 80.5, false],
    [7255, 10000, 72.55, true],
    [7254, 10000, 72.55, false],
    [1, 1, 100, true],
    [99, 100, 100, false],
    [999, 1000, 99.9, true],
    [998, 1000, 99.9, false],
    [0, 5, 0, true],
    [0, 5, 1, false],
    [1, 100, 1, true],
    [2, 3, 66.66, true],
    [2, 3, 66.67, false],
  ])('%d of %d detected against %d: %s', (detected, valid, threshold, meets) => {
    expect(meetsThreshold(counts(detected, valid), threshold)).toBe(meets);
  });

  it('compares the exact fraction, not the rounded-down text', () => {
    // 79996 of 100000 is 79.996%: shown as 79.99, and not enough for 80.
    expect(meetsThreshold(counts(79996, 100000), 80)).toBe(false);
    expect(meetsThreshold(counts(79996, 100000), 79.99)).toBe(true);
  });
});
