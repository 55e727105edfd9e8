import { describe, expect, it } from 'vitest';
import type { ListedMutant } from '../../../src/core/judge/listed-mutants.js';
import {
  codePreview,
  type LinkBase,
  mutantLine,
  silentTestSection,
  survivorSection,
  uncoveredSection,
} from '../../../src/core/render/mutant-sections.js';
import type { TestInfo } from '../../../src/core/stryker/test-index.js';
import { listedMutant } from '../../support/listed-fixtures.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const LINKS: LinkBase = { serverUrl: 'https://github.com', repository: 'octo-org/shop', sha: SHA, repositoryPrefix: '' };
const NO_TESTS: ReadonlyMap<string, TestInfo> = new Map();

const INTRO_TEXT = 'Tests ran this code, yet none failed when it changed like this: each is a realistic bug the tests would let through.';
const BOUNDARY =
  'A boundary moved (&#62; became &#62;=) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.';
const NOT_REPORTED = '- Tests that ran it: not reported by the test runner.';

function test(id: string, name: string, file?: string, line?: number): TestInfo {
  return { id, name, file, line };
}

function survivor(line: number, overrides: Partial<ListedMutant> = {}): ListedMutant {
  return listedMutant({ line, ...overrides });
}

/** The lines survivorSection gives one survivor in full, for the default listed mutant on `line` of src/a.ts. */
function detail(line: number, ranBy = NOT_REPORTED): string[] {
  return [
    '',
    `<code>src/a.ts:${line}</code> · **unknown** · EqualityOperator: ${BOUNDARY}`,
    '',
    '```diff',
    '- let ok = a > b;',
    '+ let ok = a >= b;',
    '```',
    '',
    ranBy,
  ];
}

