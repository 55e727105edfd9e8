import { describe, expect, it } from 'vitest';
import type { MutantCounts } from '../../../src/core/scoring/scoring.js';
import {
  type AiPart,
  applyFindings,
  applyUnjudged,
  decideVerdict,
  formatPercent,
  nothingToMutateVerdict,
} from '../../../src/core/scoring/verdict.js';

function counts(overrides: Partial<MutantCounts> = {}): MutantCounts {
  const base = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0, ...overrides };
  const detected = base.killed + base.timeout;
  const mutants = detected + base.survived + base.noCoverage;
  return { ...base, detected, mutants, score: mutants === 0 ? Number.NaN : (detected / mutants) * 100, ...overrides };
}

/** The AI-touched part of a change: no line held to ai-threshold unless given. */
function aiPart(overrides: Partial<AiPart> = {}): AiPart {
  return { counts: counts(), lines: 0, threshold: 80, ...overrides };
}

const NO_AI = aiPart();

describe('formatPercent', () => {
  it.each([
    [80, '80%'],
    [0, '0%'],
    [100, '100%'],
    [72.5, '72.50%'],
    [80.25, '80.25%'],
  ])('shows %d as %s', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
});

describe('decideVerdict', () => {
  it('passes when the score meets the threshold exactly', () => {
    expect(decideVerdict(counts({ killed: 4, survived: 1 }), 80, NO_AI)).toEqual({
      kind: 'pass',
      reason: 'No AI-touched lines; all changed lines score 80.00%, threshold 80%.',
    });
  });

  it('passes above the threshold, counting timeouts as detected', () => {
    expect(decideVerdict(counts({ killed: 2, timeout: 1 }), 72.5, NO_AI)).toEqual({
      kind: 'pass',
      reason: 'No AI-touched lines; all changed lines score 100.00%, threshold 72.50%.',
    });
  });

  it('passes any score against threshold 0', () => {
    expect(decideVerdict(counts({ survived: 3 }), 0, NO_AI)).toEqual({
      kind: 'pass',
      reason: 'No AI-touched lines; all changed lines score 0.00%, threshold 0%.',
    });
  });

  it('fails just under the threshold, counting survived and uncovered mutants as unnoticed', () => {
    expect(decideVerdict(counts({ killed: 79, survived: 15, noCoverage: 5 }), 80, NO_AI)).toEqual({
      kind: 'fail',
      reason:
        'No AI-touched lines; all changed lines score 79.79%, under the threshold 80%: 20 of 99 mutant(s) went unnoticed by the tests.',
    });
  });

  it('fails one hundredth under a fractional threshold', () => {
    expect(decideVerdict(counts({ killed: 8049, survived: 1951 }), 80.5, NO_AI)).toEqual({
      kind: 'fail',
      reason:
        'No AI-touched lines; all changed lines score 80.49%, under the threshold 80.50%: 1951 of 10000 mutant(s) went unnoticed by the tests.',
    });
  });

  it('fails 99.99% against threshold 100', () => {
    expect(decideVerdict(counts({ killed: 9999, noCoverage: 1 }), 100, NO_AI)).toEqual({
      kind: 'fail',
      reason:
        'No AI-touched lines; all changed lines score 99.99%, under the threshold 100%: 1 of 10000 mutant(s) went unnoticed by the tests.',
    });
  });

  it('gives no-mutants when no changed line holds mutable code', () => {
    expect(decideVerdict(counts(), 80, NO_AI)).toEqual({
      kind: 'no-mutants',
      reason: 'No valid mutants on the changed lines: no changed line holds code Stryker can mutate.',
    });
  });

  it('gives no-mutants with the count of invalid and ignored mutants', () => {
    expect(decideVerdict(counts({ invalid: 2, ignored: 1 }), 80, NO_AI)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 3 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });

  it('gives no-mutants for ignored mutants only', () => {
    expect(decideVerdict(counts({ ignored: 1 }), 0, NO_AI)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 1 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });

  it('gives no-mutants for invalid mutants only', () => {
    expect(decideVerdict(counts({ invalid: 4 }), 0, NO_AI)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 4 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });
});

describe('decideVerdict with AI-touched lines', () => {
  it('fails on the AI-touched lines alone, counting survived and uncovered mutants there as unnoticed', () => {
    const ai = aiPart({ counts: counts({ killed: 3, survived: 1, noCoverage: 1 }), lines: 4, threshold: 80 });
    expect(decideVerdict(counts({ killed: 18, survived: 2 }), 80, ai)).toEqual({
      kind: 'fail',
      reason:
        'AI-touched lines score 60.00%, under the ai-threshold 80%: 2 of 5 mutant(s) there went unnoticed; all changed lines score 90.00%, threshold 80%.',
    });
  });

  it('fails on all changed lines alone while the AI-touched lines pass', () => {
    const ai = aiPart({ counts: counts({ killed: 4 }), lines: 2, threshold: 80 });
    expect(decideVerdict(counts({ killed: 4, survived: 6 }), 50, ai)).toEqual({
      kind: 'fail',
      reason:
        'AI-touched lines score 100.00%, ai-threshold 80%; all changed lines score 40.00%, under the threshold 50%: 6 of 10 mutant(s) went unnoticed by the tests.',
    });
  });

  it('fails on both, giving both reasons, the AI part first', () => {
    const ai = aiPart({ counts: counts({ killed: 1, survived: 1 }), lines: 3, threshold: 90 });
    expect(decideVerdict(counts({ killed: 1, survived: 1, noCoverage: 2 }), 30, ai)).toEqual({
      kind: 'fail',
      reason:
        'AI-touched lines score 50.00%, under the ai-threshold 90%: 1 of 2 mutant(s) there went unnoticed; all changed lines score 25.00%, under the threshold 30%: 3 of 4 mutant(s) went unnoticed by the tests.',
    });
  });

  it('passes both when each score meets its threshold exactly', () => {
    const ai = aiPart({ counts: counts({ killed: 4, survived: 1 }), lines: 5, threshold: 80 });
    expect(decideVerdict(counts({ killed: 8, survived: 2 }), 80, ai)).toEqual({
      kind: 'pass',
      reason: 'AI-touched lines score 80.00%, ai-threshold 80%; all changed lines score 80.00%, threshold 80%.',
    });
  });

  it('counts timeouts on AI-touched lines as detected', () => {
    const ai = aiPart({ counts: counts({ killed: 3, timeout: 1, survived: 1 }), lines: 1, threshold: 80 });
    expect(decideVerdict(counts({ killed: 3, timeout: 1, survived: 1 }), 0, ai)).toEqual({
      kind: 'pass',
      reason: 'AI-touched lines score 80.00%, ai-threshold 80%; all changed lines score 80.00%, threshold 0%.',
    });
  });

  it('fails one hundredth under a fractional ai-threshold', () => {
    const ai = aiPart({ counts: counts({ killed: 8049, survived: 1951 }), lines: 1, threshold: 80.5 });
    expect(decideVerdict(counts({ killed: 8049, survived: 1951 }), 0, ai)).toEqual({
      kind: 'fail',
      reason:
        'AI-touched lines score 80.49%, under the ai-threshold 80.50%: 1951 of 10000 mutant(s) there went unnoticed; all changed lines score 80.49%, threshold 0%.',
    });
  });

  it('fails 99.99% on AI-touched lines against ai-threshold 100', () => {
    const ai = aiPart({ counts: counts({ killed: 9999, noCoverage: 1 }), lines: 7, threshold: 100 });
    expect(decideVerdict(counts({ killed: 9999, noCoverage: 1 }), 0, ai)).toEqual({
      kind: 'fail',
      reason:
        'AI-touched lines score 99.99%, under the ai-threshold 100%: 1 of 10000 mutant(s) there went unnoticed; all changed lines score 99.99%, threshold 0%.',
    });
  });

  it('says there are no AI-touched lines when no line is held to ai-threshold, whatever the AI counts', () => {
    const ai = aiPart({ counts: counts({ survived: 2 }), lines: 0, threshold: 80 });
    expect(decideVerdict(counts({ killed: 2 }), 80, ai)).toEqual({
      kind: 'pass',
      reason: 'No AI-touched lines; all changed lines score 100.00%, threshold 80%.',
    });
  });

  it('says there is no valid mutant on AI-touched lines that hold none, and passes on the rest', () => {
    const ai = aiPart({ counts: counts({ invalid: 2 }), lines: 3, threshold: 80 });
    expect(decideVerdict(counts({ killed: 1, invalid: 2 }), 80, ai)).toEqual({
      kind: 'pass',
      reason: 'No valid mutant on AI-touched lines; all changed lines score 100.00%, threshold 80%.',
    });
  });

  it('still fails on all changed lines when the AI-touched lines hold no valid mutant', () => {
    const ai = aiPart({ counts: counts(), lines: 2, threshold: 80 });
    expect(decideVerdict(counts({ survived: 1 }), 80, ai)).toEqual({
      kind: 'fail',
      reason:
        'No valid mutant on AI-touched lines; all changed lines score 0.00%, under the threshold 80%: 1 of 1 mutant(s) went unnoticed by the tests.',
    });
  });

  it('gives no-mutants without a valid mutant anywhere, whatever the AI part says', () => {
    const ai = aiPart({ counts: counts({ survived: 1 }), lines: 2, threshold: 80 });
    expect(decideVerdict(counts({ invalid: 1 }), 80, ai)).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 1 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });
});

describe('nothingToMutateVerdict', () => {
  it('says the change adds no lines for 0 changed files', () => {
    expect(nothingToMutateVerdict(0)).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: the change adds or modifies no lines.',
    });
  });

  it('says none of the N changed files is source code', () => {
    expect(nothingToMutateVerdict(3)).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: none of the 3 changed file(s) is source code to mutate (see include and exclude).',
    });
  });

  it('counts a single changed file', () => {
    expect(nothingToMutateVerdict(1)).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: none of the 1 changed file(s) is source code to mutate (see include and exclude).',
    });
  });
});

