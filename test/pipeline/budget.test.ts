import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { MutantResult } from '../../src/core/stryker/stryker-report.js';
import { budgetSeed } from '../../src/pipeline/budget.js';
import { runGate } from '../../src/pipeline/gate.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import { BASE, discountMutant, discountReport, HEAD, memoryRun, RUN_FILES, WORKSPACE } from '../support/memory-ports.js';

/** A mutant of `code` on a line of DISCOUNT_SOURCE (the pull request adds lines 2 and 3). */
const mutantOf = (id: string, line: number, code: string, mutatorName: string, status: MutantResult['status']): MutantResult =>
  discountMutant(id, line, code, `${mutatorName} of ${code}`, status, mutatorName);

const reportOf = discountReport;

// Line 2: a boundary and a string; line 3: a boundary.
const LISTED = [
  mutantOf('1', 2, 'total >= 100', 'EqualityOperator', 'NoCoverage'),
  mutantOf('2', 2, 'total', 'StringLiteral', 'NoCoverage'),
  mutantOf('3', 3, 'total > 500', 'EqualityOperator', 'NoCoverage'),
];

const PULL_REQUEST = decodeEvent('pull_request', { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } });

function setUp(measured: readonly MutantResult[]) {
  const set = memoryRun({
    event: PULL_REQUEST,
    report: reportOf(LISTED),
    lines: [],
    config: configFrom({ threshold: '50', 'flaky-check': '0', 'mutants-per-line': '1' }),
  });
  set.ports.stryker.laterBehaviours.push({ report: reportOf(measured), lines: [] });
  return set;
}

describe('a budget, with every port in memory', () => {
  it('lists the mutants first, then runs only the chosen ones by their exact ranges and keeps only them', async () => {
    // The measurement also makes a mutant inside a chosen one's range: it is dropped.
    const measured = [
      mutantOf('7', 2, 'total >= 100', 'EqualityOperator', 'Killed'),
      mutantOf('8', 2, 'total', 'StringLiteral', 'Survived'),
      mutantOf('9', 3, 'total > 500', 'EqualityOperator', 'Survived'),
    ];
    const { run, ports } = setUp(measured);
    const report = await runGate(run, ports);
    expect(ports.stryker.runs.map((each) => each.configPath)).toEqual([RUN_FILES.enumerateConfigPath, RUN_FILES.strykerConfigPath]);
    expect(ports.stryker.runs[0]?.reportPath).toBe(RUN_FILES.enumerateReportPath);
    const listing = ports.files.texts.get(RUN_FILES.enumerateConfigPath) ?? '';
    expect(listing).toContain('"testRunner": "mutation-gate-enumerate"');
    expect(listing).toContain(`"${WORKSPACE}/src/discount.ts:2-3"`);
    // Report columns are 1-based, end exclusive; Stryker's range columns 0-based.
    const measuring = ports.files.texts.get(RUN_FILES.strykerConfigPath) ?? '';
    const first = (LISTED[0] as MutantResult).location;
    expect(measuring).toContain(`"${WORKSPACE}/src/discount.ts:2:${first.start.column - 1}-2:${first.end.column - 1}"`);
    // The gate's checker gets the chosen mutants, by their places from 0.
    expect(measuring).toContain(
      `"1:${first.start.column - 1}-1:${first.end.column - 1} EqualityOperator EqualityOperator of total >= 100"`,
    );
    expect(measuring).toContain('"mutation-gate-chosen"');
    expect(report.mutants.map((mutant) => [mutant.line, mutant.mutator, mutant.status])).toEqual([
      [2, 'EqualityOperator', 'Killed'],
      [3, 'EqualityOperator', 'Survived'],
    ]);
    expect(report.budget).toEqual({ maxMutants: undefined, perLine: 1, made: 3, afterPerLine: 2, strata: undefined, estimates: undefined });
    expect(ports.log.lines).toContain('Budget: 2 of the 3 mutant(s) on the changed lines to test, one per line (2).');
    // A budget chooses anew on each run: no reuse (state-dir unset here: reuse is off anyway).
    expect(report.reuse).toBeUndefined();
  });

  it('is an error when Stryker does not make a mutant it listed', async () => {
    const { run, ports } = setUp([mutantOf('7', 2, 'total >= 100', 'EqualityOperator', 'Killed')]);
    const error = await runGate(run, ports).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toMatch(
      /^Stryker did not make 1 of the 2 mutant\(s\) the budget chose when it listed them \(src\/discount\.ts:3:/,
    );
  });

  it('measures the changed lines as they are when they hold no mutant, and finds none', async () => {
    const set = memoryRun({
      event: PULL_REQUEST,
      report: reportOf([]),
      lines: [],
      config: configFrom({ threshold: '50', 'flaky-check': '0', 'max-mutants': '10' }),
    });
    const report = await runGate(set.run, set.ports);
    expect(set.ports.files.texts.get(RUN_FILES.strykerConfigPath)).toContain(`"${WORKSPACE}/src/discount.ts:2-3"`);
    expect(report.verdict.kind).toBe('no-mutants');
    expect(report.budget).toMatchObject({ made: 0, afterPerLine: 0, strata: undefined });
  });

  it('is an error when listing the mutants fails', async () => {
    const { run, ports } = setUp([]);
    ports.stryker.behaviour = { lines: ['ERROR boom'], exit: { exitCode: 1 } };
    const error = await runGate(run, ports).catch((thrown: unknown) => thrown);
    expect((error as GateError).message).toMatch(/^Listing the mutants of the changed lines \(a Stryker run that tests none\) failed\. /);
  });
});

describe('budgetSeed', () => {
  const added = [
    { path: 'src/a.ts', added: [{ line: 2, text: 'return x > 1;' }] },
    { path: 'src/b.ts', added: [{ line: 5, text: 'return y;' }] },
  ];
  const files = new Set(['src/a.ts']);

  it('is the same for the same merge base and changed code, whatever else the change holds', () => {
    const seed = budgetSeed('m'.repeat(40), added, files);
    expect(Number.isInteger(seed)).toBe(true);
    expect(budgetSeed('m'.repeat(40), [added[0] as (typeof added)[number]], files)).toBe(seed);
    expect(budgetSeed('m'.repeat(40), added, new Set(['src/a.ts', 'src/b.ts']))).not.toBe(seed);
  });

  it('changes with the merge base, a changed line, its place or its file', () => {
    const seed = budgetSeed('m'.repeat(40), added, files);
    const variants = [
      budgetSeed('n'.repeat(40), added, files),
      budgetSeed('m'.repeat(40), [{ path: 'src/a.ts', added: [{ line: 2, text: 'return x >= 1;' }] }], files),
      budgetSeed('m'.repeat(40), [{ path: 'src/a.ts', added: [{ line: 3, text: 'return x > 1;' }] }], files),
      budgetSeed('m'.repeat(40), [{ path: 'src/c.ts', added: [{ line: 2, text: 'return x > 1;' }] }], new Set(['src/c.ts'])),
    ];
    for (const variant of variants) expect(variant).not.toBe(seed);
  });
});
