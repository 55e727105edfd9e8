import { describe, expect, it } from 'vitest';
import type { SignalReport } from '../../../src/core/attribution/signal-report.js';
import type { SkippedFile } from '../../../src/core/diff/file-scope.js';
import { type ErrorReport, errorReport, type ScoredReport } from '../../../src/core/judge/report.js';
import {
  type Budget,
  NO_CONTEXT,
  type RenderContext,
  renderReport,
  renderSummary,
  SUMMARY_LIMIT_BYTES,
} from '../../../src/core/render/markdown-report.js';
import { nothingToMutateVerdict } from '../../../src/core/scoring/verdict.js';
import type { TestInfo } from '../../../src/core/stryker/test-index.js';
import { type ChangedSource, CLAUDE, CLAUDE_SHOWN, mutant, NO_MARKER, SIGNALS, scored } from '../../support/scored-fixtures.js';

const SOURCE_A = 'export const f = (a, b) => a > b;\nexport const g = (x) => x | 1;\n';

/** t1 killed a mutant; t2 and t3 (which the report does not name) ran mutants and killed none. */
const TESTS: ReadonlyMap<string, TestInfo> = new Map([
  ['t1', { id: 't1', name: 'f compares', file: 'test/a.test.ts', line: 3 }],
  ['t2', { id: 't2', name: 'f <runs>', file: 'test/a.test.ts', line: undefined }],
]);

/**
 * One killed, one surviving, one uncovered and one compile-error mutant in src/a.ts, whose line 1 is
 * AI-touched; src/b.ts without mutants.
 */
