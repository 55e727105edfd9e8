import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/diff/changed-lines.js';
import { keepChangedLineMutants } from '../../src/core/scoring/changed-mutants.js';
import { formatScore, type MutantCounts, meetsThreshold, scoreChangedLines } from '../../src/core/scoring/scoring.js';
import type { FileResult, MutantResult, MutantStatus, MutationTestResult } from '../../src/core/stryker/stryker-report.js';

const STATUSES: readonly MutantStatus[] = [
  'Killed',
  'Survived',
  'NoCoverage',
  'CompileError',
  'RuntimeError',
  'Timeout',
  'Ignored',
  'Pending',
];

function mutant(id: string, status: MutantStatus, start: number, end: number): MutantResult {
  return {
    id,
    mutatorName: 'ConditionalExpression',
    status,
    location: { start: { line: start, column: 1 }, end: { line: end, column: 2 } },
    replacement: 'true',
  };
}

/**
 * Paths as the gate scores them: relative, `/`-separated, no empty segment and no backslash (files with
 * one are untargetable and never scored). mutation-testing-metrics merges names that differ only in
 * slashes (`a/b` and `a//b`, `a\\b` or `/a/b`), which such paths never do.
 */
const scoredPathArb = fc
  .array(fc.string({ unit: fc.constantFrom('a', 'b', '.', ' ', '[', ']', '(', ')', 'ü', '_', '-', '0'), minLength: 1, maxLength: 4 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((segments) => segments.join('/'));

/** Files of mutants with any mix of statuses, and the changed files they are scored against. */
const filesArb = fc
  .uniqueArray(fc.record({ path: scoredPathArb, statuses: fc.array(fc.constantFrom(...STATUSES), { maxLength: 30 }) }), {
    maxLength: 5,
    selector: (file) => file.path,
  })
  // A file and a folder of the same name cannot both exist.
  .filter((files) => files.every((file) => files.every((other) => !other.path.startsWith(`${file.path}/`))));

function count(statuses: readonly MutantStatus[], ...wanted: MutantStatus[]): number {
  return statuses.filter((status) => wanted.includes(status)).length;
}

/** The exact score, as a fraction detected / mutants of 100%, in hundredths of a percent: `formatScore` as an integer. */
function hundredths(formatted: string): number {
  expect(formatted).toMatch(/^\d+\.\d\d$/);
  return Number(formatted.replace('.', ''));
}

/** Counts as Stryker could report them: any detected ≤ mutants, up to large numbers. */
const countsArb: fc.Arbitrary<MutantCounts> = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10_000_000 })), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([mutants, fraction]) => {
    const detected = Math.min(mutants, Math.floor(mutants * fraction));
    return {
      mutants,
      killed: detected,
      timeout: 0,
      survived: mutants - detected,
      noCoverage: 0,
      detected,
      invalid: 0,
      ignored: 0,
      score: mutants === 0 ? Number.NaN : (detected / mutants) * 100,
    };
  });

/** A threshold with at most two decimals, as t / 100 for an integer t from 0 to 10000. */
const thresholdArb = fc.integer({ min: 0, max: 10_000 });

/** Counts right at a threshold's boundary, where floating point goes wrong: detected near t% of mutants. */
const boundaryArb = fc
  .tuple(thresholdArb, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -1, max: 1 }))
  .map(([t, mutants, delta]) => {
    const detected = Math.min(mutants, Math.max(0, Math.ceil((t * mutants) / 10_000) + delta));
    const counts: MutantCounts = {
      mutants,
      killed: detected,
      timeout: 0,
      survived: mutants - detected,
      noCoverage: 0,
      detected,
      invalid: 0,
      ignored: 0,
      score: (detected / mutants) * 100,
    };
    return { t, counts };
  });

