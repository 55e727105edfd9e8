import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings/finding.js';
import { errorReport, type ScoredReport } from '../../../src/core/judge/report.js';
import { renderBrief } from '../../../src/core/render/agent-brief.js';
import { testsThatRan, undetectedMutants } from '../../../src/core/render/survivor-list.js';
import { type Paint, PLAIN, printable } from '../../../src/core/render/terminal-paint.js';
import { renderTerminalReport } from '../../../src/core/render/terminal-report.js';
import type { TestInfo } from '../../../src/core/stryker/test-index.js';
import { CLAUDE, mutant, scored } from '../../support/scored-fixtures.js';

const SOURCE = 'export const over = (a: number): boolean => a > 10;\nexport const name = (): string => "x";\n';
const TESTS: ReadonlyMap<string, TestInfo> = new Map([
  ['t1', { id: 't1', name: 'over > is true above ten', file: 'test/over.test.ts', line: 4 }],
  ['t2', { id: 't2', name: 'over > is false at ten', file: 'test/over.test.ts', line: undefined }],
  ['t3', { id: 't3', name: 'name', file: undefined, line: undefined }],
  ['t4', { id: 't4', name: 'fourth', file: 'test/b.test.ts', line: 1 }],
]);

/** One AI-touched survivor on line 1, one unknown mutant no test ran on line 2, and one killed. */
function mixedReport(): ScoredReport {
  return scored(
    {
      'src/over.ts': {
        lines: [1, 2],
        source: SOURCE,
        classes: { 1: ['ai', CLAUDE] },
        mutants: [
          { ...mutant('1', 'Survived', 1, [45, 51], 'a >= 10'), coveredBy: ['t1'] },
          { ...mutant('2', 'Killed', 1, [45, 51], 'a < 10'), coveredBy: ['t1'], killedBy: ['t1'] },
          mutant('3', 'NoCoverage', 2, [35, 38], '""', 'StringLiteral'),
        ],
      },
    },
    { tests: TESTS, repositoryPrefix: 'packages/app/' },
  );
}

const PATHS = { gateReport: '/tmp/run/mutation-gate-report.json', htmlReport: '/tmp/run/mutation-report.html' };
const text = (report: ScoredReport, paint: Paint = PLAIN): string => renderTerminalReport(report, { paint, ...PATHS });

/** Marks each style, so a test sees what was painted how. */
const MARKED: Paint = {
  bold: (value) => `<b>${value}</b>`,
  dim: (value) => `<dim>${value}</dim>`,
  red: (value) => `<red>${value}</red>`,
  green: (value) => `<green>${value}</green>`,
  yellow: (value) => `<yellow>${value}</yellow>`,
};

/** A survivor on `line` of src/many.ts, the code of which is `line` copies of one statement. */
function manyLineSurvivor(id: string, line: number, coveredBy: string[] = []) {
  return { ...mutant(id, 'Survived', line, [1, 4], 'y', 'BlockStatement'), coveredBy };
}

