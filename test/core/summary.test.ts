import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/core/changed-lines.js';
import type { Config } from '../../src/core/config.js';
import type { SkippedFile } from '../../src/core/file-scope.js';
import type { FileResult, MutantResult } from '../../src/core/mutation-report.js';
import { type ErrorOutcome, errorOutcome, type ScoredOutcome } from '../../src/core/outcome.js';
import { scoreChangedLines } from '../../src/core/scoring.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/core/summary.js';
import { decideVerdict, nothingToMutateVerdict } from '../../src/core/verdict.js';

const CONFIG: Config = {
  workingDirectory: '.',
  base: undefined,
  threshold: 80,
  include: ['**/*.ts'],
  exclude: ['**/*.test.*'],
  strykerConfig: undefined,
  concurrency: undefined,
};

const MERGE_BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

function mutant(
  id: string,
  status: MutantResult['status'],
  line: number,
  columns: [number, number],
  replacement: string,
  mutatorName = 'EqualityOperator',
): MutantResult {
  return {
    id,
    mutatorName,
    status,
    location: { start: { line, column: columns[0] }, end: { line, column: columns[1] } },
    replacement,
  };
}

interface ChangedSource {
  readonly lines: number[];
  readonly source?: string;
  readonly mutants?: MutantResult[];
}

/** A scored outcome over the given changed files, scored and judged by the gate's own functions. */
function scored(
  files: Record<string, ChangedSource>,
  options: { threshold?: number; skipped?: SkippedFile[]; untargetable?: string[]; base?: string; baseSource?: string } = {},
): ScoredOutcome {
  const changed: ChangedFile[] = Object.entries(files).map(([path, file]) => ({ path, lines: file.lines }));
  const mutants: Record<string, FileResult> = Object.fromEntries(
    Object.entries(files).map(([path, file]) => [
      path,
      { language: 'typescript', source: file.source ?? '', mutants: file.mutants ?? [] },
    ]),
  );
  const score = scoreChangedLines(mutants, changed);
  const threshold = options.threshold ?? 80;
  return {
    kind: 'scored',
    verdict: decideVerdict(score.total, threshold),
    config: { ...CONFIG, threshold },
    comparison: {
      base: options.base ?? 'main',
      baseSource: options.baseSource ?? 'input "base"',
      mergeBase: MERGE_BASE,
      head: HEAD,
    },
    scope: { selected: changed, skipped: options.skipped ?? [] },
    untargetable: options.untargetable ?? [],
    mutants,
    score,
  };
}

const SOURCE_A = 'export const f = (a, b) => a > b;\nexport const g = (x) => x | 1;\n';

