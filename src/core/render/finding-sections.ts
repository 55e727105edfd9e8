import { SOURCE_FILE } from '../../constants.js';
import { FINDING_TITLES, type Finding } from '../findings/finding.js';
import type { ScoredReport } from '../judge/report.js';
import { notMutatedItem } from './change-sections.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

/** How findings get approved, as markdown: said wherever they are shown, so an author knows what a reviewer must do. */
export const HOW_TO_APPROVE =
  "To approve: a person other than the pull request's author, with write access, reads the findings and submits an approving review of the head commit; the gate re-runs on the review (the workflow needs the <code>pull_request_review</code> trigger).";

function where(finding: Finding): string {
  return inlineCode(finding.line === undefined ? finding.path : `${finding.path}:${finding.line}`);
}

function approvalLine(report: ScoredReport): string {
  const { approval } = report;
  if (approval?.state === 'approved') return `**Approved** by ${escapeMarkdown(approval.by)}: the score decides the verdict.`;
  const reason = approval === undefined ? 'nobody was asked' : approval.reason;
  return `**Not approved** (${escapeMarkdown(reason)}), so the gate fails. ${HOW_TO_APPROVE}`;
}

/**
 * What the change altered in its own measurement, every finding listed (never reduced to a count, at any
 * level of detail), with who approved them or how to get them approved.
 */
export function findingsSection(report: ScoredReport): string[] {
  if (report.findings.length === 0) return [];
  return [
    '',
    `### 🚩 ${report.findings.length} finding(s): this change alters how it is measured`,
    '',
    approvalLine(report),
    '',
    ...report.findings.map((finding) => `- **${FINDING_TITLES[finding.kind]}** ${where(finding)}: ${escapeMarkdown(finding.change)}`),
  ];
}

/** Changes to how the tests run: shown at the top for the reviewer, not failing the gate. */
export function testRunSection(report: ScoredReport): string[] {
  if (report.testRunChanges.length === 0) return [];
  return [
    '',
    '**ℹ️ This change alters how tests run** (this alone does not fail the gate; check that the tests still test):',
    ...report.testRunChanges.map((change) => `- ${inlineCode(change.path)}: ${escapeMarkdown(change.change)}`),
  ];
}

/** Changed JavaScript or TypeScript files left out of the measurement, at the top, with the reason. */
export function unmeasuredSourceSection(report: ScoredReport): string[] {
  const files = report.notMutated.filter((file) => SOURCE_FILE.test(file.path));
  if (files.length === 0) return [];
  return ['', `**Changed source not measured (${files.length}):**`, ...files.map(notMutatedItem)];
}
