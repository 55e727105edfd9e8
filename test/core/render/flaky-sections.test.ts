import { describe, expect, it } from 'vitest';
import { flakyCheckLines, flakySection } from '../../../src/core/render/flaky-sections.js';
import type { FlakyCheck } from '../../../src/core/stryker/flaky-tests.js';

const FOUND: FlakyCheck = {
  kind: 'checked',
  runs: 3,
  tests: [
    { name: 'reads | the `clock`', file: 'test/clock.test.ts', failures: 2 },
    { name: 'adds', file: undefined, failures: 1 },
  ],
  discounted: [{ file: 'src/a.ts', id: '4', line: 7, mutatorName: 'Equality<Operator>', tests: ['reads | the `clock`', 'adds'] }],
};

describe('flakyCheckLines', () => {
  it('says nothing when Stryker did not run or nothing was killed', () => {
    expect(flakyCheckLines(undefined)).toEqual([]);
    expect(flakyCheckLines({ kind: 'not-needed' })).toEqual([]);
  });

  it('says when flaky tests were not looked for, and what that means', () => {
    expect(flakyCheckLines({ kind: 'off' })).toEqual([
      '',
      'Flaky tests were not looked for (flaky-check: 0): a test that fails on its own counts as having noticed a mutant.',
    ]);
  });

  it('says when flaky tests were not looked for because the gate fails anyway, and that the scores may count their kills', () => {
    expect(flakyCheckLines({ kind: 'fails-anyway' })).toEqual([
      '',
      'Flaky tests were not looked for: the gate fails even counting every kill, and a flaky test can only add kills ' +
        '(the scores may count some of theirs). They are looked for once the change would pass.',
    ]);
    expect(flakySection({ kind: 'fails-anyway' })).toEqual([]);
  });

  it('says how many runs found no flaky test, one run in the singular', () => {
    expect(flakyCheckLines({ kind: 'checked', runs: 3, tests: [], discounted: [] })).toEqual([
      '',
      'Flaky tests: none. Every test passed in 3 runs of the whole suite with no mutant active.',
    ]);
    expect(flakyCheckLines({ kind: 'checked', runs: 1, tests: [], discounted: [] })[1]).toBe(
      'Flaky tests: none. Every test passed in 1 run of the whole suite with no mutant active.',
    );
  });

  it('warns of flaky tests, and of the kills they no longer give', () => {
    expect(flakyCheckLines(FOUND)).toEqual([
      '',
      '⚠️ **2 flaky test(s)** failed in 3 runs of the whole suite with no mutant active: their failures do not count as kills, ' +
        'and 1 mutant(s) that only they failed on count as survived (listed below).',
    ]);
  });
});

describe('flakySection', () => {
  it('is empty without flaky tests', () => {
    expect(flakySection(undefined)).toEqual([]);
    expect(flakySection({ kind: 'off' })).toEqual([]);
    expect(flakySection({ kind: 'checked', runs: 3, tests: [], discounted: [] })).toEqual([]);
  });

  it('names each flaky test with its file and failures, then the kills that rested on them alone, escaped', () => {
    expect(flakySection(FOUND)).toEqual([
      '',
      '### Flaky tests (2)',
      '',
      'These tests failed in 3 runs of the whole suite with no mutant active, so a failure of theirs says nothing about a mutant. ' +
        'A test also fails there when it reacts to Stryker switching a mutant on at all, not to what the mutant changes.',
      '',
      '- <code>reads &#124; the &#96;clock&#96;</code> in <code>test/clock.test.ts</code>: failed in 2 of 3 run(s)',
      '- <code>adds</code>: failed in 1 of 3 run(s)',
      '',
      'Mutants that only these tests failed on, counted as survived:',
      '',
      '- <code>src/a.ts:7</code> · Equality&#60;Operator&#62;: failed only <code>reads &#124; the &#96;clock&#96;</code>, <code>adds</code>',
    ]);
  });

  it('lists no kills when the flaky tests decided none', () => {
    const lines = flakySection({ ...FOUND, discounted: [] });
    expect(lines.at(-1)).toBe('- <code>adds</code>: failed in 1 of 3 run(s)');
    expect(lines).not.toContain('Mutants that only these tests failed on, counted as survived:');
  });
});