describe('renderTerminalReport', () => {
  it('is the verdict, the comparison, the table, each unnoticed mutant (AI-touched first) as a small diff with its hint and tests, and the reports', () => {
    const report = mixedReport();
    expect(text(report)).toBe(
      [
        `mutation-gate: FAIL  ${report.verdict.reason}`,
        `Compared with main (merge base ${'a'.repeat(12)}), 1 AI-touched changed line(s).`,
        '',
        '  lines            mutants    killed   timeout  survived   no cov.    score',
        '  AI-touched             2         1         0         1         0   50.00%  ai-threshold 80%',
        '  other                  1         0         0         0         1    0.00%  ',
        '  all changed            3         1         0         1         1   33.33%  threshold 80%',
        '',
        'Mutants no test noticed (2), AI-touched first:',
        '',
        '  packages/app/src/over.ts:1  ai · EqualityOperator · survived',
        '    - export const over = (a: number): boolean => a > 10;',
        '    + export const over = (a: number): boolean => a >= 10;',
        '    A boundary moved (> became >=) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.',
        '    ran by over > is true above ten (test/over.test.ts:4), which still passed',
        '',
        '  packages/app/src/over.ts:2  unknown · StringLiteral · no coverage',
        '    - export const name = (): string => "x";',
        '    + export const name = (): string => "";',
        '    No test runs this code at all: add a test that reaches it.',
        '    no test ran it',
        '',
        `JSON report: ${PATHS.gateReport}`,
        `HTML report: ${PATHS.htmlReport}`,
        '',
      ].join('\n'),
    );
    const killed = scored({ 'src/over.ts': { lines: [1], source: SOURCE, mutants: [mutant('1', 'Killed', 1, [45, 51], 'a >= 10')] } });
    expect(renderTerminalReport(killed, { paint: PLAIN, gateReport: '', htmlReport: '' }).split('\n').slice(6)).toEqual([
      '  all changed            1         1         0         0         0  100.00%  threshold 80%',
      '',
      '',
    ]);
  });

  it('shows four lines of a diff and three tests in full, with no "more"', () => {
    const source = 'x0;\nx1;\nx2;\nx3;\n';
    const fourLines = {
      ...mutant('1', 'Survived', 1, [1, 4], '{}', 'BlockStatement'),
      location: { start: { line: 1, column: 1 }, end: { line: 4, column: 4 } },
    };
    const report = scored(
      { 'src/four.ts': { lines: [1, 2, 3, 4], source, mutants: [{ ...fourLines, coveredBy: ['t1', 't2', 't3'] }] } },
      { tests: TESTS },
    );
    const shown = text(report);
    expect(shown).toContain('    - x3;\n    + {}');
    expect(shown).toContain(
      '    ran by over > is true above ten (test/over.test.ts:4), over > is false at ten (test/over.test.ts), name, which still passed',
    );
    expect(shown).not.toContain('more');
  });

  it('ends with where the reports are, and leaves out those not written', () => {
    expect(text(mixedReport()).split('\n').slice(-3)).toEqual([`JSON report: ${PATHS.gateReport}`, `HTML report: ${PATHS.htmlReport}`, '']);
    const without = renderTerminalReport(mixedReport(), { paint: PLAIN, gateReport: '', htmlReport: PATHS.htmlReport });
    expect(without.split('\n').slice(-3)).toEqual(['', `HTML report: ${PATHS.htmlReport}`, '']);
  });

  it('paints the verdict, the diff and the notes only through the paint it is given', () => {
    const report = mixedReport();
    const painted = text(report, MARKED);
    expect(painted.split('\n')[0]).toBe(`<b>mutation-gate: <red>FAIL</red></b>  ${report.verdict.reason}`);
    expect(painted).toContain('    <red>- export const over = (a: number): boolean => a > 10;</red>');
    expect(painted).toContain('    <green>+ export const over = (a: number): boolean => a >= 10;</green>');
    expect(painted).toContain('<b>Mutants no test noticed (2), AI-touched first:</b>');
    expect(painted).toContain('    <dim>no test ran it</dim>');
    expect(painted).toContain(`<dim>JSON report: ${PATHS.gateReport}</dim>`);
    expect(text(report)).not.toContain('\u001b');
  });

  it('labels every verdict', () => {
    const killed = scored({ 'src/over.ts': { lines: [1], source: SOURCE, mutants: [mutant('1', 'Killed', 1, [45, 51], 'a >= 10')] } });
    expect(text(killed, MARKED).split('\n')[0]).toBe(`<b>mutation-gate: <green>PASS</green></b>  ${killed.verdict.reason}`);
    const none = scored({ 'src/over.ts': { lines: [1], source: SOURCE } });
    expect(text(none, MARKED).split('\n')[0]).toBe(`<b>mutation-gate: <yellow>NO MUTANTS</yellow></b>  ${none.verdict.reason}`);
    expect(text(none)).toMatch(/^ {2}all changed +0 +0 +0 +0 +0 +n\/a {2}threshold 80%$/m);
    expect(text(none)).not.toContain('Mutants no test noticed');
    const error = errorReport(undefined, 'Bad.', ['detail']);
    expect(renderTerminalReport(error, { paint: MARKED, gateReport: '', htmlReport: '' })).toBe(
      '<b>mutation-gate: <red>ERROR</red></b>  Bad.\n  detail\n',
    );
  });

  it('says ai-threshold is off when AI detection is', () => {
    const off = scored({ 'src/over.ts': { lines: [1], source: SOURCE } }, { gating: { detection: 'off', unknownAs: 'human' } });
    expect(text(off)).toMatch(/^ {2}AI-touched .*n\/a {2}ai-threshold off$/m);
  });

  it('clips long diffs and test lists, names a mutant no test was reported for, and lists survivors past twenty in one line each', () => {
    const source = Array.from({ length: 30 }, (_, index) => `x${index};`).join('\n');
    const tall = {
      ...mutant('0', 'Survived', 1, [1, 4], '{}', 'BlockStatement'),
      location: { start: { line: 1, column: 1 }, end: { line: 6, column: 4 } },
    };
    const report = scored(
      {
        'src/many.ts': {
          lines: Array.from({ length: 30 }, (_, index) => index + 1),
          source,
          mutants: [
            { ...tall, coveredBy: ['t1', 't2', 't3', 't4'] },
            ...Array.from({ length: 21 }, (_, index) => manyLineSurvivor(String(index + 1), index + 2)),
          ],
        },
      },
      { tests: TESTS },
    );
    const lines = text(report).split('\n');
    const first = lines.indexOf('  src/many.ts:1  unknown · BlockStatement · survived');
    expect(lines.slice(first + 1, first + 8)).toEqual([
      '    - x0;',
      '    - x1;',
      '    - x2;',
      '    - x3;',
      '    - … 2 more line(s)',
      '    + {}',
      expect.any(String),
    ]);
    expect(lines).toContain(
      '    ran by over > is true above ten (test/over.test.ts:4), over > is false at ten (test/over.test.ts), name, and 1 more, which still passed',
    );
    expect(lines).toContain('    the test runner did not say which tests ran it');
    expect(lines.filter((line) => line.startsWith('    + ')).length).toBe(20);
    const more = lines.indexOf('  and 2 more:');
    expect(lines.slice(more + 1, more + 3)).toEqual([
      '  src/many.ts:21  unknown · BlockStatement · survived',
      '  src/many.ts:22  unknown · BlockStatement · survived',
    ]);
  });

  it('shows the findings and the changed files not mutated', () => {
    const findings: Finding[] = [
      { kind: 'stryker-config', path: 'stryker.config.json', line: undefined, change: 'It changes the mutators.' },
      { kind: 'suppression', path: 'src/over.ts', line: 3, change: 'It disables a mutator.' },
    ];
    const report = scored(
      { 'src/over.ts': { lines: [1], source: SOURCE } },
      {
        findings,
        skipped: [
          { path: 'docs/a.md', reason: 'excluded', pattern: undefined },
          { path: 'b.json', reason: 'not-included', pattern: undefined },
        ],
      },
    );
    const shown = text(report, MARKED);
    expect(shown).toContain(
      [
        '',
        '<yellow><b>The change alters its own measurement (2); on a pull request this needs approval:</b></yellow>',
        '  src/over.ts:3 It disables a mutator.',
        '  stryker.config.json It changes the mutators.',
      ].join('\n'),
    );
    expect(shown).toContain('<dim>Changed files not mutated (2): docs/a.md, b.json</dim>');
  });
});