describe('survivorSection in full', () => {
  it('is empty without survivors', () => {
    expect(survivorSection([], NO_TESTS, LINKS, false)).toEqual([]);
    expect(survivorSection([], NO_TESTS, LINKS, true)).toEqual([]);
  });

  it('shows each survivor: where, class, mutator and hint, the lines before and after, the tests and the evidence', () => {
    const mutant = survivor(12, { class: 'ai', evidence: 'commit 68f00d4, label ai-generated', coveredBy: ['t1', 't2'] });
    const tests = new Map([
      ['t1', test('t1', 'adds tax', 'test/tax.test.ts', 14)],
      ['t2', test('t2', 'rounds', 'test/tax.test.ts')],
    ]);
    expect(survivorSection([mutant], tests, undefined, false)).toEqual([
      '',
      '### Surviving mutants (1)',
      INTRO_TEXT,
      '',
      `<code>src/a.ts:12</code> · **ai** · EqualityOperator: ${BOUNDARY}`,
      '',
      '```diff',
      '- let ok = a > b;',
      '+ let ok = a >= b;',
      '```',
      '',
      '- Tests that ran it and still passed: <code>adds tax</code> (test/tax.test.ts:14), <code>rounds</code> (test/tax.test.ts)',
      '- Class ai: commit 68f00d4, label ai-generated',
    ]);
  });

  it('gives a survivor without a class the class unknown, and leaves out the class line without evidence', () => {
    expect(survivorSection([survivor(1, { evidence: 'no AI marker' })], NO_TESTS, undefined, false).slice(-2)).toEqual([
      NOT_REPORTED,
      '- Class unknown: no AI marker',
    ]);
    expect(survivorSection([survivor(1, { class: 'human' })], NO_TESTS, undefined, false).slice(-2)).toEqual(['', NOT_REPORTED]);
  });

  it('names a test missing from the index by its id, and a test without a file by its name alone', () => {
    const tests = new Map([['t1', test('t1', 'no file', undefined, 3)]]);
    expect(survivorSection([survivor(1, { coveredBy: ['t1', 'src/x.test.ts#7'] })], tests, undefined, false)[11]).toBe(
      '- Tests that ran it and still passed: <code>no file</code>, <code>src/x.test.ts&#35;7</code>',
    );
  });

  it('names at most 5 tests, then says how many more', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const tests = new Map(ids.map((id, index): [string, TestInfo] => [id, test(id, `test ${id}`, 'test/t.ts', index + 1)]));
    const five =
      '<code>test a</code> (test/t.ts:1), <code>test b</code> (test/t.ts:2), <code>test c</code> (test/t.ts:3), <code>test d</code> (test/t.ts:4), <code>test e</code> (test/t.ts:5)';
    const ranBy = (coveredBy: string[]): string | undefined => survivorSection([survivor(1, { coveredBy })], tests, undefined, false)[11];
    expect(ranBy(ids.slice(0, 5))).toBe(`- Tests that ran it and still passed: ${five}`);
    expect(ranBy(ids.slice(0, 6))).toBe(`- Tests that ran it and still passed: ${five}, and 1 more`);
    expect(ranBy(ids)).toBe(`- Tests that ran it and still passed: ${five}, and 2 more`);
  });

  it('shows up to 6 lines on each side of the diff, then how many more', () => {
    const lines = (count: number, prefix: string): string[] => Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
    const block = (before: number, after: number): string[] =>
      survivorSection(
        [survivor(1, { diff: { before: lines(before, 'old'), after: lines(after, 'new') } })],
        NO_TESTS,
        undefined,
        false,
      ).slice(7, -3);
    expect(block(6, 6)).toEqual([...lines(6, '- old'), ...lines(6, '+ new')]);
    expect(block(7, 1)).toEqual([...lines(6, '- old'), '- … 1 more line(s)', '+ new1']);
    expect(block(1, 9)).toEqual(['- old1', ...lines(6, '+ new'), '+ … 3 more line(s)']);
  });

  it('cuts a diff line to 160 characters', () => {
    const diff = { before: ['x'.repeat(160)], after: [`${'y'.repeat(159)}😀z`] };
    expect(survivorSection([survivor(1, { diff })], NO_TESTS, undefined, false).slice(7, 10)).toEqual([
      `- ${'x'.repeat(160)}`,
      `+ ${'y'.repeat(159)}…`,
      '```',
    ]);
  });

  it('shows code in the diff as it is, under a fence no backtick run in it can close', () => {
    const diff = { before: ['const s = `a` + "<img src=x onerror=alert(1)>" // @octocat'], after: ['```', '````'] };
    expect(survivorSection([survivor(1, { diff })], NO_TESTS, undefined, false).slice(5, 11)).toEqual([
      '',
      '`````diff',
      '- const s = `a` + "<img src=x onerror=alert(1)>" // @octocat',
      '+ ```',
      '+ ````',
      '`````',
    ]);
  });

  it('shows the first 10 survivors open and folds the rest away', () => {
    const survivors = Array.from({ length: 12 }, (_, index) => survivor(index + 1));
    expect(survivorSection(survivors, NO_TESTS, undefined, false)).toEqual([
      '',
      '### Surviving mutants (12)',
      INTRO_TEXT,
      ...Array.from({ length: 10 }, (_, index) => detail(index + 1)).flat(),
      '',
      '<details><summary>2 more surviving mutant(s)</summary>',
      ...detail(11),
      ...detail(12),
      '',
      '</details>',
    ]);
  });

  it('folds nothing away with exactly 10 survivors', () => {
    const survivors = Array.from({ length: 10 }, (_, index) => survivor(index + 1));
    expect(survivorSection(survivors, NO_TESTS, undefined, false)).toEqual([
      '',
      '### Surviving mutants (10)',
      INTRO_TEXT,
      ...Array.from({ length: 10 }, (_, index) => detail(index + 1)).flat(),
    ]);
  });
});

