import type { LineAttribution } from '../attribution/attribution.js';
import { NOT_MUTATED_REASONS, type NotMutatedFile, type ScoredReport } from '../judge/report.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

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

/** Why no line faces ai-threshold, and how to change that; never a claim that people wrote the code. */
function noMarkerNote(report: ScoredReport, lines: number): string {
  if (report.gating.detection === 'off') {
    return `AI detection is off (${inlineCode('ai-detection: off')}): none of the ${lines} changed line(s) is held to ai-threshold.`;
  }
  const gatedAs = report.gating.unknownAs === 'ai' ? 'AI-touched' : 'other lines';
  return (
    `**No AI marker found** on the ${lines} changed line(s); this does not mean a person wrote them. ` +
    `Lines without evidence are gated as ${gatedAs} (unknown-as: ${report.gating.unknownAs}). ` +
    `To hold this change to ai-threshold, add a PR label such as ${inlineCode(report.config.aiLabels[0] ?? 'ai-generated')} or set ${inlineCode('ai-detection: all')}.`
  );
}

export function attributionSection(report: ScoredReport): string[] {
  const lines = [...report.attribution.values()].flatMap((file) => [...file.values()]);
  if (lines.length === 0) return [];
  const { checked, unavailable } = report.signals;
  const signals = [
    ...checked.map((signal) => `- checked: ${escapeMarkdown(signal)}`),
    ...unavailable.map((signal) => `- not available: ${escapeMarkdown(signal)}`),
  ];
  const detected = lines.some((line) => line.class === 'ai');
  const intro = detected ? [] : ['', noMarkerNote(report, lines.length)];
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

/** A changed file not mutated, and why, as a list item. */
export function notMutatedItem(file: NotMutatedFile): string {
  return `- ${inlineCode(file.path)}: ${NOT_MUTATED_REASONS[file.reason]}${file.pattern === undefined ? '' : ` ${inlineCode(file.pattern)}`}`;
}

export function notMutatedSection(report: ScoredReport): string[] {
  const lines = report.notMutated.map(notMutatedItem);
  if (lines.length === 0) return [];
  return ['', `<details><summary>Changed files not mutated (${lines.length})</summary>`, '', ...lines, '', '</details>'];
}
