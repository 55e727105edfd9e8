import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChangedFile, parseChangedLines, parseNumstatPaths, unquoteGitPath } from '../../src/core/diff/changed-lines.js';

/*
 * parseChangedLines against real `git diff --unified=0` output: each run writes a random file set in a
 * fresh repository, commits it, edits, renames, deletes and adds files, commits again, and diffs the two
 * commits with the arguments the gate's git adapter uses. Each run spawns git a few times, so the runs
 * are few.
 */

const GIT_RUNS = 25;

let scratch = '';
let gitEnv: NodeJS.ProcessEnv = {};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mutation-gate-property-'));
  // No user or system config (diff.algorithm, diff.renames, hooks...) may change what git prints.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
  gitEnv = {
    ...inherited,
    HOME: scratch,
    XDG_CONFIG_HOME: scratch,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'property',
    GIT_AUTHOR_EMAIL: 'property@example.com',
    GIT_COMMITTER_NAME: 'property',
    GIT_COMMITTER_EMAIL: 'property@example.com',
    LC_ALL: 'C',
  };
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

function git(cwd: string, args: readonly string[]): string {
  // stderr is kept (git's hints stay out of the test output, and an error carries it).
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The diff exactly as the gate's git adapter asks for it. */
function gateDiff(cwd: string): string {
  return git(cwd, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--text',
    '--ignore-cr-at-eol',
    '--ignore-space-at-eol',
    'HEAD~1',
    'HEAD',
  ]);
}

/** The exact paths the gate passes along with the patch (src/adapters/git.ts diffNumstat). */
function gatePaths(cwd: string): string[] {
  return parseNumstatPaths(git(cwd, ['diff', '--numstat', '-z', '--no-color', '--find-renames', 'HEAD~1', 'HEAD']));
}

interface NumstatEntry {
  readonly added: number;
  /** The old path git paired the file with, for a rename. */
  readonly renamedFrom: string | undefined;
}

