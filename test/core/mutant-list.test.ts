import { describe, expect, it } from 'vitest';
import { type ListedMutant, listMutants } from '../../src/core/mutant-list.js';
import type { FileResult, MutantResult } from '../../src/core/mutation-report.js';

const SOURCE = ['let ok = a > b;', 'return ok && ready;', ''].join('\n');

function mutant(overrides: Partial<MutantResult> = {}): MutantResult {
  return {
    id: '1',
    mutatorName: 'EqualityOperator',
    status: 'Survived',
    location: { start: { line: 1, column: 10 }, end: { line: 1, column: 15 } },
    replacement: 'a >= b',
    coveredBy: ['test-1'],
    killedBy: [],
    ...overrides,
  };
}

function fileResult(mutants: MutantResult[], source = SOURCE): FileResult {
  return { language: 'typescript', source, mutants };
}

function listed(overrides: Partial<ListedMutant> = {}): ListedMutant {
  return {
    file: 'src/a.ts',
    id: '1',
    mutator: 'EqualityOperator',
    status: 'Survived',
    line: 1,
    column: 10,
    endLine: 1,
    endColumn: 15,
    original: 'a > b',
    replacement: 'a >= b',
    coveredBy: ['test-1'],
    killedBy: [],
    ...overrides,
  };
}

describe('listMutants', () => {
  it('flattens a mutant with its file, position, original code and replacement', () => {
    expect(listMutants({ 'src/a.ts': fileResult([mutant()]) })).toEqual([listed()]);
  });

  it('defaults a missing replacement, coveredBy and killedBy to empty', () => {
    const { replacement: _r, coveredBy: _c, killedBy: _k, ...bare } = mutant({ status: 'NoCoverage' });
    expect(listMutants({ 'src/a.ts': fileResult([bare]) })).toEqual([
      listed({ status: 'NoCoverage', replacement: '', coveredBy: [], killedBy: [] }),
    ]);
  });

  it('keeps killedBy and a multi-line location', () => {
    const multiLine = mutant({
      id: '7',
      mutatorName: 'BlockStatement',
      status: 'Killed',
      location: { start: { line: 1, column: 5 }, end: { line: 2, column: 10 } },
      replacement: '{}',
      killedBy: ['test-2'],
    });
    expect(listMutants({ 'src/a.ts': fileResult([multiLine]) })).toEqual([
      listed({
        id: '7',
        mutator: 'BlockStatement',
        status: 'Killed',
        column: 5,
        endLine: 2,
        endColumn: 10,
        original: 'ok = a > b;\nreturn ok',
        replacement: '{}',
        killedBy: ['test-2'],
      }),
    ]);
  });

  it('orders mutants of a file by line, then column', () => {
    const mutants = [
      mutant({ id: 'c', location: { start: { line: 2, column: 11 }, end: { line: 2, column: 19 } } }),
      mutant({ id: 'b', location: { start: { line: 2, column: 8 }, end: { line: 2, column: 19 } } }),
      mutant({ id: 'a', location: { start: { line: 1, column: 10 }, end: { line: 1, column: 15 } } }),
    ];
    expect(listMutants({ 'src/a.ts': fileResult(mutants) }).map((item) => [item.id, item.line, item.column, item.original])).toEqual([
      ['a', 1, 10, 'a > b'],
      ['b', 2, 8, 'ok && ready'],
      ['c', 2, 11, '&& ready'],
    ]);
  });

  it('orders files by path, by code unit, not locale', () => {
    const files = {
      'src/b.ts': fileResult([mutant({ id: 'b' })]),
      'src/B.ts': fileResult([mutant({ id: 'B' })]),
      'src/a.ts': fileResult([mutant({ id: 'a' })]),
      'lib/z.ts': fileResult([mutant({ id: 'z' })]),
    };
    expect(listMutants(files).map((item) => [item.file, item.id])).toEqual([
      ['lib/z.ts', 'z'],
      ['src/B.ts', 'B'],
      ['src/a.ts', 'a'],
      ['src/b.ts', 'b'],
    ]);
  });

  it('reads each file\'s code from its own source', () => {
    const files = {
      'one.ts': fileResult([mutant({ id: '1', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } })], 'foo();'),
      'two.ts': fileResult([mutant({ id: '2', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } })], 'bar();'),
    };
    expect(listMutants(files).map((item) => item.original)).toEqual(['foo', 'bar']);
  });

  it('gives an empty original for a location outside the source', () => {
    const outside = mutant({ location: { start: { line: 9, column: 1 }, end: { line: 9, column: 2 } } });
    expect(listMutants({ 'src/a.ts': fileResult([outside]) })).toEqual([
      listed({ line: 9, column: 1, endLine: 9, endColumn: 2, original: '' }),
    ]);
  });

  it('lists nothing for files without mutants', () => {
    expect(listMutants({ 'a.ts': fileResult([]), 'b.ts': fileResult([], '') })).toEqual([]);
    expect(listMutants({})).toEqual([]);
  });
});
