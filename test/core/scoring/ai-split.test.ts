import { describe, expect, it } from 'vitest';
import type { Attribution, LineAttribution, LineClass } from '../../../src/core/attribution/attribution.js';
import { fileClass, type Gating, isGatedAsAi, mutantAttribution, splitByGate } from '../../../src/core/scoring/ai-split.js';
import type { FileResult, MutantResult } from '../../../src/core/stryker/stryker-report.js';

function line(lineNumber: number, lineClass: LineClass, evidence = `${lineClass} evidence`): LineAttribution {
  return { line: lineNumber, class: lineClass, evidence };
}

function linesOf(...lines: LineAttribution[]): ReadonlyMap<number, LineAttribution> {
  return new Map(lines.map((entry) => [entry.line, entry]));
}

/** A mutant from `start` to `end` (same line unless given). */
function mutant(id: string, start: number, end: number = start): MutantResult {
  return {
    id,
    mutatorName: 'ConditionalExpression',
    status: 'Survived',
    location: { start: { line: start, column: 1 }, end: { line: end, column: 5 } },
    replacement: 'true',
  };
}

function fileResult(...mutants: MutantResult[]): FileResult {
  return { language: 'typescript', source: 'source', mutants };
}

const AUTO: Gating = { detection: 'auto', unknownAs: 'human' };
const AUTO_UNKNOWN_AI: Gating = { detection: 'auto', unknownAs: 'ai' };
const ALL: Gating = { detection: 'all', unknownAs: 'human' };
const OFF_UNKNOWN_AI: Gating = { detection: 'off', unknownAs: 'ai' };

describe('isGatedAsAi', () => {
  it.each([
    ['ai', AUTO, true],
    ['human', AUTO, false],
    ['unknown', AUTO, false],
    ['ai', AUTO_UNKNOWN_AI, true],
    ['human', AUTO_UNKNOWN_AI, false],
    ['unknown', AUTO_UNKNOWN_AI, true],
    ['ai', ALL, true],
    ['unknown', { detection: 'all', unknownAs: 'ai' }, true],
    ['ai', { detection: 'off', unknownAs: 'human' }, false],
    ['ai', OFF_UNKNOWN_AI, false],
    ['unknown', OFF_UNKNOWN_AI, false],
    ['human', OFF_UNKNOWN_AI, false],
  ] as const)('gates a %s line with %o as AI-touched: %s', (lineClass, gating, gated) => {
    expect(isGatedAsAi(line(1, lineClass), gating)).toBe(gated);
  });
});

describe('mutantAttribution', () => {
  it('gives the attribution of a one-line mutant', () => {
    expect(mutantAttribution(linesOf(line(4, 'human'), line(5, 'ai')), mutant('1', 4), AUTO)).toEqual(line(4, 'human'));
  });

  it('prefers the first AI-gated line of a multi-line mutant', () => {
    const lines = linesOf(line(1, 'human'), line(2, 'unknown'), line(3, 'ai', 'first ai'), line(4, 'ai', 'second ai'));
    expect(mutantAttribution(lines, mutant('1', 1, 4), AUTO)).toEqual(line(3, 'ai', 'first ai'));
  });

  it('prefers an unknown line with unknown-as: ai', () => {
    const lines = linesOf(line(1, 'human'), line(2, 'unknown'), line(3, 'ai'));
    expect(mutantAttribution(lines, mutant('1', 1, 3), AUTO_UNKNOWN_AI)).toEqual(line(2, 'unknown'));
  });

  it('gives the first attributed line when none is AI-gated', () => {
    const lines = linesOf(line(2, 'unknown'), line(3, 'human'));
    expect(mutantAttribution(lines, mutant('1', 1, 3), AUTO)).toEqual(line(2, 'unknown'));
  });

  it('gives the first line with detection off, whatever the classes', () => {
    const lines = linesOf(line(1, 'human'), line(2, 'ai'));
    expect(mutantAttribution(lines, mutant('1', 1, 2), OFF_UNKNOWN_AI)).toEqual(line(1, 'human'));
  });

  it("looks at the mutant's lines only", () => {
    const lines = linesOf(line(1, 'ai'), line(2, 'human'), line(3, 'human'), line(4, 'ai'));
    expect(mutantAttribution(lines, mutant('1', 2, 3), AUTO)).toEqual(line(2, 'human'));
  });

  it("gives undefined without attribution for the file or for the mutant's lines", () => {
    expect(mutantAttribution(undefined, mutant('1', 1), AUTO)).toBeUndefined();
    expect(mutantAttribution(linesOf(line(9, 'ai')), mutant('1', 1, 3), AUTO)).toBeUndefined();
  });
});