describe('undetectedMutants', () => {
  it('lists the survivors and uncovered mutants of each package, AI-touched first, then by path, line and column', () => {
    const app = mixedReport();
    const lib = scored(
      {
        'src/z.ts': {
          lines: [1, 2],
          source: SOURCE,
          classes: { 2: ['ai', CLAUDE] },
          mutants: [
            mutant('1', 'Survived', 1, [50, 51], 'a'),
            mutant('2', 'Survived', 1, [45, 51], 'b'),
            mutant('3', 'NoCoverage', 2, [35, 38], 'c'),
          ],
        },
      },
      { repositoryPrefix: 'packages/lib/' },
    );
    const workspace: ScoredReport = {
      ...app,
      packages: [
        { folder: 'packages/lib', report: lib },
        { folder: 'packages/app', report: app },
      ],
    };
    expect(
      undetectedMutants(workspace).map(({ path, mutant: { line, column, aiGated } }) => `${path}:${line}:${column} ${aiGated}`),
    ).toEqual([
      'packages/app/src/over.ts:1:45 true',
      'packages/lib/src/z.ts:2:35 true',
      'packages/app/src/over.ts:2:35 false',
      'packages/lib/src/z.ts:1:45 false',
      'packages/lib/src/z.ts:1:50 false',
    ]);
    expect(undetectedMutants(app).map((entry) => entry.path)).toEqual(['packages/app/src/over.ts', 'packages/app/src/over.ts']);
  });

  it('orders mutants of one path by line, then column, across packages', () => {
    const at = (line: number, column: number) =>
      scored({ 'src/a.ts': { lines: [line], source: SOURCE, mutants: [mutant('1', 'Survived', line, [column, column + 1], 'x')] } });
    const first = at(9, 3);
    const workspace: ScoredReport = {
      ...first,
      packages: [
        { folder: 'x', report: first },
        { folder: 'y', report: at(9, 1) },
        { folder: 'z', report: at(2, 5) },
      ],
    };
    expect(undetectedMutants(workspace).map(({ mutant: { line, column } }) => `${line}:${column}`)).toEqual(['2:5', '9:1', '9:3']);
  });

  it('names the tests that ran one, by name and place, or by id when the report does not know it', () => {
    const [entry] = undetectedMutants(mixedReport());
    expect(
      testsThatRan({
        ...(entry as NonNullable<typeof entry>),
        mutant: { ...(entry as NonNullable<typeof entry>).mutant, coveredBy: ['t1', 't2', 't3', 'gone'] },
      }),
    ).toEqual(['over > is true above ten (test/over.test.ts:4)', 'over > is false at ten (test/over.test.ts)', 'name', 'gone']);
  });
});

