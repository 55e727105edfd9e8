import type { MutationTestResult } from './stryker-report.js';

/**
 * Stryker's report, with survivors of a run whose initial test run loaded none of the mutated code
 * marked NoCoverage. With coverage analysis on, Stryker then has no coverage data at all: it runs every
 * test against every mutant and reports Survived, where a run that also mutated code the tests load
 * reports the same mutants NoCoverage. Marked so, a change scores the same in one run and in shards.
 * Not when a mutant was detected: then the tests ran mutated code that Stryker did not see them run.
 */
export function survivorsWithoutCoverage(report: MutationTestResult, coverageAnalysis: string | undefined): MutationTestResult {
  const mutants = Object.values(report.files).flatMap((file) => file.mutants);
  const noCoverageData = mutants.every((mutant) => mutant.coveredBy === undefined);
  const detected = mutants.some((mutant) => mutant.status === 'Killed' || mutant.status === 'Timeout');
  if (coverageAnalysis === undefined || coverageAnalysis === 'off' || !noCoverageData || detected) return report;
  return {
    ...report,
    files: Object.fromEntries(
      Object.entries(report.files).map(([name, file]) => [
        name,
        {
          ...file,
          mutants: file.mutants.map((mutant) =>
            mutant.status === 'Survived' ? { ...mutant, status: 'NoCoverage' as const, coveredBy: [] } : mutant,
          ),
        },
      ]),
    ),
  };
}
