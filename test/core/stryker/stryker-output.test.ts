import { describe, expect, it } from 'vitest';
import { evidenceOf, StrykerOutput } from '../../../src/core/stryker/stryker-output.js';

describe('StrykerOutput', () => {
  it('reads the test runner and coverage analysis from the initial test run line', () => {
    const evidence = evidenceOf([
      '18:47:04 (13235) INFO DryRunExecutor Starting initial test run (vitest test runner with "perTest" coverage analysis). This may take a while.',
    ]);
    expect(evidence.testRun).toEqual({ runner: 'vitest', coverageAnalysis: 'perTest' });
    expect(evidenceOf(['Starting initial test run, somewhere else']).testRun).toBeUndefined();
  });

  it('keeps the last 60 lines as the tail', () => {
    const lines = Array.from({ length: 100 }, (_, index) => `line ${index}`);
    expect(evidenceOf(lines).tail).toEqual(lines.slice(40));
  });

  it('keeps an ERROR entry with its continuation lines, up to 30 lines, counting the rest, until the next log line', () => {
    const output = new StrykerOutput();
    output.add('12:00:00 (1) ERROR Stryker first');
    for (let index = 0; index < 40; index += 1) output.add(`  at frame ${index}`);
    output.add('12:00:01 (1) INFO Stryker after');
    output.add('not part of any error');
    const [entry] = output.evidence().errors;
    expect(entry?.source).toBe('Stryker');
    expect(entry?.lines[0]).toBe('first');
    expect(entry?.lines).toHaveLength(30);
    expect(entry?.lines.at(-1)).toBe('  at frame 28');
    expect(entry?.omitted).toBe(11);
    expect(output.evidence().errors).toHaveLength(1);
  });

  it('keeps the first ten ERROR entries', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `12:00:00 (1) ERROR Stryker error ${index}`);
    const { errors } = evidenceOf(lines);
    expect(errors.map((entry) => entry.lines[0])).toEqual(lines.slice(0, 10).map((_, index) => `error ${index}`));
  });

  it('takes only a line that starts with the log prefix for an entry', () => {
    const { errors } = evidenceOf(['x 12:00:00 (1) ERROR Stryker not an entry', '12:00:00 (1) ERROR Stryker an entry']);
    expect(errors.map((entry) => entry.lines[0])).toEqual(['an entry']);
  });

  it('names the failing tests of the initial test run only inside that ERROR entry, one tab deep', () => {
    const evidence = evidenceOf([
      '12:00:00 (1) INFO DryRunExecutor One or more tests failed in the initial test run:',
      '\tnot a test either',
      '\tnot a test',
      '12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:',
      '\tadds',
      '\t\texpected 1 to be 2',
      '\t  ',
      '\tsubtracts  ',
      '\tx',
      '12:00:00 (1) ERROR Stryker There were failed tests in the initial test run.',
      '\tafter the entry',
    ]);
    expect(evidence.failedTests).toEqual(['adds', 'subtracts', 'x']);
    expect(evidence.failedTestCount).toBe(3);
  });

  it('keeps five coverage shortfalls, trimmed, from anywhere', () => {
    const lines = Array.from(
      { length: 7 },
      (_, index) => `  ERROR: Coverage for lines (${index}%) does not meet global threshold (100%)  `,
    );
    expect(evidenceOf(['x', ...lines]).coverageShortfalls).toEqual(lines.slice(0, 5).map((line) => line.trim()));
    expect(evidenceOf(['coverage report written', 'threshold reached']).coverageShortfalls).toEqual([]);
  });

  it('reads progress from any line, the last one counting', () => {
    expect(evidenceOf(['1/10 tested', 'x', 'Mutation testing 70% 7/10 tested (2 survived)', 'done']).progress).toEqual({
      tested: 7,
      total: 10,
    });
    expect(evidenceOf(['nothing']).progress).toBeUndefined();
  });

  it('gives copies: evidence taken once does not change with later lines', () => {
    const output = new StrykerOutput();
    output.add('12:00:00 (1) ERROR Stryker first');
    const before = output.evidence();
    output.add('more');
    output.add('12:00:01 (1) ERROR Stryker second');
    expect(before.errors).toEqual([{ source: 'Stryker', lines: ['first'], omitted: 0 }]);
    expect(before.tail).toEqual(['12:00:00 (1) ERROR Stryker first']);
  });
});
