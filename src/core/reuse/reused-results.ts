import { mergedReports } from '../judge/merged-runs.js';
import { normalizeReportPath } from '../scoring/changed-mutants.js';
import type { MutationTestResult } from '../stryker/stryker-report.js';
import type { TimeoutCheck, UnjudgedMutant } from '../stryker/timeout-recheck.js';
import type { ReusePlan } from './reuse-plan.js';

/** What the Stryker runs of a measurement found. */
export interface MeasuredResults {
  readonly report: MutationTestResult;
  readonly timeouts: readonly TimeoutCheck[];
  readonly unjudged: readonly UnjudgedMutant[];
}

/** The id a reused mutant or test has beside this run's. */
const earlierId = (id: string): string => `earlier#${id}`;

/**
 * This run's results (undefined: every file was reused) with the reused files' earlier ones, as one
 * run's. A test this run ran too keeps this run's id; undefined when there is neither.
 */
export function withReusedResults(fresh: MeasuredResults | undefined, plan: ReusePlan | undefined): MeasuredResults | undefined {
  if (plan === undefined || plan.state === undefined) return fresh;
  const { state } = plan;
  const reused = (path: string): boolean => plan.files.has(path);
  const freshPart = (report: MutationTestResult) => ({
    report,
    files: new Set(Object.keys(report.files).map((name) => normalizeReportPath(name, report.projectRoot))),
    qualify: (id: string) => id,
  });
  const merged = mergedReports([
    ...(fresh === undefined ? [] : [freshPart(fresh.report)]),
    { report: state.report, files: plan.files, qualify: earlierId },
  ]);
  const base = fresh?.report ?? state.report;
  return {
    report: { schemaVersion: base.schemaVersion, thresholds: base.thresholds, ...merged },
    timeouts: [
      ...(fresh?.timeouts ?? []),
      ...state.timeouts.filter((timeout) => reused(timeout.file)).map((timeout) => ({ ...timeout, id: earlierId(timeout.id) })),
    ],
    unjudged: [
      ...(fresh?.unjudged ?? []),
      ...state.unjudged.filter((mutant) => reused(mutant.file)).map((mutant) => ({ ...mutant, id: earlierId(mutant.id) })),
    ],
  };
}
