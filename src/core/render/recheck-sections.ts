import type { TimeoutCheck, UnjudgedMutant } from '../stryker/timeout-recheck.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

function whatBecameOf(check: TimeoutCheck): string {
  switch (check.outcome) {
    case 'confirmed':
      return 'timed out again with three times the time: counted as detected';
    case 'rerun':
      return check.status === 'Killed'
        ? 'a test failed on the re-run: counted as killed'
        : `${escapeMarkdown(check.status)} on the re-run, and counted so`;
    case 'not-rerun':
      return 'not made again by the re-run, so unconfirmed: counted as not detected';
    case 'detected':
      return 'not re-run: counted as detected (timeouts: detected)';
    case 'survived':
      return 'not re-run: counted as not detected (timeouts: survived)';
  }
}

/**
 * Every mutant that timed out, and how it counted: a timeout is a detection only when the mutant really
 * runs forever, and a busy machine makes them too.
 */
export function timeoutSection(timeouts: readonly TimeoutCheck[]): string[] {
  if (timeouts.length === 0) return [];
  return [
    '',
    `### Timeouts (${timeouts.length})`,
    '',
    'Stryker stopped the tests of these mutants for running too long: a detection when the mutant makes the code loop, or a busy machine.',
    '',
    ...timeouts.map(
      (check) => `- ${inlineCode(`${check.file}:${check.line}`)} · ${escapeMarkdown(check.mutatorName)}: ${whatBecameOf(check)}`,
    ),
  ];
}

/**
 * Survivors no test judged in the first run: those the re-run judged count as it said; the others are
 * out of the score, and fail the gate (what was not measured is never a pass).
 */
export function unjudgedSection(unjudged: readonly UnjudgedMutant[]): string[] {
  if (unjudged.length === 0) return [];
  return [
    '',
    `### Judged by no test (${unjudged.length})`,
    '',
    'Stryker reported these as survivors, but their run completed no test, or fewer than cover them, so nothing said the tests would miss them. Each ran again:',
    '',
    ...unjudged.map((mutant) => {
      const tests =
        mutant.coveredBy === undefined
          ? `${mutant.testsCompleted} test(s) completed`
          : `${mutant.testsCompleted} of ${mutant.coveredBy} covering test(s) completed`;
      const became =
        mutant.outcome === 'judged'
          ? `judged by the re-run: ${escapeMarkdown(mutant.status)}, and counted so`
          : 'judged by no test again: left out of the score, and the gate fails until it can be measured';
      return `- ${inlineCode(`${mutant.file}:${mutant.line}`)} · ${escapeMarkdown(mutant.mutatorName)}: ${tests}; ${became}`;
    }),
  ];
}
