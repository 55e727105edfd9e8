import { describe, expect, it } from 'vitest';
import type { ListedMutant } from '../../../src/core/judge/listed-mutants.js';
import { ANNOTATION_LIMITS, type Annotation, planAnnotations } from '../../../src/core/render/annotations.js';
import { listedMutant } from '../../support/listed-fixtures.js';

const AS_IS = { gateFailed: false, repositoryPath: (path: string) => path };
const FAILED = { gateFailed: true, repositoryPath: (path: string) => path };

const TURNED_AROUND = 'The comparison was turned around and no test failed: no test checks both the matching and the non-matching case.';
const NOT_RUN = 'No test runs this code at all: add a test that reaches it.';

function survived(line: number, overrides: Partial<ListedMutant> = {}): ListedMutant {
  return listedMutant({ line, original: 'a > b', replacement: 'a < b', ...overrides });
}

function uncovered(line: number, overrides: Partial<ListedMutant> = {}): ListedMutant {
  return listedMutant({ line, status: 'NoCoverage', mutator: 'BooleanLiteral', original: 'true', replacement: 'false', ...overrides });
}

/** Where each annotation is and its level, in order. */
function places(annotations: readonly Annotation[]): string[] {
  return annotations.map(({ level, file, line }) => `${level} ${file}:${line}`);
}

