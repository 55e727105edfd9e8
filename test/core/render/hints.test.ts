import { describe, expect, it } from 'vitest';
import { type HintInput, hintFor } from '../../../src/core/render/hints.js';

function hint(mutator: string, original = 'x', replacement = 'y', status = 'Survived'): string {
  const input: HintInput = { mutator, status, original, replacement };
  return hintFor(input);
}

const TURNED_AROUND = 'The comparison was turned around and no test failed: no test checks both the matching and the non-matching case.';

function boundary(before: string, after: string): string {
  return `A boundary moved (${before} became ${after}) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.`;
}

describe('hintFor an EqualityOperator mutant', () => {
  it.each([
    ['a >= b', 'a > b', '>=', '>'],
    ['a > b', 'a >= b', '>', '>='],
    ['a <= b', 'a < b', '<=', '<'],
    ['a < b', 'a <= b', '<', '<='],
    ['i<n', 'i<=n', '<', '<='],
  ])('says the boundary moved for %j → %j', (original, replacement, before, after) => {
    expect(hint('EqualityOperator', original, replacement)).toBe(boundary(before, after));
  });

  it.each([
    ['===', '!=='],
    ['a === b', 'a !== b'],
    ['a == b', 'a != b'],
    ['a > b', 'a < b'],
    ['a >= b', 'a < b'],
    ['a <= b', 'a > b'],
    ['a < b', 'a >= b'],
  ])('says the comparison was turned around for %j → %j', (original, replacement) => {
    expect(hint('EqualityOperator', original, replacement)).toBe(TURNED_AROUND);
  });

  it('does not take an arrow for a comparison', () => {
    expect(hint('EqualityOperator', '(x) => x === 1', '(x) => x !== 1')).toBe(TURNED_AROUND);
    expect(hint('EqualityOperator', '(x) => x >= 1', '(x) => x > 1')).toBe(boundary('>=', '>'));
  });

  it('reads the comparison after an arrow in the same code', () => {
    expect(hint('EqualityOperator', 'f(x => x) <= y', 'f(x => x) < y')).toBe(boundary('<=', '<'));
  });

  it('does not read a shift operator as a comparison', () => {
    expect(hint('EqualityOperator', 'a >> 1 >= b', 'a >> 1 > b')).toBe(boundary('>=', '>'));
  });

  it('says the comparison was turned around when only one side has a boundary operator', () => {
    expect(hint('EqualityOperator', 'a === b', 'a >= b')).toBe(TURNED_AROUND);
    expect(hint('EqualityOperator', 'a >= b', 'a === b')).toBe(TURNED_AROUND);
  });
});

describe('hintFor a ConditionalExpression mutant', () => {
  it('says the condition was forced to true', () => {
    expect(hint('ConditionalExpression', 'a > 0', 'true')).toBe(
      'The condition was forced to true and no test failed: no test needs it to be false. Add a case that takes the other path.',
    );
  });

  it('says the condition was forced to false', () => {
    expect(hint('ConditionalExpression', 'a > 0', 'false')).toBe(
      'The condition was forced to false and no test failed: no test needs it to be true, so what it guards goes unchecked.',
    );
  });

  it('reads a replacement with whitespace around it', () => {
    expect(hint('ConditionalExpression', 'a', '\n  true\t')).toBe(hint('ConditionalExpression', 'a', 'true'));
    expect(hint('ConditionalExpression', 'a', ' false ')).toBe(hint('ConditionalExpression', 'a', 'false'));
  });

  it.each(['a && b', 'True', '!true', ''])('says the condition was replaced for any other replacement (%j)', (replacement) => {
    expect(hint('ConditionalExpression', 'a > 0', replacement)).toBe(
      'The condition was replaced and no test failed: no test checks both outcomes of it.',
    );
  });
});

describe('hintFor other mutators', () => {
  it.each([
    ['BlockStatement', "The block was emptied and no test failed: nothing checks this block's effect (what it returns or changes)."],
    ['StringLiteral', 'The string was changed and no test failed: no test checks this text.'],
    ['BooleanLiteral', 'The boolean was flipped and no test failed: no test depends on its value.'],
    ['LogicalOperator', 'The logical operator was swapped and no test failed: no test has one operand true and the other false.'],
    ['ArrayDeclaration', 'The array contents were replaced and no test failed: no test checks what the array holds.'],
    ['ObjectLiteral', 'The object was emptied and no test failed: no test checks its properties.'],
    ['UnaryOperator', 'The sign or negation was changed and no test failed: no test checks the value it produces.'],
    ['UpdateOperator', 'An increment became a decrement (or back) and no test failed: no test checks the count.'],
    ['AssignmentOperator', 'The compound assignment was changed and no test failed: no test checks the value assigned.'],
    ['OptionalChaining', 'Optional chaining was removed and no test failed: no test passes a null or undefined value here.'],
    ['Regex', 'The regular expression was changed and no test failed: no test checks what it accepts and rejects.'],
    ['ArrowFunction', 'The function was replaced by one that returns undefined and no test failed: nothing checks its result.'],
  ])('explains a %s mutant', (mutator, text) => {
    expect(hint(mutator, 'original code', 'replacement code')).toBe(text);
  });

  it('names the arithmetic before and after, each on one line', () => {
    expect(hint('ArithmeticOperator', 'total *\n   rate', '  total / rate ')).toBe(
      'total * rate became total / rate and no test failed: no test checks the computed value with inputs where the two differ.',
    );
  });

  it('names the method calls before and after, each on one line', () => {
    expect(hint('MethodExpression', 'items\n  .filter(isOk)', 'items')).toBe(
      'items .filter(isOk) became items and no test failed: no test tells the two calls apart.',
    );
    expect(hint('MethodExpression', 's.startsWith(x)', 's.endsWith(x)')).toBe(
      's.startsWith(x) became s.endsWith(x) and no test failed: no test tells the two calls apart.',
    );
  });

  it('names an unknown mutator in a general hint', () => {
    expect(hint('CustomMutator', 'a', 'b')).toBe(
      "Stryker's CustomMutator mutation changed this code and no test failed: add a test that checks what this line does.",
    );
  });

  it('gives the same hint whatever the status, NoCoverage aside', () => {
    expect(hint('BooleanLiteral', 'true', 'false', 'Killed')).toBe(hint('BooleanLiteral', 'true', 'false', 'Survived'));
  });

  it.each(['toString', 'constructor', 'hasOwnProperty'])('falls back to the general hint for a mutator named %s', (mutator) => {
    expect(hint(mutator, 'a', 'b')).toBe(
      `Stryker's ${mutator} mutation changed this code and no test failed: add a test that checks what this line does.`,
    );
  });
});

describe('hintFor an uncovered mutant', () => {
  it.each(['EqualityOperator', 'ConditionalExpression', 'BlockStatement', 'CustomMutator'])(
    'says no test runs the code, whatever the mutator (%s)',
    (mutator) => {
      expect(hint(mutator, 'a >= b', 'a > b', 'NoCoverage')).toBe('No test runs this code at all: add a test that reaches it.');
    },
  );
});