describe('survivorSection compact', () => {
  it('shows each survivor on one line, with its code and replacement', () => {
    const survivors = [
      survivor(3, { class: 'human', evidence: 'git-ai note' }),
      survivor(9, { file: 'src/b.ts', mutator: 'StringLiteral', original: '"a"', replacement: '""' }),
    ];
    expect(survivorSection(survivors, NO_TESTS, undefined, true)).toEqual([
      '',
      '### Surviving mutants (2)',
      INTRO_TEXT,
      '',
      '- <code>src/a.ts:3</code> · **human** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>',
      '- <code>src/b.ts:9</code> · **unknown** · StringLiteral: <code>"a"</code> → <code>""</code>',
    ]);
  });

  it('folds nothing away, however many survivors', () => {
    const survivors = Array.from({ length: 25 }, (_, index) => survivor(index + 1));
    const lines = survivorSection(survivors, NO_TESTS, undefined, true);
    expect(lines).toHaveLength(4 + 25);
    expect(lines.at(-1)).toBe(
      '- <code>src/a.ts:25</code> · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>',
    );
    expect(lines.join('\n')).not.toContain('<details>');
  });
});

describe('links to mutant lines', () => {
  it('links file:line to the line on GitHub at the commit', () => {
    expect(mutantLine(survivor(7), LINKS)).toBe(
      `- [src/a.ts:7](https://github.com/octo-org/shop/blob/${SHA}/src/a.ts#L7) · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>`,
    );
  });

  it('puts the repository prefix before the path and encodes both, leaving the link text readable', () => {
    const links: LinkBase = { ...LINKS, serverUrl: 'https://ghe.example.com', repositoryPrefix: 'packages/my app (v2)/' };
    const mutant = survivor(3, { file: "src/it's #1?.ts" });
    expect(mutantLine(mutant, links)).toBe(
      `- [src/it's &#35;1?.ts:3](https://ghe.example.com/octo-org/shop/blob/${SHA}/packages/my%20app%20%28v2%29/src/it%27s%20%231%3F.ts#L3)` +
        ' · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>',
    );
  });

  it('links survivors in full, and uncovered mutants', () => {
    const links: LinkBase = { ...LINKS, repositoryPrefix: 'app/' };
    const url = `https://github.com/octo-org/shop/blob/${SHA}/app/src/a.ts`;
    expect(survivorSection([survivor(2)], NO_TESTS, links, false)[4]).toBe(
      `[src/a.ts:2](${url}#L2) · **unknown** · EqualityOperator: ${BOUNDARY}`,
    );
    expect(uncoveredSection([survivor(5, { status: 'NoCoverage' })], links).at(-1)).toBe(
      `- [src/a.ts:5](${url}#L5) · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>`,
    );
  });

  it('encodes the repository in the URL', () => {
    expect(mutantLine(survivor(1), { ...LINKS, repository: 'my org/shop#1' })).toBe(
      `- [src/a.ts:1](https://github.com/my%20org/shop%231/blob/${SHA}/src/a.ts#L1) · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>`,
    );
  });

  it('escapes a hostile file name in the link text and encodes it in the URL', () => {
    const mutant = survivor(1, { file: 'x/`a`|<img src=x onerror=alert(1)>@octocat](y).ts' });
    expect(mutantLine(mutant, LINKS)).toBe(
      '- [x/&#96;a&#96;&#124;&#60;img src=x onerror=alert(1)&#62;&#64;octocat&#93;(y).ts:1]' +
        `(https://github.com/octo-org/shop/blob/${SHA}/x/%60a%60%7C%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%40octocat%5D%28y%29.ts#L1)` +
        ' · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>',
    );
  });
});

describe('uncoveredSection', () => {
  it('is empty without uncovered mutants', () => {
    expect(uncoveredSection([], LINKS)).toEqual([]);
  });

  it('lists up to 10 uncovered mutants openly', () => {
    const uncovered = Array.from({ length: 10 }, (_, index) => survivor(index + 1, { status: 'NoCoverage' }));
    expect(uncoveredSection(uncovered, undefined)).toEqual([
      '',
      '### Uncovered mutants (10)',
      'No test runs these lines at all.',
      '',
      ...uncovered.map(
        (_, index) =>
          `- <code>src/a.ts:${index + 1}</code> · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>`,
      ),
    ]);
  });

  it('folds more than 10 uncovered mutants away', () => {
    const uncovered = Array.from({ length: 11 }, (_, index) => survivor(index + 1, { status: 'NoCoverage' }));
    expect(uncoveredSection(uncovered, undefined)).toEqual([
      '',
      '### Uncovered mutants (11)',
      'No test runs these lines at all.',
      '',
      '<details><summary>11 uncovered mutant(s)</summary>',
      '',
      ...uncovered.map(
        (_, index) =>
          `- <code>src/a.ts:${index + 1}</code> · **unknown** · EqualityOperator: <code>a &#62; b</code> → <code>a &#62;= b</code>`,
      ),
      '',
      '</details>',
    ]);
  });
});

