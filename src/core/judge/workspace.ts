import type { Attribution } from '../attribution/attribution.js';
import { mergedBudgets } from '../budgets/mutant-choice.js';
import type { Config } from '../config/config.js';
import type { SkippedFile } from '../diff/file-scope.js';
import { normalizeReportPath } from '../scoring/changed-mutants.js';
import type { MutationTestResult } from '../stryker/stryker-report.js';
import { type Evidence, judge } from './judge.js';
import { renamedMutant, withoutDuplicates } from './merged-runs.js';
import type { ScoredReport } from './report.js';

/** One workspace package's evidence, gathered with the package as the working directory. */
export interface PackageEvidence {
  /** The package's folder in the repository, without a trailing slash. */
  readonly folder: string;
  readonly evidence: Evidence;
}

/** What a workspace run gathered: each package that holds changed source, one after another. */
export interface WorkspaceEvidence {
  /** At least one, ordered by folder. */
  readonly packages: readonly PackageEvidence[];
  /** Changed files in no measured package, repository paths, and why they were not mutated. */
  readonly elsewhere: readonly SkippedFile[];
}

/** Ids are unique within one Stryker report only: the merged report names each by its package too. */
const qualify = (folder: string, id: string): string => `${folder}#${id}`;

/** The packages' Stryker reports as one, with repository paths and ids qualified by package; undefined when none ran. */
function mergedStrykerReport(packages: readonly PackageEvidence[]): MutationTestResult | undefined {
  const reported = packages.filter((entry) => entry.evidence.strykerReport !== undefined);
  const first = reported[0]?.evidence.strykerReport;
  if (first === undefined) return undefined;
  const files: MutationTestResult['files'] = {};
  const testFiles: NonNullable<MutationTestResult['testFiles']> = {};
  for (const { folder, evidence } of reported) {
    const report = evidence.strykerReport as MutationTestResult;
    for (const [name, file] of Object.entries(report.files)) {
      files[`${evidence.repositoryPrefix}${normalizeReportPath(name, report.projectRoot)}`] = {
        ...file,
        mutants: file.mutants.map((mutant) => renamedMutant(mutant, qualify(folder, mutant.id), (id) => qualify(folder, id))),
      };
    }
    for (const [name, testFile] of Object.entries(report.testFiles ?? {})) {
      // '' holds the tests a runner names no file for: they stay without one.
      const path = name === '' ? '' : `${evidence.repositoryPrefix}${normalizeReportPath(name, report.projectRoot)}`;
      const tests = testFile.tests.map((test) => ({ ...test, id: qualify(folder, test.id) }));
      testFiles[path] = { ...testFile, tests: [...(testFiles[path]?.tests ?? []), ...tests] };
    }
  }
  return { schemaVersion: first.schemaVersion, thresholds: first.thresholds, files, testFiles };
}

/**
 * The packages' evidence as one run at the repository root: repository paths, ids qualified by package,
 * what every package found about the whole change said once. Each package's run saw the others' files
 * as outside its working directory: those are measured, so they are neither "not mutated" nor logic
 * hidden from the scope. Setup, isolation and the flaky check stay with each package.
 */
export function mergeWorkspaceEvidence({ packages, elsewhere }: WorkspaceEvidence): Evidence {
  const first = (packages[0] as PackageEvidence).evidence;
  const inRepository = <T extends { readonly path: string }>(evidence: Evidence, file: T): T => ({
    ...file,
    path: `${evidence.repositoryPrefix}${file.path}`,
  });
  const each = <T>(pick: (evidence: Evidence, folder: string) => readonly T[]): T[] =>
    packages.flatMap(({ folder, evidence }) => pick(evidence, folder));
  const targeted = each((evidence) => evidence.targeted.map((file) => inRepository(evidence, file)));
  const measured = new Set(targeted.map((file) => file.path));
  const attribution: Attribution = new Map(
    each((evidence) => [...evidence.attribution].map(([path, lines]) => [`${evidence.repositoryPrefix}${path}`, lines] as const)),
  );
  const located = <T extends { readonly file: string; readonly id: string }>(evidence: Evidence, folder: string, item: T): T => ({
    ...item,
    file: `${evidence.repositoryPrefix}${item.file}`,
    id: qualify(folder, item.id),
  });
  return {
    comparison: first.comparison,
    changedFiles: first.changedFiles,
    scope: {
      selected: each((evidence) => evidence.scope.selected.map((file) => inRepository(evidence, file))),
      skipped: [
        ...each((evidence) =>
          evidence.scope.skipped.filter((file) => file.reason !== 'outside-working-directory').map((file) => inRepository(evidence, file)),
        ),
        ...elsewhere,
      ],
    },
    untargetable: each((evidence) => evidence.untargetable.map((path) => `${evidence.repositoryPrefix}${path}`)),
    targeted,
    attribution,
    signals: {
      checked: withoutDuplicates(each((evidence) => evidence.signals.checked)),
      unavailable: withoutDuplicates(each((evidence) => evidence.signals.unavailable)),
    },
    repositoryPrefix: '',
    strykerReport: mergedStrykerReport(packages),
    findings: withoutDuplicates(
      each((evidence) => evidence.findings).filter((finding) => !(finding.kind === 'hidden-source' && measured.has(finding.path))),
    ),
    testRunChanges: withoutDuplicates(each((evidence) => evidence.testRunChanges)),
    // One check served every package: the first answer is everyone's.
    approval: packages.map(({ evidence }) => evidence.approval).find((approval) => approval !== undefined),
    isolation: undefined,
    setup: undefined,
    timeouts: each((evidence, folder) => evidence.timeouts.map((timeout) => located(evidence, folder, timeout))),
    unjudged: each((evidence, folder) => evidence.unjudged.map((mutant) => located(evidence, folder, mutant))),
    flaky: undefined,
    ...(packages.some(({ evidence }) => evidence.budget !== undefined)
      ? { budget: mergedBudgets(packages.map(({ evidence }) => evidence.budget)) }
      : {}),
  };
}

/**
 * A workspace run's judgement: one verdict on every changed line of every package, as if one Stryker
 * had measured them all, and each package judged on its own beside it.
 */
export function judgeWorkspace(config: Config, workspace: WorkspaceEvidence): ScoredReport {
  return {
    ...judge(config, mergeWorkspaceEvidence(workspace)),
    packages: workspace.packages.map(({ folder, evidence }) => ({ folder, report: judge(config, evidence) })),
  };
}
