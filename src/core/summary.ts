import { fileClass } from './ai-split.js';
import type { LineAttribution } from './attribution.js';
import { escapeMarkdown, inlineCode, tableRow, truncate } from './markdown.js';
import { type ListedMutant, listMutants } from './mutant-list.js';
import type { ErrorOutcome, GateOutcome, ScoredOutcome } from './outcome.js';
import { type ChangedLinesScore, formatScore, meetsThreshold, type MutantCounts } from './scoring.js';
import type { SkippedFile } from './file-scope.js';
import { formatPercent, type VerdictKind } from './verdict.js';

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

function changedLines(score: ChangedLinesScore): number {
  return score.files.reduce((sum, file) => sum + file.changedLines, 0);
}

function countCells(counts: MutantCounts): string[] {
  return [
    String(counts.mutants),
    String(counts.killed + counts.timeout),
    String(counts.survived),
    String(counts.noCoverage),
    scoreCell(counts),
  ];
}

function gateCell(counts: MutantCounts, threshold: number): string {
  if (counts.mutants === 0) return '➖ no mutants';
  return meetsThreshold(counts, threshold) ? '✅ pass' : '❌ fail';
}

/** AI-touched lines against ai-threshold, the other lines, and all of them against threshold. */
function splitTable(outcome: ScoredOutcome): string[] {
  const { config, aiScore, otherScore, score } = outcome;
  const aiThreshold = outcome.gating.detection === 'off' ? 'off' : formatPercent(config.aiThreshold);
  const aiGate = outcome.gating.detection === 'off' ? '' : gateCell(aiScore.total, config.aiThreshold);
  const header = tableRow(['Lines', 'Changed lines', 'Mutants', 'Killed', 'Survived', 'No coverage', 'Score', 'Threshold', 'Gate']);
  return [
    header,
    tableRow(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    tableRow(['**AI-touched**', String(changedLines(aiScore)), ...countCells(aiScore.total), aiThreshold, aiGate]),
    tableRow(['Other', String(changedLines(otherScore)), ...countCells(otherScore.total), '', '']),
    tableRow([
      '**All changed lines**',
      String(changedLines(score)),
      ...countCells(score.total),
      formatPercent(config.threshold),
      gateCell(score.total, config.threshold),
    ]),
  ];
}

function fileTable(outcome: ScoredOutcome): string[] {
  const header = tableRow(['File', 'Class', 'Changed lines', 'Mutants', 'Killed', 'Survived', 'No coverage', 'Score']);
  const rows = outcome.score.files.map((file) =>
    tableRow([
      inlineCode(file.path),
      fileClass(outcome.attribution.get(file.path)),
      String(file.changedLines),
      ...countCells(file.counts),
    ]),
  );
  return [header, tableRow(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']), ...rows];
}

/** Code on one line, shortened: a reviewer needs to recognise it, the JSON report has it whole. */
function codePreview(code: string): string {
  return inlineCode(truncate(code.replaceAll(/\s+/g, ' ').trim(), CODE_PREVIEW_CHARS));
}

function mutantLine(mutant: ListedMutant): string {
  const where = inlineCode(`${mutant.file}:${mutant.line}`);
  const change = `${escapeMarkdown(mutant.mutator)}: ${codePreview(mutant.original)} → ${codePreview(mutant.replacement)}`;
  const why = mutant.evidence === undefined ? '' : ` (${escapeMarkdown(mutant.evidence)})`;
  return `- ${where} **${mutant.class ?? 'unknown'}** ${change}${why}`;
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

/** How many changed lines each piece of evidence decided, most first. */
function evidenceGroups(lines: readonly LineAttribution[]): string[] {
  const groups = new Map<string, { line: LineAttribution; count: number }>();
  for (const line of lines) {
    const key = `${line.class} ${line.evidence}`;
    const group = groups.get(key) ?? { line, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ line, count }) => `- **${line.class}**, ${count} line(s): ${escapeMarkdown(line.evidence)}`);
}

function attributionSection(outcome: ScoredOutcome): string[] {
  const lines = [...outcome.attribution.values()].flatMap((file) => [...file.values()]);
  if (lines.length === 0) return [];
  const { checked, unavailable } = outcome.signals;
  const signals = [
    ...checked.map((signal) => `- checked: ${escapeMarkdown(signal)}`),
    ...unavailable.map((signal) => `- not available: ${escapeMarkdown(signal)}`),
  ];
  const detected = lines.some((line) => line.class === 'ai');
  const intro = detected
    ? []
    : [
        '',
        `**No AI marker found** on the ${lines.length} changed line(s); this does not mean a person wrote them. ` +
          `Lines without evidence are gated as ${outcome.gating.unknownAs === 'ai' && outcome.gating.detection !== 'off' ? 'AI-touched' : 'other lines'} (unknown-as: ${outcome.gating.unknownAs}). ` +
          `To hold this change to ai-threshold, add a PR label such as ${inlineCode(outcome.config.aiLabels[0] ?? 'ai-generated')} or set ${inlineCode('ai-detection: all')}.`,
      ];
  return [
    ...intro,
    '',
    '<details><summary>Attribution: why each changed line has its class</summary>',
    '',
    ...evidenceGroups(lines),
    '',
    'Signals:',
    ...signals,
    '',
    '</details>',
  ];
}

function comparisonLine(outcome: ScoredOutcome): string {
  const { comparison } = outcome;
  return (
    `Compared with ${inlineCode(comparison.base)} (${escapeMarkdown(comparison.baseSource)}): ` +
    `changed lines from merge base ${inlineCode(comparison.mergeBase.slice(0, 12))} to HEAD ${inlineCode(comparison.head.slice(0, 12))}.`
  );
}

function renderScored(outcome: ScoredOutcome, withMutantLists: boolean): string[] {
  const mutants = listMutants(outcome.mutants, outcome.attribution, outcome.gating);
  const survived = mutants.filter((mutant) => mutant.status === 'Survived');
  const uncovered = mutants.filter((mutant) => mutant.status === 'NoCoverage');
  const lines = [heading(outcome), '', comparisonLine(outcome)];
  if (outcome.score.files.length > 0) lines.push('', ...splitTable(outcome), '', ...fileTable(outcome));
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
  lines.push(...attributionSection(outcome), ...notMutatedSection(outcome));
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