describe('silentTestSection', () => {
  it('is empty without silent tests', () => {
    expect(silentTestSection([])).toEqual([]);
  });

  it('names each test, where it is, and how many mutants it ran', () => {
    expect(
      silentTestSection([
        { test: test('1', 'checks totals', 'test/cart.test.ts', 8), covered: 3 },
        { test: test('2', 'renders', 'test/view.test.ts'), covered: 1 },
        { test: test('3', 'legacy'), covered: 1 },
      ]),
    ).toEqual([
      '',
      '### 🔇 Tests that noticed nothing (3)',
      'These tests execute the changed code, but not one of the mutants they ran made them fail: they do not check what that code does.',
      '',
      '- <code>checks totals</code> (test/cart.test.ts:8): ran 3 mutant(s) of the changed code and failed on none',
      '- <code>renders</code> (test/view.test.ts): ran 1 mutant(s) of the changed code and failed on none',
      '- <code>legacy</code>: ran 1 mutant(s) of the changed code and failed on none',
    ]);
  });

  it('escapes hostile test names and files', () => {
    const hostile = test('h', '<img src=x onerror=alert(1)> @octocat `x` | y', 'test/`a`|<b>#1.ts', 2);
    expect(silentTestSection([{ test: hostile, covered: 2 }]).at(-1)).toBe(
      '- <code>&#60;img src=x onerror=alert(1)&#62; &#64;octocat &#96;x&#96; &#124; y</code> (test/&#96;a&#96;&#124;&#60;b&#62;&#35;1.ts:2): ran 2 mutant(s) of the changed code and failed on none',
    );
  });
});

describe('hostile names in survivor details', () => {
  const HOSTILE = '<img src=x onerror=alert(1)> @octocat `x` | y ```';

  it('never shows a hostile test name, test file, mutator or evidence raw', () => {
    const mutant = survivor(1, { mutator: HOSTILE, class: 'ai', evidence: HOSTILE, coveredBy: ['h', HOSTILE] });
    const tests = new Map([['h', test('h', HOSTILE, `test/${HOSTILE}.ts`, 1)]]);
    const text = survivorSection([mutant], tests, LINKS, false).join('\n');
    for (const raw of ['<img', '@octocat', '`x`', '| y', '```"']) expect(text).not.toContain(raw);
    const escaped = '&#60;img src=x onerror=alert(1)&#62; &#64;octocat &#96;x&#96; &#124; y &#96;&#96;&#96;';
    expect(text).toContain(
      `\n- Tests that ran it and still passed: <code>${escaped}</code> (test/${escaped}.ts:1), <code>${escaped}</code>\n`,
    );
    expect(text).toContain(`\n- Class ai: ${escaped}`);
    expect(text).toContain(` · **ai** · ${escaped}: Stryker's ${escaped} mutation changed this code`);
  });
});

describe('codePreview', () => {
  it('shows code on one line in a code element, whitespace runs as one space, trimmed', () => {
    expect(codePreview('  if (a) {\n\t go();\r\n}  ')).toBe('<code>if (a) { go(); }</code>');
  });

  it('keeps 120 characters and cuts longer code to 120, marking the cut', () => {
    expect(codePreview('x'.repeat(120))).toBe(`<code>${'x'.repeat(120)}</code>`);
    expect(codePreview('x'.repeat(121))).toBe(`<code>${'x'.repeat(119)}…</code>`);
  });

  it('escapes the code', () => {
    expect(codePreview('a | `b` <c>')).toBe('<code>a &#124; &#96;b&#96; &#60;c&#62;</code>');
  });
});
