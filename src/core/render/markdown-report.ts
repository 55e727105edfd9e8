import type { ErrorReport, Report, ScoredReport } from '../judge/report.js';
import type { VerdictKind } from '../scoring/verdict.js';
import { approvalSection } from './approval-sections.js';
import { budgetLines } from './budget-lines.js';
import { attributionSection, notMutatedSection } from './change-sections.js';
import { findingsSection, testRunSection, unmeasuredSourceSection } from './finding-sections.js';
import { flakyCheckLines, flakySection } from './flaky-sections.js';
import { isolationLines } from './isolation-lines.js';
import { escapeMarkdown, inlineCode, link } from './markdown.js';
import { type LinkBase, silentTestSection, survivorSection, testTallySection, uncoveredSection } from './mutant-sections.js';
import { packageFlakySections, packageLines } from './package-sections.js';
import { timeoutSection, unjudgedSection } from './recheck-sections.js';
import { reuseLines } from './reuse-lines.js';
import { fileTable, splitTable } from './score-tables.js';
import { setupLines } from './setup-lines.js';
import { shardLines } from './shard-lines.js';

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** GitHub rejects comment bodies longer than this. */
export const COMMENT_LIMIT_CHARS = 65_536;

/** What the report shows beside the outcome: links, what annotations left out, warnings for the reader. */
export interface RenderContext {
  readonly links: LinkBase | undefined;
  /** Lines with undetected mutants that got no annotation (GitHub shows only so many). */
  readonly unannotated: number;
  /** Problems the reader should know about that did not change the verdict (e.g. a failed PR comment). */
  readonly notices: readonly string[];
  /** The workflow run, for the PR comment to point at the full summary. */
  readonly runUrl: string | undefined;
}

export const NO_CONTEXT: RenderContext = Object.freeze({ links: undefined, unannotated: 0, notices: [], runUrl: undefined });

/** How a text's size is counted against its limit: UTF-8 bytes for the job summary, characters for comments. */
export interface Budget {
  readonly limit: number;
  readonly measure: (text: string) => number;
}

const utf8 = new TextEncoder();
const SUMMARY_BUDGET: Budget = { limit: SUMMARY_LIMIT_BYTES, measure: (text) => utf8.encode(text).length };

const VERDICT_TITLES: Readonly<Record<VerdictKind, string>> = {
  pass: '✅ mutation-gate passed',
  fail: '❌ mutation-gate failed',
  'no-mutants': '➖ mutation-gate: no mutants',
  error: '⚠️ mutation-gate could not decide',
};

/** Less detail at each step, until the report fits. */
type Detail = 'full' | 'compact' | 'counts';
const DETAILS: readonly Detail[] = ['full', 'compact', 'counts'];

function heading(report: Report): string {
  return `## ${VERDICT_TITLES[report.verdict.kind]}: ${escapeMarkdown(report.verdict.reason)}`;
}

function comparisonLine(report: ScoredReport): string {
  const { comparison } = report;
  return (
    `Compared with ${inlineCode(comparison.base)} (${escapeMarkdown(comparison.baseSource)}): ` +
    `changed lines from merge base ${inlineCode(comparison.mergeBase.slice(0, 12))} to HEAD ${inlineCode(comparison.head.slice(0, 12))}.`
  );
}

function contextLines(context: RenderContext): string[] {
  return [
    ...(context.runUrl === undefined ? [] : ['', link('Full report in the job summary', context.runUrl)]),
    ...context.notices.map((notice) => `\n> ⚠️ ${escapeMarkdown(notice)}`),
  ];
}

function renderScored(report: ScoredReport, context: RenderContext, detail: Detail): string[] {
  const { survived, uncovered, silentTests: silent } = report;
  const lines = [
    heading(report),
    ...approvalSection(report),
    ...findingsSection(report),
    ...testRunSection(report),
    ...unmeasuredSourceSection(report),
    '',
    comparisonLine(report),
    ...shardLines(report),
    ...reuseLines(report),
    ...budgetLines(report),
    ...setupLines(report),
    ...flakyCheckLines(report.flaky),
    ...isolationLines(report),
    ...packageLines(report),
    ...contextLines(context),
  ];
  if (report.files.length > 0) lines.push('', ...splitTable(report), '', ...fileTable(report));
  const invalid = report.score.total.invalid + report.score.total.ignored;
  if (invalid > 0) {
    lines.push('', `${invalid} mutant(s) with compile or runtime errors, or ignored, are left out of the score.`);
  }
  if (detail === 'counts') {
    const undetected = survived.length + uncovered.length + silent.length;
    if (undetected > 0) {
      lines.push(
        '',
        `${survived.length} surviving and ${uncovered.length} uncovered mutant(s), and ${silent.length} test(s) that noticed nothing, are listed in the gate's JSON report (too many to show here).`,
      );
    }
  } else {
    lines.push(
      ...silentTestSection(silent),
      ...testTallySection(report.testTally, report.config.everyTest),
      ...survivorSection(survived, report.tests, context.links, detail === 'compact'),
      ...uncoveredSection(uncovered, context.links),
      ...timeoutSection(report.timeouts),
      ...unjudgedSection(report.unjudged),
      ...flakySection(report.flaky),
      ...packageFlakySections(report),
    );
  }
  if (context.unannotated > 0) {
    lines.push(
      '',
      `${context.unannotated} more line(s) with undetected mutants are not annotated on the diff: GitHub shows at most 10 errors and 10 warnings per step.`,
    );
  }
  lines.push(...attributionSection(report), ...notMutatedSection(report));
  return lines;
}

function renderError(report: ErrorReport, context: RenderContext): string[] {
  const lines = [heading(report), ...contextLines(context)];
  if (report.details.length > 0) {
    // A <pre> block ends only at </pre>, so blank lines in the output cannot break out of it.
    lines.push('', '<pre>', ...report.details.map(escapeMarkdown), '</pre>');
  }
  return lines;
}

function render(report: Report, context: RenderContext, detail: Detail): string {
  const lines = report.kind === 'error' ? renderError(report, context) : renderScored(report, context, detail);
  return `${lines.join('\n')}\n`;
}

const CUT_NOTE = "\n\n_The report was cut here to stay within GitHub's size limit; the JSON report has everything._\n";

/**
 * Keeps whole lines while they and the note fit. Under a budget too small for the note, only the start
 * of the (ASCII) note is left: one byte, and one character, per character.
 */
function trimToBudget(text: string, budget: Budget): string {
  const room = budget.limit - budget.measure(CUT_NOTE);
  const kept: string[] = [];
  let used = 0;
  for (const line of text.split('\n')) {
    // Newlines go between kept lines only: the note brings its own.
    const next = used + (kept.length > 0 ? budget.measure('\n') : 0) + budget.measure(line);
    if (next > room) break;
    kept.push(line);
    used = next;
  }
  return `${kept.join('\n')}${CUT_NOTE}`.slice(0, Math.max(0, budget.limit));
}

/** The report in full detail when it fits, else compact, else counts only, else cut at a line boundary. */
export function renderReport(report: Report, context: RenderContext, budget: Budget): string {
  for (const detail of DETAILS) {
    const text = render(report, context, detail);
    if (budget.measure(text) <= budget.limit) return text;
  }
  return trimToBudget(render(report, context, 'counts'), budget);
}

/** The job summary, within GitHub's 1 MiB per step. */
export function renderSummary(report: Report, context: RenderContext = NO_CONTEXT, maxBytes: number = SUMMARY_LIMIT_BYTES): string {
  return renderReport(report, context, { ...SUMMARY_BUDGET, limit: maxBytes });
}