describe('renderBrief', () => {
  it('is a task list of every mutant no test noticed, AI-touched first, with code, tests and what to assert', () => {
    const report = mixedReport();
    const brief = renderBrief(report);
    expect(brief).toBe(
      [
        `mutation-gate: fail. ${report.verdict.reason}`,
        'Changed lines: 3 mutant(s), 1 detected (33.33%); AI-touched: 2 mutant(s), 1 detected.',
        '',
        'Mutants no test noticed (2). For each, add or strengthen a test so that the mutated code makes it fail:',
        '1. [ ] packages/app/src/over.ts:1 (ai, held to ai-threshold; EqualityOperator; Survived)',
        '   original:',
        '      export const over = (a: number): boolean => a > 10;',
        '   mutated:',
        '      export const over = (a: number): boolean => a >= 10;',
        '   tests: ran by over > is true above ten (test/over.test.ts:4), all of which still passed.',
        '   a test must: A boundary moved (> became >=) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.',
        '2. [ ] packages/app/src/over.ts:2 (unknown; StringLiteral; NoCoverage)',
        '   original:',
        '      export const name = (): string => "x";',
        '   mutated:',
        '      export const name = (): string => "";',
        '   tests: no test runs this code.',
        '   a test must: No test runs this code at all: add a test that reaches it.',
        '',
      ].join('\n'),
    );
  });

  it('puts the findings first, and says when the runner named no test', () => {
    const findings: Finding[] = [{ kind: 'suppression', path: 'src/over.ts', line: 1, change: 'It disables a mutator.' }];
    const report = scored(
      { 'src/over.ts': { lines: [1], source: SOURCE, mutants: [mutant('1', 'Survived', 1, [45, 51], 'a >= 10')] } },
      { findings },
    );
    const brief = renderBrief(report).split('\n');
    expect(brief.slice(2, 5)).toEqual([
      '',
      'Before the tests (1):',
      '- [ ] src/over.ts:1: It disables a mutator. Undo this change, or have someone other than its author approve it on the pull request.',
    ]);
    expect(brief).toContain('   tests: the test runner did not say which tests ran it.');
    const wholeFile: Finding[] = [
      { kind: 'stryker-config', path: 'stryker.config.json', line: undefined, change: 'It changes the mutators.' },
    ];
    expect(renderBrief(scored({ 'src/over.ts': { lines: [1], source: SOURCE } }, { findings: wholeFile }))).toContain(
      '- [ ] stryker.config.json: It changes the mutators. Undo',
    );
  });

  it('says there is nothing to do when every mutant was noticed, n/a without mutants, and what to fix on an error', () => {
    const strong = scored({ 'src/over.ts': { lines: [1], source: SOURCE, mutants: [mutant('1', 'Killed', 1, [45, 51], 'a >= 10')] } });
    expect(renderBrief(strong)).toContain('\nNo mutant went unnoticed: nothing to do for the tests.\n');
    expect(renderBrief(scored({ 'src/over.ts': { lines: [1], source: SOURCE } }))).toContain(
      'Changed lines: 0 mutant(s), 0 detected (n/a)',
    );
    expect(renderBrief(errorReport(undefined, 'No base.', ['detail']))).toBe(
      'mutation-gate: error. No base.\n  detail\n\nFix the error above and run the command again.\n',
    );
  });
});

describe('printable', () => {
  it('shows control characters as escapes, so code and test names cannot drive the terminal, and keeps tabs', () => {
    expect(printable('a\u001b[31mred\r\u0007b\tc\u0085')).toBe('a\\u001b[31mred\\u000d\\u0007b\tc\\u0085');
    expect(printable('plain “text” é')).toBe('plain “text” é');
  });
});
