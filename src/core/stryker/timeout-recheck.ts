import type { Config } from '../config/config.js';
import { mutatePath } from '../diff/mutate-ranges.js';
import { normalizeReportPath } from '../scoring/changed-mutants.js';
import type { MutantResult, MutantStatus, MutationTestResult } from './stryker-report.js';

/** What became of a mutant that timed out in the first run. */
export interface TimeoutCheck {
  /** The file, relative to the working directory. */
  readonly file: string;
  readonly id: string;
  readonly line: number;
  readonly mutatorName: string;
  /**
   * - `confirmed`: it timed out again with the longer budget, and counts as detected;
   * - `rerun`: the re-run gave it another status (`status`), which counts;
   * - `not-rerun`: the re-run did not make it again: unconfirmed, it counts as not detected;
   * - `detected` / `survived`: not re-run (`timeouts: detected` or `survived`), counted so.
   */
  readonly outcome: 'confirmed' | 'rerun' | 'not-rerun' | 'detected' | 'survived';
  /** The status it counts with. */
  readonly status: MutantStatus;
}

/**
 * A survivor no test judged (StrykerJS issue 6213): its run completed no test, or fewer tests than cover
 * it, so nothing says the tests would let it through.
 */
export interface UnjudgedMutant {
  readonly file: string;
  readonly id: string;
  readonly line: number;
  readonly mutatorName: string;
  /** The tests the first run completed for it, of those that cover it (undefined: Stryker did not say). */
  readonly testsCompleted: number;
  readonly coveredBy: number | undefined;
  /** `judged`: the re-run judged it, and `status` counts; `not-judged`: it is left out of the score. */
  readonly outcome: 'judged' | 'not-judged';
  readonly status: MutantStatus;
}

/** A survivor whose run completed no test, or fewer than cover it. */
export function isUnjudged(mutant: MutantResult): boolean {
  if (mutant.status !== 'Survived' || mutant.testsCompleted === undefined) return false;
  return mutant.testsCompleted === 0 || (mutant.coveredBy !== undefined && mutant.testsCompleted < mutant.coveredBy.length);
}

/** How much longer a re-run may take per mutant than the first run (Stryker's timeoutMS and timeoutFactor both grow). */
export const RECHECK_BUDGET = { timeoutMsFactor: 3, timeoutFactorFactor: 2 } as const;

interface Located {
  readonly file: string;
  readonly mutant: MutantResult;
}

/** The mutants a re-run checks: those that timed out (under `timeouts: recheck`), and survivors no test judged. */
function toRecheck(report: MutationTestResult, policy: Config['timeouts']): Located[] {
  return Object.entries(report.files).flatMap(([name, file]) =>
    file.mutants
      .filter((mutant) => (policy === 'recheck' && mutant.status === 'Timeout') || isUnjudged(mutant))
      .map((mutant) => ({ file: normalizeReportPath(name, report.projectRoot), mutant })),
  );
}

/**
 * Stryker `mutate` entries that make each mutant to check again, and little else: its exact location
 * (Stryker's columns there are 0-based; the report's are 1-based). A file Stryker cannot address is left out.
 */
export function recheckPatterns(report: MutationTestResult, policy: Config['timeouts'], workingDirectoryAbsolute: string): string[] {
  return toRecheck(report, policy).flatMap(({ file, mutant }) => {
    const path = mutatePath(file, workingDirectoryAbsolute);
    const { start, end } = mutant.location;
    return path === undefined ? [] : [`${path}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`];
  });
}

/** The same mutant in another run: same file, place, mutator and replacement (ids differ between runs). */
function sameMutant(a: MutantResult, b: MutantResult): boolean {
  const [x, y] = [a.location, b.location];
  return (
    a.mutatorName === b.mutatorName &&
    a.replacement === b.replacement &&
    x.start.line === y.start.line &&
    x.start.column === y.start.column &&
    x.end.line === y.end.line &&
    x.end.column === y.end.column
  );
}

const DETECTED = new Set<MutantStatus>(['Killed', 'Timeout']);

function countedStatus(check: Pick<TimeoutCheck, 'outcome' | 'status'>): MutantStatus {
  return check.outcome === 'not-rerun' || check.outcome === 'survived' ? 'Survived' : check.status;
}

/**
 * The first run's report with every timed-out mutant given the status it counts with: under `recheck`,
 * the re-run's (a timeout again is confirmed; one the re-run did not make is unconfirmed and counts as
 * survived); under `survived`, survived; under `detected`, a timeout still. A survivor no test judged
 * takes the re-run's status if the re-run judged it, and is taken out of the report otherwise. With what
 * became of each, for the summary.
 */
export function settleRecheck(
  first: MutationTestResult,
  policy: Config['timeouts'],
  rerun: MutationTestResult | undefined,
): { report: MutationTestResult; checks: TimeoutCheck[]; unjudged: UnjudgedMutant[] } {
  const rerunMutants = new Map(
    Object.entries(rerun?.files ?? {}).map(([name, file]) => [normalizeReportPath(name, rerun?.projectRoot), file.mutants]),
  );
  const checks: TimeoutCheck[] = [];
  const unjudged: UnjudgedMutant[] = [];
  const files = Object.fromEntries(
    Object.entries(first.files).map(([name, file]) => {
      const path = normalizeReportPath(name, first.projectRoot);
      const againOf = (mutant: MutantResult): MutantResult | undefined =>
        rerunMutants.get(path)?.find((candidate) => sameMutant(candidate, mutant));
      const mutants = file.mutants.flatMap((mutant): MutantResult[] => {
        if (isUnjudged(mutant)) {
          const again = againOf(mutant);
          const judged = again !== undefined && !isUnjudged(again);
          unjudged.push({
            file: path,
            id: mutant.id,
            line: mutant.location.start.line,
            mutatorName: mutant.mutatorName,
            testsCompleted: mutant.testsCompleted ?? 0,
            coveredBy: mutant.coveredBy?.length,
            outcome: judged ? 'judged' : 'not-judged',
            status: judged ? again.status : mutant.status,
          });
          // Not judged twice: out of the score (the verdict says so), never counted as a survivor or a kill.
          if (!judged) return [];
          return [{ ...again, id: mutant.id, statusReason: `not judged by the first run, judged by the re-run: ${again.status}` }];
        }
        if (mutant.status !== 'Timeout') return [mutant];
        const again = againOf(mutant);
        const outcome: TimeoutCheck['outcome'] =
          policy !== 'recheck' ? policy : again === undefined ? 'not-rerun' : again.status === 'Timeout' ? 'confirmed' : 'rerun';
        const status = countedStatus({ outcome, status: again?.status ?? 'Timeout' });
        checks.push({ file: path, id: mutant.id, line: mutant.location.start.line, mutatorName: mutant.mutatorName, outcome, status });
        return [
          status === mutant.status
            ? mutant
            : { ...mutant, status, statusReason: `timed out, then ${DETECTED.has(status) ? 'detected' : 'not detected'}: ${outcome}` },
        ];
      });
      return [name, { ...file, mutants }];
    }),
  );
  return { report: { ...first, files }, checks, unjudged };
}

/** Whether the first run has mutants a re-run should check. */
export const needsRecheck = (report: MutationTestResult, policy: Config['timeouts']): boolean => toRecheck(report, policy).length > 0;
