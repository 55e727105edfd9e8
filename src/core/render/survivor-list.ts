import type { ListedMutant } from '../judge/listed-mutants.js';
import type { ScoredReport } from '../judge/report.js';
import type { TestInfo } from '../stryker/test-index.js';

/** An undetected mutant of the change, with the report it belongs to (a workspace run has one per package). */
export interface Undetected {
  /** Its path from the repository root, as a terminal, an editor or an agent opens it. */
  readonly path: string;
  readonly mutant: ListedMutant;
  readonly tests: ReadonlyMap<string, TestInfo>;
}

/** The scored reports whose mutants are listed: each package's in a workspace run, else the run's own. */
function measuredReports(report: ScoredReport): readonly ScoredReport[] {
  return report.packages.length > 0 ? report.packages.map((entry) => entry.report) : [report];
}

/**
 * Every mutant no test noticed (survived, or run by no test), those held to ai-threshold first, then by
 * path and line: the order of a to-do list.
 */
export function undetectedMutants(report: ScoredReport): Undetected[] {
  return measuredReports(report)
    .flatMap((measured) =>
      [...measured.survived, ...measured.uncovered].map((mutant) => ({
        path: `${measured.repositoryPrefix}${mutant.file}`,
        mutant,
        tests: measured.tests,
      })),
    )
    .sort(
      (a, b) =>
        Number(b.mutant.aiGated) - Number(a.mutant.aiGated) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.mutant.line - b.mutant.line ||
        a.mutant.column - b.mutant.column,
    );
}

/** The tests that ran a mutant, by name and place. */
export function testsThatRan({ mutant, tests }: Undetected): string[] {
  return mutant.coveredBy.map((id) => {
    const test = tests.get(id);
    if (test === undefined) return id;
    const where = test.file === undefined ? '' : ` (${test.line === undefined ? test.file : `${test.file}:${test.line}`})`;
    return `${test.name}${where}`;
  });
}
