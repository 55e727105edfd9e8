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

/** How much longer a re-run may take per mutant than the first run (Stryker's timeoutMS and timeoutFactor both grow). */
export const RECHECK_BUDGET = { timeoutMsFactor: 3, timeoutFactorFactor: 2 } as const;

interface Located {
  readonly file: string;
  readonly mutant: MutantResult;
}

function timedOut(report: MutationTestResult): Located[] {
  return Object.entries(report.files).flatMap(([name, file]) =>
    file.mutants
      .filter((mutant) => mutant.status === 'Timeout')
      .map((mutant) => ({ file: normalizeReportPath(name, report.projectRoot), mutant })),
  );
}

/**
 * Stryker `mutate` entries that make each timed-out mutant again, and little else: its exact location
 * (Stryker's columns there are 0-based; the report's are 1-based). A file Stryker cannot address is left out.
 */
export function recheckPatterns(report: MutationTestResult, workingDirectoryAbsolute: string): string[] {
  return timedOut(report).flatMap(({ file, mutant }) => {
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
 * survived); under `survived`, survived; under `detected`, a timeout still. With the checks, for the summary.
 */
export function settleTimeouts(
  first: MutationTestResult,
  policy: Config['timeouts'],
  rerun: MutationTestResult | undefined,
): { report: MutationTestResult; checks: TimeoutCheck[] } {
  const rerunMutants = new Map(
    Object.entries(rerun?.files ?? {}).map(([name, file]) => [normalizeReportPath(name, rerun?.projectRoot), file.mutants]),
  );
  const checks: TimeoutCheck[] = [];
  const files = Object.fromEntries(
    Object.entries(first.files).map(([name, file]) => {
      const path = normalizeReportPath(name, first.projectRoot);
      const mutants = file.mutants.map((mutant) => {
        if (mutant.status !== 'Timeout') return mutant;
        const again = rerunMutants.get(path)?.find((candidate) => sameMutant(candidate, mutant));
        const outcome: TimeoutCheck['outcome'] =
          policy !== 'recheck' ? policy : again === undefined ? 'not-rerun' : again.status === 'Timeout' ? 'confirmed' : 'rerun';
        const status = countedStatus({ outcome, status: again?.status ?? 'Timeout' });
        checks.push({ file: path, id: mutant.id, line: mutant.location.start.line, mutatorName: mutant.mutatorName, outcome, status });
        return status === mutant.status
          ? mutant
          : { ...mutant, status, statusReason: `timed out, then ${DETECTED.has(status) ? 'detected' : 'not detected'}: ${outcome}` };
      });
      return [name, { ...file, mutants }];
    }),
  );
  return { report: { ...first, files }, checks };
}

/** Whether the first run has timeouts a re-run should check. */
export const needsRecheck = (report: MutationTestResult, policy: Config['timeouts']): boolean =>
  policy === 'recheck' && timedOut(report).length > 0;
