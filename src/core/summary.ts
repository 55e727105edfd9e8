import { escapeMarkdown, inlineCode, tableRow, truncate } from './markdown.js';
import { type ListedMutant, listMutants } from './mutant-list.js';
import type { ErrorOutcome, GateOutcome, ScoredOutcome } from './outcome.js';
import { formatScore, type MutantCounts } from './scoring.js';
import type { SkippedFile } from './file-scope.js';
import type { VerdictKind } from './verdict.js';

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const VERDICT_TITLES: Readonly<Record<VerdictKind, string>> = {
  pass: '✅ mutation-gate passed',
  fail: '❌ mutation-gate failed',
  'no-mutants': '➖ mutation-gate: no mutants',
  error: '⚠️ mutation-gate could not decide',
};

const CODE_PREVIEW_CHARS = 120;

function heading(outcome: GateOutcome): string {
  return `## ${VERDICT_TITLES[outcome.verdict.kind]}: ${escapeMarkdown(outcome.verdict.reason)}`;
}

function scoreCell(counts: MutantCounts): string {
  const score = formatScore(counts);
  return score === '' ? 'n/a' : `${score}%`;
}

function fileTable(outcome: ScoredOutcome): string[] {
  const header = tableRow(['File', 'Changed lines', 'Mutants', 'Killed', 'Survived', 'No coverage', 'Score']);
  const rows = outcome.score.files.map((file) =>
    tableRow([
      inlineCode(file.path),
      String(file.changedLines),
      String(file.counts.mutants),
      String(file.counts.killed + file.counts.timeout),
      String(file.counts.survived),
      String(file.counts.noCoverage),
      scoreCell(file.counts),
    ]),
  );
  const total = outcome.score.total;
  const changedLines = outcome.score.files.reduce((sum, file) => sum + file.changedLines, 0);
  const totalRow = tableRow([
    '**All changed files**',
    String(changedLines),
    String(total.mutants),
    String(total.killed + total.timeout),
    String(total.survived),
    String(total.noCoverage),
    `**${scoreCell(total)}**`,
  ]);
  return [header, tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:']), ...rows, totalRow];
}

/** Code on one line, shortened: a reviewer needs to recognise it, the JSON report has it whole. */
function codePreview(code: string): string {
  return inlineCode(truncate(code.replaceAll(/\s+/g, ' ').trim(), CODE_PREVIEW_CHARS));
}

function mutantLine(mutant: ListedMutant): string {
  const where = inlineCode(`${mutant.file}:${mutant.line}`);
  return `- ${where} ${escapeMarkdown(mutant.mutator)}: ${codePreview(mutant.original)} → ${codePreview(mutant.replacement)}`;
}

function mutantSection(title: string, explanation: string, mutants: readonly ListedMutant[]): string[] {
  if (mutants.length === 0) return [];
  return ['', `### ${title} (${mutants.length})`, explanation, '', ...mutants.map(mutantLine)];
}

const SKIP_REASONS: Readonly<Record<SkippedFile['reason'], string>> = {
  'outside-working-directory': 'outside working-directory',
  'not-included': 'not matched by include',
  excluded: 'matched by exclude',
};

function notMutatedSection(outcome: ScoredOutcome): string[] {
  const lines = [
    ...outcome.untargetable.map(
      (path) => `- ${inlineCode(path)}: its path cannot be given to Stryker (a {a,b} brace list or a backslash)`,
    ),
    ...outcome.scope.skipped.map(
      (file) =>
        `- ${inlineCode(file.path)}: ${SKIP_REASONS[file.reason]}${file.pattern === undefined ? '' : ` ${inlineCode(file.pattern)}`}`,
    ),
  ];
  if (lines.length === 0) return [];
  return ['', `<details><summary>Changed files not mutated (${lines.length})</summary>`, '', ...lines, '', '</details>'];
}

function comparisonLine(outcome: ScoredOutcome): string {
  const { comparison } = outcome;
  return (
    `Compared with ${inlineCode(comparison.base)} (${escapeMarkdown(comparison.baseSource)}): ` +
    `changed lines from merge base ${inlineCode(comparison.mergeBase.slice(0, 12))} to HEAD ${inlineCode(comparison.head.slice(0, 12))}.`
  );
}

function renderScored(outcome: ScoredOutcome, withMutantLists: boolean): string[] {
  const mutants = listMutants(outcome.mutants);
  const survived = mutants.filter((mutant) => mutant.status === 'Survived');
  const uncovered = mutants.filter((mutant) => mutant.status === 'NoCoverage');
  const lines = [heading(outcome), '', comparisonLine(outcome)];
  if (outcome.score.files.length > 0) lines.push('', ...fileTable(outcome));
  const invalid = outcome.score.total.invalid + outcome.score.total.ignored;
  if (invalid > 0) {
    lines.push('', `${invalid} mutant(s) with compile or runtime errors, or ignored, are left out of the score.`);
  }
  if (withMutantLists) {
    lines.push(
      ...mutantSection('Surviving mutants', 'Tests ran this code, yet none failed when it changed like this:', survived),
      ...mutantSection('Uncovered mutants', 'No test runs these lines at all:', uncovered),
    );
  } else if (survived.length + uncovered.length > 0) {
    lines.push('', `${survived.length} surviving and ${uncovered.length} uncovered mutant(s) are listed in the gate's JSON report (too many to show here).`);
  }
  lines.push(...notMutatedSection(outcome));
  return lines;
}

function renderError(outcome: ErrorOutcome): string[] {
  const lines = [heading(outcome)];
  if (outcome.details.length > 0) {
    // A <pre> block ends only at </pre>, so blank lines in the output cannot break out of it.
    lines.push('', '<pre>', ...outcome.details.map(escapeMarkdown), '</pre>');
  }
  return lines;
}

function render(outcome: GateOutcome, withMutantLists: boolean): string {
  const lines = outcome.kind === 'error' ? renderError(outcome) : renderScored(outcome, withMutantLists);
  return `${lines.join('\n')}\n`;
}

const utf8 = new TextEncoder();

function byteLength(text: string): number {
  return utf8.encode(text).length;
}

const CUT_NOTE = "\n\n_The summary was cut here to stay within GitHub's size limit; the JSON report has everything._\n";

/**
 * Cuts at the last line boundary that keeps the text and the note within the budget. A newline is one
 * byte and never inside a character, so the cut never splits one. Under a budget too small for the
 * note, only the start of the (ASCII) note is left, one byte per character.
 */
function trimToBytes(text: string, maxBytes: number): string {
  const bytes = utf8.encode(text).subarray(0, Math.max(0, maxBytes - CUT_NOTE.length));
  const kept = new TextDecoder().decode(bytes.subarray(0, Math.max(0, bytes.lastIndexOf(0x0a))));
  return `${kept}${CUT_NOTE}`.slice(0, Math.max(0, maxBytes));
}

/** The job summary: full detail when it fits, else counts only, else cut at a line boundary. */
export function renderSummary(outcome: GateOutcome, maxBytes: number = SUMMARY_LIMIT_BYTES): string {
  for (const withMutantLists of [true, false]) {
    const text = render(outcome, withMutantLists);
    if (byteLength(text) <= maxBytes) return text;
  }
  return trimToBytes(render(outcome, false), maxBytes);
}
