import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config.js';
import { actionOutputs } from '../../src/core/action-outputs.js';
import { errorOutcome, type ScoredOutcome } from '../../src/core/outcome.js';
import type { MutantCounts } from '../../src/core/scoring.js';
import type { Verdict } from '../../src/core/verdict.js';

const CONFIG: Config = {
  workingDirectory: '.',
  base: undefined,
  threshold: 80,
  include: ['**/*.ts'],
  exclude: [],
  strykerConfig: undefined,
  concurrency: undefined,
};

function counts(overrides: Partial<MutantCounts> = {}): MutantCounts {
  return {
    mutants: 0,
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    detected: 0,
    invalid: 0,
    ignored: 0,
    score: Number.NaN,
    ...overrides,
  };
}

function scored(total: MutantCounts, verdict: Verdict): ScoredOutcome {
  return {
    kind: 'scored',
    verdict,
    config: CONFIG,
    comparison: { base: 'main', baseSource: 'input "base"', mergeBase: 'a'.repeat(40), head: 'b'.repeat(40) },
    scope: { selected: [], skipped: [] },
    untargetable: [],
    mutants: {},
    score: { total, files: [] },
  };
}

const REPORT = '/home/runner/work/_temp/mutation-gate/gate-report.json';

describe('actionOutputs', () => {
  it('gives every count and the rounded-down score of a scored outcome', () => {
    const total = counts({ mutants: 9, killed: 5, timeout: 1, survived: 2, noCoverage: 1, detected: 6, invalid: 4, ignored: 3, score: (6 / 9) * 100 });
    expect(actionOutputs(scored(total, { kind: 'fail', reason: 'under' }), REPORT)).toEqual({
      verdict: 'fail',
      score: '66.66',
      mutants: '9',
      killed: '5',
      survived: '2',
      'no-coverage': '1',
      timeout: '1',
      report: REPORT,
    });
  });

  it('gives a passing verdict and 100.00', () => {
    const total = counts({ mutants: 2, killed: 2, detected: 2, score: 100 });
    expect(actionOutputs(scored(total, { kind: 'pass', reason: 'ok' }), REPORT)).toEqual({
      verdict: 'pass',
      score: '100.00',
      mutants: '2',
      killed: '2',
      survived: '0',
      'no-coverage': '0',
      timeout: '0',
      report: REPORT,
    });
  });

  it('gives an empty score and zero counts with no valid mutant', () => {
    expect(actionOutputs(scored(counts({ invalid: 2 }), { kind: 'no-mutants', reason: 'none' }), REPORT)).toEqual({
      verdict: 'no-mutants',
      score: '',
      mutants: '0',
      killed: '0',
      survived: '0',
      'no-coverage': '0',
      timeout: '0',
      report: REPORT,
    });
  });

  it('gives empty counts and score on an error, still pointing at the report', () => {
    expect(actionOutputs(errorOutcome('Stryker failed.', ['ERROR x']), REPORT)).toEqual({
      verdict: 'error',
      score: '',
      mutants: '',
      killed: '',
      survived: '',
      'no-coverage': '',
      timeout: '',
      report: REPORT,
    });
  });

  it('sets exactly the outputs action.yml declares', () => {
    expect(Object.keys(actionOutputs(errorOutcome('x'), REPORT)).sort()).toEqual(
      ['killed', 'mutants', 'no-coverage', 'report', 'score', 'survived', 'timeout', 'verdict'],
    );
  });
});
