import { normalizeReportPath } from '../scoring/changed-mutants.js';
import type { FileResult, MutantResult, MutationTestResult } from '../stryker/stryker-report.js';

/**
 * What merging several runs' evidence into one needs (a workspace's packages, a matrix's shards, a run
 * and the results it reused): ids unique within one Stryker report made unique across them, and what
 * every run said, said once.
 */

type TestFile = NonNullable<MutationTestResult['testFiles']>[string];

/** The items, each once (equal as JSON), in their first order. */
export function withoutDuplicates<T>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
}

/** A mutant of one run under its id in the merged report, its tests under theirs. */
export function renamedMutant(mutant: MutantResult, id: string, testId: (id: string) => string): MutantResult {
  return {
    ...mutant,
    id,
    ...(mutant.coveredBy === undefined ? {} : { coveredBy: mutant.coveredBy.map(testId) }),
    ...(mutant.killedBy === undefined ? {} : { killedBy: mutant.killedBy.map(testId) }),
  };
}

/** One run's part of a merged report: its report, the files it speaks for, and how its ids are told apart. */
export interface ReportPart {
  readonly report: MutationTestResult;
  /** The files (paths relative to the working directory) taken from this report; its other files are left out. */
  readonly files: ReadonlySet<string>;
  /** The id one of its mutants or tests has in the merged report. */
  readonly qualify: (id: string) => string;
}

/**
 * Several runs' reports on the same tests as one report, names relative to the working directory (each
 * run may have had its own project root). One test (its file and name) keeps the id the first part that
 * ran it gave it; a mutant gets its part's qualified id.
 */
export function mergedReports(parts: readonly ReportPart[]): Pick<MutationTestResult, 'files' | 'testFiles'> {
  const testFiles: Record<string, TestFile> = {};
  const canonical = new Map<string, string>();
  const files: Record<string, FileResult> = {};
  for (const { report, files: taken, qualify } of parts) {
    const ids = new Map<string, string>();
    for (const [reported, testFile] of Object.entries(report.testFiles ?? {})) {
      const name = normalizeReportPath(reported, report.projectRoot);
      for (const test of testFile.tests) {
        const key = JSON.stringify([name, test.name]);
        const known = canonical.get(key);
        const id = known ?? qualify(test.id);
        ids.set(test.id, id);
        if (known !== undefined) continue;
        canonical.set(key, id);
        testFiles[name] = { ...testFile, tests: [...(testFiles[name]?.tests ?? []), { ...test, id }] };
      }
    }
    const testId = (id: string): string => ids.get(id) ?? qualify(id);
    for (const [reported, file] of Object.entries(report.files)) {
      const name = normalizeReportPath(reported, report.projectRoot);
      if (!taken.has(name)) continue;
      files[name] = { ...file, mutants: file.mutants.map((mutant) => renamedMutant(mutant, qualify(mutant.id), testId)) };
    }
  }
  return { files, testFiles };
}
