import { describe, expect, it } from 'vitest';
import type { MutantResult, MutationTestResult } from '../../../src/core/stryker/stryker-report.js';
import { survivorsWithoutCoverage } from '../../../src/core/stryker/uncovered-mutants.js';

function report(...mutants: Partial<MutantResult>[]): MutationTestResult {
  return {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: {
      'src/a.ts': {
        language: 'typescript',
        source: 'const a = 1;\n',
        mutants: mutants.map((mutant, index) => ({
          id: String(index),
          mutatorName: 'NumericLiteral',
          replacement: '0',
          status: 'Survived',
          location: { start: { line: 1, column: 11 }, end: { line: 1, column: 12 } },
          ...mutant,
        })),
      },
    },
  };
}

const statuses = (result: MutationTestResult): string[] => (result.files['src/a.ts']?.mutants ?? []).map((mutant) => mutant.status);

describe('survivorsWithoutCoverage', () => {
  it('marks survivors NoCoverage when Stryker, analysing coverage, had none for any mutant', () => {
    const marked = survivorsWithoutCoverage(report({ testsCompleted: 5 }, { status: 'Ignored' }), 'perTest');
    expect(statuses(marked)).toEqual(['NoCoverage', 'Ignored']);
    expect(marked.files['src/a.ts']?.mutants[0]?.coveredBy).toEqual([]);
    expect(statuses(survivorsWithoutCoverage(report({}), 'all'))).toEqual(['NoCoverage']);
  });

  it('leaves the report as it is with coverage analysis off or unknown, with coverage data, or with a mutant detected', () => {
    const survivor = report({});
    expect(survivorsWithoutCoverage(survivor, 'off')).toBe(survivor);
    expect(survivorsWithoutCoverage(survivor, undefined)).toBe(survivor);
    const covered = report({}, { coveredBy: [] });
    expect(survivorsWithoutCoverage(covered, 'perTest')).toBe(covered);
    for (const status of ['Killed', 'Timeout'] as const) {
      const detected = report({}, { status });
      expect(survivorsWithoutCoverage(detected, 'perTest')).toBe(detected);
    }
  });
});
