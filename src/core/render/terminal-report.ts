import type { Report, ScoredReport } from '../judge/report.js';
import { formatScore, type MutantCounts } from '../scoring/scoring.js';
import { formatPercent } from '../scoring/verdict.js';
import { hintFor } from './hints.js';
import { testsThatRan, type Undetected, undetectedMutants } from './survivor-list.js';
import { type Paint, printable } from './terminal-paint.js';

/** Survivors shown in full; the rest are one line each (the JSON report has them all). */
const SHOWN_IN_FULL = 20;
/** Lines of a mutant's before and after shown. */
const DIFF_LINES = 4;
const TESTS_SHOWN = 3;
/** Width of a count column of the score table. */
const COLUMN = 10;

export interface TerminalContext {
  readonly paint: Paint;
  /** Where the gate's JSON report and Stryker's HTML report were written ('' when not). */
  readonly gateReport: string;
  readonly htmlReport: string;
}

function verdictLine(report: Report, paint: Paint): string {
  const { kind, reason } = report.verdict;
  const label = { pass: paint.green('PASS'), fail: paint.red('FAIL'), 'no-mutants': paint.yellow('NO MUTANTS'), error: paint.red('ERROR') }[
    kind
  ];
  return `${paint.bold(`mutation-gate: ${label}`)}  ${printable(reason)}`;
}

function scoreText(counts: MutantCounts): string {
  const score = formatScore(counts);
  return score === '' ? 'n/a' : `${score}%`;
}

function scoreRow(name: string, counts: MutantCounts, gate: string): string {
  const cells = [counts.mutants, counts.killed, counts.timeout, counts.survived, counts.noCoverage].map((count) =>
    String(count).padStart(COLUMN),
  );
  return `  ${name.padEnd(14)}${cells.join('')}${scoreText(counts).padStart(9)}  ${gate}`;
}

/** The same split as the job summary's table: AI-touched, other, and all changed lines. */
function scoreTable(report: ScoredReport, paint: Paint): string[] {
  const aiGate = report.gating.detection === 'off' ? 'ai-threshold off' : `ai-threshold ${formatPercent(report.config.aiThreshold)}`;
  return [
    paint.dim(
      `  ${'lines'.padEnd(14)}${['mutants', 'killed', 'timeout', 'survived', 'no cov.'].map((head) => head.padStart(COLUMN)).join('')}${'score'.padStart(9)}`,
    ),
    scoreRow('AI-touched', report.aiScore.total, aiGate),
    scoreRow('other', report.otherScore.total, ''),
    scoreRow('all changed', report.score.total, `threshold ${formatPercent(report.config.threshold)}`),
  ];
}

function clipped(lines: readonly string[], sign: string): string[] {
  const shown = lines.slice(0, DIFF_LINES).map((line) => `${sign} ${printable(line)}`);
  return lines.length > DIFF_LINES ? [...shown, `${sign} … ${lines.length - DIFF_LINES} more line(s)`] : shown;
}

function testsLine(entry: Undetected): string {
  if (entry.mutant.status === 'NoCoverage') return 'no test ran it';
  const names = testsThatRan(entry);
  if (names.length === 0) return 'the test runner did not say which tests ran it';
  const more = names.length > TESTS_SHOWN ? `, and ${names.length - TESTS_SHOWN} more` : '';
  return `ran by ${names.slice(0, TESTS_SHOWN).map(printable).join(', ')}${more}, which still passed`;
}

function headline(entry: Undetected, paint: Paint): string {
  const { mutant } = entry;
  const status = mutant.status === 'NoCoverage' ? 'no coverage' : 'survived';
  return `${paint.bold(printable(`${entry.path}:${mutant.line}`))}  ${mutant.class ?? 'unknown'} · ${mutant.mutator} · ${status}`;
}

/** One undetected mutant as a small diff, its hint and the tests that ran it. */
function survivorBlock(entry: Undetected, paint: Paint): string[] {
  const { diff } = entry.mutant;
  return [
    '',
    `  ${headline(entry, paint)}`,
    ...clipped(diff.before, '-').map((line) => `    ${paint.red(line)}`),
    ...clipped(diff.after, '+').map((line) => `    ${paint.green(line)}`),
    `    ${printable(hintFor(entry.mutant))}`,
    `    ${paint.dim(testsLine(entry))}`,
  ];
}

function survivorSection(report: ScoredReport, paint: Paint): string[] {
  const undetected = undetectedMutants(report);
  if (undetected.length === 0) return [];
  const rest = undetected.slice(SHOWN_IN_FULL);
  return [
    '',
    paint.bold(`Mutants no test noticed (${undetected.length}), AI-touched first:`),
    ...undetected.slice(0, SHOWN_IN_FULL).flatMap((entry) => survivorBlock(entry, paint)),
    ...(rest.length === 0 ? [] : ['', `  and ${rest.length} more:`, ...rest.map((entry) => `  ${headline(entry, paint)}`)]),
  ];
}

function findingSection(report: ScoredReport, paint: Paint): string[] {
  if (report.findings.length === 0) return [];
  return [
    '',
    paint.yellow(paint.bold(`The change alters its own measurement (${report.findings.length}); on a pull request this needs approval:`)),
    ...report.findings.map(
      (finding) => `  ${printable(`${finding.path}${finding.line === undefined ? '' : `:${finding.line}`} ${finding.change}`)}`,
    ),
  ];
}

function notMutatedSection(report: ScoredReport, paint: Paint): string[] {
  if (report.notMutated.length === 0) return [];
  return [
    '',
    paint.dim(
      `Changed files not mutated (${report.notMutated.length}): ${report.notMutated.map((file) => printable(file.path)).join(', ')}`,
    ),
  ];
}

/** The report for a person at a terminal: the verdict first, the split, then what no test noticed. */
export function renderTerminalReport(report: Report, { paint, gateReport, htmlReport }: TerminalContext): string {
  const reports = [gateReport === '' ? '' : `JSON report: ${gateReport}`, htmlReport === '' ? '' : `HTML report: ${htmlReport}`];
  const where = reports.filter((line) => line !== '').map((line) => paint.dim(line));
  if (report.kind === 'error') {
    return [verdictLine(report, paint), ...report.details.map((line) => `  ${printable(line)}`), ...where, ''].join('\n');
  }
  const { comparison } = report;
  return [
    verdictLine(report, paint),
    paint.dim(
      `Compared with ${printable(comparison.base)} (merge base ${comparison.mergeBase.slice(0, 12)}), ${report.aiLines} AI-touched changed line(s).`,
    ),
    '',
    ...scoreTable(report, paint),
    ...findingSection(report, paint),
    ...survivorSection(report, paint),
    ...notMutatedSection(report, paint),
    '',
    ...where,
    '',
  ].join('\n');
}
