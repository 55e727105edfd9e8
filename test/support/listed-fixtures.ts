import type { ListedMutant } from '../../src/core/judge/listed-mutants.js';

/** A listed mutant as listMutants makes them: a surviving `a > b` → `a >= b` on line 1 of src/a.ts, unless told otherwise. */
export function listedMutant(overrides: Partial<ListedMutant> = {}): ListedMutant {
  return {
    file: 'src/a.ts',
    id: '1',
    mutator: 'EqualityOperator',
    status: 'Survived',
    line: 1,
    column: 10,
    endLine: 1,
    endColumn: 15,
    original: 'a > b',
    replacement: 'a >= b',
    coveredBy: [],
    killedBy: [],
    class: undefined,
    evidence: undefined,
    aiGated: false,
    suppressed: undefined,
    diff: { before: ['let ok = a > b;'], after: ['let ok = a >= b;'] },
    ...overrides,
  };
}
