import { createRequire } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import fc from 'fast-check';
import { Minimatch, minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/diff/changed-lines.js';
import { toLineRanges, toMutatePatterns } from '../../src/core/diff/mutate-ranges.js';

/** Ascending, distinct line numbers: what parseChangedLines gives per file. */
const linesArb = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }).map((lines) => [...lines].sort((a, b) => a - b));

describe('toLineRanges', () => {
  it('gives ascending, disjoint ranges that cover exactly the lines, with a missing line between neighbours', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const ranges = toLineRanges(lines);
        ranges.forEach((range, index) => {
          expect(Number.isInteger(range.start) && range.start <= range.end).toBe(true);
          const previous = ranges[index - 1];
          // Past the previous range and not touching it: at least one line between them is not changed.
          if (previous !== undefined) expect(range.start).toBeGreaterThan(previous.end + 1);
        });
        const covered = ranges.flatMap((range) => Array.from({ length: range.end - range.start + 1 }, (_, offset) => range.start + offset));
        expect(covered).toEqual(lines);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// toMutatePatterns

/** Stryker resolves a `mutate` entry with its own minimatch (not necessarily the gate's version). */
const strykerRequire = createRequire(createRequire(import.meta.url).resolve('@stryker-mutator/core'));
const StrykerMinimatch = (strykerRequire('minimatch') as typeof import('minimatch')).Minimatch;

/**
 * How Stryker reads a `mutate` entry (@stryker-mutator/core, fs/mutate-pattern-constants.js and
 * fs/project-reader.js): the range is split off by MUTATION_RANGE_REGEX, then the glob and each file
 * name are resolved, their backslashes turned into slashes, and matched with `dot: false`.
 */
const MUTATION_RANGE_REGEX = /(.*?):((\d+)(?::(\d+))?-(\d+)(?::(\d+))?)$/;

interface StrykerEntry {
  readonly glob: string;
  readonly start: number;
  readonly end: number;
  /** Columns would turn the line range into a character range. */
  readonly columns: boolean;
}

function strykerParse(pattern: string): StrykerEntry | undefined {
  const match = MUTATION_RANGE_REGEX.exec(pattern);
  if (match === null) return undefined;
  return {
    glob: match[1] as string,
    start: Number(match[3]),
    end: Number(match[5]),
    columns: match[4] !== undefined || match[6] !== undefined,
  };
}

const strykerNormalize = (name: string): string => resolvePath(name).replaceAll('\\', '/');

/** Stryker's matcher for one glob. */
function strykerMatcher(glob: string): (fileName: string) => boolean {
  const matcher = new StrykerMinimatch(strykerNormalize(glob), { dot: false });
  return (fileName) => matcher.match(strykerNormalize(fileName));
}

function strykerMatches(fileName: string, glob: string): boolean {
  return strykerMatcher(glob)(fileName);
}

/**
 * Path characters: glob syntax (brackets, parentheses, braces, stars, question marks, extglob
 * prefixes, `!`, `#`), spaces, commas, colons, quotes and non-ASCII letters. Brace lists and
 * backslashes come from their own generators.
 */
const SEGMENT_UNITS = [
  'a',
  'b',
  'x',
  '0',
  '1',
  '.',
  '-',
  '_',
  ' ',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '*',
  '?',
  ',',
  ':',
  '!',
  '#',
  '+',
  '@',
  '$',
  '&',
  '^',
  '|',
  '~',
  "'",
  '"',
  'ü',
  '日',
  '😀',
];

const segmentArb = fc
  .string({ unit: fc.constantFrom(...SEGMENT_UNITS), minLength: 1, maxLength: 6 })
  .filter((segment) => segment !== '.' && segment !== '..');

const relativePathArb = fc.array(segmentArb, { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));

/**
 * Anything that might be read as a `{…,…}` brace list: an opening brace, later a comma, later a closing
 * brace. Paths without one are always targetable.
 */
function mayHaveBraceList(text: string): boolean {
  return /\{[\s\S]*,[\s\S]*\}/.test(text);
}

/** Certainly a brace list: braces around a comma with no other brace between them. Never targetable. */
function hasBraceList(text: string): boolean {
  return /\{[^{}]*,[^{}]*\}/.test(text);
}

/** A file name ending in `:<digits>`, which Stryker's range syntax swallows (the it.fails property below). */
function endsLikeARange(text: string): boolean {
  return /:\d+$/.test(text);
}

/** POSIX working directories, glob characters included, sometimes with trailing slashes. */
const posixRootArb = fc
  .tuple(fc.array(segmentArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '/', '//'))
  .map(([segments, trailing]) => `/${segments.join('/')}${trailing}`)
  .filter((root) => !mayHaveBraceList(root));

/** A Windows working directory, as the runner gives it on a Windows machine. */
const windowsRootArb = fc
  .tuple(fc.constantFrom('C:', 'D:'), fc.array(segmentArb, { minLength: 1, maxLength: 2 }), fc.constantFrom('', '\\'))
  .map(([drive, segments, trailing]) => `${drive}\\${segments.join('\\')}${trailing}`)
  .filter((root) => !mayHaveBraceList(root));

function absoluteOf(root: string, path: string): string {
  return `${root.replaceAll('\\', '/').replace(/\/+$/, '')}/${path}`;
}

/** An absolute path as a file system lists it: no empty, `.` or `..` segment, no trailing slash. */
function isCanonical(path: string): boolean {
  return path
    .split('/')
    .slice(1)
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * Paths an unescaped or half-escaped glob of `path` would also match: brackets read as classes,
 * parentheses as groups, stars and question marks as wildcards, braces as expansions.
 */
function lookalikes(path: string): string[] {
  return [
    path.replaceAll(/[[\]]/g, ''),
    path.replaceAll(/[()]/g, ''),
    path.replaceAll('*', 'STAR'),
    path.replaceAll('*', ''),
    path.replaceAll('?', 'Q'),
    path.replaceAll(/[{}]/g, ''),
    path.replaceAll(/[[\]()*?{}]/g, ''),
    `${path}x`,
    path.toUpperCase(),
  ].filter((other) => other !== path && isCanonical(other));
}

interface Case {
  readonly root: string;
  readonly files: readonly ChangedFile[];
}

function caseArb(paths: fc.Arbitrary<string>, roots: fc.Arbitrary<string>): fc.Arbitrary<Case> {
  return fc.record({
    root: roots,
    files: fc.uniqueArray(fc.record({ path: paths, lines: linesArb.filter((lines) => lines.length > 0) }), {
      minLength: 1,
      maxLength: 6,
      selector: (file) => file.path,
    }),
  });
}

/** Paths the gate can hand to Stryker: no backslash, no brace list, no range-like ending. */
const targetablePathArb = relativePathArb.filter((path) => !mayHaveBraceList(path) && !endsLikeARange(path));

describe('toMutatePatterns', () => {
  it('targets every path without a backslash or brace list, each range once, with a glob matching that file and no other', () => {
    fc.assert(
      fc.property(caseArb(targetablePathArb, fc.oneof(posixRootArb, windowsRootArb)), ({ root, files }) => {
        // A brace in the root and a comma and brace in a path can still make a brace list together.
        fc.pre(files.every((file) => !mayHaveBraceList(absoluteOf(root, file.path))));
        const { patterns, untargetable } = toMutatePatterns(files, root);
        expect(untargetable).toEqual([]);
        const absolutes = files.map((file) => absoluteOf(root, file.path));
        const others = [...absolutes, ...absolutes.flatMap(lookalikes)];
        const posix = root.startsWith('/');
        const parsed = patterns.map((pattern) => strykerParse(pattern));
        let next = 0;
        files.forEach((file, index) => {
          const absolute = absolutes[index] as string;
          for (const range of toLineRanges(file.lines)) {
            const entry = parsed[next];
            next += 1;
            expect(entry).toEqual({ glob: entry?.glob, start: range.start, end: range.end, columns: false });
            const glob = entry?.glob as string;
            // The check the gate makes, and Stryker's own (its minimatch, resolved, dot: false).
            const gate = new Minimatch(glob);
            const stryker = posix ? strykerMatcher(glob) : undefined;
            expect(minimatch(absolute, glob)).toBe(true);
            if (stryker !== undefined) expect(stryker(absolute)).toBe(true);
            for (const other of others) {
              if (other === absolute) continue;
              expect(gate.match(other)).toBe(false);
              if (stryker !== undefined) expect(stryker(other)).toBe(false);
            }
          }
        });
        expect(next).toBe(patterns.length);
      }),
      { numRuns: 200 },
    );
  });

  it('reports paths with a backslash or a {a,b} brace list as untargetable, and gives them no pattern', () => {
    // A backslash anywhere, the end included (where minimatch would read it as a literal backslash).
    const backslashArb = fc.tuple(relativePathArb, fc.option(relativePathArb, { nil: '' })).map(([a, b]) => `${a}\\${b}`);
    const braceListArb = fc
      .tuple(relativePathArb, segmentArb, segmentArb, relativePathArb)
      .map(([before, a, b, after]) => `${before}{${a.replaceAll(/[{}]/g, '')},${b.replaceAll(/[{}]/g, '')}}${after}`);
    const mixedArb = fc.oneof(targetablePathArb, backslashArb, braceListArb);
    fc.assert(
      fc.property(caseArb(mixedArb, posixRootArb), ({ root, files }) => {
        const { patterns, untargetable } = toMutatePatterns(files, root);
        // Untargetable files are listed in their order, and once.
        expect(untargetable).toEqual(files.filter((file) => untargetable.includes(file.path)).map((file) => file.path));
        const parsed = patterns.map((pattern) => strykerParse(pattern));
        let next = 0;
        for (const file of files) {
          const absolute = absoluteOf(root, file.path);
          if (file.path.includes('\\') || hasBraceList(absolute)) expect(untargetable).toContain(file.path);
          else if (!mayHaveBraceList(absolute)) expect(untargetable).not.toContain(file.path);
          if (untargetable.includes(file.path)) {
            for (const entry of parsed) expect(strykerMatches(absolute, entry?.glob ?? '')).toBe(false);
            continue;
          }
          // A targeted file, even with braces and commas that are no list, gets globs that match it.
          for (const range of toLineRanges(file.lines)) {
            const entry = parsed[next];
            next += 1;
            expect({ start: entry?.start, end: entry?.end }).toEqual(range);
            expect(strykerMatches(absolute, entry?.glob ?? '')).toBe(true);
          }
        }
        expect(next).toBe(patterns.length);
      }),
      { numRuns: 300 },
    );
  });

  // Stryker splits the range off at the first colon that leaves a valid range: colons in the path are escaped.
  it('gives Stryker a range it reads back as this file and these lines, even for a name ending in :<digits>', () => {
    const rangeLikeArb = fc.tuple(targetablePathArb, fc.integer({ min: 0, max: 999 })).map(([path, digits]) => `${path}:${digits}`);
    fc.assert(
      fc.property(caseArb(rangeLikeArb, posixRootArb), ({ root, files }) => {
        fc.pre(files.every((file) => !mayHaveBraceList(absoluteOf(root, file.path))));
        const { patterns, untargetable } = toMutatePatterns(files, root);
        expect(untargetable).toEqual([]);
        const expected = files.flatMap((file) =>
          toLineRanges(file.lines).map((range) => ({ file: absoluteOf(root, file.path), ...range })),
        );
        expect(
          patterns.map((pattern) => {
            const entry = strykerParse(pattern) as StrykerEntry;
            return {
              file: entry.columns
                ? `(columns) ${entry.glob}`
                : absoluteOf(root, files.find((file) => strykerMatches(absoluteOf(root, file.path), entry.glob))?.path ?? '?'),
              start: entry.start,
              end: entry.end,
            };
          }),
        ).toEqual(expected);
      }),
      { numRuns: 20, endOnFailure: true },
    );
  });
});