describe('splitByGate', () => {
  const AI_FILE = linesOf(line(1, 'ai'), line(2, 'unknown'), line(3, 'human'));

  it('puts each line and each mutant in the portion of the line that speaks for it', () => {
    const file = fileResult(mutant('1', 1), mutant('2', 2), mutant('3', 3), mutant('1-2', 1, 2), mutant('2-3', 2, 3));
    expect(splitByGate({ 'a.ts': file }, new Map([['a.ts', AI_FILE]]), AUTO)).toEqual({
      ai: { changed: [{ path: 'a.ts', lines: [1] }], mutants: { 'a.ts': fileResult(mutant('1', 1), mutant('1-2', 1, 2)) } },
      other: {
        changed: [{ path: 'a.ts', lines: [2, 3] }],
        mutants: { 'a.ts': fileResult(mutant('2', 2), mutant('3', 3), mutant('2-3', 2, 3)) },
      },
    });
  });

  it('moves unknown lines and their mutants to the AI portion with unknown-as: ai', () => {
    const file = fileResult(mutant('1', 1), mutant('2', 2), mutant('3', 3));
    expect(splitByGate({ 'a.ts': file }, new Map([['a.ts', AI_FILE]]), AUTO_UNKNOWN_AI)).toEqual({
      ai: { changed: [{ path: 'a.ts', lines: [1, 2] }], mutants: { 'a.ts': fileResult(mutant('1', 1), mutant('2', 2)) } },
      other: { changed: [{ path: 'a.ts', lines: [3] }], mutants: { 'a.ts': fileResult(mutant('3', 3)) } },
    });
  });

  it('puts everything in the other portion with detection off', () => {
    const file = fileResult(mutant('1', 1), mutant('2', 2));
    expect(splitByGate({ 'a.ts': file }, new Map([['a.ts', AI_FILE]]), OFF_UNKNOWN_AI)).toEqual({
      ai: { changed: [], mutants: {} },
      other: { changed: [{ path: 'a.ts', lines: [1, 2, 3] }], mutants: { 'a.ts': file } },
    });
  });

  it('leaves a file out of a portion that has none of its lines, and keeps file order', () => {
    const attribution: Attribution = new Map([
      ['b.ts', linesOf(line(5, 'unknown'), line(6, 'unknown'))],
      ['a.ts', linesOf(line(1, 'ai'))],
    ]);
    const kept = { 'a.ts': fileResult(mutant('a', 1)), 'b.ts': fileResult(mutant('b', 5, 6)) };
    expect(splitByGate(kept, attribution, AUTO)).toEqual({
      ai: { changed: [{ path: 'a.ts', lines: [1] }], mutants: { 'a.ts': fileResult(mutant('a', 1)) } },
      other: { changed: [{ path: 'b.ts', lines: [5, 6] }], mutants: { 'b.ts': fileResult(mutant('b', 5, 6)) } },
    });
  });

  it("keeps a portion's file with no mutants there, and the file's language and source", () => {
    const kept = { 'a.ts': { language: 'javascript', source: 'x > y', mutants: [mutant('1', 1)] } };
    expect(splitByGate(kept, new Map([['a.ts', linesOf(line(1, 'ai'), line(2, 'human'))]]), AUTO)).toEqual({
      ai: {
        changed: [{ path: 'a.ts', lines: [1] }],
        mutants: { 'a.ts': { language: 'javascript', source: 'x > y', mutants: [mutant('1', 1)] } },
      },
      other: { changed: [{ path: 'a.ts', lines: [2] }], mutants: { 'a.ts': { language: 'javascript', source: 'x > y', mutants: [] } } },
    });
  });

  it('gives changed lines without mutants for an attributed file Stryker did not report', () => {
    expect(splitByGate({}, new Map([['a.ts', linesOf(line(1, 'ai'), line(2, 'unknown'))]]), AUTO)).toEqual({
      ai: { changed: [{ path: 'a.ts', lines: [1] }], mutants: {} },
      other: { changed: [{ path: 'a.ts', lines: [2] }], mutants: {} },
    });
  });

  it('puts a mutant on none of the attributed lines in the other portion', () => {
    const file = fileResult(mutant('1', 1), mutant('outside', 5, 6));
    expect(splitByGate({ 'a.ts': file }, new Map([['a.ts', linesOf(line(1, 'ai'), line(2, 'unknown'))]]), AUTO_UNKNOWN_AI)).toEqual({
      ai: { changed: [{ path: 'a.ts', lines: [1, 2] }], mutants: { 'a.ts': fileResult(mutant('1', 1)) } },
      other: { changed: [], mutants: {} },
    });
    expect(splitByGate({ 'a.ts': file }, new Map([['a.ts', linesOf(line(1, 'ai'), line(2, 'human'))]]), AUTO)).toEqual({
      ai: { changed: [{ path: 'a.ts', lines: [1] }], mutants: { 'a.ts': fileResult(mutant('1', 1)) } },
      other: { changed: [{ path: 'a.ts', lines: [2] }], mutants: { 'a.ts': fileResult(mutant('outside', 5, 6)) } },
    });
  });

  it('splits nothing from an empty attribution', () => {
    expect(splitByGate({}, new Map(), AUTO)).toEqual({ ai: { changed: [], mutants: {} }, other: { changed: [], mutants: {} } });
  });

  it('puts every line and every mutant in exactly one portion', () => {
    const classes: LineClass[] = ['ai', 'unknown', 'human', 'ai', 'ai', 'unknown', 'human', 'unknown'];
    const lines = linesOf(...classes.map((lineClass, index) => line(index + 1, lineClass)));
    const mutants = classes.flatMap((_, index) => [
      mutant(`${index + 1}`, index + 1),
      mutant(`${index + 1}+`, index + 1, Math.min(index + 3, 8)),
    ]);
    for (const gating of [AUTO, AUTO_UNKNOWN_AI, ALL, OFF_UNKNOWN_AI]) {
      const { ai, other } = splitByGate({ 'a.ts': fileResult(...mutants) }, new Map([['a.ts', lines]]), gating);
      const portionLines = [...ai.changed, ...other.changed].flatMap((file) => file.lines);
      expect(portionLines.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const portionMutants = [...(ai.mutants['a.ts']?.mutants ?? []), ...(other.mutants['a.ts']?.mutants ?? [])].map((m) => m.id);
      expect(portionMutants.sort()).toEqual(mutants.map((m) => m.id).sort());
    }
  });
});

describe('fileClass', () => {
  it.each([
    [[line(1, 'ai'), line(2, 'ai')], 'ai'],
    [[line(1, 'human')], 'human'],
    [[line(1, 'unknown'), line(3, 'unknown')], 'unknown'],
    [[line(1, 'ai'), line(2, 'human')], 'mixed'],
    [[line(1, 'unknown'), line(2, 'ai')], 'mixed'],
    [[line(1, 'ai'), line(2, 'human'), line(3, 'unknown')], 'mixed'],
  ] as const)('classes %j as %s', (lines, expected) => {
    expect(fileClass(linesOf(...lines))).toBe(expected);
  });

  it('classes a file without changed lines or attribution as unknown', () => {
    expect(fileClass(new Map())).toBe('unknown');
    expect(fileClass(undefined)).toBe('unknown');
  });
});