describe('applyUnjudged', () => {
  const PASS = { kind: 'pass' as const, reason: 'All changed lines score 90.00%, threshold 80%.' };

  it('leaves the verdict alone when every mutant was judged', () => {
    expect(applyUnjudged(PASS, 0)).toBe(PASS);
  });

  it.each(['pass', 'no-mutants', 'fail'] as const)(
    'turns %s into fail while mutants were judged by no test, the score reason following',
    (kind) => {
      expect(applyUnjudged({ kind, reason: 'No valid mutants.' }, 2)).toEqual({
        kind: 'fail',
        reason: '2 mutant(s) on changed lines were judged by no test, even when run again, so that code is not measured; no valid mutants.',
      });
    },
  );
});

describe('applyFindings', () => {
  const PASS = { kind: 'pass' as const, reason: 'All changed lines score 90.00%, threshold 80%.' };

  it('leaves the verdict alone without findings', () => {
    expect(applyFindings(PASS, 0, undefined)).toBe(PASS);
  });

  it('fails a passing score while findings are not approved, the score reason following', () => {
    expect(applyFindings(PASS, 2, { state: 'not-approved', reason: 'none' })).toEqual({
      kind: 'fail',
      reason:
        '2 finding(s) change how this change is measured and need approval by someone other than its author; all changed lines score 90.00%, threshold 80%.',
    });
  });

  it('fails when nobody was asked', () => {
    expect(applyFindings({ kind: 'no-mutants', reason: 'No mutants: x.' }, 1, undefined)).toEqual({
      kind: 'fail',
      reason: '1 finding(s) change how this change is measured and need approval by someone other than its author; no mutants: x.',
    });
  });

  it('keeps the verdict once approved, naming who approved', () => {
    expect(applyFindings(PASS, 1, { state: 'approved', by: '@lead', commit: 'c'.repeat(40) })).toEqual({
      kind: 'pass',
      reason: 'All changed lines score 90.00%, threshold 80%. 1 finding(s) approved by @lead.',
    });
  });
});
