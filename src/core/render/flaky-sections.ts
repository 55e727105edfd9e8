import type { FlakyCheck, FlakyTest } from '../stryker/flaky-tests.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

const runsWord = (runs: number): string => `${runs} run${runs === 1 ? '' : 's'} of the whole suite with no mutant active`;

/**
 * Whether kills were checked for flaky tests, in one line of the summary's first section; nothing when
 * nothing was killed (no test failure decided anything).
 */
export function flakyCheckLines(check: FlakyCheck | undefined): string[] {
  switch (check?.kind) {
    case undefined:
    case 'not-needed':
      return [];
    case 'off':
      return ['', 'Flaky tests were not looked for (flaky-check: 0): a test that fails on its own counts as having noticed a mutant.'];
    case 'fails-anyway':
      return [
        '',
        'Flaky tests were not looked for: the gate fails even counting every kill, and a flaky test can only add kills ' +
          '(the scores may count some of theirs). They are looked for once the change would pass.',
      ];
    case 'checked':
      if (check.tests.length === 0) return ['', `Flaky tests: none. Every test passed in ${runsWord(check.runs)}.`];
      return [
        '',
        `⚠️ **${check.tests.length} flaky test(s)** failed in ${runsWord(check.runs)}: their failures do not count as kills, and ` +
          `${check.discounted.length} mutant(s) that only they failed on count as survived (listed below).`,
      ];
  }
}

function testWords(test: FlakyTest, runs: number): string {
  const where = test.file === undefined ? '' : ` in ${inlineCode(test.file)}`;
  return `- ${inlineCode(test.name)}${where}: failed in ${test.failures} of ${runs} run(s)`;
}

/** The flaky tests by name, and the mutants whose kills rested on them alone; `folder`: a workspace package's. */
export function flakySection(check: FlakyCheck | undefined, folder?: string): string[] {
  if (check?.kind !== 'checked' || check.tests.length === 0) return [];
  const lines = [
    '',
    `### Flaky tests${folder === undefined ? '' : ` in ${inlineCode(folder)}`} (${check.tests.length})`,
    '',
    `These tests failed in ${runsWord(check.runs)}, so a failure of theirs says nothing about a mutant. A test also fails ` +
      'there when it reacts to Stryker switching a mutant on at all, not to what the mutant changes.',
    '',
    ...check.tests.map((test) => testWords(test, check.runs)),
  ];
  if (check.discounted.length > 0) {
    lines.push(
      '',
      'Mutants that only these tests failed on, counted as survived:',
      '',
      ...check.discounted.map(
        (kill) =>
          `- ${inlineCode(`${kill.file}:${kill.line}`)} · ${escapeMarkdown(kill.mutatorName)}: failed only ${kill.tests.map(inlineCode).join(', ')}`,
      ),
    );
  }
  return lines;
}
