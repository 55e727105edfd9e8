import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../src/core/attribution/attribution.js';
import type { SkippedFile } from '../../src/core/diff/file-scope.js';
import { errorReport, type Report } from '../../src/core/judge/report.js';
import { escapeMarkdown } from '../../src/core/render/markdown.js';
import { type Budget, type RenderContext, renderReport, renderSummary } from '../../src/core/render/markdown-report.js';
import type { LinkBase } from '../../src/core/render/mutant-sections.js';
import type { Gating } from '../../src/core/scoring/ai-split.js';
import type { MutantResult, MutantStatus } from '../../src/core/stryker/stryker-report.js';
import type { TestInfo } from '../../src/core/stryker/test-index.js';
import { type ChangedSource, scored } from '../support/scored-fixtures.js';

// ---------------------------------------------------------------------------------------------------
// Hostile text

/** Pieces of text that mean something to markdown, HTML or GitHub, or that confuse a reader. */
const HOSTILE_UNITS = [
  '<',
  '>',
  '&',
  '|',
  '`',
  '\\',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '#',
  '@',
  '$',
  '!',
  ':',
  '{',
  '}',
  '"',
  "'",
  '-',
  '+',
  '=',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '😀',
  '👩‍💻',
  '\u202e',
  '\u200f',
  'ü',
  'a',
  'Z',
  '0',
  '<script>',
  '</script>',
  '<code>',
  '</code>',
  '</details>',
  '</summary>',
  '</pre>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '@user',
  'user',
  '```',
  '````',
  '~~~',
  '&#60;',
  '&lt;',
  '|---|',
  '#1',
  '$x$',
  '[x](javascript:alert(1))',
];

const hostileArb = fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 16 });
const hostileNonEmptyArb = fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), minLength: 1, maxLength: 12 });

/**
 * Source code adds fence-like lines behind a lone CR, which markdown also takes as a line break: only a
 * fence longer than any backtick run keeps them inside the code block.
 */
const codeLineArb = fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS, '\r```', '\r````\r', '\r ```\r', '\r```` '), maxLength: 16 });

// ---------------------------------------------------------------------------------------------------
// Outcomes

const STATUSES: readonly MutantStatus[] = [
  'Killed',
  'Survived',
  'Survived',
  'NoCoverage',
  'NoCoverage',
  'Timeout',
  'CompileError',
  'RuntimeError',
  'Ignored',
];
const MUTATORS = ['EqualityOperator', 'ConditionalExpression', 'ArithmeticOperator', 'MethodExpression', 'StringLiteral', 'BlockStatement'];
const TEST_IDS = ['t0', 't1', 't2', 't3', 't4', 't5', 't6'];
const CLASSES: readonly LineClass[] = ['ai', 'human', 'unknown'];
const SKIP_REASONS: readonly SkippedFile['reason'][] = ['outside-working-directory', 'not-included', 'excluded'];

const mutantSpecArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  mutator: fc.oneof(fc.constantFrom(...MUTATORS), hostileArb),
  replacement: fc.oneof(fc.constantFrom('true', 'false', 'a < b'), hostileArb),
  line: fc.nat(20),
  column: fc.nat(30),
  lines: fc.nat(2),
  endColumn: fc.nat(30),
  coveredBy: fc.uniqueArray(fc.oneof(fc.constantFrom(...TEST_IDS), hostileNonEmptyArb), { maxLength: 8 }),
  killedBy: fc.uniqueArray(fc.constantFrom(...TEST_IDS), { maxLength: 2 }),
});

const fileArb = fc.record({
  path: hostileNonEmptyArb,
  sourceLines: fc.array(codeLineArb, { minLength: 1, maxLength: 8 }),
  mutants: fc.array(mutantSpecArb, { maxLength: 24, size: 'medium' }),
  changed: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 8 }),
  classes: fc.array(fc.tuple(fc.constantFrom(...CLASSES), hostileArb), { maxLength: 8 }),
});

const testInfoArb = (id: string): fc.Arbitrary<TestInfo> =>
  fc.record({
    id: fc.constant(id),
    name: hostileArb,
    file: fc.option(hostileArb, { nil: undefined }),
    line: fc.option(fc.nat(500), { nil: undefined }),
  });