/** git's own count of added lines per new path, from `--numstat -z` (raw, never quoted, paths). */
function numstat(cwd: string): Map<string, NumstatEntry> {
  const fields = git(cwd, ['diff', '--numstat', '-z', '--find-renames', 'HEAD~1', 'HEAD']).split('\0');
  const entries = new Map<string, NumstatEntry>();
  for (let index = 0; index < fields.length && fields[index] !== ''; ) {
    const match = /^(\d+)\t(\d+)\t([\s\S]*)$/.exec(fields[index] as string);
    if (match === null) throw new Error(`unexpected numstat field ${JSON.stringify(fields[index])}`);
    const added = Number(match[1]);
    if (match[3] === '') {
      entries.set(fields[index + 2] as string, { added, renamedFrom: fields[index + 1] as string });
      index += 3;
    } else {
      entries.set(match[3] as string, { added, renamedFrom: undefined });
      index += 1;
    }
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------------
// Paths

/**
 * Characters of path segments: spaces, brackets, parentheses, braces, commas, quotes, backslashes,
 * non-ASCII letters, an emoji, Unicode spaces and a few control characters git must C-quote.
 */
const SEGMENT_UNITS = [
  'a',
  'b',
  'z',
  'Q',
  '0',
  '7',
  '-',
  '_',
  '.',
  ' ',
  ' ',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  ',',
  '"',
  "'",
  '\\',
  'ü',
  'é',
  'ж',
  '日',
  '😀',
  '#',
  '@',
  '!',
  '$',
  '&',
  '+',
  '=',
  '~',
  '%',
  ':',
  '\u00a0',
  '\u2028',
  '\t',
  '\n',
  '\x01',
  '\x7f',
];

const segmentArb = fc
  .string({ unit: fc.constantFrom(...SEGMENT_UNITS), minLength: 1, maxLength: 7 })
  .filter((segment) => segment !== '.' && segment !== '..' && !/^\.git/i.test(segment) && !/^git~\d/i.test(segment));

const pathArb = fc.array(segmentArb, { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));

/** Whether git writes the path C-quoted (core.quotePath=false: only `"`, `\` and control characters force it). */
function gitQuotes(path: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what force git's quoting.
  return /["\\\x00-\x1f\x7f]/.test(path);
}

const TIMESTAMP = /\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/;

/**
 * The path shapes of the bugs pinned by the `it.fails` properties below; the exact properties leave
 * them out so they keep checking everything else.
 */
function knownBugShape(path: string): boolean {
  return path.endsWith('\\') || (!gitQuotes(path) && (path.endsWith("'") || /\s$/.test(path))) || TIMESTAMP.test(path);
}

/** Keeps the paths that can live side by side in one tree: none is another's folder. */
function compatiblePaths(paths: readonly string[]): string[] {
  const kept: string[] = [];
  for (const path of paths) {
    if (kept.some((other) => other === path || other.startsWith(`${path}/`) || path.startsWith(`${other}/`))) continue;
    kept.push(path);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------
// File sets and edits

/** Line shapes that look like diff syntax (`+++`/`---` lines once prefixed, hunk headers, markers). */
const HOSTILE_SHAPES = [
  '',
  'const x = ',
  '++ b/',
  '-- a/',
  '@@ -1 +1 @@ ',
  'diff --git a/x b/x ',
  '\\ No newline at end of file ',
  'index 0000000..1111111 ',
  'new file mode 100644 ',
  '+',
  '-',
  ' ',
  '"q" \\ ',
  '日本 😀 ',
  '<>&| ',
];

/** A small pool of lines that repeat, so that git has several equally short diffs to choose from. */
const REPEATED_LINES = [
  '',
  '}',
  '  return x;',
  '++ b/x',
  '-- a/x',
  '@@ -1 +1 @@',
  '\\ No newline at end of file',
  '+',
  '-',
  ' ',
  'diff --git a/x b/x',
  'a',
];

type LineMode = 'unique' | 'repeated';

interface Edit {
  readonly kind: 'insert' | 'delete' | 'modify';
  readonly at: number;
  readonly count: number;
  readonly shape: number;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'modify'),
  at: fc.nat(1000),
  count: fc.integer({ min: 1, max: 3 }),
  shape: fc.nat(1000),
});

type FileKind = 'modified' | 'added' | 'deleted' | 'renamed' | 'unchanged';

interface FileSpec {
  readonly kind: FileKind;
  readonly shapes: readonly number[];
  readonly edits: readonly Edit[];
  readonly oldEol: boolean;
  readonly newEol: boolean;
  readonly chmod: boolean;
}

const eolArb = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

const fileSpecArb: fc.Arbitrary<FileSpec> = fc.record({
  kind: fc.constantFrom<FileKind>('modified', 'modified', 'modified', 'added', 'deleted', 'renamed', 'renamed', 'unchanged'),
  shapes: fc.array(fc.nat(1000), { maxLength: 10 }),
  edits: fc.array(editArb, { maxLength: 5 }),
  oldEol: eolArb,
  newEol: eolArb,
  chmod: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

interface Scenario {
  readonly paths: readonly string[];
  readonly specs: readonly FileSpec[];
}

function scenarioArb(paths: fc.Arbitrary<string>): fc.Arbitrary<Scenario> {
  return fc.record({
    paths: fc.uniqueArray(paths, { minLength: 2, maxLength: 10 }),
    specs: fc.array(fileSpecArb, { minLength: 1, maxLength: 5 }),
  });
}

interface FileState {
  readonly content: string;
  readonly executable: boolean;
}

type Tree = Map<string, FileState>;

function content(lines: readonly string[], eol: boolean): string {
  if (lines.length === 0) return '';
  return `${lines.join('\n')}${eol ? '\n' : ''}`;
}

const NO_EOL = '\u0000(no newline at end of file)';

/** A file's lines as git compares them: a last line without its newline differs from the same text with one. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return lines;
}

/** A line as the gate compares re-indented lines: without its indentation, trailing blanks or end of line. */
function normalized(line: string): string {
  return line.replace(NO_EOL, '').trim();
}

/** The old and new trees of a scenario; every line text is unique in the 'unique' mode. */
function buildTrees(scenario: Scenario, mode: LineMode): { before: Tree; after: Tree } {
  let counter = 0;
  const line = (shape: number): string => {
    if (mode !== 'unique') return REPEATED_LINES[shape % REPEATED_LINES.length] as string;
    counter += 1;
    return `${HOSTILE_SHAPES[shape % HOSTILE_SHAPES.length]}#${counter}#`;
  };
  const paths = compatiblePaths(scenario.paths);
  const before: Tree = new Map();
  const after: Tree = new Map();
  scenario.specs.forEach((spec, index) => {
    const primary = paths[2 * index];
    const secondary = paths[2 * index + 1];
    if (primary === undefined) return;
    const original = spec.shapes.map(line);
    const edited = [...original];
    for (const edit of spec.edits) {
      if (edit.kind === 'insert') {
        const at = edit.at % (edited.length + 1);
        edited.splice(at, 0, ...Array.from({ length: edit.count }, (_, offset) => line(edit.shape + offset)));
      } else if (edited.length > 0) {
        const at = edit.at % edited.length;
        const fresh = edit.kind === 'modify' ? Array.from({ length: edit.count }, (_, offset) => line(edit.shape + offset)) : [];
        edited.splice(at, edit.count, ...fresh);
      }
    }
    const oldState = { content: content(original, spec.oldEol), executable: false };
    const newState = { content: content(edited, spec.newEol), executable: spec.chmod };
    switch (spec.kind) {
      case 'added':
        after.set(primary, newState);
        break;
      case 'deleted':
        before.set(primary, oldState);
        break;
      case 'unchanged':
        before.set(primary, oldState);
        after.set(primary, oldState);
        break;
      case 'renamed':
        before.set(primary, oldState);
        after.set(secondary ?? primary, newState);
        break;
      case 'modified':
        before.set(primary, oldState);
        after.set(primary, newState);
        break;
    }
  });
  return { before, after };
}

function writeTree(root: string, tree: Tree): void {
  for (const [path, state] of tree) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, state.content);
    chmodSync(absolute, state.executable ? 0o755 : 0o644);
  }
}

let repositories = 0;

/** A repository with `before` committed and then `after` committed on top of it. */
function commitTwice(before: Tree, after: Tree): string {
  repositories += 1;
  const root = join(scratch, `repo-${repositories}`);
  mkdirSync(root);
  git(root, ['init', '--quiet']);
  writeTree(root, before);
  git(root, ['add', '--all']);
  git(root, ['commit', '--quiet', '--allow-empty', '--no-verify', '--message', 'before']);
  for (const path of before.keys()) if (!after.has(path)) unlinkSync(join(root, path));
  writeTree(root, after);
  git(root, ['add', '--all']);
  git(root, ['commit', '--quiet', '--allow-empty', '--no-verify', '--message', 'after']);
  return root;
}

/** The old lines git compared a new file with: its own old version, the file it was renamed from, or none. */
function sourceLines(path: string, before: Tree, stats: ReadonlyMap<string, NumstatEntry>): string[] {
  const source = before.has(path) ? path : stats.get(path)?.renamedFrom;
  return linesOf(source === undefined ? '' : (before.get(source)?.content ?? ''));
}

function byPath(files: readonly ChangedFile[]): ChangedFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether `needle` is a subsequence of `haystack`. */
function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let at = 0;
  for (const item of haystack) if (at < needle.length && needle[at] === item) at += 1;
  return at === needle.length;
}

const exactPathArb = pathArb.filter((path) => !knownBugShape(path));

// File names with backslashes, quotes and control characters need a POSIX file system.
describe.skipIf(process.platform === 'win32')('parseChangedLines on real git diffs', () => {
  it('reports, for unique lines, exactly the new-side lines that are not in the file git compared with', () => {
    // With every line text unique and kept lines in order, the longest common subsequence is unique, so
    // every minimal diff (git's, on files this small) adds exactly the lines absent from the old side.
    fc.assert(
      fc.property(scenarioArb(exactPathArb), (scenario) => {
        const { before, after } = buildTrees(scenario, 'unique');
        const root = commitTwice(before, after);
        const stats = numstat(root);
        const expected = [...after].flatMap(([path, state]): ChangedFile[] => {
          const old = new Set(sourceLines(path, before, stats).map(normalized));
          const lines = linesOf(state.content).flatMap((text, index) => (old.has(normalized(text)) ? [] : [index + 1]));
          return lines.length === 0 ? [] : [{ path, lines }];
        });
        // The oracle agrees with git's own count, less lines that only gained a newline, before it judges the parser.
        for (const file of expected) expect(file.lines.length).toBeLessThanOrEqual(stats.get(file.path)?.added ?? 0);
        expect(byPath(parseChangedLines(gateDiff(root)))).toEqual(byPath(expected));
      }),
      { numRuns: GIT_RUNS },
    );
  });

  it('reports, for repeated lines, git’s own count of added lines, leaving a subsequence of the old file', () => {
    // Lines repeat, so git may pick any of several alignments: whichever it picks, the lines the parser
    // does not report must be old lines kept in order, and there must be as many as git counts.
    fc.assert(
      fc.property(scenarioArb(exactPathArb), (scenario) => {
        const { before, after } = buildTrees(scenario, 'repeated');
        const root = commitTwice(before, after);
        const stats = numstat(root);
        const reported = parseChangedLines(gateDiff(root));
        const gitPaths = new Set([...stats].filter(([, entry]) => entry.added > 0).map(([path]) => path));
        expect(reported.every((file) => gitPaths.has(file.path))).toBe(true);
        for (const file of reported) {
          const lines = linesOf(after.get(file.path)?.content ?? '');
          // Re-indented lines and lines that only gained a newline are set aside: never more than git adds.
          expect(file.lines.length).toBeLessThanOrEqual(stats.get(file.path)?.added ?? 0);
          expect(
            file.lines.every(
              (line, index) =>
                Number.isInteger(line) && line >= 1 && line <= lines.length && (index === 0 || line > (file.lines[index - 1] as number)),
            ),
          ).toBe(true);
          const added = new Set(file.lines);
          const kept = lines.filter((_, index) => !added.has(index + 1)).map(normalized);
          expect(isSubsequence(kept, sourceLines(file.path, before, stats).map(normalized))).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });

  /** One new file at a path of the given shape, one line: the parser must name that exact path. */
  function pathSurvives(paths: fc.Arbitrary<string>): void {
    fc.assert(
      fc.property(paths, (path) => {
        const root = commitTwice(new Map(), new Map([[path, { content: 'x\n', executable: false }]]));
        expect(parseChangedLines(gateDiff(root), gatePaths(root))).toEqual([{ path, lines: [1] }]);
      }),
      // Each of these fails on its first case; shrinking would only spawn git over and over.
      { numRuns: 3, endOnFailure: true },
    );
  }

  const unquotedPathArb = exactPathArb.filter((path) => !gitQuotes(path));

  // parse-diff alone would drop a trailing quote (`+++ b/a'`); the numstat paths keep it.
  it("keeps a trailing single quote of a file name (a' is reported as a)", () => {
    pathSurvives(unquotedPathArb.map((path) => `${path}'`));
  });

  it('keeps a trailing backslash of a file name (a\\ is reported as a)', () => {
    pathSurvives(exactPathArb.map((path) => `${path}\\`));
  });

  it('keeps trailing whitespace of a file name (`a ` is reported as `a`)', () => {
    pathSurvives(
      fc.tuple(unquotedPathArb, fc.constantFrom(' ', '\u00a0', '\u2028', '\u3000', '\ufeff')).map(([path, space]) => `${path}${space}`),
    );
  });

  it('keeps a date-time stamp inside a file name (a 2024-01-01 10:00:00 +0100.sql is reported as a)', () => {
    const digits = (length: number): fc.Arbitrary<string> =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
    pathSurvives(
      fc
        .tuple(unquotedPathArb, digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(4), fc.constantFrom('+', '-'))
        .map(([path, y, mo, d, h, mi, s, zone, sign]) => `${path} ${y}-${mo}-${d} ${h}:${mi}:${s} ${sign}${zone}.sql`),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// unquoteGitPath

const NAMED_ESCAPES: Readonly<Record<number, string>> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };

/**
 * The inside of git's C-style quoting (quote.c, quote_c_style): `"` and `\` and the named control
 * characters escaped by letter, other control characters and DEL as three octal digits, and with
 * core.quotePath=true every byte of a non-ASCII character too. parse-diff hands the parser this text.
 */
function gitQuoteBody(path: string, quotePath: boolean): string {
  const out: number[] = [];
  const ascii = (text: string): void => {
    for (const char of text) out.push(char.charCodeAt(0));
  };
  for (const byte of new TextEncoder().encode(path)) {
    const named = NAMED_ESCAPES[byte];
    if (named !== undefined) ascii(`\\${named}`);
    else if (byte < 0x20 || byte === 0x7f || (quotePath && byte >= 0x80)) ascii(`\\${byte.toString(8).padStart(3, '0')}`);
    else out.push(byte);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(out));
}

/** Text rich in what the quoting touches: backslashes, quotes, digits after escapes, controls, non-ASCII. */
const quotingUnitArb = fc.oneof(
  fc.constantFrom(
    '\\',
    '"',
    "'",
    '0',
    '1',
    '7',
    '8',
    'n',
    't',
    'a',
    '\\n',
    '\\000',
    '\t',
    '\n',
    '\r',
    '\x00',
    '\x07',
    '\x1b',
    '\x7f',
    'ü',
    '日',
    '😀',
    '\u2028',
    ' ',
    '/',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('unquoteGitPath', () => {
  it('inverts git’s C-style quoting of any path, with core.quotePath on or off', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: quotingUnitArb, maxLength: 30 })),
        fc.boolean(),
        (path, quotePath) => {
          expect(unquoteGitPath(gitQuoteBody(path, quotePath))).toBe(path);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves a path git writes unquoted as it is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((path) => !gitQuotes(path)),
        (path) => {
          expect(unquoteGitPath(path)).toBe(path);
        },
      ),
      { numRuns: 500 },
    );
  });
});
