import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { toLineRanges, toMutatePatterns } from '../../../src/core/diff/mutate-ranges.js';

function changed(path: string, lines: number[] = [1]): ChangedFile {
  return { path, lines };
}

const ROOT = '/repo/app';

describe('toLineRanges', () => {
  it('returns no ranges for no lines', () => {
    expect(toLineRanges([])).toEqual([]);
  });

  it('makes a one-line range of a single line', () => {
    expect(toLineRanges([7])).toEqual([{ start: 7, end: 7 }]);
  });

  it('merges consecutive lines into one range', () => {
    expect(toLineRanges([3, 4, 5, 6])).toEqual([{ start: 3, end: 6 }]);
  });

  it('starts a new range at each gap, even a gap of one line', () => {
    expect(toLineRanges([1, 2, 4, 5, 6, 9, 11])).toEqual([
      { start: 1, end: 2 },
      { start: 4, end: 6 },
      { start: 9, end: 9 },
      { start: 11, end: 11 },
    ]);
  });
});

describe('toMutatePatterns', () => {
  it('gives one absolute pattern per range', () => {
    expect(toMutatePatterns([changed('src/a.ts', [1, 2, 3, 7]), changed('src/b.ts', [10])], ROOT)).toEqual({
      patterns: ['/repo/app/src/a.ts:1-3', '/repo/app/src/a.ts:7-7', '/repo/app/src/b.ts:10-10'],
      untargetable: [],
    });
  });

  it('drops trailing slashes of the working directory', () => {
    expect(toMutatePatterns([changed('a.ts')], '/repo/app//')).toEqual({
      patterns: ['/repo/app/a.ts:1-1'],
      untargetable: [],
    });
  });

  it('returns nothing for no files', () => {
    expect(toMutatePatterns([], ROOT)).toEqual({ patterns: [], untargetable: [] });
  });

  it('writes a Windows working directory with forward slashes, as Stryker matches it', () => {
    expect(toMutatePatterns([changed('src/a.ts', [4, 5])], 'C:\\ws\\repo\\')).toEqual({
      patterns: ['C:/ws/repo/src/a.ts:4-5'],
      untargetable: [],
    });
  });

  it('escapes square brackets as bracket classes: app/[id]/page.ts', () => {
    expect(toMutatePatterns([changed('app/[id]/page.ts', [2, 3])], ROOT)).toEqual({
      patterns: ['/repo/app/app/[[]id[]]/page.ts:2-3'],
      untargetable: [],
    });
  });

  it('escapes parentheses: (group)/x.ts', () => {
    expect(toMutatePatterns([changed('(group)/x.ts')], ROOT)).toEqual({
      patterns: ['/repo/app/[(]group[)]/x.ts:1-1'],
      untargetable: [],
    });
  });

  it('escapes a star: a*b.ts', () => {
    expect(toMutatePatterns([changed('a*b.ts')], ROOT)).toEqual({
      patterns: ['/repo/app/a[*]b.ts:1-1'],
      untargetable: [],
    });
  });

  it('escapes a question mark and an extglob', () => {
    expect(toMutatePatterns([changed('q?.ts'), changed('+(x).ts')], ROOT)).toEqual({
      patterns: ['/repo/app/q[?].ts:1-1', '/repo/app/+[(]x[)].ts:1-1'],
      untargetable: [],
    });
  });

  it('escapes glob characters in the working directory itself', () => {
    expect(toMutatePatterns([changed('a.ts')], '/ws/[team]/app')).toEqual({
      patterns: ['/ws/[[]team[]]/app/a.ts:1-1'],
      untargetable: [],
    });
  });

  it('keeps commas and spaces as they are', () => {
    expect(toMutatePatterns([changed('a, b.ts'), changed('my file.ts')], ROOT)).toEqual({
      patterns: ['/repo/app/a, b.ts:1-1', '/repo/app/my file.ts:1-1'],
      untargetable: [],
    });
  });

  it('escapes a brace without a comma', () => {
    expect(toMutatePatterns([changed('a{b}.ts')], ROOT)).toEqual({
      patterns: ['/repo/app/a[{]b[}].ts:1-1'],
      untargetable: [],
    });
  });

  it('reports a brace-list path {a,b}.ts as untargetable', () => {
    expect(toMutatePatterns([changed('{a,b}.ts', [1, 2])], ROOT)).toEqual({
      patterns: [],
      untargetable: ['{a,b}.ts'],
    });
  });

  it('reports a path with a backslash as untargetable', () => {
    expect(toMutatePatterns([changed('a\\b.ts')], ROOT)).toEqual({ patterns: [], untargetable: ['a\\b.ts'] });
  });

  it('takes backslashes in the working directory for Windows separators', () => {
    expect(toMutatePatterns([changed('a.ts')], '/repo/we\\ird')).toEqual({ patterns: ['/repo/we/ird/a.ts:1-1'], untargetable: [] });
  });

  it('keeps targeting the other files around an untargetable one, in order', () => {
    const files = [changed('a.ts', [1]), changed('{x,y}.ts'), changed('b.ts', [4, 5]), changed('c\\d.ts')];
    expect(toMutatePatterns(files, ROOT)).toEqual({
      patterns: ['/repo/app/a.ts:1-1', '/repo/app/b.ts:4-5'],
      untargetable: ['{x,y}.ts', 'c\\d.ts'],
    });
  });
});
