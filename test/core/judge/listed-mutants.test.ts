import { describe, expect, it } from 'vitest';
import type { Attribution, LineAttribution, LineClass } from '../../../src/core/attribution/attribution.js';
import { type ListedMutant, listMutants } from '../../../src/core/judge/listed-mutants.js';
import type { Gating } from '../../../src/core/scoring/ai-split.js';
import type { FileResult, MutantResult } from '../../../src/core/stryker/stryker-report.js';
import { listedMutant } from '../../support/listed-fixtures.js';

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

/** The shared listed mutant, covered by test-1 like mutant() above. */
function listed(overrides: Partial<ListedMutant> = {}): ListedMutant {
  return listedMutant({ coveredBy: ['test-1'], ...overrides });
}

function line(lineNumber: number, lineClass: LineClass, evidence: string): LineAttribution {
  return { line: lineNumber, class: lineClass, evidence };
}

function attributionOf(files: Record<string, LineAttribution[]>): Attribution {
  return new Map(Object.entries(files).map(([path, lines]) => [path, new Map(lines.map((entry) => [entry.line, entry]))]));
}

const AUTO: Gating = { detection: 'auto', unknownAs: 'human' };

describe('listMutants', () => {
  it("keeps Stryker's reason for an Ignored mutant, or says there was none; other mutants have none", () => {
    const mutants = [
      mutant({ id: 'a', status: 'Ignored', statusReason: 'Disabled by user' }),
      mutant({ id: 'b', status: 'Ignored', location: { start: { line: 1, column: 11 }, end: { line: 1, column: 15 } } }),
      mutant({
        id: 'c',
        status: 'Survived',
        statusReason: 'x',
        location: { start: { line: 1, column: 12 }, end: { line: 1, column: 15 } },
      }),
    ];
    expect(listMutants({ 'src/a.ts': fileResult(mutants) }).map((item) => [item.id, item.suppressed])).toEqual([
      ['a', 'Disabled by user'],
      ['b', 'no reason given'],
      ['c', undefined],
    ]);
  });

  it('flattens a mutant with its file, position, original code and replacement', () => {
    expect(listMutants({ 'src/a.ts': fileResult([mutant()]) })).toEqual([listed()]);
  });

  it('defaults a missing replacement, coveredBy and killedBy to empty', () => {
    const { replacement: _r, coveredBy: _c, killedBy: _k, ...bare } = mutant({ status: 'NoCoverage' });
    expect(listMutants({ 'src/a.ts': fileResult([bare]) })).toEqual([
      listed({
        status: 'NoCoverage',
        replacement: '',
        coveredBy: [],
        killedBy: [],
        diff: { before: ['let ok = a > b;'], after: ['let ok = ;'] },
      }),
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
        diff: { before: ['let ok = a > b;', 'return ok && ready;'], after: ['let {} && ready;'] },
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

  /** Mutants at one position, by id, mutator and replacement, listed in the given order. */
  function samePosition(specs: readonly [string, string, string][]): [string, string, string][] {
    const mutants = specs.map(([id, mutatorName, replacement]) => mutant({ id, mutatorName, replacement }));
    return listMutants({ 'src/a.ts': fileResult(mutants) }).map((item) => [item.id, item.mutator, item.replacement]);
  }

  it('orders mutants at one position by mutator name, in code-unit order, whatever order Stryker gave', () => {
    const sorted: [string, string, string][] = [
      ['b', 'BooleanLiteral', 'x'],
      ['c', 'ConditionalExpression', 'x'],
      ['e', 'EqualityOperator', 'x'],
      ['s', 'StringLiteral', 'x'],
      ['l', 'lowercase', 'x'],
    ];
    for (const order of [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [0, 3, 1, 4, 2],
    ]) {
      expect(samePosition(order.map((index) => sorted[index] as [string, string, string]))).toEqual(sorted);
    }
  });

  it('orders by mutator before replacement', () => {
    expect(
      samePosition([
        ['1', 'BooleanLiteral', 'z'],
        ['2', 'StringLiteral', 'a'],
      ]),
    ).toEqual([
      ['1', 'BooleanLiteral', 'z'],
      ['2', 'StringLiteral', 'a'],
    ]);
    expect(
      samePosition([
        ['2', 'StringLiteral', 'a'],
        ['1', 'BooleanLiteral', 'z'],
      ]),
    ).toEqual([
      ['1', 'BooleanLiteral', 'z'],
      ['2', 'StringLiteral', 'a'],
    ]);
  });

  it('orders mutants at one position with one mutator by replacement, in code-unit order', () => {
    const sorted: [string, string, string][] = [
      ['1', 'EqualityOperator', 'B'],
      ['2', 'EqualityOperator', 'a'],
      ['3', 'EqualityOperator', 'b'],
      ['4', 'EqualityOperator', 'b '],
    ];
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      expect(samePosition(order.map((index) => sorted[index] as [string, string, string]))).toEqual(sorted);
    }
  });

  it('keeps mutants alike in position, mutator and replacement in the order Stryker gave', () => {
    expect(
      samePosition([
        ['y', 'M', 'r'],
        ['x', 'M', 'r'],
        ['z', 'M', 'r'],
      ]).map(([id]) => id),
    ).toEqual(['y', 'x', 'z']);
  });

  it('orders by position before mutator', () => {
    const mutants = [
      mutant({ id: 'late', mutatorName: 'A', location: { start: { line: 1, column: 12 }, end: { line: 1, column: 15 } } }),
      mutant({ id: 'early', mutatorName: 'Z', location: { start: { line: 1, column: 10 }, end: { line: 1, column: 15 } } }),
      mutant({ id: 'next line', mutatorName: 'A', location: { start: { line: 2, column: 1 }, end: { line: 2, column: 3 } } }),
    ];
    expect(listMutants({ 'src/a.ts': fileResult(mutants) }).map((item) => item.id)).toEqual(['early', 'late', 'next line']);
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

  it("reads each file's code from its own source", () => {
    const files = {
      'one.ts': fileResult([mutant({ id: '1', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } })], 'foo();'),
      'two.ts': fileResult([mutant({ id: '2', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } })], 'bar();'),
    };
    expect(listMutants(files).map((item) => item.original)).toEqual(['foo', 'bar']);
  });

  it('gives an empty original for a location outside the source', () => {
    const outside = mutant({ location: { start: { line: 9, column: 1 }, end: { line: 9, column: 2 } } });
    expect(listMutants({ 'src/a.ts': fileResult([outside]) })).toEqual([
      listed({ line: 9, column: 1, endLine: 9, endColumn: 2, original: '', diff: { before: [], after: ['a >= b'] } }),
    ]);
  });

  it('gives each mutant the whole lines it touches, before and after, from its own file', () => {
    const files = {
      'one.ts': fileResult([
        mutant({ id: '1', location: { start: { line: 2, column: 8 }, end: { line: 2, column: 10 } }, replacement: 'x\ny' }),
      ]),
      'two.ts': fileResult(
        [mutant({ id: '2', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } })],
        'foo();\r\nbar();',
      ),
    };
    expect(listMutants(files).map((item) => [item.id, item.diff])).toEqual([
      ['1', { before: ['return ok && ready;'], after: ['return x', 'y && ready;'] }],
      ['2', { before: ['foo();'], after: ['a >= b();'] }],
    ]);
  });

  it('lists nothing for files without mutants', () => {
    expect(listMutants({ 'a.ts': fileResult([]), 'b.ts': fileResult([], '') })).toEqual([]);
    expect(listMutants({})).toEqual([]);
  });
});

describe('listMutants with attribution', () => {
  const CLAUDE = 'commit 68f00d4, Co-authored-by noreply@anthropic.com (Claude Code)';
  const NO_MARKER = 'commit 1a2b3c4: no AI marker';

  it('gives each mutant the class and evidence of its line, AI-gated when the line is ai', () => {
    const mutants = [mutant({ id: 'a' }), mutant({ id: 'b', location: { start: { line: 2, column: 8 }, end: { line: 2, column: 19 } } })];
    const attribution = attributionOf({ 'src/a.ts': [line(1, 'ai', CLAUDE), line(2, 'unknown', NO_MARKER)] });
    expect(listMutants({ 'src/a.ts': fileResult(mutants) }, attribution, AUTO)).toEqual([
      listed({ id: 'a', class: 'ai', evidence: CLAUDE, aiGated: true }),
      listed({
        id: 'b',
        line: 2,
        column: 8,
        endLine: 2,
        endColumn: 19,
        original: 'ok && ready',
        class: 'unknown',
        evidence: NO_MARKER,
        diff: { before: ['return ok && ready;'], after: ['return a >= b;'] },
      }),
    ]);
  });

  it('gates no mutant as AI-touched when given attribution without gating', () => {
    const attribution = attributionOf({ 'src/a.ts': [line(1, 'ai', CLAUDE)] });
    expect(listMutants({ 'src/a.ts': fileResult([mutant()]) }, attribution)).toEqual([
      listed({ class: 'ai', evidence: CLAUDE, aiGated: false }),
    ]);
  });

  it('gates an unknown line as AI-touched with unknown-as: ai', () => {
    const attribution = attributionOf({ 'src/a.ts': [line(1, 'unknown', NO_MARKER)] });
    expect(listMutants({ 'src/a.ts': fileResult([mutant()]) }, attribution, { detection: 'auto', unknownAs: 'ai' })).toEqual([
      listed({ class: 'unknown', evidence: NO_MARKER, aiGated: true }),
    ]);
  });

  it('never gates as AI-touched with detection off, even an ai line', () => {
    const attribution = attributionOf({ 'src/a.ts': [line(1, 'ai', CLAUDE)] });
    expect(listMutants({ 'src/a.ts': fileResult([mutant()]) }, attribution, { detection: 'off', unknownAs: 'ai' })).toEqual([
      listed({ class: 'ai', evidence: CLAUDE, aiGated: false }),
    ]);
  });

  it('lets the first AI-gated line of a multi-line mutant speak for it', () => {
    const multiLine = mutant({ location: { start: { line: 1, column: 5 }, end: { line: 2, column: 10 } } });
    const attribution = attributionOf({ 'src/a.ts': [line(1, 'human', 'commit 1a2b3c4, git-ai note: Ada'), line(2, 'ai', CLAUDE)] });
    expect(listMutants({ 'src/a.ts': fileResult([multiLine]) }, attribution, AUTO)).toEqual([
      listed({
        column: 5,
        endLine: 2,
        endColumn: 10,
        original: 'ok = a > b;\nreturn ok',
        class: 'ai',
        evidence: CLAUDE,
        aiGated: true,
        diff: { before: ['let ok = a > b;', 'return ok && ready;'], after: ['let a >= b && ready;'] },
      }),
    ]);
  });

  it("reads attribution by the mutant's own file", () => {
    const attribution = attributionOf({ 'src/b.ts': [line(1, 'ai', CLAUDE)], 'src/a.ts': [line(1, 'human', 'note')] });
    const files = { 'src/a.ts': fileResult([mutant({ id: 'a' })]), 'src/b.ts': fileResult([mutant({ id: 'b' })]) };
    expect(listMutants(files, attribution, AUTO)).toEqual([
      listed({ id: 'a', class: 'human', evidence: 'note' }),
      listed({ file: 'src/b.ts', id: 'b', class: 'ai', evidence: CLAUDE, aiGated: true }),
    ]);
  });

  it('leaves class and evidence undefined for a file or line without attribution', () => {
    const attribution = attributionOf({ 'src/a.ts': [line(5, 'ai', CLAUDE)] });
    const files = { 'src/a.ts': fileResult([mutant({ id: 'a' })]), 'src/c.ts': fileResult([mutant({ id: 'c' })]) };
    expect(listMutants(files, attribution, AUTO)).toEqual([listed({ id: 'a' }), listed({ file: 'src/c.ts', id: 'c' })]);
  });
});
