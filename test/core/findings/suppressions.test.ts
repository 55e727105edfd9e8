import { describe, expect, it } from 'vitest';
import { countSuppressedAsUndetected, suppressionFindings } from '../../../src/core/findings/suppressions.js';
import type { MutantResult } from '../../../src/core/stryker/stryker-report.js';
import { listedMutant } from '../../support/listed-fixtures.js';

function mutant(id: string, status: MutantResult['status']): MutantResult {
  return { id, mutatorName: 'EqualityOperator', status, location: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } } };
}

describe('countSuppressedAsUndetected', () => {
  it('turns every Ignored mutant into a surviving one and leaves the rest as they are', () => {
    const kept = { 'src/a.ts': { language: 'typescript', source: 'a > b', mutants: [mutant('1', 'Ignored'), mutant('2', 'Killed')] } };
    expect(countSuppressedAsUndetected(kept)['src/a.ts']?.mutants.map((item) => [item.id, item.status])).toEqual([
      ['1', 'Survived'],
      ['2', 'Killed'],
    ]);
    expect(kept['src/a.ts'].mutants[0]?.status).toBe('Ignored');
  });
});

describe('suppressionFindings', () => {
  const ignored = (overrides: Parameters<typeof listedMutant>[0]) =>
    listedMutant({ status: 'Ignored', suppressed: 'Disabled by user', ...overrides });

  it('lists each changed line with ignored mutants: the mutators and Stryker reasons, in root paths', () => {
    const mutants = [
      ignored({ id: '1', line: 3, mutator: 'EqualityOperator' }),
      ignored({ id: '2', line: 3, mutator: 'ConditionalExpression', suppressed: 'Static mutant (and "ignoreStatic" was enabled)' }),
      ignored({ id: '3', line: 5, mutator: 'EqualityOperator' }),
      listedMutant({ id: '4', line: 7 }),
    ];
    expect(suppressionFindings(mutants, 'app/', false)).toEqual([
      {
        kind: 'suppression',
        path: 'app/src/a.ts',
        line: 3,
        change:
          'Stryker did not test 2 mutant(s) here (EqualityOperator, ConditionalExpression), because "Disabled by user"; "Static mutant (and \\"ignoreStatic\\" was enabled)": they count as not detected',
      },
      {
        kind: 'suppression',
        path: 'app/src/a.ts',
        line: 5,
        change: 'Stryker did not test 1 mutant(s) here (EqualityOperator), because "Disabled by user": they count as not detected',
      },
    ]);
  });

  it('says so when Stryker gave no reason', () => {
    const [finding] = suppressionFindings([listedMutant({ status: 'Ignored', suppressed: undefined })], '', false);
    expect(finding?.change).toBe(
      'Stryker did not test 1 mutant(s) here (EqualityOperator), because "no reason given": they count as not detected',
    );
  });

  it('says the mutants are left out of the score once approved', () => {
    const [finding] = suppressionFindings([ignored({})], '', true);
    expect(finding?.change).toMatch(/: approved, so they are left out of the score$/);
  });

  it('finds nothing without ignored mutants', () => {
    expect(suppressionFindings([listedMutant({})], '', false)).toEqual([]);
  });
});