describe('planAnnotations', () => {
  it('gives GitHub limits of 10 errors and 10 warnings', () => {
    expect(ANNOTATION_LIMITS).toEqual({ error: 10, warning: 10 });
    expect(Object.isFrozen(ANNOTATION_LIMITS)).toBe(true);
  });

  it('annotates a surviving mutant with its mutator, code, replacement and hint', () => {
    expect(planAnnotations([survived(3)], AS_IS)).toEqual({
      annotations: [
        {
          level: 'warning',
          file: 'src/a.ts',
          line: 3,
          title: 'mutant survived',
          message: `EqualityOperator: a > b → a < b. ${TURNED_AROUND}`,
        },
      ],
      omitted: 0,
    });
  });

  it('annotates an uncovered mutant as not covered by any test', () => {
    expect(planAnnotations([uncovered(4)], AS_IS)).toEqual({
      annotations: [
        {
          level: 'warning',
          file: 'src/a.ts',
          line: 4,
          title: 'mutant is not covered by any test',
          message: `BooleanLiteral: true → false. ${NOT_RUN}`,
        },
      ],
      omitted: 0,
    });
  });

  it('marks an AI-touched line in the title', () => {
    const [annotation] = planAnnotations([survived(1, { class: 'ai', aiGated: true })], AS_IS).annotations;
    expect(annotation?.title).toBe('AI-touched: mutant survived');
    const [other] = planAnnotations([uncovered(1, { class: 'unknown', aiGated: true })], FAILED).annotations;
    expect(other?.title).toBe('mutant is not covered by any test');
  });

  it('shows multi-line code on one line in the message', () => {
    const mutant = survived(2, { mutator: 'BlockStatement', original: '{\n  go();\n}', replacement: '{}' });
    expect(planAnnotations([mutant], AS_IS).annotations[0]?.message).toBe(
      "BlockStatement: { go(); } → {}. The block was emptied and no test failed: nothing checks this block's effect (what it returns or changes).",
    );
  });

  it('trims the code and the replacement and turns each whitespace run into one space', () => {
    const mutant = survived(2, { mutator: 'ArithmeticOperator', original: ' total *\n\t  rate ', replacement: '\n  total   /\trate\n' });
    expect(planAnnotations([mutant], AS_IS).annotations[0]?.message).toBe(
      'ArithmeticOperator: total * rate → total / rate. total * rate became total / rate and no test failed: no test checks the computed value with inputs where the two differ.',
    );
  });

  it('annotates each line once, naming how many more mutants it has', () => {
    const plan = planAnnotations(
      [survived(5), survived(5, { id: '2', original: 'x', replacement: 'y' }), uncovered(5), survived(6)],
      AS_IS,
    );
    expect(plan.annotations.map(({ line, message }) => [line, message])).toEqual([
      [5, `EqualityOperator: a > b → a < b (and 2 more mutant(s) on this line). ${TURNED_AROUND}`],
      [6, `EqualityOperator: a > b → a < b. ${TURNED_AROUND}`],
    ]);
    expect(plan.omitted).toBe(0);
  });

  it('describes a line by a surviving mutant before an uncovered one', () => {
    const plan = planAnnotations([uncovered(7), survived(7)], AS_IS);
    expect(plan.annotations).toEqual([
      {
        level: 'warning',
        file: 'src/a.ts',
        line: 7,
        title: 'mutant survived',
        message: `EqualityOperator: a > b → a < b (and 1 more mutant(s) on this line). ${TURNED_AROUND}`,
      },
    ]);
  });

  it('keeps lines of different files with the same number apart', () => {
    const plan = planAnnotations([survived(1), survived(1, { file: 'src/b.ts' })], AS_IS);
    expect(places(plan.annotations)).toEqual(['warning src/a.ts:1', 'warning src/b.ts:1']);
  });

  it('ignores detected and invalid mutants', () => {
    const statuses = ['Killed', 'Timeout', 'CompileError', 'RuntimeError', 'Ignored', 'Pending'] as const;
    expect(
      planAnnotations(
        statuses.map((status, index) => survived(index + 1, { status })),
        FAILED,
      ),
    ).toEqual({ annotations: [], omitted: 0 });
    expect(planAnnotations([], FAILED)).toEqual({ annotations: [], omitted: 0 });
  });

  it('makes an error only of a line held to ai-threshold when the gate failed', () => {
    const mutants = [survived(1, { aiGated: true }), survived(2), uncovered(3, { aiGated: true })];
    expect(places(planAnnotations(mutants, FAILED).annotations)).toEqual(['error src/a.ts:1', 'error src/a.ts:3', 'warning src/a.ts:2']);
    expect(places(planAnnotations(mutants, AS_IS).annotations)).toEqual(['warning src/a.ts:1', 'warning src/a.ts:2', 'warning src/a.ts:3']);
  });

  it('makes an error of a line when any of its mutants is held to ai-threshold', () => {
    const plan = planAnnotations([survived(4), uncovered(4, { aiGated: true })], FAILED);
    expect(plan.annotations).toEqual([
      {
        level: 'error',
        file: 'src/a.ts',
        line: 4,
        title: 'mutant survived',
        message: `EqualityOperator: a > b → a < b (and 1 more mutant(s) on this line). ${TURNED_AROUND}`,
      },
    ]);
  });

  it('orders errors first, survivors before uncovered lines within each level, then by file and line', () => {
    const mutants = [
      uncovered(1),
      uncovered(2, { aiGated: true }),
      survived(3),
      survived(4, { aiGated: true }),
      uncovered(5),
      survived(6),
      uncovered(7, { aiGated: true }),
      survived(8, { aiGated: true }),
    ];
    expect(places(planAnnotations(mutants, FAILED).annotations)).toEqual([
      'error src/a.ts:4',
      'error src/a.ts:8',
      'error src/a.ts:2',
      'error src/a.ts:7',
      'warning src/a.ts:3',
      'warning src/a.ts:6',
      'warning src/a.ts:1',
      'warning src/a.ts:5',
    ]);
  });

  it('annotates at most 10 error lines and 10 warning lines, counting the rest as omitted', () => {
    const errors = Array.from({ length: 12 }, (_, index) => survived(index + 1, { aiGated: true }));
    const warnings = Array.from({ length: 15 }, (_, index) => uncovered(index + 101));
    const plan = planAnnotations([...warnings, ...errors], FAILED);
    expect(places(plan.annotations)).toEqual([
      ...Array.from({ length: 10 }, (_, index) => `error src/a.ts:${index + 1}`),
      ...Array.from({ length: 10 }, (_, index) => `warning src/a.ts:${index + 101}`),
    ]);
    expect(plan.omitted).toBe(7);
  });

  it('still annotates warnings when the errors are over their limit, and the other way round', () => {
    const errors = Array.from({ length: 11 }, (_, index) => survived(index + 1, { aiGated: true }));
    expect(planAnnotations([...errors, survived(50)], FAILED)).toEqual({
      annotations: [
        ...Array.from({ length: 10 }, (_, index) => ({
          level: 'error',
          file: 'src/a.ts',
          line: index + 1,
          title: 'mutant survived',
          message: `EqualityOperator: a > b → a < b. ${TURNED_AROUND}`,
        })),
        {
          level: 'warning',
          file: 'src/a.ts',
          line: 50,
          title: 'mutant survived',
          message: `EqualityOperator: a > b → a < b. ${TURNED_AROUND}`,
        },
      ],
      omitted: 1,
    });
    const warnings = Array.from({ length: 10 }, (_, index) => survived(index + 1));
    const plan = planAnnotations([...warnings, uncovered(20), survived(30, { aiGated: true })], FAILED);
    expect(places(plan.annotations)).toEqual([
      'error src/a.ts:30',
      ...Array.from({ length: 10 }, (_, index) => `warning src/a.ts:${index + 1}`),
    ]);
    expect(plan.omitted).toBe(1);
  });

  it('counts lines, not mutants, as omitted', () => {
    const mutants = Array.from({ length: 11 }, (_, index) => [survived(index + 1), uncovered(index + 1)]).flat();
    expect(planAnnotations(mutants, AS_IS).omitted).toBe(1);
  });

  it('gives each annotation the repository path of its file', () => {
    const options = { gateFailed: true, repositoryPath: (path: string) => `packages/my app/${path}` };
    const plan = planAnnotations([survived(2, { file: 'src/x.ts', aiGated: true }), uncovered(3, { file: 'lib/y.ts' })], options);
    expect(plan.annotations.map(({ file }) => file)).toEqual(['packages/my app/src/x.ts', 'packages/my app/lib/y.ts']);
  });
});