function failingOutcome(): ScoredReport {
  return scored(
    {
      'src/a.ts': {
        lines: [1, 2],
        source: SOURCE_A,
        mutants: [
          { ...mutant('1', 'Killed', 1, [28, 33], 'a >= b'), coveredBy: ['t1'], killedBy: ['t1'] },
          { ...mutant('2', 'Survived', 1, [28, 33], 'a < b'), coveredBy: ['t1', 't2', 't3'] },
          mutant('3', 'NoCoverage', 2, [25, 30], 'x & 1', 'ArithmeticOperator'),
          mutant('4', 'CompileError', 2, [25, 30], 'x'),
        ],
        classes: { 1: ['ai', CLAUDE] },
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
      tests: TESTS,
    },
  );
}

const DETECTED_VITEST = {
  detected: { runner: 'vitest', evidence: 'vitest.config.ts' },
  missingPlugin: undefined,
  config: { testRunner: 'vitest', coverageAnalysis: 'perTest', plugins: ['@stryker-mutator/vitest-runner'] },
} as const;

const HEADING =
  '## ❌ mutation-gate failed: AI-touched lines score 50.00%, under the ai-threshold 80%: 1 of 2 mutant(s) there went unnoticed; ' +
  'all changed lines score 33.33%, under the threshold 80%: 2 of 3 mutant(s) went unnoticed by the tests.';

const COMPARISON_LINE =
  'Compared with <code>main</code> (input "base"): changed lines from merge base <code>aaaaaaaaaaaa</code> to HEAD <code>bbbbbbbbbbbb</code>.';

const SPLIT_HEADER = [
  '| Lines | Changed lines | Mutants | Killed | Timeout | Survived | No coverage | Score | Threshold | Gate |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];

const FILE_HEADER = [
  '| File | Class | Changed lines | Mutants | Killed | Timeout | Survived | No coverage | Score |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

/** The changed JS/TS files the failing outcome did not mutate, listed right under the heading. */
const UNMEASURED_SOURCE = [
  '',
  '**Changed source not measured (3):**',
  '- <code>{a,b}.ts</code>: its path cannot be given to Stryker (a {a,b} brace list or a backslash)',
  '- <code>src/a.test.ts</code>: matched by exclude <code>&#42;&#42;/&#42;.test.&#42;</code>',
  '- <code>../x.ts</code>: outside working-directory',
];

const TOP = [
  HEADING,
  ...UNMEASURED_SOURCE,
  '',
  COMPARISON_LINE,
  '',
  ...SPLIT_HEADER,
  '| **AI-touched** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 80% | ❌ fail |',
  '| Other | 2 | 1 | 0 | 0 | 0 | 1 | 0.00% |  |  |',
  '| **All changed lines** | 3 | 3 | 1 | 0 | 1 | 1 | 33.33% | 80% | ❌ fail |',
  '',
  ...FILE_HEADER,
  '| <code>src/a.ts</code> | mixed | 2 | 3 | 1 | 0 | 1 | 1 | 33.33% |',
  '| <code>src/b.ts</code> | unknown | 1 | 0 | 0 | 0 | 0 | 0 | n/a |',
  '',
  '1 mutant(s) with compile or runtime errors, or ignored, are left out of the score.',
];

const SILENT_INTRO = [
  '',
  '### 🔇 Tests that noticed nothing (2)',
  'These tests execute the changed code, but not one of the mutants they ran made them fail: they do not check what that code does.',
  '',
];

const SILENT_TESTS = [
  ...SILENT_INTRO,
  '- <code>f &#60;runs&#62;</code> (test/a.test.ts): ran 1 mutant(s) of the changed code and failed on none',
  '- <code>t3</code>: ran 1 mutant(s) of the changed code and failed on none',
];

function survivorsIntro(count: number): string[] {
  return [
    '',
    `### Surviving mutants (${count})`,
    'Tests ran this code, yet none failed when it changed like this: each is a realistic bug the tests would let through.',
  ];
}

const TURNED_AROUND = 'The comparison was turned around and no test failed: no test checks both the matching and the non-matching case.';

const SURVIVOR_DETAILS = [
  ...survivorsIntro(1),
  '',
  `<code>src/a.ts:1</code> · **ai** · EqualityOperator: ${TURNED_AROUND}`,
  '',
  '```diff',
  '- export const f = (a, b) => a > b;',
  '+ export const f = (a, b) => a < b;',
  '```',
  '',
  '- Tests that ran it and still passed: <code>f compares</code> (test/a.test.ts:3), <code>f &#60;runs&#62;</code> (test/a.test.ts), <code>t3</code>',
  `- Class ai: ${CLAUDE_SHOWN}`,
];

const SURVIVOR_LINES = [
  ...survivorsIntro(1),
  '',
  '- <code>src/a.ts:1</code> · **ai** · EqualityOperator: <code>a &#62; b</code> → <code>a &#60; b</code>',
];

const UNCOVERED = [
  '',
  '### Uncovered mutants (1)',
  'No test runs these lines at all.',
  '',
  '- <code>src/a.ts:2</code> · **unknown** · ArithmeticOperator: <code>x &#124; 1</code> → <code>x &#38; 1</code>',
];

const COUNTS_NOTE = [
  '',
  "1 surviving and 1 uncovered mutant(s), and 2 test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).",
];

/** The details of the attribution: evidence groups, most lines first, then the signals. */
function attributionDetails(groups: readonly string[], signals: SignalReport = SIGNALS): string[] {
  return [
    '',
    '<details><summary>Attribution: why each changed line has its class</summary>',
    '',
    ...groups,
    '',
    'Signals:',
    ...signals.checked.map((signal) => `- checked: ${signal}`),
    ...signals.unavailable.map((signal) => `- not available: ${signal}`),
    '',
    '</details>',
  ];
}

const ATTRIBUTION = attributionDetails([`- **unknown**, 2 line(s): ${NO_MARKER}`, `- **ai**, 1 line(s): ${CLAUDE_SHOWN}`]);

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

/** The note shown when no changed line is classed ai. */
function noMarkerNote(lines: number, gatedAs: string, unknownAs: string, label = 'ai-generated'): string[] {
  return [
    '',
    `**No AI marker found** on the ${lines} changed line(s); this does not mean a person wrote them. ` +
      `Lines without evidence are gated as ${gatedAs} (unknown-as: ${unknownAs}). ` +
      `To hold this change to ai-threshold, add a PR label such as <code>${label}</code> or set <code>ai-detection: all</code>.`,
  ];
}

/** The note shown when ai-detection is off. */
function detectionOffNote(lines: number): string[] {
  return ['', `AI detection is off (<code>ai-detection: off</code>): none of the ${lines} changed line(s) is held to ai-threshold.`];
}

function summaryOf(...parts: (readonly string[])[]): string {
  return `${parts.flat().join('\n')}\n`;
}

const FULL = summaryOf(TOP, SILENT_TESTS, SURVIVOR_DETAILS, UNCOVERED, ATTRIBUTION, NOT_MUTATED);
const COMPACT = summaryOf(TOP, SILENT_TESTS, SURVIVOR_LINES, UNCOVERED, ATTRIBUTION, NOT_MUTATED);
const COUNTS_ONLY = summaryOf(TOP, COUNTS_NOTE, ATTRIBUTION, NOT_MUTATED);
const CUT_NOTE = "\n\n_The report was cut here to stay within GitHub's size limit; the JSON report has everything._\n";

const utf8 = new TextEncoder();

function bytes(text: string): number {
  return utf8.encode(text).length;
}

/** A byte budget as the job summary counts it. */
function byteBudget(limit: number): Budget {
  return { limit, measure: bytes };
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
      '## ✅ mutation-gate passed: No AI-touched lines; all changed lines score 100.00%, threshold 80%.',
    );
  });

  it('has one file table row per changed file, with its class, and the AI-touched, other and all-lines rows', () => {
    const lines = renderSummary(failingOutcome()).split('\n');
    expect(lines.filter((line) => line.startsWith('| <code>'))).toEqual([
      '| <code>src/a.ts</code> | mixed | 2 | 3 | 1 | 0 | 1 | 1 | 33.33% |',
      '| <code>src/b.ts</code> | unknown | 1 | 0 | 0 | 0 | 0 | 0 | n/a |',
    ]);
    expect(lines.filter((line) => /^\| (\*\*AI-touched\*\*|Other|\*\*All changed lines\*\*) /.test(line))).toEqual([
      '| **AI-touched** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 80% | ❌ fail |',
      '| Other | 2 | 1 | 0 | 0 | 0 | 1 | 0.00% |  |  |',
      '| **All changed lines** | 3 | 3 | 1 | 0 | 1 | 1 | 33.33% | 80% | ❌ fail |',
    ]);
  });

  it('shows timeouts apart from kills, as the outputs count them, both detecting', () => {
    const outcome = scored({
      'a.ts': {
        lines: [1],
        source: 'a > b',
        mutants: [mutant('1', 'Timeout', 1, [1, 6], 'true'), mutant('2', 'Killed', 1, [1, 6], 'false')],
      },
    });
    expect(renderSummary(outcome)).toContain('\n| <code>a.ts</code> | unknown | 1 | 2 | 1 | 1 | 0 | 0 | 100.00% |\n');
    expect(renderSummary(outcome)).toContain('\n| Other | 1 | 2 | 1 | 1 | 0 | 0 | 100.00% |  |  |\n');
    expect(renderSummary(outcome)).toContain('\n| **All changed lines** | 1 | 2 | 1 | 1 | 0 | 0 | 100.00% | 80% | ✅ pass |\n');
  });

  it('lists only surviving and uncovered mutants, with file:line, class, mutator and hint or code, and the evidence of a survivor', () => {
    const lines = renderSummary(failingOutcome()).split('\n');
    expect(lines.filter((line) => /^(- )?<code>src\/a\.ts:\d+<\/code>/.test(line))).toEqual([
      `<code>src/a.ts:1</code> · **ai** · EqualityOperator: ${TURNED_AROUND}`,
      '- <code>src/a.ts:2</code> · **unknown** · ArithmeticOperator: <code>x &#124; 1</code> → <code>x &#38; 1</code>',
    ]);
    expect(lines.filter((line) => line.startsWith('- Class '))).toEqual([`- Class ai: ${CLAUDE_SHOWN}`]);
    expect(lines.join('\n')).not.toContain('a >= b');
    expect(lines.join('\n')).not.toContain('a &#62;= b');
  });

  it('shows a multi-line survivor as whole lines before and after, and one-line code shortened to 120 characters', () => {
    const long = `call(${'x'.repeat(200)})`;
    const outcome = scored({
      'a.ts': {
        lines: [1, 2, 3, 4],
        source: `if (a) {\n  go();\n}\n${long}\n`,
        mutants: [
          {
            ...mutant('1', 'Survived', 1, [8, 2], '{}', 'BlockStatement'),
            location: { start: { line: 1, column: 8 }, end: { line: 3, column: 2 } },
          },
          mutant('2', 'NoCoverage', 4, [1, 206], '', 'CallExpression'),
        ],
      },
    });
    const text = renderSummary(outcome);
    expect(text).toContain(
      [
        '',
        "<code>a.ts:1</code> · **unknown** · BlockStatement: The block was emptied and no test failed: nothing checks this block's effect (what it returns or changes).",
        '',
        '```diff',
        '- if (a) {',
        '-   go();',
        '- }',
        '+ if (a) {}',
        '```',
        '',
        '- Tests that ran it: not reported by the test runner.',
        `- Class unknown: ${NO_MARKER}`,
        '',
      ].join('\n'),
    );
    expect(text).toContain(
      `\n- <code>a.ts:4</code> · **unknown** · CallExpression: <code>call(${'x'.repeat(114)}…</code> → <code></code>\n`,
    );
    const compact = renderSummary(outcome, NO_CONTEXT, bytes(text) - 1);
    expect(compact).toContain('\n- <code>a.ts:1</code> · **unknown** · BlockStatement: <code>{ go(); }</code> → <code>{}</code>\n');
    expect(compact).not.toContain('```');
  });

  it('trims the whitespace around shown code', () => {
    const outcome = scored({
      'a.ts': {
        lines: [1],
        source: 'f(   b   );',
        mutants: [mutant('1', 'NoCoverage', 1, [3, 10], '  c  ', 'Identifier'), mutant('2', 'Survived', 1, [3, 10], '\td\n', 'Identifier')],
      },
    });
    const full = renderSummary(outcome);
    expect(full).toContain('\n- <code>a.ts:1</code> · **unknown** · Identifier: <code>b</code> → <code>c</code>\n');
    expect(renderSummary(outcome, NO_CONTEXT, bytes(full) - 1)).toContain(
      '\n- <code>a.ts:1</code> · **unknown** · Identifier: <code>b</code> → <code>d</code>\n',
    );
  });

  it('leaves out the mutant sections when nothing survived or went uncovered', () => {
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } });
    expect(renderSummary(outcome)).toBe(
      [
        '## ✅ mutation-gate passed: No AI-touched lines; all changed lines score 100.00%, threshold 80%.',
        '',
        COMPARISON_LINE,
        '',
        ...SPLIT_HEADER,
        '| **AI-touched** | 0 | 0 | 0 | 0 | 0 | 0 | n/a | 80% | ➖ no mutants |',
        '| Other | 1 | 1 | 1 | 0 | 0 | 0 | 100.00% |  |  |',
        '| **All changed lines** | 1 | 1 | 1 | 0 | 0 | 0 | 100.00% | 80% | ✅ pass |',
        '',
        ...FILE_HEADER,
        '| <code>a.ts</code> | unknown | 1 | 1 | 1 | 0 | 0 | 0 | 100.00% |',
        ...noMarkerNote(1, 'other lines', 'human'),
        ...attributionDetails([`- **unknown**, 1 line(s): ${NO_MARKER}`]),
        '',
      ].join('\n'),
    );
  });

  it('counts ignored mutants with invalid ones as left out of the score once their suppression is approved', () => {
    const outcome = scored(
      {
        'a.ts': {
          lines: [1],
          source: 'a > b',
          mutants: [mutant('1', 'Ignored', 1, [1, 6], 'x'), mutant('2', 'RuntimeError', 1, [1, 6], 'y')],
        },
      },
      { approval: { state: 'approved', by: '@lead', commit: 'b'.repeat(40) } },
    );
    const text = renderSummary(outcome);
    expect(text.split('\n')[0]).toBe(
      '## ➖ mutation-gate: no mutants: No valid mutants on the changed lines: Stryker made 2 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored). 1 finding(s) approved by &#64;lead.',
    );
    expect(text).toContain('\n2 mutant(s) with compile or runtime errors, or ignored, are left out of the score.\n');
    expect(text).toContain('\n| **All changed lines** | 1 | 0 | 0 | 0 | 0 | 0 | n/a | 80% | ➖ no mutants |\n');
  });

  it('says under the comparison that the code under test ran in its own PID namespace', () => {
    const outcome = scored(
      { 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } },
      { isolation: { level: 'pid-namespace', detail: 'unshare through passwordless sudo' } },
    );
    const lines = renderSummary(outcome).split('\n');
    expect(lines.slice(lines.indexOf(COMPARISON_LINE), lines.indexOf(COMPARISON_LINE) + 3)).toEqual([
      COMPARISON_LINE,
      '',
      "Isolation: **pid-namespace**: the code under test ran in Stryker's own PID namespace, without the gate's token, inputs or " +
        'workflow files; it could not see the gate, and nothing it started outlived Stryker (unshare through passwordless sudo).',
    ]);
  });

  it('says under the comparison what measured the change: Stryker, the runner and its plugin, and the config', () => {
    const setup = {
      config: 'stryker.config.json at aaaaaaaaaaaa',
      testRunner: { name: 'vitest', coverageAnalysis: 'perTest' },
      strykerVersion: '10.1.0',
      bundled: undefined,
      detected: undefined,
      runnerPlugin: { name: '@stryker-mutator/vitest-runner', version: '10.0.2' },
    };
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } }, { setup });
    const lines = renderSummary(outcome).split('\n');
    expect(lines.slice(lines.indexOf(COMPARISON_LINE), lines.indexOf(COMPARISON_LINE) + 3)).toEqual([
      COMPARISON_LINE,
      '',
      'Measured by Stryker 10.1.0 with the <code>vitest</code> test runner (<code>&#64;stryker-mutator/vitest-runner</code> 10.0.2), ' +
        'perTest coverage analysis, configured by <code>stryker.config.json at aaaaaaaaaaaa</code>.',
    ]);
  });

  it('says when the initial test run was the whole suite because no test imports a changed file (Jest, Vitest)', () => {
    const setup = {
      config: 'c.json',
      testRunner: { name: 'jest', coverageAnalysis: 'perTest' },
      strykerVersion: '10.0.0',
      bundled: 'jest',
      detected: undefined,
      runnerPlugin: undefined,
      unreachedByTests: ['src/new.ts', 'src/a|b.ts'],
    } as const;
    const files = { 'a.ts': { lines: [1], source: 'a > b', mutants: [] } };
    const text = renderSummary(scored(files, { setup }));
    expect(text).toContain(
      'Measured by Stryker 10.0.0 (brought by the gate, with its jest set) with the <code>jest</code> test runner, perTest coverage ' +
        'analysis, configured by <code>c.json</code>.\n\nNo test imports <code>src/new.ts</code>, <code>src/a&#124;b.ts</code>, so the ' +
        'initial test run was the whole suite, not only the tests related to the changed files.',
    );
    expect(renderSummary(scored(files, { setup: { ...setup, unreachedByTests: [] } }))).not.toContain('No test imports');
    const mocha = { ...setup, testRunner: { name: 'mocha', coverageAnalysis: 'perTest' } };
    expect(renderSummary(scored(files, { setup: mocha }))).not.toContain('No test imports');
  });

  it('says which test runner the gate detected without a config, how it ran, and the config to commit', () => {
    const files = { 'a.ts': { lines: [1], source: 'a > b', mutants: [] } };
    const base = { config: undefined, strykerVersion: '10.1.0', runnerPlugin: undefined, bundled: undefined };
    const vitest = { ...base, detected: DETECTED_VITEST, testRunner: { name: 'vitest', coverageAnalysis: 'perTest' } };
    expect(renderSummary(scored(files, { setup: vitest }))).toContain(
      '\n**No Stryker config** at the merge base: the gate detected vitest (vitest.config.ts) and ran Stryker 10.1.0 with the ' +
        '<code>vitest</code> test runner, perTest coverage analysis. Commit this config as <code>stryker.config.json</code> to pin it: ' +
        '<code>{"testRunner":"vitest","coverageAnalysis":"perTest","plugins":&#91;"&#64;stryker-mutator/vitest-runner"&#93;}</code>.\n',
    );
    const command = { name: 'command', coverageAnalysis: 'off' };
    const missing = {
      detected: { runner: 'jest', evidence: 'package.json "jest"' },
      missingPlugin: '@stryker-mutator/jest-runner',
      config: { testRunner: 'command' },
    } as const;
    const pnpm = { ...base, detected: missing, testRunner: command, packageManager: 'pnpm' } as const;
    expect(renderSummary(scored(files, { setup: pnpm }))).toContain(
      'Install it (<code>pnpm add --dev &#64;stryker-mutator/jest-runner</code>)',
    );
    expect(renderSummary(scored(files, { setup: { ...base, detected: missing, testRunner: command } }))).toContain(
      '\n**No Stryker config** at the merge base: the gate detected jest (package.json "jest"), but ' +
        '<code>&#64;stryker-mutator/jest-runner</code> is not installed, so Stryker 10.1.0 ran with its defaults: its command runner ran ' +
        "the project's test command (npm test) whole for every mutant: each mutant costs a full test run, and which tests ran it is " +
        'unknown. Install it (<code>npm install --save-dev &#64;stryker-mutator/jest-runner</code>) to run each mutant with only the ' +
        'tests that cover it.\n',
    );
    const nodeTest = {
      detected: { runner: 'node:test', evidence: 'the test script' },
      missingPlugin: undefined,
      config: { testRunner: 'command' },
    } as const;
    expect(renderSummary(scored(files, { setup: { ...base, detected: nodeTest, testRunner: command } }))).toContain(
      '\n**No Stryker config** at the merge base: the gate detected node:test (the test script), which has no Stryker plugin, so ' +
        "Stryker 10.1.0 ran with its defaults: its command runner ran the project's test command (npm test) whole for every mutant",
    );
    const nodeTestCommand = {
      detected: { runner: 'node:test', evidence: 'the test script', command: 'node --test' },
      missingPlugin: undefined,
      config: { testRunner: 'command', commandRunner: { command: 'node --test' } },
    } as const;
    expect(renderSummary(scored(files, { setup: { ...base, detected: nodeTestCommand, testRunner: command } }))).toContain(
      '\n**No Stryker config** at the merge base: the gate detected node:test (the test script), which has no Stryker plugin, so ' +
        "Stryker 10.1.0 ran <code>node --test</code> (the test script's node --test command, without what runs around it) with its " +
        'command runner, whole for every mutant: each mutant costs a full test run, and which tests ran it is unknown. Commit this ' +
        'config as <code>stryker.config.json</code> to pin it: <code>{"testRunner":"command","commandRunner":{"command":"node --test"}}</code>.\n',
    );
  });

  it("says when no Stryker config was found, what Stryker's defaults did, and what to commit", () => {
    const setup = {
      config: undefined,
      testRunner: { name: 'command', coverageAnalysis: 'perTest' },
      strykerVersion: undefined,
      bundled: undefined,
      detected: undefined,
      runnerPlugin: undefined,
    };
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } }, { setup });
    expect(renderSummary(outcome)).toContain(
      '\n**No Stryker config** at the merge base, and no test runner detected: Stryker (version unknown) ran with its defaults, so its command runner ran the ' +
        "project's test command (npm test) whole for every mutant: each mutant costs a full test run, and which tests ran it is " +
        'unknown. Commit a Stryker config that names the project\'s test runner (for example <code>{ "testRunner": "vitest" }</code> ' +
        'with <code>&#64;stryker-mutator/vitest-runner</code> installed) to run each mutant with only the tests that cover it.\n',
    );
    const named = scored(
      { 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } },
      { setup: { ...setup, testRunner: { name: 'jest', coverageAnalysis: 'all' }, strykerVersion: '10.1.0' } },
    );
    expect(renderSummary(named)).toContain(
      '\n\n**No Stryker config** at the merge base, and no test runner detected: Stryker 10.1.0 ran with its defaults, so it ran the <code>jest</code> test runner, all coverage analysis. Commit',
    );
    const unnamed = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [] } }, { setup: { ...setup, testRunner: undefined } });
    expect(renderSummary(unnamed)).toContain('ran with its defaults, so its command runner ran the project');
    const configured = scored(
      { 'a.ts': { lines: [1], source: 'a > b', mutants: [] } },
      { setup: { ...setup, testRunner: undefined, config: 'c.json', detected: DETECTED_VITEST } },
    );
    expect(renderSummary(configured)).toContain(
      '\nMeasured by Stryker (version unknown) with a test runner Stryker did not name, configured by <code>c.json</code>.',
    );
  });

  it('lists every mutant that timed out and how it counted, escaping paths and mutators', () => {
    const check = { file: 'src/a|b.ts', id: '1', line: 3, mutatorName: 'Block<Statement>' };
    const timeouts = [
      { ...check, outcome: 'confirmed', status: 'Timeout' },
      { ...check, outcome: 'rerun', status: 'Killed' },
      { ...check, outcome: 'rerun', status: 'Survived' },
      { ...check, outcome: 'not-rerun', status: 'Survived' },
      { ...check, outcome: 'detected', status: 'Timeout' },
      { ...check, outcome: 'survived', status: 'Survived' },
    ] as const;
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } }, { timeouts });
    const text = renderSummary(outcome);
    const item = '- <code>src/a&#124;b.ts:3</code> · Block&#60;Statement&#62;: ';
    expect(text).toContain(
      [
        '',
        '### Timeouts (6)',
        '',
        'Stryker stopped the tests of these mutants for running too long: a detection when the mutant makes the code loop, or a busy machine.',
        '',
        `${item}timed out again with three times the time: counted as detected`,
        `${item}a test failed on the re-run: counted as killed`,
        `${item}Survived on the re-run, and counted so`,
        `${item}not made again by the re-run, so unconfirmed: counted as not detected`,
        `${item}not re-run: counted as detected (timeouts: detected)`,
        `${item}not re-run: counted as not detected (timeouts: survived)`,
      ].join('\n'),
    );
    expect(renderSummary(scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [] } }))).not.toContain('### Timeouts');
  });

  it('lists the survivors no test judged, what the re-run made of them, and what counted', () => {
    const base = { file: 'src/a.ts', id: '1', line: 4, mutatorName: 'BooleanLiteral', testsCompleted: 0 };
    const unjudged = [
      { ...base, coveredBy: 2, outcome: 'judged', status: 'Killed' },
      { ...base, coveredBy: undefined, outcome: 'not-judged', status: 'Survived' },
    ] as const;
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } }, { unjudged });
    expect(renderSummary(outcome)).toContain(
      [
        '',
        '### Judged by no test (2)',
        '',
        'Stryker reported these as survivors, but their run completed no test, or fewer than cover them, so nothing said the tests would miss them. Each ran again:',
        '',
        '- <code>src/a.ts:4</code> · BooleanLiteral: 0 of 2 covering test(s) completed; judged by the re-run: Killed, and counted so',
        '- <code>src/a.ts:4</code> · BooleanLiteral: 0 test(s) completed; judged by no test again: left out of the score, and the gate fails until it can be measured',
      ].join('\n'),
    );
  });

  it('says under the setup line whether kills were checked for flaky tests, and lists those found after the re-run sections', () => {
    const setup = {
      config: 'c.json',
      testRunner: { name: 'vitest', coverageAnalysis: 'perTest' },
      strykerVersion: '9.1.0',
      bundled: undefined,
      detected: undefined,
      runnerPlugin: undefined,
    };
    const flaky = {
      kind: 'checked',
      runs: 3,
      tests: [{ name: 'reads the clock', file: 'test/c.test.ts', failures: 1 }],
      discounted: [],
    } as const;
    const unjudged = [
      {
        file: 'src/a.ts',
        id: '1',
        line: 4,
        mutatorName: 'BooleanLiteral',
        testsCompleted: 0,
        coveredBy: 1,
        outcome: 'judged',
        status: 'Killed',
      },
    ] as const;
    const files = { 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } };
    const text = renderSummary(scored(files, { setup, flaky, unjudged }));
    expect(text).toContain(
      'configured by <code>c.json</code>.\n\n⚠️ **1 flaky test(s)** failed in 3 runs of the whole suite with no mutant active',
    );
    expect(text.indexOf('### Flaky tests (1)')).toBeGreaterThan(text.indexOf('### Judged by no test (1)'));
    expect(renderSummary(scored(files, { setup, flaky: { kind: 'off' } }))).toContain(
      'configured by <code>c.json</code>.\n\nFlaky tests were not looked for (flaky-check: 0)',
    );
  });

  it('tallies, collapsed, the mutants each test ran and noticed, when every test ran', () => {
    const mutants = [mutant('1', 'Killed', 1, [1, 6], 'a < b'), mutant('2', 'Survived', 1, [1, 6], 'a >= b')];
    const tests = new Map([['t|1', { id: 't|1', name: 'compares <a>', file: 'test/a.test.ts', line: 3 }]]);
    const files = {
      'a.ts': {
        lines: [1],
        source: 'a > b',
        mutants: mutants.map((m) => ({ ...m, coveredBy: ['t|1'], killedBy: m.status === 'Killed' ? ['t|1'] : [] })),
      },
    };
    expect(renderSummary(scored(files, { tests, everyTest: true }))).toContain(
      [
        '<details><summary>Tests of the changed code (1): the mutants each ran, and noticed</summary>',
        '',
        'Every test that covers a mutant ran against it.',
        '',
        '| Test | Mutants it ran | Noticed |',
        '| --- | ---: | ---: |',
        '| <code>compares &#60;a&#62;</code> (test/a.test.ts:3) | 2 | 1 |',
        '',
        '</details>',
      ].join('\n'),
    );
    // Stopped at the first failing test, the counts would be partial: no tally.
    expect(renderSummary(scored(files, { tests }))).not.toContain('Tests of the changed code');
  });

  it('says what a run as a user of its own kept from the gate', () => {
    const outcome = scored(
      { 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } },
      { isolation: { level: 'separate-user', detail: 'unshare as root, the tests as mutation-gate-tests without sudo' } },
    );
    expect(renderSummary(outcome)).toContain(
      "\nIsolation: **separate-user**: the code under test ran as a user of its own in Stryker's own PID namespace, without the " +
        "gate's token, inputs or workflow files; it could not see the gate or read its files, could write only the project, the " +
        "run's own files and what every user may, and nothing it started outlived Stryker (unshare as root, the tests as " +
        'mutation-gate-tests without sudo).\n',
    );
  });

  it('says what a run in a process group only could not guarantee, escaping the reason', () => {
    const outcome = scored(
      { 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'Killed', 1, [1, 6], 'a < b')] } },
      { isolation: { level: 'process-group', detail: 'no PID namespaces on <darwin>' } },
    );
    expect(renderSummary(outcome)).toContain(
      "\nIsolation: **process-group**: the code under test ran without the gate's token, inputs or workflow files, but could see " +
        "the gate's process; processes it started outside Stryker's process group were looked for by a marker only (no PID namespaces on &#60;darwin&#62;).\n",
    );
  });

  it('renders a nothing-to-mutate outcome without a table, listing the files not mutated', () => {
    const outcome: ScoredReport = {
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

  it('lists changed files not mutated with each reason, in the order given', () => {
    const outcome = scored(
      {},
      {
        skipped: [
          { path: 'dist/bundle.js', reason: 'generated' },
          { path: '../lib/x.ts', reason: 'outside-working-directory' },
          { path: 'docs/a.md', reason: 'not-included' },
          { path: 'src/a.spec.ts', reason: 'excluded', pattern: '**/*.spec.*' },
        ],
        untargetable: ['src/\\x.ts'],
      },
    );
    expect(renderSummary(outcome).split('\n').slice(-10)).toEqual([
      '<details><summary>Changed files not mutated (5)</summary>',
      '',
      '- <code>src/&#92;x.ts</code>: its path cannot be given to Stryker (a {a,b} brace list or a backslash)',
      "- <code>dist/bundle.js</code>: marked linguist-generated in the merge base's .gitattributes",
      '- <code>../lib/x.ts</code>: outside working-directory',
      '- <code>docs/a.md</code>: not matched by include',
      '- <code>src/a.spec.ts</code>: matched by exclude <code>&#42;&#42;/&#42;.spec.&#42;</code>',
      '',
      '</details>',
      '',
    ]);
  });

  it('escapes the base and its source in the comparison line', () => {
    const outcome = scored({}, { base: 'feat|`x`', baseSource: 'push event field before <b>' });
    expect(renderSummary(outcome).split('\n')[2]).toBe(
      'Compared with <code>feat&#124;&#96;x&#96;</code> (push event field before &#60;b&#62;): changed lines from merge base <code>aaaaaaaaaaaa</code> to HEAD <code>bbbbbbbbbbbb</code>.',
    );
  });
});

describe('renderSummary of the AI split and attribution', () => {
  const KILLED_AND_SURVIVED: ChangedSource = {
    lines: [1],
    source: 'a > b',
    mutants: [mutant('1', 'Killed', 1, [1, 6], 'a >= b'), mutant('2', 'Survived', 1, [1, 6], 'a < b')],
  };

  function splitRows(text: string): string[] {
    return text.split('\n').filter((line) => /^\| (\*\*AI-touched\*\*|Other|\*\*All changed lines\*\*) /.test(line));
  }

  it('renders a change whose unknown lines are gated as AI-touched (unknown-as: ai) whole', () => {
    const outcome = scored(
      { 'a.ts': KILLED_AND_SURVIVED },
      { gating: { detection: 'auto', unknownAs: 'ai' }, aiThreshold: 50, threshold: 60 },
    );
    expect(renderSummary(outcome)).toBe(
      [
        '## ❌ mutation-gate failed: AI-touched lines score 50.00%, ai-threshold 50%; all changed lines score 50.00%, under the threshold 60%: 1 of 2 mutant(s) went unnoticed by the tests.',
        '',
        COMPARISON_LINE,
        '',
        ...SPLIT_HEADER,
        '| **AI-touched** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 50% | ✅ pass |',
        '| Other | 0 | 0 | 0 | 0 | 0 | 0 | n/a |  |  |',
        '| **All changed lines** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 60% | ❌ fail |',
        '',
        ...FILE_HEADER,
        '| <code>a.ts</code> | unknown | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% |',
        ...survivorsIntro(1),
        '',
        `<code>a.ts:1</code> · **unknown** · EqualityOperator: ${TURNED_AROUND}`,
        '',
        '```diff',
        '- a > b',
        '+ a < b',
        '```',
        '',
        '- Tests that ran it: not reported by the test runner.',
        `- Class unknown: ${NO_MARKER}`,
        ...noMarkerNote(1, 'AI-touched', 'ai'),
        ...attributionDetails([`- **unknown**, 1 line(s): ${NO_MARKER}`]),
        '',
      ].join('\n'),
    );
  });

  it('shows the AI-touched threshold as off, without a gate, when detection is off', () => {
    const off = 'AI detection is off (ai-detection: off)';
    const outcome = scored(
      { 'a.ts': { ...KILLED_AND_SURVIVED, classes: { 1: ['unknown', off] } } },
      { gating: { detection: 'off', unknownAs: 'human' }, threshold: 50 },
    );
    const text = renderSummary(outcome);
    expect(splitRows(text)).toEqual([
      '| **AI-touched** | 0 | 0 | 0 | 0 | 0 | 0 | n/a | off |  |',
      '| Other | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% |  |  |',
      '| **All changed lines** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 50% | ✅ pass |',
    ]);
    expect(text).toContain(`\n${detectionOffNote(1)[1]}\n\n<details><summary>Attribution`);
    expect(text).not.toContain('No AI marker found');
  });

  it('says no line is held to ai-threshold when detection is off, even with unknown-as: ai', () => {
    const outcome = scored({ 'a.ts': { ...KILLED_AND_SURVIVED, lines: [1, 2, 3] } }, { gating: { detection: 'off', unknownAs: 'ai' } });
    const text = renderSummary(outcome);
    expect(text).toContain(`\n${detectionOffNote(3)[1]}\n`);
    expect(text).not.toContain('AI-touched (unknown-as');
    expect(text).not.toContain('No AI marker found');
    expect(splitRows(text)[0]).toBe('| **AI-touched** | 0 | 0 | 0 | 0 | 0 | 0 | n/a | off |  |');
  });

  it('shows fractional thresholds and each gate against its own threshold', () => {
    const outcome = scored(
      {
        'a.ts': {
          lines: [1, 2],
          source: 'a > b\nc > d',
          mutants: [
            mutant('1', 'Killed', 1, [1, 6], 'x'),
            mutant('2', 'Killed', 1, [1, 6], 'y'),
            mutant('3', 'Timeout', 1, [1, 6], 'z'),
            mutant('4', 'NoCoverage', 1, [1, 6], 'w'),
            mutant('5', 'Survived', 2, [1, 6], 'v'),
          ],
          classes: { 1: ['ai', CLAUDE] },
        },
      },
      { aiThreshold: 75, threshold: 60.5 },
    );
    expect(splitRows(renderSummary(outcome))).toEqual([
      '| **AI-touched** | 1 | 4 | 2 | 1 | 0 | 1 | 75.00% | 75% | ✅ pass |',
      '| Other | 1 | 1 | 0 | 0 | 1 | 0 | 0.00% |  |  |',
      '| **All changed lines** | 2 | 5 | 2 | 1 | 1 | 1 | 60.00% | 60.50% | ❌ fail |',
    ]);
  });

  it('fails the AI-touched gate one mutant under ai-threshold, with a fractional ai-threshold', () => {
    const outcome = scored({ 'a.ts': { ...KILLED_AND_SURVIVED, classes: { 1: ['ai', CLAUDE] } } }, { aiThreshold: 50.01, threshold: 50 });
    expect(splitRows(renderSummary(outcome))).toEqual([
      '| **AI-touched** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 50.01% | ❌ fail |',
      '| Other | 0 | 0 | 0 | 0 | 0 | 0 | n/a |  |  |',
      '| **All changed lines** | 1 | 2 | 1 | 0 | 1 | 0 | 50.00% | 50% | ✅ pass |',
    ]);
  });

  it('gives each file the class its changed lines agree on, mixed when they do not, unknown without attribution', () => {
    const outcome = scored({
      'ai.ts': { lines: [1, 2], classes: { 1: ['ai', CLAUDE], 2: ['ai', CLAUDE] } },
      'human.ts': { lines: [1], classes: { 1: ['human', 'commit 1a2b3c4, git-ai note: Ada'] } },
      'mixed.ts': { lines: [1, 2], classes: { 1: ['ai', CLAUDE], 2: ['human', 'commit 1a2b3c4, git-ai note: Ada'] } },
      'unknown.ts': { lines: [4] },
      'unattributed.ts': { lines: [1] },
    });
    const attribution = new Map(outcome.attribution);
    attribution.delete('unattributed.ts');
    const text = renderSummary({ ...outcome, attribution });
    expect(text.split('\n').filter((line) => line.startsWith('| <code>'))).toEqual([
      '| <code>ai.ts</code> | ai | 2 | 0 | 0 | 0 | 0 | 0 | n/a |',
      '| <code>human.ts</code> | human | 1 | 0 | 0 | 0 | 0 | 0 | n/a |',
      '| <code>mixed.ts</code> | mixed | 2 | 0 | 0 | 0 | 0 | 0 | n/a |',
      '| <code>unknown.ts</code> | unknown | 1 | 0 | 0 | 0 | 0 | 0 | n/a |',
      '| <code>unattributed.ts</code> | unknown | 1 | 0 | 0 | 0 | 0 | 0 | n/a |',
    ]);
  });

  it('lists a mutant without attribution as unknown, without evidence, and leaves out the attribution section', () => {
    const outcome = scored({ 'a.ts': KILLED_AND_SURVIVED }, { attribution: new Map() });
    const text = renderSummary(outcome);
    expect(text).toContain(`\n<code>a.ts:1</code> · **unknown** · EqualityOperator: ${TURNED_AROUND}\n`);
    expect(text).toContain('\n- Tests that ran it: not reported by the test runner.\n');
    expect(text).not.toContain('- Class ');
    expect(text).not.toContain('Attribution');
    expect(text).not.toContain('No AI marker found');
  });

  it('groups the attribution by class and evidence, most lines first, ties in the order first seen', () => {
    const outcome = scored({
      'a.ts': {
        lines: [1, 2, 3, 4, 5, 6],
        classes: {
          1: ['human', 'E1'],
          2: ['ai', 'E2'],
          3: ['ai', 'E2'],
          4: ['unknown', 'E3'],
          5: ['unknown', 'E3'],
          6: ['unknown', 'E3'],
        },
      },
      'b.ts': { lines: [9], classes: { 9: ['unknown', 'E2'] } },
    });
    expect(renderSummary(outcome)).toContain(
      `${attributionDetails([
        '- **unknown**, 3 line(s): E3',
        '- **ai**, 2 line(s): E2',
        '- **human**, 1 line(s): E1',
        '- **unknown**, 1 line(s): E2',
      ]).join('\n')}\n`,
    );
  });

  it('says no AI marker was found on all changed lines when no line is ai, even with human lines', () => {
    const outcome = scored({
      'a.ts': { lines: [1, 2], classes: { 1: ['human', 'commit 1a2b3c4, git-ai note: Ada'] } },
      'b.ts': { lines: [5] },
    });
    const text = renderSummary(outcome);
    expect(text).toContain(`\n${noMarkerNote(3, 'other lines', 'human')[1]}\n\n<details><summary>Attribution`);
    expect(text.split('**No AI marker found**')).toHaveLength(2);
  });

  it('leaves out the no-marker note as soon as one line is ai', () => {
    const outcome = scored({ 'a.ts': { lines: [1, 2, 3], classes: { 3: ['ai', CLAUDE] } } });
    expect(renderSummary(outcome)).not.toContain('No AI marker found');
  });

  it('names the first ai-labels label in the no-marker note, escaped', () => {
    const outcome = scored({ 'a.ts': { lines: [1] } }, { aiLabels: ['vibe|coded', 'agent'] });
    expect(renderSummary(outcome)).toContain(`\n${noMarkerNote(1, 'other lines', 'human', 'vibe&#124;coded')[1]}\n`);
  });

  it('names ai-generated in the no-marker note when ai-labels is empty', () => {
    const outcome = scored({ 'a.ts': { lines: [1] } }, { aiLabels: [] });
    expect(renderSummary(outcome)).toContain(`\n${noMarkerNote(1, 'other lines', 'human', 'ai-generated')[1]}\n`);
  });
});

/**
 * The fenced code blocks of a markdown text, found as CommonMark does (an opening fence of 3 or more
 * backticks; the block ends at a line of only backticks, at least as many), and the text outside them.
 */
function fencedBlocks(text: string): { outside: string; blocks: string[][] } {
  const outside: string[] = [];
  const blocks: string[][] = [];
  let fence: number | undefined;
  for (const line of text.split('\n')) {
    if (fence === undefined) {
      const opening = /^ {0,3}(`{3,})[^`]*$/.exec(line);
      if (opening === null) outside.push(line);
      else {
        fence = (opening[1] as string).length;
        blocks.push([]);
      }
    } else if (new RegExp(`^ {0,3}\`{${fence},}\\s*$`).test(line)) {
      fence = undefined;
    } else {
      blocks.at(-1)?.push(line);
    }
  }
  return { outside: outside.join('\n'), blocks };
}

describe('renderSummary with hostile names and code', () => {
  const HOSTILE_PATH = 'src/`x`|<img src=x onerror=alert(1)>@octocat.ts';
  const HOSTILE_LINE = 'const s = "<img src=x onerror=alert(1)>" | `@octocat` | #1; // ``` and ````';
  const HOSTILE_EVIDENCE = 'commit 1234567, trailer X-Agent: <img src=x onerror=alert(1)>|`@octocat` #1 (ai-patterns)';
  const HOSTILE_SIGNALS: SignalReport = { checked: ['labels (<b>ai</b>|`x`)'], unavailable: ['@octocat notes #2'] };
  const HOSTILE_TESTS: ReadonlyMap<string, TestInfo> = new Map([
    ['h1', { id: 'h1', name: '<img src=x onerror=alert(1)> @octocat `x` | y', file: 'test/<b>@octocat</b>|`t`.ts', line: 7 }],
  ]);
  const LINKS = { serverUrl: 'https://github.com', repository: 'o/r', sha: 'c'.repeat(40), repositoryPrefix: 'my app (v2)/' };
  const RAW = ['<img', 'onerror=alert(1)>', '@octocat', '`', '<script>', '<b>', '|<', '`|`'];

  function hostileOutcome(): ScoredReport {
    return scored(
      {
        [HOSTILE_PATH]: {
          lines: [1],
          source: `${HOSTILE_LINE}\n`,
          mutants: [
            {
              ...mutant('1', 'Survived', 1, [11, 41], '"<script>@octocat</script>\n```"', 'String|Literal<b>'),
              coveredBy: ['h1', '@octocat <script>'],
            },
            mutant('2', 'NoCoverage', 1, [44, 54], '`|`'),
          ],
          classes: { 1: ['ai', HOSTILE_EVIDENCE] },
        },
      },
      {
        signals: HOSTILE_SIGNALS,
        skipped: [{ path: 'docs/<img src=x onerror=alert(1)>.md', reason: 'excluded', pattern: '**/@octocat|`*`' }],
        untargetable: ['{a,b}/<img src=x onerror=alert(1)>.ts'],
        tests: HOSTILE_TESTS,
      },
    );
  }

  const render = (): string => renderSummary(hostileOutcome(), { ...NO_CONTEXT, links: LINKS });

  it('never shows raw markup, mentions, pipes or backticks outside the code blocks', () => {
    const text = render();
    const { outside } = fencedBlocks(text);
    for (const raw of RAW) expect(outside).not.toContain(raw);
    // Every pipe left is a table delimiter: each split table row keeps its ten cells, each file table row its nine.
    const rows = text.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(8);
    for (const row of rows.slice(0, 5)) expect(row.split('|')).toHaveLength(12);
    for (const row of rows.slice(5)) expect(row.split('|')).toHaveLength(11);
  });

  it('keeps code with ``` and ```` inside one code block, under a longer fence, every line marked - or +', () => {
    const text = render();
    expect(text).toContain(
      [
        '`````diff',
        `- ${HOSTILE_LINE}`,
        '+ const s = "<script>@octocat</script>',
        '+ ```" | `@octocat` | #1; // ``` and ````',
        '`````',
      ].join('\n'),
    );
    expect(fencedBlocks(text).blocks).toEqual([
      [`- ${HOSTILE_LINE}`, '+ const s = "<script>@octocat</script>', '+ ```" | `@octocat` | #1; // ``` and ````'],
    ]);
  });

  it('shows the names and code outside code blocks as entities, and links to the line by its encoded path', () => {
    const text = render();
    const path = 'src/&#96;x&#96;&#124;&#60;img src=x onerror=alert(1)&#62;&#64;octocat.ts';
    const url =
      `https://github.com/o/r/blob/${'c'.repeat(40)}/my%20app%20%28v2%29/` +
      'src/%60x%60%7C%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%40octocat.ts#L1';
    const evidence =
      'commit 1234567, trailer X-Agent: &#60;img src=x onerror=alert(1)&#62;&#124;&#96;&#64;octocat&#96; &#35;1 (ai-patterns)';
    const h1 =
      '<code>&#60;img src=x onerror=alert(1)&#62; &#64;octocat &#96;x&#96; &#124; y</code> (test/&#60;b&#62;&#64;octocat&#60;/b&#62;&#124;&#96;t&#96;.ts:7)';
    const h2 = '<code>&#64;octocat &#60;script&#62;</code>';
    expect(text).toContain(`| <code>${path}</code> | ai | 1 | 2 | 0 | 0 | 1 | 1 | 0.00% |`);
    expect(text).toContain(
      `\n[${path}:1](${url}) · **ai** · String&#124;Literal&#60;b&#62;: ` +
        "Stryker's String&#124;Literal&#60;b&#62; mutation changed this code and no test failed: add a test that checks what this line does.\n",
    );
    expect(text).toContain(`\n- Tests that ran it and still passed: ${h1}, ${h2}\n- Class ai: ${evidence}\n`);
    expect(text).toContain(
      `\n- ${h1}: ran 1 mutant(s) of the changed code and failed on none\n- ${h2}: ran 1 mutant(s) of the changed code and failed on none\n`,
    );
    expect(text).toContain(
      `\n- [${path}:1](${url}) · **ai** · EqualityOperator: <code>&#96;&#64;octocat&#96;</code> → <code>&#96;&#124;&#96;</code>\n`,
    );
    expect(text).toContain(`\n- **ai**, 1 line(s): ${evidence}\n`);
    expect(text).toContain(
      '\n- checked: labels (&#60;b&#62;ai&#60;/b&#62;&#124;&#96;x&#96;)\n- not available: &#64;octocat notes &#35;2\n',
    );
    expect(text).toContain(
      '- <code>docs/&#60;img src=x onerror=alert(1)&#62;.md</code>: matched by exclude <code>&#42;&#42;/&#64;octocat&#124;&#96;&#42;&#96;</code>',
    );
    expect(text).toContain('- <code>{a,b}/&#60;img src=x onerror=alert(1)&#62;.ts</code>: its path cannot be given to Stryker');
  });

  it('shows a hostile survivor on one line, escaped, when compact', () => {
    const full = render();
    const compact = renderSummary(hostileOutcome(), { ...NO_CONTEXT, links: LINKS }, bytes(full) - 1);
    expect(fencedBlocks(compact).blocks).toEqual([]);
    for (const raw of RAW) expect(compact).not.toContain(raw);
    const path = 'src/&#96;x&#96;&#124;&#60;img src=x onerror=alert(1)&#62;&#64;octocat.ts';
    const url = `https://github.com/o/r/blob/${'c'.repeat(40)}/my%20app%20%28v2%29/src/%60x%60%7C%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%40octocat.ts#L1`;
    expect(compact).toContain(
      `\n- [${path}:1](${url}) · **ai** · String&#124;Literal&#60;b&#62;: ` +
        '<code>"&#60;img src=x onerror=alert(1)&#62;"</code> → <code>"&#60;script&#62;&#64;octocat&#60;/script&#62; &#96;&#96;&#96;"</code>\n',
    );
  });
});

describe('renderSummary within a byte budget', () => {
  const atBudget = (outcome: ScoredReport, budget: number): string => renderSummary(outcome, NO_CONTEXT, budget);

  it('keeps the full summary at exactly its own size', () => {
    expect(atBudget(failingOutcome(), bytes(FULL))).toBe(FULL);
  });

  it('shows survivors one line each one byte under the full size', () => {
    expect(atBudget(failingOutcome(), bytes(FULL) - 1)).toBe(COMPACT);
  });

  it('keeps the compact summary at exactly its own size', () => {
    expect(atBudget(failingOutcome(), bytes(COMPACT))).toBe(COMPACT);
  });

  it('drops the lists for a counts-only note one byte under the compact size', () => {
    expect(atBudget(failingOutcome(), bytes(COMPACT) - 1)).toBe(COUNTS_ONLY);
  });

  it('keeps the counts-only summary at exactly its own size', () => {
    expect(atBudget(failingOutcome(), bytes(COUNTS_ONLY))).toBe(COUNTS_ONLY);
  });

  it('cuts the counts-only summary at a line boundary with the cut note one byte under its size', () => {
    const text = atBudget(failingOutcome(), bytes(COUNTS_ONLY) - 1);
    // The note needs 96 bytes: the last two list lines (48 and 87 bytes with their newlines), the blank line and </details> go.
    expect(text).toBe(`${[...TOP, ...COUNTS_NOTE, ...ATTRIBUTION, ...NOT_MUTATED.slice(0, 5)].join('\n')}${CUT_NOTE}`);
    expect(bytes(text)).toBeLessThanOrEqual(bytes(COUNTS_ONLY) - 1);
  });

  it('cuts after the heading when only the heading fits', () => {
    const budget = bytes(HEADING) + 2 + bytes(CUT_NOTE);
    expect(atBudget(failingOutcome(), budget)).toBe(`${HEADING}\n${CUT_NOTE}`);
  });

  it('cuts before the heading when even that does not fit', () => {
    const budget = bytes(HEADING) + bytes(CUT_NOTE) - 1;
    expect(atBudget(failingOutcome(), budget)).toBe(CUT_NOTE);
  });

  it('keeps a line that fits exactly with the note', () => {
    const budget = bytes(HEADING) + bytes(CUT_NOTE);
    expect(atBudget(failingOutcome(), budget)).toBe(`${HEADING}${CUT_NOTE}`);
  });

  /**
   * 6 surviving and 6 uncovered mutants, multi-byte names, code, tests and evidence everywhere, 30
   * files not mutated. Kept small: the tests render it once per budget. Columns count UTF-16 units,
   * as Stryker's do.
   */
  function multiByteOutcome(): ScoredReport {
    const lines = Array.from({ length: 12 }, (_, index) => `const ü${index} = '€😀' > 'ß';`);
    const mutants = lines.map((line, index) => ({
      ...mutant(String(index), index % 2 === 0 ? 'Survived' : 'NoCoverage', index + 1, [1, line.length + 1], "'😀😀' <= 'ü'"),
      coveredBy: index % 2 === 0 ? [`t${index % 3}`] : [],
    }));
    const classes = Object.fromEntries(
      lines.map((_, index) => [index + 1, [index % 3 === 0 ? 'ai' : 'unknown', `ü${index % 3}😀`] as const]),
    );
    const skipped = Array.from({ length: 30 }, (_, index): SkippedFile => ({ path: `docs/ü€😀-${index}.md`, reason: 'not-included' }));
    const tests = new Map(
      [0, 1, 2].map((index): [string, TestInfo] => [
        `t${index}`,
        { id: `t${index}`, name: `prüft 😀 ${index}`, file: 'tëst.ts', line: index },
      ]),
    );
    return scored(
      { 'src/ümlaut-€-😀.ts': { lines: lines.map((_, index) => index + 1), source: `${lines.join('\n')}\n`, mutants, classes } },
      { skipped, tests },
    );
  }

  /** The four levels of one outcome, each rendered one unit under the one before. */
  function levels(outcome: ScoredReport, budget: (limit: number) => Budget): { full: string; compact: string; counts: string } {
    const full = renderReport(outcome, NO_CONTEXT, budget(Number.MAX_SAFE_INTEGER));
    const compact = renderReport(outcome, NO_CONTEXT, budget(budget(0).measure(full) - 1));
    const counts = renderReport(outcome, NO_CONTEXT, budget(budget(0).measure(compact) - 1));
    return { full, compact, counts };
  }

  it('renders the multi-byte outcome at each level', () => {
    const { full, compact, counts } = levels(multiByteOutcome(), byteBudget);
    expect(full).toContain("\n```diff\n- const ü0 = '€😀' > 'ß';\n+ '😀😀' <= 'ü'\n```\n");
    expect(full).toContain('\n- <code>prüft 😀 0</code> (tëst.ts:0): ran 2 mutant(s) of the changed code and failed on none\n');
    expect(full).toContain('\n- Tests that ran it and still passed: <code>prüft 😀 0</code> (tëst.ts:0)\n');
    expect(compact).toContain(
      "\n- <code>src/ümlaut-€-😀.ts:1</code> · **ai** · EqualityOperator: <code>const ü0 = '€😀' &#62; 'ß';</code> → <code>'😀😀' &#60;= 'ü'</code>\n",
    );
    expect(compact).not.toContain('```');
    expect(counts).toContain(
      "\n6 surviving and 6 uncovered mutant(s), and 3 test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).\n",
    );
  });

  it('never exceeds the budget, never splits a multi-byte character, and keeps every line it can, whatever the budget', () => {
    const outcome = multiByteOutcome();
    const { full, compact, counts } = levels(outcome, byteBudget);
    let cutsKeepingMultiByteLines = 0;
    // Every budget up to the counts-only size, where cuts happen; every 7th above it (the boundaries have their own tests).
    for (let budget = 0; budget <= bytes(full) + 3; budget += budget < bytes(counts) + 3 ? 1 : 7) {
      const text = atBudget(outcome, budget);
      expect(bytes(text)).toBeLessThanOrEqual(budget);
      expect(text).not.toContain('\uFFFD');
      if (budget >= bytes(full)) expect(text).toBe(full);
      else if (budget >= bytes(compact)) expect(text).toBe(compact);
      else if (budget >= bytes(counts)) expect(text).toBe(counts);
      else if (budget < bytes(CUT_NOTE)) expect(text).toBe(CUT_NOTE.slice(0, budget));
      else {
        expect(text.endsWith(CUT_NOTE)).toBe(true);
        const kept = text.slice(0, text.length - CUT_NOTE.length);
        // What is kept is whole lines from the start of the counts-only summary...
        expect(counts.startsWith(`${kept}\n`) || kept === '').toBe(true);
        // ...and the next line, with the newline before it, would not fit with the note.
        const nextLineEnd = counts.indexOf('\n', kept.length + 1);
        expect(bytes(counts.slice(0, nextLineEnd)) + bytes(CUT_NOTE)).toBeGreaterThan(budget);
        if (kept.includes('ü€😀')) cutsKeepingMultiByteLines += 1;
      }
    }
    expect(cutsKeepingMultiByteLines).toBeGreaterThan(100);
  }, 60_000);

  it('uses every byte it can: one more line would not fit', () => {
    const outcome = multiByteOutcome();
    const { counts } = levels(outcome, byteBudget);
    const budget = Math.floor(bytes(counts) / 2);
    const text = atBudget(outcome, budget);
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
    const cut = atBudget(outcome, bytes(full) - 1);
    expect(cut.endsWith(CUT_NOTE)).toBe(true);
    expect(cut).toContain('<code>docs/page0.md</code>');
    expect(cut).not.toContain('JSON report (too many to show here)');
  });

  it('writes the counts note for uncovered mutants alone', () => {
    const outcome = scored({ 'a.ts': { lines: [1], source: 'a > b', mutants: [mutant('1', 'NoCoverage', 1, [1, 6], 'a < b')] } });
    const full = renderSummary(outcome);
    const counts = atBudget(outcome, bytes(full) - 1);
    expect(counts.split('\n').filter((line) => line.includes("gate's JSON report"))).toEqual([
      "0 surviving and 1 uncovered mutant(s), and 0 test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).",
    ]);
    expect(counts).not.toContain('### Uncovered mutants');
  });

  it('stays within a budget smaller than the cut note itself, keeping the start of the note', () => {
    expect(atBudget(failingOutcome(), 40)).toBe(CUT_NOTE.slice(0, 40));
    expect(atBudget(failingOutcome(), 0)).toBe('');
    expect(atBudget(failingOutcome(), -5)).toBe('');
  });
});

describe('renderReport within a character budget (the PR comment)', () => {
  const characters = (limit: number): Budget => ({ limit, measure: (text) => text.length });

  /** Lines of 4-byte characters: each is 2 UTF-16 units but 4 bytes, so the two measures part ways. */
  function emojiOutcome(): ScoredReport {
    const lines = Array.from({ length: 12 }, (_, index) => `const s${index} = '${'😀'.repeat(30)}' > 'ß';`);
    const mutants = lines.map((line, index) =>
      mutant(String(index), index % 3 === 2 ? 'NoCoverage' : 'Survived', index + 1, [1, line.length + 1], `'${'🎉'.repeat(20)}'`),
    );
    const skipped = Array.from({ length: 10 }, (_, index): SkippedFile => ({ path: `docs/😀-${index}.md`, reason: 'not-included' }));
    return scored({ 'src/😀.ts': { lines: lines.map((_, index) => index + 1), source: lines.join('\n'), mutants } }, { skipped });
  }

  it('measures characters, not bytes: the full report fits a limit of its length though it has more bytes', () => {
    const outcome = emojiOutcome();
    const full = renderReport(outcome, NO_CONTEXT, characters(1_000_000));
    expect(bytes(full)).toBeGreaterThan(full.length + 1000);
    expect(renderReport(outcome, NO_CONTEXT, characters(full.length))).toBe(full);
    const compact = renderReport(outcome, NO_CONTEXT, characters(full.length - 1));
    expect(compact).not.toBe(full);
    expect(compact).toContain(
      `\n- <code>src/😀.ts:1</code> · **unknown** · EqualityOperator: <code>const s0 = '${'😀'.repeat(30)}' &#62; 'ß';</code> → <code>'${'🎉'.repeat(20)}'</code>\n`,
    );
    expect(renderReport(outcome, NO_CONTEXT, characters(compact.length))).toBe(compact);
    const counts = renderReport(outcome, NO_CONTEXT, characters(compact.length - 1));
    expect(counts).toContain(
      "\n8 surviving and 4 uncovered mutant(s), and 0 test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).\n",
    );
    expect(renderReport(outcome, NO_CONTEXT, characters(counts.length))).toBe(counts);
  });

  it('cuts at a line boundary within the character limit, never splitting a surrogate pair, keeping every line it can', () => {
    const outcome = emojiOutcome();
    const full = renderReport(outcome, NO_CONTEXT, characters(Number.MAX_SAFE_INTEGER));
    const compact = renderReport(outcome, NO_CONTEXT, characters(full.length - 1));
    const countsOnly = renderReport(outcome, NO_CONTEXT, characters(compact.length - 1));
    expect(countsOnly).toContain('are listed in the gate');
    let cuts = 0;
    for (let limit = CUT_NOTE.length; limit < countsOnly.length; limit += 1) {
      const text = renderReport(outcome, NO_CONTEXT, characters(limit));
      expect(text.length).toBeLessThanOrEqual(limit);
      expect(text.endsWith(CUT_NOTE)).toBe(true);
      const kept = text.slice(0, text.length - CUT_NOTE.length);
      expect(countsOnly.startsWith(`${kept}\n`) || kept === '').toBe(true);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)).toBe(false);
      const nextLineEnd = countsOnly.indexOf('\n', kept.length + 1);
      expect(countsOnly.slice(0, nextLineEnd).length + CUT_NOTE.length).toBeGreaterThan(limit);
      if (kept.includes('😀')) cuts += 1;
    }
    expect(cuts).toBeGreaterThan(50);
  });
});

