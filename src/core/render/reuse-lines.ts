import type { ScoredReport } from '../judge/report.js';
import type { ReuseOfRun } from '../reuse/reuse-plan.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

/** The reuse of the run, or of each package of a workspace run that measured several. */
function reusesOf(report: ScoredReport): ReuseOfRun[] {
  const own = report.reuse === undefined ? [] : [report.reuse];
  return [...own, ...report.packages.flatMap((entry) => (entry.report.reuse === undefined ? [] : [entry.report.reuse]))];
}

/** How many mutant results were reused, for the `reused` output; empty when reuse is off. */
export function reusedCount(report: ScoredReport): string {
  const reuses = reusesOf(report);
  return reuses.length === 0 ? '' : String(reuses.reduce((sum, reuse) => sum + reuse.mutants, 0));
}

const sum = (reuses: readonly ReuseOfRun[], pick: (reuse: ReuseOfRun) => number): number =>
  reuses.reduce((total, reuse) => total + pick(reuse), 0);

/** Why the files measured now were measured, as a clause; empty when there were none. */
function rerunClause(reuses: readonly ReuseOfRun[]): string {
  const parts = [
    [sum(reuses, (reuse) => reuse.rerun.changed), 'changed since'],
    [sum(reuses, (reuse) => reuse.rerun['tests-changed']), 'whose tests, or files any test may read, changed'],
    [sum(reuses, (reuse) => reuse.rerun.new), 'not measured by that run'],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, why]) => `${count} ${why}`);
  return said.length === 0 ? '' : ` Measured now: ${said.join(', ')}.`;
}

/**
 * What the run took from an earlier one (input reuse): how many results, from which commit, and why
 * the rest was measured again, or why nothing could be reused. Nothing when reuse is off.
 */
export function reuseLines(report: ScoredReport): string[] {
  const reuses = reusesOf(report);
  if (reuses.length === 0) return [];
  const reused = reuses.filter((reuse) => reuse.from !== undefined);
  if (reused.length === 0) {
    const whys = [...new Set(reuses.map((reuse) => reuse.why).filter((why) => why !== undefined))];
    // With no earlier run to go by, every file was measured: only stale files need saying why.
    if (whys.length > 0) return ['', `Nothing was reused from an earlier run: ${whys.map(escapeMarkdown).join('; ')}.`];
    return ['', `Nothing was reused from an earlier run: no file and its tests were unchanged since.${rerunClause(reuses)}`];
  }
  const commits = [...new Set(reused.map((reuse) => inlineCode((reuse.from as string).slice(0, 12))))].join(', ');
  return [
    '',
    `**Reused** ${sum(reused, (reuse) => reuse.mutants)} mutant result(s) in ${sum(reused, (reuse) => reuse.files)} file(s) ` +
      `from the run on ${commits}: those files, and every test file that ran their mutants, are unchanged since.${rerunClause(reuses)}`,
  ];
}
