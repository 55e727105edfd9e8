import type { TimeoutCheck } from '../stryker/timeout-recheck.js';
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