const scoredArb: fc.Arbitrary<Report> = fc
  .record({
    files: fc.uniqueArray(fileArb, { minLength: 1, maxLength: 3, selector: (file) => file.path }),
    threshold: fc.integer({ min: 0, max: 10_000 }),
    aiThreshold: fc.integer({ min: 0, max: 10_000 }),
    aiLabels: fc.array(hostileArb, { maxLength: 2 }),
    gating: fc.record({
      detection: fc.constantFrom<Gating['detection']>('auto', 'all', 'off'),
      unknownAs: fc.constantFrom<Gating['unknownAs']>('human', 'ai'),
    }),
    signals: fc.record({ checked: fc.array(hostileArb, { maxLength: 3 }), unavailable: fc.array(hostileArb, { maxLength: 3 }) }),
    skipped: fc.array(
      fc.record({ path: hostileArb, reason: fc.constantFrom(...SKIP_REASONS), pattern: fc.option(hostileArb, { nil: undefined }) }),
      { maxLength: 3 },
    ),
    untargetable: fc.array(hostileArb, { maxLength: 3 }),
    base: hostileArb,
    baseSource: hostileArb,
    tests: fc.tuple(...TEST_IDS.map(testInfoArb)),
    repositoryPrefix: fc.oneof(
      fc.constant(''),
      hostileNonEmptyArb.map((prefix) => `${prefix}/`),
    ),
  })
  .map((input) => {
    const files: Record<string, ChangedSource> = {};
    for (const file of input.files) {
      const source = file.sourceLines.join('\n');
      const lineCount = source.split(/\r?\n/).length;
      const mutants = file.mutants.map((spec, index): MutantResult => {
        const line = 1 + (spec.line % lineCount);
        return {
          id: String(index),
          mutatorName: spec.mutator,
          status: spec.status,
          location: {
            start: { line, column: 1 + spec.column },
            end: { line: Math.min(lineCount, line + spec.lines), column: 1 + spec.endColumn },
          },
          replacement: spec.replacement,
          coveredBy: spec.coveredBy,
          killedBy: spec.killedBy,
        };
      });
      const classes: Record<number, readonly [LineClass, string]> = {};
      file.changed.forEach((line, index) => {
        const decided = file.classes[index];
        if (decided !== undefined) classes[line] = decided;
      });
      // Every line a mutant spans is changed: the judge keeps only changed-line mutants.
      const spanned = mutants.flatMap(({ location }) =>
        Array.from({ length: location.end.line - location.start.line + 1 }, (_, offset) => location.start.line + offset),
      );
      const lines = [...new Set([...file.changed, ...spanned])].sort((a, b) => a - b);
      files[file.path] = { lines, source, mutants, classes };
    }
    return scored(files, {
      threshold: input.threshold / 100,
      aiThreshold: input.aiThreshold / 100,
      aiLabels: input.aiLabels,
      gating: input.gating,
      signals: input.signals,
      skipped: input.skipped.map(({ path, reason, pattern }) => (pattern === undefined ? { path, reason } : { path, reason, pattern })),
      untargetable: input.untargetable,
      base: input.base,
      baseSource: input.baseSource,
      tests: new Map(input.tests.map((test) => [test.id, test])),
      repositoryPrefix: input.repositoryPrefix,
    });
  });

const errorArb: fc.Arbitrary<Report> = fc
  .tuple(hostileArb, fc.array(hostileArb, { maxLength: 12 }))
  .map(([reason, details]) => errorReport(undefined, reason, details));

const outcomeArb = fc.oneof({ weight: 4, arbitrary: scoredArb }, { weight: 1, arbitrary: errorArb });

const linksArb: fc.Arbitrary<LinkBase | undefined> = fc.option(
  fc.record({
    serverUrl: fc.constant('https://github.com'),
    repository: fc.oneof(fc.constant('octo/repo'), hostileNonEmptyArb),
    sha: fc.constant('c'.repeat(40)),
    repositoryPrefix: fc.oneof(
      fc.constant(''),
      hostileNonEmptyArb.map((prefix) => `${prefix}/`),
    ),
  }),
  { nil: undefined },
);

const contextArb: fc.Arbitrary<RenderContext> = fc.record({
  links: linksArb,
  unannotated: fc.oneof(fc.constant(0), fc.nat(50)),
  notices: fc.array(hostileArb, { maxLength: 3 }),
  runUrl: fc.option(fc.constant('https://github.com/octo/repo/actions/runs/1'), { nil: undefined }),
});

/**
 * Where a budget falls: at or around the size of each detail level (full, compact, counts only), so that
 * every level and every boundary is hit, or anywhere from nothing to a little more than the full report.
 */
const budgetPickArb = fc.oneof(
  fc.record({ kind: fc.constant('level' as const), level: fc.nat(2), offset: fc.integer({ min: -2, max: 2 }) }),
  fc.record({ kind: fc.constant('small' as const), value: fc.nat(300) }),
  fc.record({ kind: fc.constant('fraction' as const), value: fc.double({ min: 0, max: 1.05, noNaN: true }) }),
);

type BudgetPick = typeof budgetPickArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The sizes of the three detail levels, found through the renderer itself: the report under a budget
 * one below a level's size is the next level (or a cut one).
 */
function levelSizes(render: (limit: number) => string, measure: (text: string) => number): number[] {
  const sizes = [measure(render(Number.MAX_SAFE_INTEGER))];
  for (let level = 1; level < 3; level += 1) sizes.push(measure(render((sizes[level - 1] as number) - 1)));
  return sizes;
}

function budgetOf(pick: BudgetPick, sizes: readonly number[]): number {
  const full = sizes[0] as number;
  if (pick.kind === 'small') return pick.value;
  if (pick.kind === 'fraction') return Math.floor(full * pick.value);
  return Math.max(0, (sizes[pick.level] as number) + pick.offset);
}

