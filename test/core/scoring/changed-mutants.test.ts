import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { keepChangedLineMutants, normalizeReportPath } from '../../../src/core/scoring/changed-mutants.js';
import type { FileResult, MutantResult, MutationTestResult } from '../../../src/core/stryker/stryker-report.js';

/** A mutant from `line` to `endLine` (same line unless given). */
function mutant(id: string, line: number, endLine: number = line, overrides: Partial<MutantResult> = {}): MutantResult {
  return {
    id,
    mutatorName: 'ConditionalExpression',
    status: 'Survived',
    location: { start: { line, column: 1 }, end: { line: endLine, column: 5 } },
    replacement: 'true',
    ...overrides,
  };
}

function fileResult(mutants: MutantResult[], source = 'source text'): FileResult {
  return { language: 'typescript', source, mutants };
}

function report(files: Record<string, FileResult>, projectRoot?: string): MutationTestResult {
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files,
    ...(projectRoot === undefined ? {} : { projectRoot }),
  };
}

function changed(path: string, lines: number[]): ChangedFile {
  return { path, lines };
}

describe('normalizeReportPath', () => {
  it.each([
    ['a relative path', 'src/a.ts', undefined, 'src/a.ts'],
    ['a ./ path', './src/a.ts', undefined, 'src/a.ts'],
    ['a path under projectRoot', '/repo/app/src/a.ts', '/repo/app', 'src/a.ts'],
    ['a path under projectRoot with a trailing slash', '/repo/app/src/a.ts', '/repo/app/', 'src/a.ts'],
    ['a path under projectRoot with several trailing slashes', '/repo/app/src/a.ts', '/repo/app//', 'src/a.ts'],
    ['a Windows path under a Windows projectRoot', 'C:\\repo\\app\\src\\a.ts', 'C:\\repo\\app', 'src/a.ts'],
    ['a relative Windows path', 'src\\lib\\a.ts', undefined, 'src/lib/a.ts'],
    ['a ./ path with projectRoot', './src/a.ts', '/repo/app', 'src/a.ts'],
    ['a path in a sibling folder sharing the prefix', '/repo/application/a.ts', '/repo/app', '/repo/application/a.ts'],
    ['a path outside projectRoot', '/elsewhere/a.ts', '/repo/app', '/elsewhere/a.ts'],
    ['an absolute path with an empty projectRoot', '/repo/a.ts', '', '/repo/a.ts'],
    ['a path only starting with a dot', '.hidden/a.ts', undefined, '.hidden/a.ts'],
  ])('normalizes %s', (_what, name, projectRoot, expected) => {
    expect(normalizeReportPath(name, projectRoot)).toBe(expected);
  });
});

describe('keepChangedLineMutants', () => {
  it('keeps the mutants on changed lines and drops those on unchanged lines', () => {
    const source = 'l1\nl2\nl3\nl4\nl5\n';
    const result = keepChangedLineMutants(
      report({ 'src/a.ts': fileResult([mutant('1', 1), mutant('2', 2), mutant('3', 3), mutant('4', 5)], source) }),
      [changed('src/a.ts', [2, 3])],
    );
    expect(result).toEqual({ 'src/a.ts': { language: 'typescript', source, mutants: [mutant('2', 2), mutant('3', 3)] } });
  });

  it('keeps a multi-line mutant whose every line changed', () => {
    const result = keepChangedLineMutants(report({ 'a.ts': fileResult([mutant('m', 2, 4)]) }), [changed('a.ts', [2, 3, 4])]);
    expect(result).toEqual({ 'a.ts': fileResult([mutant('m', 2, 4)]) });
  });

  it('drops a multi-line mutant with one unchanged line in the middle', () => {
    const result = keepChangedLineMutants(report({ 'a.ts': fileResult([mutant('m', 2, 4)]) }), [changed('a.ts', [2, 4])]);
    expect(result).toEqual({ 'a.ts': fileResult([]) });
  });

  it('drops a multi-line mutant whose first or last line is unchanged', () => {
    const mutants = [mutant('starts-before', 1, 3), mutant('ends-after', 3, 5), mutant('inside', 2, 4)];
    const result = keepChangedLineMutants(report({ 'a.ts': fileResult(mutants) }), [changed('a.ts', [2, 3, 4])]);
    expect(result).toEqual({ 'a.ts': fileResult([mutant('inside', 2, 4)]) });
  });

  it('keeps every status of mutant on changed lines, unchanged', () => {
    const mutants = [
      mutant('k', 1, 1, { status: 'Killed', killedBy: ['t1'], coveredBy: ['t1'] }),
      mutant('c', 1, 1, { status: 'CompileError' }),
      mutant('i', 1, 1, { status: 'Ignored' }),
    ];
    expect(keepChangedLineMutants(report({ 'a.ts': fileResult(mutants) }), [changed('a.ts', [1])])).toEqual({
      'a.ts': fileResult(mutants),
    });
  });

  it('matches report paths under projectRoot', () => {
    const result = keepChangedLineMutants(report({ '/repo/app/src/a.ts': fileResult([mutant('1', 1)]) }, '/repo/app'), [
      changed('src/a.ts', [1]),
    ]);
    expect(result).toEqual({ 'src/a.ts': fileResult([mutant('1', 1)]) });
  });

  it('matches report paths written with ./ and backslashes', () => {
    const result = keepChangedLineMutants(
      report({ './src/a.ts': fileResult([mutant('1', 1)]), 'src\\b.ts': fileResult([mutant('2', 2)]) }),
      [changed('src/a.ts', [1]), changed('src/b.ts', [2])],
    );
    expect(result).toEqual({ 'src/a.ts': fileResult([mutant('1', 1)]), 'src/b.ts': fileResult([mutant('2', 2)]) });
  });

  it('lists a changed file without a report entry with zero mutants', () => {
    const result = keepChangedLineMutants(report({ 'a.ts': fileResult([mutant('1', 1)]) }), [
      changed('a.ts', [1]),
      changed('b.ts', [1, 2]),
    ]);
    expect(result).toEqual({
      'a.ts': fileResult([mutant('1', 1)]),
      'b.ts': { language: 'unknown', source: '', mutants: [] },
    });
  });

  it('leaves out report files that did not change', () => {
    const result = keepChangedLineMutants(report({ 'a.ts': fileResult([mutant('1', 1)]), 'untouched.ts': fileResult([mutant('2', 1)]) }), [
      changed('a.ts', [1]),
    ]);
    expect(result).toEqual({ 'a.ts': fileResult([mutant('1', 1)]) });
  });

  it('returns nothing for no changed files', () => {
    expect(keepChangedLineMutants(report({ 'a.ts': fileResult([mutant('1', 1)]) }), [])).toEqual({});
  });

  it('keeps the files in changed order', () => {
    const result = keepChangedLineMutants(report({ 'a.ts': fileResult([]), 'b.ts': fileResult([]) }), [
      changed('b.ts', [1]),
      changed('a.ts', [1]),
    ]);
    expect(Object.keys(result)).toEqual(['b.ts', 'a.ts']);
  });

  it('does not change the report', () => {
    const original = report({ 'a.ts': fileResult([mutant('1', 1), mutant('2', 2)]) });
    const copy = structuredClone(original);
    keepChangedLineMutants(original, [changed('a.ts', [1])]);
    expect(original).toEqual(copy);
  });
});
