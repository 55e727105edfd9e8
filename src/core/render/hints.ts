/** What a reviewer needs to know about a mutant to write the missing test. */
export interface HintInput {
  readonly mutator: string;
  readonly status: string;
  readonly original: string;
  readonly replacement: string;
}

const oneLine = (code: string): string => code.replaceAll(/\s+/g, ' ').trim();

function boundaryOperator(code: string): string | undefined {
  // Shifts (<<, >>, >>>) and arrows are not comparisons.
  return /(?<![=!<>])(>=|<=|>|<)(?![=<>])/.exec(code)?.[1];
}

function equalityHint(original: string, replacement: string): string {
  const before = boundaryOperator(original);
  const after = boundaryOperator(replacement);
  if (before !== undefined && after !== undefined && before[0] === after[0]) {
    return `A boundary moved (${before} became ${after}) and no test failed: no test uses the boundary value itself. Add a case where both sides are equal.`;
  }
  return 'The comparison was turned around and no test failed: no test checks both the matching and the non-matching case.';
}

function conditionalHint(replacement: string): string {
  if (replacement === 'true') {
    return 'The condition was forced to true and no test failed: no test needs it to be false. Add a case that takes the other path.';
  }
  if (replacement === 'false') {
    return 'The condition was forced to false and no test failed: no test needs it to be true, so what it guards goes unchecked.';
  }
  return 'The condition was replaced and no test failed: no test checks both outcomes of it.';
}

const HINTS: Readonly<Record<string, (input: HintInput) => string>> = {
  EqualityOperator: ({ original, replacement }) => equalityHint(original, replacement),
  ConditionalExpression: ({ replacement }) => conditionalHint(oneLine(replacement)),
  BlockStatement: () => "The block was emptied and no test failed: nothing checks this block's effect (what it returns or changes).",
  StringLiteral: () => 'The string was changed and no test failed: no test checks this text.',
  BooleanLiteral: () => 'The boolean was flipped and no test failed: no test depends on its value.',
  ArithmeticOperator: ({ original, replacement }) =>
    `${oneLine(original)} became ${oneLine(replacement)} and no test failed: no test checks the computed value with inputs where the two differ.`,
  LogicalOperator: () => 'The logical operator was swapped and no test failed: no test has one operand true and the other false.',
  ArrayDeclaration: () => 'The array contents were replaced and no test failed: no test checks what the array holds.',
  ObjectLiteral: () => 'The object was emptied and no test failed: no test checks its properties.',
  UnaryOperator: () => 'The sign or negation was changed and no test failed: no test checks the value it produces.',
  UpdateOperator: () => 'An increment became a decrement (or back) and no test failed: no test checks the count.',
  AssignmentOperator: () => 'The compound assignment was changed and no test failed: no test checks the value assigned.',
  MethodExpression: ({ original, replacement }) =>
    `${oneLine(original)} became ${oneLine(replacement)} and no test failed: no test tells the two calls apart.`,
  OptionalChaining: () => 'Optional chaining was removed and no test failed: no test passes a null or undefined value here.',
  Regex: () => 'The regular expression was changed and no test failed: no test checks what it accepts and rejects.',
  ArrowFunction: () => 'The function was replaced by one that returns undefined and no test failed: nothing checks its result.',
};

/** A short, concrete suggestion for one undetected mutant, from its mutator and code alone. */
export function hintFor(input: HintInput): string {
  if (input.status === 'NoCoverage') return 'No test runs this code at all: add a test that reaches it.';
  const hint = Object.hasOwn(HINTS, input.mutator) ? HINTS[input.mutator] : undefined;
  return hint === undefined
    ? `Stryker's ${input.mutator} mutation changed this code and no test failed: add a test that checks what this line does.`
    : hint(input);
}