describe('renderSummary of an error outcome', () => {
  it('renders the reason and the details inside <pre>, escaped, blank lines kept', () => {
    const outcome: ErrorReport = errorReport(undefined, 'Stryker exited with code 1: ERROR | boom', [
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
    const text = renderSummary(errorReport(undefined, 'Failed.', ['</pre>', '<script>alert(1)</script>']));
    expect(text).toBe(
      '## ⚠️ mutation-gate could not decide: Failed.\n\n<pre>\n&#60;/pre&#62;\n&#60;script&#62;alert(1)&#60;/script&#62;\n</pre>\n',
    );
  });

  it('renders only the heading without details', () => {
    expect(renderSummary(errorReport(undefined, 'HEAD does not name a commit.'))).toBe(
      '## ⚠️ mutation-gate could not decide: HEAD does not name a commit.\n',
    );
  });

  it('escapes a multi-line reason onto the heading line', () => {
    expect(renderSummary(errorReport(undefined, 'line one\nline <two>'))).toBe(
      '## ⚠️ mutation-gate could not decide: line one line &#60;two&#62;\n',
    );
  });

  it('cuts long error details within the budget', () => {
    const details = Array.from({ length: 500 }, (_, index) => `ERROR line ${index} ü€😀`);
    const budget = 2000;
    const text = renderSummary(errorReport(undefined, 'Stryker failed.', details), NO_CONTEXT, budget);
    expect(bytes(text)).toBeLessThanOrEqual(budget);
    expect(text.startsWith('## ⚠️ mutation-gate could not decide: Stryker failed.\n\n<pre>\nERROR line 0 ü€😀\n')).toBe(true);
    // Lines are kept while they, the newlines between them and the 96-byte note fit in 2000 bytes: up to line 76.
    expect(text.endsWith(`\nERROR line 76 ü€😀${CUT_NOTE}`)).toBe(true);
  });

  it('links the full report and shows the notices, escaped, before the details', () => {
    const context: RenderContext = {
      links: undefined,
      unannotated: 4,
      notices: ['Could not comment: <b>403</b> @octocat'],
      runUrl: 'https://github.com/o/r/actions/runs/7',
    };
    expect(renderSummary(errorReport(undefined, 'Failed.', ['x']), context)).toBe(
      [
        '## ⚠️ mutation-gate could not decide: Failed.',
        '',
        '[Full report in the job summary](https://github.com/o/r/actions/runs/7)',
        '',
        '> ⚠️ Could not comment: &#60;b&#62;403&#60;/b&#62; &#64;octocat',
        '',
        '<pre>',
        'x',
        '</pre>',
        '',
      ].join('\n'),
    );
  });
});

describe('renderSummary with a context', () => {
  const LINKS = { serverUrl: 'https://github.example', repository: 'my-org/my.repo', sha: 'f'.repeat(40), repositoryPrefix: 'app/' };
  const BLOB = `https://github.example/my-org/my.repo/blob/${'f'.repeat(40)}/app/src/a.ts`;

  it('links the run and the mutant lines, shows the notices and says how many lines went unannotated', () => {
    const context: RenderContext = {
      links: LINKS,
      unannotated: 3,
      notices: ['PR comment failed: HTTP 403 | `x`', 'second notice'],
      runUrl: 'https://github.example/my-org/my.repo/actions/runs/42',
    };
    const survivor = SURVIVOR_DETAILS.map((line) => line.replace('<code>src/a.ts:1</code>', `[src/a.ts:1](${BLOB}#L1)`));
    const uncovered = UNCOVERED.map((line) => line.replace('<code>src/a.ts:2</code>', `[src/a.ts:2](${BLOB}#L2)`));
    expect(survivor).not.toEqual(SURVIVOR_DETAILS);
    expect(uncovered).not.toEqual(UNCOVERED);
    expect(renderSummary(failingOutcome(), context)).toBe(
      summaryOf(
        TOP.slice(0, 3 + UNMEASURED_SOURCE.length),
        [
          '',
          '[Full report in the job summary](https://github.example/my-org/my.repo/actions/runs/42)',
          '',
          '> ⚠️ PR comment failed: HTTP 403 &#124; &#96;x&#96;',
          '',
          '> ⚠️ second notice',
        ],
        TOP.slice(3 + UNMEASURED_SOURCE.length),
        SILENT_TESTS,
        survivor,
        uncovered,
        [
          '',
          '3 more line(s) with undetected mutants are not annotated on the diff: GitHub shows at most 10 errors and 10 warnings per step.',
        ],
        ATTRIBUTION,
        NOT_MUTATED,
      ),
    );
  });

  it('links the survivors in the compact report too', () => {
    const context: RenderContext = { ...NO_CONTEXT, links: LINKS };
    const full = renderSummary(failingOutcome(), context);
    expect(renderSummary(failingOutcome(), context, bytes(full) - 1)).toContain(
      `\n- [src/a.ts:1](${BLOB}#L1) · **ai** · EqualityOperator: <code>a &#62; b</code> → <code>a &#60; b</code>\n`,
    );
  });

  it('says nothing about annotations when every line got one', () => {
    expect(renderSummary(failingOutcome(), { ...NO_CONTEXT, unannotated: 0 })).toBe(FULL);
    expect(renderSummary(failingOutcome(), { ...NO_CONTEXT, unannotated: 1 })).toContain(
      '\n\n1 more line(s) with undetected mutants are not annotated on the diff: GitHub shows at most 10 errors and 10 warnings per step.\n\n<details>',
    );
  });

  it('keeps the unannotated note and the notices at the counts level', () => {
    const context: RenderContext = { links: LINKS, unannotated: 2, notices: ['n'], runUrl: undefined };
    const full = renderSummary(failingOutcome(), context);
    const compact = renderSummary(failingOutcome(), context, bytes(full) - 1);
    const counts = renderSummary(failingOutcome(), context, bytes(compact) - 1);
    expect(counts).toBe(
      summaryOf(
        TOP.slice(0, 3 + UNMEASURED_SOURCE.length),
        ['', '> ⚠️ n'],
        TOP.slice(3 + UNMEASURED_SOURCE.length),
        COUNTS_NOTE,
        [
          '',
          '2 more line(s) with undetected mutants are not annotated on the diff: GitHub shows at most 10 errors and 10 warnings per step.',
        ],
        ATTRIBUTION,
        NOT_MUTATED,
      ),
    );
  });

  it('has an empty default context', () => {
    expect(NO_CONTEXT).toEqual({ links: undefined, unannotated: 0, notices: [], runUrl: undefined });
    expect(Object.isFrozen(NO_CONTEXT)).toBe(true);
    expect(renderSummary(failingOutcome())).toBe(renderSummary(failingOutcome(), NO_CONTEXT));
  });
});

describe('renderSummary of hundreds of survivors', () => {
  const TEST_COUNT = 7;
  const BODY_LINE = (index: number): string => `  const v${index} = compute(${'argument, '.repeat(20)}${index});`;

  /**
   * 10 surviving mutants in each file: each empties a function whose body is 8 long lines, run by 7
   * tests that never fail.
   */
  function manySurvivors(fileCount: number): ScoredReport {
    const files: Record<string, ChangedSource> = {};
    for (let file = 0; file < fileCount; file += 1) {
      const functions = Array.from({ length: 10 }, (_, fn) => [
        `export function f${fn}() {`,
        ...Array.from({ length: 8 }, (_, index) => BODY_LINE(index)),
        '}',
      ]);
      files[`src/f${String(file).padStart(3, '0')}.ts`] = {
        lines: Array.from({ length: 100 }, (_, index) => index + 1),
        source: `${functions.flat().join('\n')}\n`,
        mutants: functions.map((_, fn) => ({
          ...mutant(`${file}-${fn}`, 'Survived', fn * 10 + 1, [22, 2], '{}', 'BlockStatement'),
          location: { start: { line: fn * 10 + 1, column: 22 }, end: { line: fn * 10 + 10, column: 2 } },
          coveredBy: Array.from({ length: TEST_COUNT }, (_, test) => `t${test}`),
        })),
      };
    }
    const tests = new Map(
      Array.from({ length: TEST_COUNT }, (_, test): [string, TestInfo] => [
        `t${test}`,
        { id: `t${test}`, name: `test ${test}`, file: 'test/f.test.ts', line: test + 1 },
      ]),
    );
    return scored(files, { tests });
  }

  const HEADLINE = /^<code>src\/f\d{3}\.ts:\d+<\/code> · \*\*unknown\*\* · BlockStatement: The block was emptied/;
  const COMPACT_LINE = /^- <code>src\/f\d{3}\.ts:\d+<\/code> · \*\*unknown\*\* · BlockStatement: <code>\{ const v0 = compute\(argument, /;
  const COUNTS_LINE =
    "400 surviving and 0 uncovered mutant(s), and 7 test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).";
  const count = (lines: readonly string[], pattern: RegExp | string): number =>
    lines.filter((line) => (typeof pattern === 'string' ? line === pattern : pattern.test(line))).length;

  it('shows every one of 400 survivors in full within 1 MiB: 10 open, the rest folded', () => {
    const text = renderSummary(manySurvivors(40));
    expect(bytes(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes(text)).toBeGreaterThan(512 * 1024);
    const lines = text.split('\n');
    const headlines = lines.filter((line) => HEADLINE.test(line));
    expect(headlines).toHaveLength(400);
    expect(new Set(headlines.map((line) => /<code>(.*?)<\/code>/.exec(line)?.[1])).size).toBe(400);
    expect(headlines[0]).toBe(
      "<code>src/f000.ts:1</code> · **unknown** · BlockStatement: The block was emptied and no test failed: nothing checks this block's effect (what it returns or changes).",
    );
    const fold = lines.indexOf('<details><summary>390 more surviving mutant(s)</summary>');
    expect(fold).toBeGreaterThan(0);
    expect(count(lines.slice(0, fold), HEADLINE)).toBe(10);
    expect(count(lines, '```diff')).toBe(400);
    expect(count(lines, `- ${BODY_LINE(0).slice(0, 159)}…`)).toBe(400);
    expect(count(lines, '- … 4 more line(s)')).toBe(400);
    expect(count(lines, '+ export function f0() {}')).toBe(40);
    expect(
      count(
        lines,
        '- Tests that ran it and still passed: ' +
          [0, 1, 2, 3, 4].map((test) => `<code>test ${test}</code> (test/f.test.ts:${test + 1})`).join(', ') +
          ', and 2 more',
      ),
    ).toBe(400);
    expect(lines.filter((line) => line.endsWith('ran 400 mutant(s) of the changed code and failed on none'))).toEqual(
      Array.from(
        { length: TEST_COUNT },
        (_, test) => `- <code>test ${test}</code> (test/f.test.ts:${test + 1}): ran 400 mutant(s) of the changed code and failed on none`,
      ),
    );
  });

  it('degrades to one line per survivor, then to counts, then cuts, as the budget shrinks', () => {
    const outcome = manySurvivors(40);
    const full = renderSummary(outcome);
    const compact = renderSummary(outcome, NO_CONTEXT, bytes(full) - 1);
    const compactLines = compact.split('\n');
    expect(count(compactLines, COMPACT_LINE)).toBe(400);
    expect(count(compactLines, HEADLINE)).toBe(0);
    expect(compact).not.toContain('```');
    expect(compact).not.toContain('<details><summary>390 more');
    expect(compact).toContain('\n### Surviving mutants (400)\n');
    expect(compact).toContain('\n### 🔇 Tests that noticed nothing (7)\n');

    const counts = renderSummary(outcome, NO_CONTEXT, bytes(compact) - 1);
    const countsLines = counts.split('\n');
    expect(count(countsLines, COUNTS_LINE)).toBe(1);
    expect(count(countsLines, COMPACT_LINE)).toBe(0);
    expect(counts).not.toContain('### Surviving mutants');
    expect(counts).not.toContain('Tests that noticed nothing');
    expect(counts.endsWith(CUT_NOTE)).toBe(false);

    const cut = renderSummary(outcome, NO_CONTEXT, bytes(counts) - 1);
    expect(cut.endsWith(CUT_NOTE)).toBe(true);
    expect(bytes(cut)).toBeLessThanOrEqual(bytes(counts) - 1);
    expect(counts.startsWith(`${cut.slice(0, -CUT_NOTE.length)}\n`)).toBe(true);
  });

  it('falls back to one line per survivor at the 1 MiB default when the full report would not fit', () => {
    const outcome = manySurvivors(100);
    const text = renderSummary(outcome);
    const lines = text.split('\n');
    expect(bytes(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes(renderSummary(outcome, NO_CONTEXT, Number.MAX_SAFE_INTEGER))).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    expect(count(lines, COMPACT_LINE)).toBe(1000);
    expect(text).toContain('\n### Surviving mutants (1000)\n');
    expect(text).not.toContain('```');
  });
});