describe('scoreChangedLines', () => {
  it('counts every status where it belongs, per file and in total, and scores NaN exactly when no mutant is valid', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const kept: Record<string, FileResult> = Object.fromEntries(
          files.map((file) => [
            file.path,
            { language: 'typescript', source: '', mutants: file.statuses.map((status, index) => mutant(String(index), status, 1, 1)) },
          ]),
        );
        const changed: ChangedFile[] = files.map((file) => ({ path: file.path, lines: [1] }));
        const score = scoreChangedLines(kept, changed);
        const all = files.flatMap((file) => file.statuses);
        for (const [counts, statuses] of [
          [score.total, all],
          ...score.files.map((file, index) => [file.counts, files[index]?.statuses ?? []] as const),
        ] as const) {
          expect(counts.killed).toBe(count(statuses, 'Killed'));
          expect(counts.timeout).toBe(count(statuses, 'Timeout'));
          expect(counts.survived).toBe(count(statuses, 'Survived'));
          expect(counts.noCoverage).toBe(count(statuses, 'NoCoverage'));
          expect(counts.mutants).toBe(counts.killed + counts.timeout + counts.survived + counts.noCoverage);
          expect(counts.detected).toBe(counts.killed + counts.timeout);
          expect(counts.invalid).toBe(count(statuses, 'RuntimeError', 'CompileError'));
          expect(counts.ignored).toBe(count(statuses, 'Ignored'));
          expect(Number.isNaN(counts.score)).toBe(counts.mutants === 0);
          if (counts.mutants > 0) expect(counts.score).toBeCloseTo((100 * counts.detected) / counts.mutants, 9);
        }
        expect(score.files.map((file) => file.path)).toEqual(files.map((file) => file.path));
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatScore', () => {
  it('is never above the exact score and less than 0.01 below it; empty exactly when there is no valid mutant', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          countsArb,
          boundaryArb.map(({ counts }) => counts),
        ),
        (counts) => {
          const formatted = formatScore(counts);
          if (counts.mutants === 0) {
            expect(formatted).toBe('');
            return;
          }
          // h / 100 <= 100 d / m < (h + 1) / 100, in integers: h m <= 10000 d < (h + 1) m.
          const h = hundredths(formatted);
          expect(h * counts.mutants).toBeLessThanOrEqual(counts.detected * 10_000);
          expect(counts.detected * 10_000).toBeLessThan((h + 1) * counts.mutants);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('meetsThreshold', () => {
  it('agrees with the exact comparison detected × 100 ≥ threshold × mutants for thresholds with two decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(thresholdArb, countsArb).map(([t, counts]) => ({ t, counts })),
          boundaryArb,
        ),
        ({ t, counts }) => {
          // threshold = t / 100 exactly as a user writes it ("80.5" parses to the same double as 8050 / 100).
          const threshold = Number((t / 100).toFixed(2));
          expect(threshold).toBe(t / 100);
          expect(meetsThreshold(counts, threshold)).toBe(counts.detected * 10_000 >= t * counts.mutants);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// keepChangedLineMutants

const PROJECT_ROOT = '/repo/app';

/** How Stryker may name a file in its report: relative, `./`, absolute under the project root, Windows separators. */
const NAMINGS = [
  (path: string): string => path,
  (path: string): string => `./${path}`,
  (path: string): string => `${PROJECT_ROOT}/${path}`,
  (path: string): string => path.replaceAll('/', '\\'),
] as const;

const relativePathArb = fc
  .array(fc.constantFrom('src', 'lib', 'a.ts', 'b.ts', '[id]', 'x y'), { minLength: 1, maxLength: 3 })
  .map((segments) => segments.join('/'));

const mutantSpanArb = fc.record({
  start: fc.integer({ min: 1, max: 20 }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 })),
  status: fc.constantFrom(...STATUSES),
});

const reportCaseArb = fc.record({
  reported: fc.uniqueArray(
    fc.record({ path: relativePathArb, naming: fc.nat(NAMINGS.length - 1), mutants: fc.array(mutantSpanArb, { maxLength: 12 }) }),
    { maxLength: 4, selector: (file) => file.path },
  ),
  changed: fc.uniqueArray(
    fc.record({
      path: relativePathArb,
      lines: fc.uniqueArray(fc.integer({ min: 1, max: 25 }), { maxLength: 25 }).map((lines) => lines.sort((a, b) => a - b)),
    }),
    { maxLength: 4, selector: (file) => file.path },
  ),
  shareChanged: fc.boolean(),
});

describe('keepChangedLineMutants', () => {
  it('keeps, for every changed file, exactly the mutants whose every line is changed, in report order', () => {
    fc.assert(
      fc.property(reportCaseArb, ({ reported, changed: changedFiles, shareChanged }) => {
        // Often the changed files are the reported ones, so that there is something to keep.
        const changed: ChangedFile[] = shareChanged
          ? reported.map((file, index) => ({ path: file.path, lines: changedFiles[index]?.lines ?? [] }))
          : changedFiles;
        const files: Record<string, FileResult> = {};
        const mutantsByPath = new Map<string, MutantResult[]>();
        for (const file of reported) {
          const mutants = file.mutants.map((span, index) =>
            mutant(`${file.path}#${index}`, span.status, span.start, span.start + span.length),
          );
          mutantsByPath.set(file.path, mutants);
          files[(NAMINGS[file.naming] as (path: string) => string)(file.path)] = {
            language: 'typescript',
            source: `source of ${file.path}`,
            mutants,
          };
        }
        const report: MutationTestResult = { schemaVersion: '2', thresholds: { high: 80, low: 60 }, files, projectRoot: PROJECT_ROOT };
        const kept = keepChangedLineMutants(report, changed);
        expect(Object.keys(kept).sort()).toEqual(changed.map((file) => file.path).sort());
        for (const file of changed) {
          const lines = new Set(file.lines);
          const everyLineChanged = (candidate: MutantResult): boolean => {
            for (let line = candidate.location.start.line; line <= candidate.location.end.line; line += 1)
              if (!lines.has(line)) return false;
            return true;
          };
          const expected = (mutantsByPath.get(file.path) ?? []).filter(everyLineChanged);
          expect(kept[file.path]?.mutants).toEqual(expected);
          if (mutantsByPath.has(file.path)) expect(kept[file.path]?.source).toBe(`source of ${file.path}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