// ---------------------------------------------------------------------------------------------------
// What any rendered report must be

/** The HTML the renderer writes itself; any other tag could only come from unescaped input. */
const OWN_HTML = /<\/?(?:code|details|summary|pre)>/g;

/** CommonMark line endings: a lone CR ends a line too. */
function markdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Checks the rendered markdown: every fenced code block closed, and outside them no tag but the
 * renderer's own, no @mention, and every table row with as many cells as its header.
 */
function expectSafeMarkdown(text: string): void {
  const lines = markdownLines(text);
  const prose: { line: string; index: number }[] = [];
  let fence: { char: string; length: number } | undefined;
  lines.forEach((line, index) => {
    if (fence === undefined) {
      const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      // A backtick fence's info string may not hold a backtick.
      if (open !== null && !(open[1]?.startsWith('`') && open[2]?.includes('`'))) {
        fence = { char: (open[1] as string)[0] as string, length: (open[1] as string).length };
        return;
      }
      prose.push({ line, index });
      return;
    }
    const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
    if (close !== null && (close[1] as string)[0] === fence.char && (close[1] as string).length >= fence.length) fence = undefined;
  });
  expect(fence, 'a fenced code block is left open').toBeUndefined();

  for (const { line } of prose) {
    const withoutOwnHtml = line.replaceAll(OWN_HTML, '');
    expect(withoutOwnHtml, 'raw HTML outside code').not.toMatch(/<[A-Za-z/!?]/);
    expect(line, 'an @mention outside code').not.toMatch(/@\w/);
  }

  const cells = (row: string): number => row.split('|').length - 2;
  const proseAt = new Map(prose.map(({ line, index }) => [index, line]));
  for (const { line, index } of prose) {
    if (!/^\|(?: *:?-+:? *\|)+ *$/.test(line)) continue;
    const header = proseAt.get(index - 1) ?? '';
    expect(header, 'a table without a header row').toMatch(/^\|.*\|$/);
    expect(cells(line), `delimiter row ${line} of header ${header}`).toBe(cells(header));
    // A table goes on until a blank line: every line until then is a row.
    for (let row = index + 1; row < lines.length && (lines[row] as string).trim() !== ''; row += 1) {
      const body = lines[row] as string;
      expect(body, 'a table row without its pipes').toMatch(/^\|.*\|$/);
      expect(cells(body), `table row ${body} of header ${header}`).toBe(cells(header));
    }
  }
}

const utf8 = new TextEncoder();
const bytes = (text: string): number => utf8.encode(text).length;

const MEASURES = {
  'UTF-16 code units (a PR comment)': (text: string) => text.length,
  'code points': (text: string) => [...text].length,
} as const;

describe('renderReport and renderSummary', () => {
  it('keep a job summary within its byte budget, as safe markdown', () => {
    fc.assert(
      fc.property(outcomeArb, contextArb, budgetPickArb, (outcome, context, pick) => {
        const full = renderSummary(outcome, context, Number.MAX_SAFE_INTEGER);
        expectSafeMarkdown(full);
        const maxBytes = budgetOf(
          pick,
          levelSizes((limit) => renderSummary(outcome, context, limit), bytes),
        );
        const text = renderSummary(outcome, context, maxBytes);
        expect(bytes(text)).toBeLessThanOrEqual(maxBytes);
        if (maxBytes >= bytes(full)) expect(text).toBe(full);
        expectSafeMarkdown(text);
      }),
      { numRuns: 150 },
    );
  });

  it('keep a PR comment within its character budget, as safe markdown', () => {
    fc.assert(
      fc.property(
        outcomeArb,
        contextArb,
        budgetPickArb,
        fc.constantFrom(...Object.keys(MEASURES)),
        (outcome, context, pick, measureName) => {
          const measure = MEASURES[measureName as keyof typeof MEASURES];
          const sizes = levelSizes((limit) => renderReport(outcome, context, { limit, measure }), measure);
          const budget: Budget = { limit: budgetOf(pick, sizes), measure };
          const text = renderReport(outcome, context, budget);
          expect(measure(text)).toBeLessThanOrEqual(budget.limit);
          expectSafeMarkdown(text);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// escapeMarkdown

/** The characters escapeMarkdown promises to neutralise. */
const SIGNIFICANT = /[&<>`|\\*_~[\]#@$]/;

function decodeEntities(text: string): string {
  return text.replaceAll(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

describe('escapeMarkdown', () => {
  it('leaves no significant character or line break raw, and decodes back to the input with line breaks as spaces', () => {
    fc.assert(
      fc.property(fc.oneof(hostileArb, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const escaped = escapeMarkdown(text);
        const raw = escaped.replaceAll(/&#\d+;/g, '');
        expect(raw).not.toMatch(SIGNIFICANT);
        expect(raw).not.toMatch(/[\r\n]/);
        expect(decodeEntities(escaped)).toBe(text.replaceAll(/\r\n|\r|\n/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});