/** One killed, one surviving, one uncovered and one compile-error mutant in src/a.ts; src/b.ts without mutants. */
function failingOutcome(): ScoredOutcome {
  return scored(
    {
      'src/a.ts': {
        lines: [1, 2],
        source: SOURCE_A,
        mutants: [
          mutant('1', 'Killed', 1, [28, 33], 'a >= b'),
          mutant('2', 'Survived', 1, [28, 33], 'a < b'),
          mutant('3', 'NoCoverage', 2, [25, 30], 'x & 1', 'ArithmeticOperator'),
          mutant('4', 'CompileError', 2, [25, 30], 'x'),
        ],
      },
      'src/b.ts': { lines: [3] },
    },
    {
      skipped: [
        { path: 'README.md', reason: 'not-included' },
        { path: 'src/a.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: '../x.ts', reason: 'outside-working-directory' },
      ],
      untargetable: ['{a,b}.ts'],
    },
  );
}

const HEADING =
  '## ❌ mutation-gate failed: Mutation score on changed lines is 33.33%, under the threshold 80%: 2 of 3 mutant(s) went unnoticed by the tests.';

const TOP = [
  HEADING,
  '',
  'Compared with <code>main</code> (input "base"): changed lines from merge base <code>aaaaaaaaaaaa</code> to HEAD <code>bbbbbbbbbbbb</code>.',
  '',
  '| File | Changed lines | Mutants | Killed | Survived | No coverage | Score |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  '| <code>src/a.ts</code> | 2 | 3 | 1 | 1 | 1 | 33.33% |',
  '| <code>src/b.ts</code> | 1 | 0 | 0 | 0 | 0 | n/a |',
  '| **All changed files** | 3 | 3 | 1 | 1 | 1 | **33.33%** |',
  '',
  '1 mutant(s) with compile or runtime errors, or ignored, are left out of the score.',
];

const MUTANT_LISTS = [
  '',
  '### Surviving mutants (1)',
  'Tests ran this code, yet none failed when it changed like this:',
  '',
  '- <code>src/a.ts:1</code> EqualityOperator: <code>a &#62; b</code> → <code>a &#60; b</code>',
  '',
  '### Uncovered mutants (1)',
  'No test runs these lines at all:',
  '',
  '- <code>src/a.ts:2</code> ArithmeticOperator: <code>x &#124; 1</code> → <code>x &#38; 1</code>',
];

const COUNTS_NOTE = [
  '',
  "1 surviving and 1 uncovered mutant(s) are listed in the gate's JSON report (too many to show here).",
];

const NOT_MUTATED = [
  '',
  '<details><summary>Changed files not mutated (4)</summary>',
  '',
  '- <code>{a,b}.ts</code>: its path cannot be given to Stryker (a {a,b} brace list or a backslash)',
  '- <code>README.md</code>: not matched by include',
  '- <code>src/a.test.ts</code>: matched by exclude <code>&#42;&#42;/&#42;.test.&#42;</code>',
  '- <code>../x.ts</code>: outside working-directory',
  '',
  '</details>',
];

const FULL = `${[...TOP, ...MUTANT_LISTS, ...NOT_MUTATED].join('\n')}\n`;
const COUNTS_ONLY = `${[...TOP, ...COUNTS_NOTE, ...NOT_MUTATED].join('\n')}\n`;
const CUT_NOTE = "\n\n_The summary was cut here to stay within GitHub's size limit; the JSON report has everything._\n";

const utf8 = new TextEncoder();

function bytes(text: string): number {
  return utf8.encode(text).length;
}

describe('renderSummary of a scored outcome', () => {
  it('renders the whole summary when it fits', () => {
    expect(renderSummary(failingOutcome())).toBe(FULL);
  });

  it('has a 1 MiB default budget', () => {
    expect(SUMMARY_LIMIT_BYTES).toBe(1_048_576);
  });

  it('starts with the verdict and the score against the threshold', () => {
    expect(renderSummary(failingOutcome()).split('\n')[0]).toBe(HEADING);
  });

  it('shows a passing verdict on the first line', () => {
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } });
    expect(renderSummary(outcome).split('\n')[0]).toBe(
      '## ✅ mutation-gate passed: Mutation score on changed lines is 100.00%, threshold 80%.',
    );
  });

  it('has one table row per changed file and the total row', () => {
    const lines = renderSummary(failingOutcome()).split('\n');
    expect(lines.filter((line) => line.startsWith('| <code>'))).toEqual([
      '| <code>src/a.ts</code> | 2 | 3 | 1 | 1 | 1 | 33.33% |',
      '| <code>src/b.ts</code> | 1 | 0 | 0 | 0 | 0 | n/a |',
    ]);
    expect(lines.filter((line) => line.startsWith('| **All changed files**'))).toEqual([
      '| **All changed files** | 3 | 3 | 1 | 1 | 1 | **33.33%** |',
    ]);
  });

  it('counts timeouts in the Killed column', () => {
    const outcome = scored({
      'a.ts': {
        lines: [1],
        source: 'a > b',
        mutants: [mutant('1', 'Timeout', 1, [1, 6], 'true'), mutant('2', 'Killed', 1, [1, 6], 'false')],
      },
    });
    expect(renderSummary(outcome)).toContain('| <code>a.ts</code> | 1 | 2 | 2 | 0 | 0 | 100.00% |');
    expect(renderSummary(outcome)).toContain('| **All changed files** | 1 | 2 | 2 | 0 | 0 | **100.00%** |');
  });

  it('lists only surviving and uncovered mutants, with file:line, mutator, original and replacement', () => {
    const text = renderSummary(failingOutcome());
    expect(text.split('\n').filter((line) => /^- <code>src\/a\.ts:\d+<\/code>/.test(line))).toEqual([
      '- <code>src/a.ts:1</code> EqualityOperator: <code>a &#62; b</code> → <code>a &#60; b</code>',
      '- <code>src/a.ts:2</code> ArithmeticOperator: <code>x &#124; 1</code> → <code>x &#38; 1</code>',
    ]);
    expect(text).not.toContain('a &#62;= b');
  });

  it('shows multi-line code on one line, shortened to 120 characters', () => {
    const long = `call(${'x'.repeat(200)})`;
    const outcome = scored({
      'a.ts': {
        lines: [1, 2, 3],
        source: `if (a) {\n  go();\n}\n${long}\n`,
        mutants: [
          { ...mutant('1', 'Survived', 1, [8, 2], '{}', 'BlockStatement'), location: { start: { line: 1, column: 8 }, end: { line: 3, column: 2 } } },
          mutant('2', 'NoCoverage', 4, [1, 206], '', 'CallExpression'),
        ],
      },
    });
    const text = renderSummary(outcome);
    expect(text).toContain('- <code>a.ts:1</code> BlockStatement: <code>{ go(); }</code> → <code>{}</code>\n');
    expect(text).toContain(`- <code>a.ts:4</code> CallExpression: <code>call(${'x'.repeat(114)}…</code> → <code></code>\n`);
  });

  it('trims the whitespace around shown code', () => {
    const outcome = scored({
      'a.ts': { lines: [1], source: 'f(   b   );', mutants: [mutant('1', 'Survived', 1, [3, 10], '  c  ', 'Identifier')] },
    });
    expect(renderSummary(outcome)).toContain('- <code>a.ts:1</code> Identifier: <code>b</code> → <code>c</code>\n');
  });

  it('leaves out the mutant sections when nothing survived or went uncovered', () => {
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } });
    expect(renderSummary(outcome)).toBe(
      [
        '## ✅ mutation-gate passed: Mutation score on changed lines is 100.00%, threshold 80%.',
        '',
        'Compared with <code>main</code> (input "base"): changed lines from merge base <code>aaaaaaaaaaaa</code> to HEAD <code>bbbbbbbbbbbb</code>.',
        '',
        '| File | Changed lines | Mutants | Killed | Survived | No coverage | Score |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| <code>a.ts</code> | 1 | 1 | 1 | 0 | 0 | 100.00% |',
        '| **All changed files** | 1 | 1 | 1 | 0 | 0 | **100.00%** |',
        '',
      ].join('\n'),
    );
  });

  it('counts ignored mutants with invalid ones as left out of the score', () => {
    const outcome = scored({
      'a.ts': {
        lines: [1],
        source: 'a > b',
        mutants: [mutant('1', 'Ignored', 1, [1, 6], 'x'), mutant('2', 'RuntimeError', 1, [1, 6], 'y')],
      },
    });
    const text = renderSummary(outcome);
    expect(text.split('\n')[0]).toBe(
      '## ➖ mutation-gate: no mutants: No valid mutants on the changed lines: Stryker made 2 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    );
    expect(text).toContain('\n2 mutant(s) with compile or runtime errors, or ignored, are left out of the score.\n');
    expect(text).toContain('| **All changed files** | 1 | 0 | 0 | 0 | 0 | **n/a** |');
  });

  it('renders a nothing-to-mutate outcome without a table, listing the files not mutated', () => {
    const outcome: ScoredOutcome = {
      ...scored({}, { skipped: [{ path: 'docs/a.md', reason: 'not-included' }] }),
      verdict: nothingToMutateVerdict(1),
    };
    expect(renderSummary(outcome)).toBe(
      [
        '## ➖ mutation-gate: no mutants: No mutants: none of the 1 changed file(s) is source code to mutate (see include and exclude).',
        '',
        'Compared with <code>main</code> (input "base"): changed lines from merge base <code>aaaaaaaaaaaa</code> to HEAD <code>bbbbbbbbbbbb</code>.',
        '',
        '<details><summary>Changed files not mutated (1)</summary>',
        '',
        '- <code>docs/a.md</code>: not matched by include',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('escapes the base and its source in the comparison line', () => {
    const outcome = scored({}, { base: 'feat|`x`', baseSource: 'push event field before <b>' });
    expect(renderSummary(outcome).split('\n')[2]).toBe(
      'Compared with <code>feat&#124;&#96;x&#96;</code> (push event field before &#60;b&#62;): changed lines from merge base <code>aaaaaaaaaaaa</code> to HEAD <code>bbbbbbbbbbbb</code>.',
    );
  });
});

describe('renderSummary with hostile names and code', () => {
  const HOSTILE_PATH = 'src/`x`|<img src=x onerror=alert(1)>@octocat.ts';
  const HOSTILE_SOURCE = 'const s = "<img src=x onerror=alert(1)>" | `@octocat` | #1;\n';

  function hostileOutcome(): ScoredOutcome {
    return scored(
      {
        [HOSTILE_PATH]: {
          lines: [1],
          source: HOSTILE_SOURCE,
          mutants: [
            mutant('1', 'Survived', 1, [11, 41], '"<script>@octocat</script>"', 'String|Literal<b>'),
            mutant('2', 'NoCoverage', 1, [44, 54], '`|`'),
          ],
        },
      },
      {
        skipped: [{ path: 'docs/<img src=x onerror=alert(1)>.md', reason: 'excluded', pattern: '**/@octocat|`*`' }],
        untargetable: ['{a,b}/<img src=x onerror=alert(1)>.ts'],
      },
    );
  }

  it('never shows the raw markup, mentions, pipes or backticks', () => {
    const text = renderSummary(hostileOutcome());
    for (const raw of ['<img', 'onerror=alert(1)>', '@octocat', '`', '<script>', '<b>', '|<', '`|`']) {
      expect(text).not.toContain(raw);
    }
    // Every pipe left is a table delimiter: each table row keeps its seven cells.
    const rows = text.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split('|')).toHaveLength(9);
  });

  it('shows the names and code as entities', () => {
    const text = renderSummary(hostileOutcome());
    const path = 'src/&#96;x&#96;&#124;&#60;img src=x onerror=alert(1)&#62;&#64;octocat.ts';
    expect(text).toContain(`| <code>${path}</code> | 1 | 2 | 0 | 1 | 1 | 0.00% |`);
    expect(text).toContain(
      `- <code>${path}:1</code> String&#124;Literal&#60;b&#62;: <code>"&#60;img src=x onerror=alert(1)&#62;"</code> → <code>"&#60;script&#62;&#64;octocat&#60;/script&#62;"</code>`,
    );
    expect(text).toContain(`- <code>${path}:1</code> EqualityOperator: <code>&#96;&#64;octocat&#96;</code> → <code>&#96;&#124;&#96;</code>`);
    expect(text).toContain(
      '- <code>docs/&#60;img src=x onerror=alert(1)&#62;.md</code>: matched by exclude <code>&#42;&#42;/&#64;octocat&#124;&#96;&#42;&#96;</code>',
    );
    expect(text).toContain('- <code>{a,b}/&#60;img src=x onerror=alert(1)&#62;.ts</code>: its path cannot be given to Stryker');
  });
});

describe('renderSummary within a byte budget', () => {
  it('keeps the full summary at exactly its own size', () => {
    expect(renderSummary(failingOutcome(), bytes(FULL))).toBe(FULL);
  });

  it('drops the mutant lists for a counts-only note one byte under the full size', () => {
    expect(renderSummary(failingOutcome(), bytes(FULL) - 1)).toBe(COUNTS_ONLY);
  });

  it('keeps the counts-only summary at exactly its own size', () => {
    expect(renderSummary(failingOutcome(), bytes(COUNTS_ONLY))).toBe(COUNTS_ONLY);
  });

  it('cuts the counts-only summary at a line boundary with the cut note one byte under its size', () => {
    const text = renderSummary(failingOutcome(), bytes(COUNTS_ONLY) - 1);
    // The note needs about 100 bytes: the last three list lines, the blank line and </details> go.
    expect(text).toBe(`${[...TOP, ...COUNTS_NOTE, ...NOT_MUTATED.slice(0, 5)].join('\n')}${CUT_NOTE}`);
    expect(bytes(text)).toBeLessThanOrEqual(bytes(COUNTS_ONLY) - 1);
  });

  it('cuts after the heading when only the heading fits', () => {
    const budget = bytes(HEADING) + 2 + bytes(CUT_NOTE);
    expect(renderSummary(failingOutcome(), budget)).toBe(`${HEADING}\n${CUT_NOTE}`);
  });

  it('cuts before the heading when even that does not fit', () => {
    const budget = bytes(HEADING) + bytes(CUT_NOTE) - 1;
    expect(renderSummary(failingOutcome(), budget)).toBe(CUT_NOTE);
  });

  /** 20 surviving and 20 uncovered mutants, multi-byte names and code everywhere, 30 files not mutated. */
  function multiByteOutcome(): ScoredOutcome {
    const lines = Array.from({ length: 40 }, (_, index) => `const ü${index} = '€😀' > 'ß';`);
    const mutants = lines.map((line, index) =>
      mutant(String(index), index % 2 === 0 ? 'Survived' : 'NoCoverage', index + 1, [1, [...line].length + 1], "'😀😀' <= 'ü'"),
    );
    const skipped = Array.from({ length: 30 }, (_, index): SkippedFile => ({ path: `docs/ü€😀-${index}.md`, reason: 'not-included' }));
    return scored(
      { 'src/ümlaut-€-😀.ts': { lines: lines.map((_, index) => index + 1), source: `${lines.join('\n')}\n`, mutants } },
      { skipped },
    );
  }

  it('never exceeds the budget and never splits a multi-byte character, whatever the budget', () => {
    const outcome = multiByteOutcome();
    const full = renderSummary(outcome);
    const counts = renderSummary(outcome, bytes(full) - 1);
    expect(counts).toContain("20 surviving and 20 uncovered mutant(s) are listed in the gate's JSON report");
    let cutsKeepingMultiByteLines = 0;
    for (let budget = bytes(CUT_NOTE); budget <= bytes(full) + 3; budget += 1) {
      const text = renderSummary(outcome, budget);
      expect(bytes(text)).toBeLessThanOrEqual(budget);
      expect(text).not.toContain('\uFFFD');
      if (text !== full && text !== counts) {
        expect(text.endsWith(CUT_NOTE)).toBe(true);
        const kept = text.slice(0, text.length - CUT_NOTE.length);
        // What is kept is whole lines from the start of the counts-only summary.
        expect(counts.startsWith(`${kept}\n`) || kept === '').toBe(true);
        if (kept.includes('ü€😀')) cutsKeepingMultiByteLines += 1;
      }
    }
    expect(cutsKeepingMultiByteLines).toBeGreaterThan(100);
  });

  it('uses every byte it can: one more line would not fit', () => {
    const outcome = multiByteOutcome();
    const counts = renderSummary(outcome, bytes(renderSummary(outcome)) - 1);
    const budget = Math.floor(bytes(counts) / 2);
    const text = renderSummary(outcome, budget);
    expect(text.endsWith(CUT_NOTE)).toBe(true);
    const kept = text.slice(0, text.length - CUT_NOTE.length);
    expect(counts.startsWith(`${kept}\n`)).toBe(true);
    const nextLineEnd = counts.indexOf('\n', kept.length + 1);
    expect(bytes(counts.slice(0, nextLineEnd)) + bytes(CUT_NOTE)).toBeGreaterThan(budget);
  });

  it('adds no note about listed mutants when nothing went undetected', () => {
    const skipped = Array.from({ length: 20 }, (_, index) => ({ path: `docs/page${index}.md`, reason: 'not-included' as const }));
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } }, { skipped });
    const full = renderSummary(outcome);
    const cut = renderSummary(outcome, bytes(full) - 1);
    expect(cut.endsWith(CUT_NOTE)).toBe(true);
    expect(cut).toContain('<code>docs/page0.md</code>');
    expect(cut).not.toContain('JSON report (too many to show here)');
  });

  it('stays within a budget smaller than the cut note itself', () => {
    const budget = 40;
    expect(bytes(renderSummary(failingOutcome(), budget))).toBeLessThanOrEqual(budget);
  });
});

