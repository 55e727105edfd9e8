import { describe, expect, it } from 'vitest';
import { errorReport } from '../../../src/core/judge/report.js';
import { renderBrief } from '../../../src/core/render/agent-brief.js';
import { type Paint, PLAIN, printable } from '../../../src/core/render/terminal-paint.js';
import { renderTerminalReport } from '../../../src/core/render/terminal-report.js';
import type { TestInfo } from '../../../src/core/stryker/test-index.js';
import { CLAUDE, mutant, scored } from '../../support/scored-fixtures.js';

const SOURCE = 'export const over = (a: number): boolean => a > 10;\nexport const name = (): string => "x";\n';
const TESTS: ReadonlyMap<string, TestInfo> = new Map([
  ['t1', { id: 't1', name: 'over > is true above ten', file: 'test/over.test.ts', line: 4 }],
]);

/** One AI-touched survivor on line 1, one unknown mutant no test ran on line 2, and one killed. */
const REPORT = scored(
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

const PATHS = { gateReport: '/tmp/run/mutation-gate-report.json', htmlReport: '/tmp/run/mutation-report.html' };

/** Marks each style, so a test sees what was painted how. */
const MARKED: Paint = {
  bold: (text) => `<b>${text}</b>`,
  dim: (text) => `<dim>${text}</dim>`,
  red: (text) => `<red>${text}</red>`,
  green: (text) => `<green>${text}</green>`,
  yellow: (text) => `<yellow>${text}</yellow>`,
};

describe('renderTerminalReport', () => {
  const text = renderTerminalReport(REPORT, { paint: PLAIN, ...PATHS });
  const lines = text.split('\n');

  it('starts with the verdict and its reason, then the split of AI-touched, other and all changed lines', () => {
    expect(lines[0]).toBe(`mutation-gate: FAIL  ${REPORT.verdict.reason}`);
    expect(text).toMatch(/^ {2}AI-touched +2 +1 +0 +1 +0 +50\.00% {2}ai-threshold 80%$/m);
    expect(text).toMatch(/^ {2}other +1 +0 +0 +0 +1 +0\.00% {2}$/m);
    expect(text).toMatch(/^ {2}all changed +3 +1 +0 +1 +1 +33\.33% {2}threshold 80%$/m);
  });

  it('shows each mutant no test noticed, AI-touched first, as a small diff with its hint and the tests that ran it', () => {
    const survivor = lines.indexOf('  packages/app/src/over.ts:1  ai · EqualityOperator · survived');
    const uncovered = lines.indexOf('  packages/app/src/over.ts:2  unknown · StringLiteral · no coverage');
    expect(survivor).toBeGreaterThan(0);
    expect(uncovered).toBeGreaterThan(survivor);
    expect(lines.slice(survivor + 1, survivor + 5)).toEqual([
      '    - export const over = (a: number): boolean => a > 10;',
      '    + export const over = (a: number): boolean => a >= 10;',
      '    A boundary moved (> became >=) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.',
      '    ran by over > is true above ten (test/over.test.ts:4), which still passed',
    ]);
    expect(lines[uncovered + 4]).toBe('    no test ran it');
    expect(text).toContain('Mutants no test noticed (2), AI-touched first:');
  });

  it('ends with where the reports are', () => {
    expect(lines.slice(-3)).toEqual([`JSON report: ${PATHS.gateReport}`, `HTML report: ${PATHS.htmlReport}`, '']);
    expect(renderTerminalReport(REPORT, { paint: PLAIN, gateReport: '', htmlReport: '' })).not.toContain('report:');
  });

  it('paints the verdict, the diff and the notes only through the paint it is given', () => {
    const painted = renderTerminalReport(REPORT, { paint: MARKED, ...PATHS });
    expect(painted.split('\n')[0]).toBe(`<b>mutation-gate: <red>FAIL</red></b>  ${REPORT.verdict.reason}`);
    expect(painted).toContain('    <red>- export const over = (a: number): boolean => a > 10;</red>');
    expect(painted).toContain('    <green>+ export const over = (a: number): boolean => a >= 10;</green>');
    expect(text).not.toContain('\u001b');
  });

  it('shows an error with its details', () => {
    const error = errorReport(undefined, '1 flag(s) are invalid, so nothing was run.', ['Flag --threshold has value "x".']);
    expect(renderTerminalReport(error, { paint: PLAIN, gateReport: '', htmlReport: '' })).toBe(
      'mutation-gate: ERROR  1 flag(s) are invalid, so nothing was run.\n  Flag --threshold has value "x".\n',
    );
  });
});

describe('renderBrief', () => {
  const brief = renderBrief(REPORT);

  it('is a task list of every mutant no test noticed, AI-touched first, with code, tests and what to assert', () => {
    expect(brief.split('\n')[0]).toBe(`mutation-gate: fail. ${REPORT.verdict.reason}`);
    expect(brief).toContain('Changed lines: 3 mutant(s), 1 detected (33.33%); AI-touched: 2 mutant(s), 1 detected.');
    expect(brief).toContain(
      [
        '1. [ ] packages/app/src/over.ts:1 (ai, held to ai-threshold; EqualityOperator; Survived)',
        '   original:',
        '      export const over = (a: number): boolean => a > 10;',
        '   mutated:',
        '      export const over = (a: number): boolean => a >= 10;',
        '   tests: ran by over > is true above ten (test/over.test.ts:4), all of which still passed.',
        '   a test must: A boundary moved (> became >=) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.',
      ].join('\n'),
    );
    expect(brief).toContain('2. [ ] packages/app/src/over.ts:2 (unknown; StringLiteral; NoCoverage)');
    expect(brief).toContain('   tests: no test runs this code.');
  });

  it('says there is nothing to do when every mutant was noticed, and what to fix on an error', () => {
    const strong = scored({ 'src/over.ts': { lines: [1], source: SOURCE, mutants: [mutant('1', 'Killed', 1, [45, 51], 'a >= 10')] } });
    expect(renderBrief(strong)).toContain('No mutant went unnoticed: nothing to do for the tests.');
    expect(renderBrief(errorReport(undefined, 'No base.', ['detail']))).toBe(
      'mutation-gate: error. No base.\n  detail\n\nFix the error above and run the command again.\n',
    );
  });
});

describe('printable', () => {
  it('shows control characters as escapes, so code and test names cannot drive the terminal, and keeps tabs', () => {
    expect(printable('a\u001b[31mred\r\u0007b\tc')).toBe('a\\u001b[31mred\\u000d\\u0007b\tc');
    expect(printable('plain “text” é')).toBe('plain “text” é');
  });
});
