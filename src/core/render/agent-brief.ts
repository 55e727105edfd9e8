import { approvalShortfall } from '../approvals/ai-approvals.js';
import type { Report } from '../judge/report.js';
import { formatScore } from '../scoring/scoring.js';
import { hintFor } from './hints.js';
import { testsThatRan, undetectedMutants } from './survivor-list.js';
import { printable } from './terminal-paint.js';

const indented = (lines: readonly string[]): string => lines.map((line) => `      ${printable(line)}`).join('\n');

/**
 * --format brief: a task list for a coding agent (or a person in a hurry). Each mutant no test noticed,
 * AI-touched first, with where it is, the code before and after, the tests that ran it, and what a test
 * must assert to notice it. Plain text, no escapes: it is read by a program.
 */
export function renderBrief(report: Report): string {
  const head = `mutation-gate: ${report.verdict.kind}. ${printable(report.verdict.reason)}`;
  if (report.kind === 'error') {
    return [head, ...report.details.map((line) => `  ${printable(line)}`), '', 'Fix the error above and run the command again.', ''].join(
      '\n',
    );
  }
  const score = formatScore(report.score.total);
  const findings = report.findings.map(
    (finding) =>
      `- [ ] ${printable(`${finding.path}${finding.line === undefined ? '' : `:${finding.line}`}`)}: ${printable(finding.change)} ` +
      'Undo this change, or have someone other than its author approve it on the pull request.',
  );
  const shortfall = report.aiApprovals === undefined ? undefined : approvalShortfall(report.aiApprovals);
  if (shortfall !== undefined) {
    findings.unshift(
      `- [ ] Reviews: this AI-touched change ${printable(shortfall)}. A person must review and approve it; no code change does this.`,
    );
  }
  const undetected = undetectedMutants(report);
  const tasks = undetected.map((entry, index) => {
    const { mutant } = entry;
    const tests = testsThatRan(entry);
    const ran =
      mutant.status === 'NoCoverage'
        ? 'no test runs this code'
        : tests.length === 0
          ? 'the test runner did not say which tests ran it'
          : `ran by ${tests.map(printable).join('; ')}, all of which still passed`;
    return [
      `${index + 1}. [ ] ${printable(`${entry.path}:${mutant.line}`)} (${mutant.class ?? 'unknown'}${mutant.aiGated ? ', held to ai-threshold' : ''}; ${mutant.mutator}; ${mutant.status})`,
      '   original:',
      indented(mutant.diff.before),
      '   mutated:',
      indented(mutant.diff.after),
      `   tests: ${ran}.`,
      `   a test must: ${printable(hintFor(mutant))}`,
    ].join('\n');
  });
  return [
    head,
    `Changed lines: ${report.score.total.mutants} mutant(s), ${report.score.total.detected} detected (${score === '' ? 'n/a' : `${score}%`}); ` +
      `AI-touched: ${report.aiScore.total.mutants} mutant(s), ${report.aiScore.total.detected} detected.`,
    ...(findings.length === 0 ? [] : ['', `Before the tests (${findings.length}):`, ...findings]),
    '',
    undetected.length === 0
      ? 'No mutant went unnoticed: nothing to do for the tests.'
      : `Mutants no test noticed (${undetected.length}). For each, add or strengthen a test so that the mutated code makes it fail:`,
    ...tasks,
    '',
  ].join('\n');
}