describe('renderSummary of an error outcome', () => {
  it('renders the reason and the details inside <pre>, escaped, blank lines kept', () => {
    const outcome: ErrorOutcome = errorOutcome('Stryker exited with code 1: ERROR | boom', [
      '12:00:00 ERROR Stryker <b>failed</b>',
      '',
      '  at `file.ts` @scope/pkg #3 $x$',
    ]);
    expect(renderSummary(outcome)).toBe(
      [
        '## ⚠️ mutation-gate could not decide: Stryker exited with code 1: ERROR &#124; boom',
        '',
        '<pre>',
        '12:00:00 ERROR Stryker &#60;b&#62;failed&#60;/b&#62;',
        '',
        '  at &#96;file.ts&#96; &#64;scope/pkg &#35;3 &#36;x&#36;',
        '</pre>',
        '',
      ].join('\n'),
    );
  });

  it('cannot close the <pre> block from a detail line', () => {
    const text = renderSummary(errorOutcome('Failed.', ['</pre>', '<script>alert(1)</script>']));
    expect(text).toBe(
      '## ⚠️ mutation-gate could not decide: Failed.\n\n<pre>\n&#60;/pre&#62;\n&#60;script&#62;alert(1)&#60;/script&#62;\n</pre>\n',
    );
  });

  it('renders only the heading without details', () => {
    expect(renderSummary(errorOutcome('HEAD does not name a commit.'))).toBe(
      '## ⚠️ mutation-gate could not decide: HEAD does not name a commit.\n',
    );
  });

  it('escapes a multi-line reason onto the heading line', () => {
    expect(renderSummary(errorOutcome('line one\nline <two>'))).toBe(
      '## ⚠️ mutation-gate could not decide: line one line &#60;two&#62;\n',
    );
  });

  it('cuts long error details within the budget', () => {
    const details = Array.from({ length: 500 }, (_, index) => `ERROR line ${index} ü€😀`);
    const budget = 2000;
    const text = renderSummary(errorOutcome('Stryker failed.', details), budget);
    expect(bytes(text)).toBeLessThanOrEqual(budget);
    expect(text.startsWith('## ⚠️ mutation-gate could not decide: Stryker failed.\n\n<pre>\nERROR line 0 ü€😀\n')).toBe(true);
    expect(text.endsWith(CUT_NOTE)).toBe(true);
  });
});
