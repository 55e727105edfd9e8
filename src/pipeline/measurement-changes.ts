import { SOURCE_FILE } from '../constants.js';
import type { AddedFile } from '../core/diff/changed-lines.js';
import { type FileScope, scopeChangedFiles } from '../core/diff/file-scope.js';
import type { ImportLine } from '../core/diff/relative-imports.js';
import type { Finding, TestRunChange } from '../core/findings/finding.js';
import { findHiddenSources, type UnmeasuredSource } from '../core/findings/hidden-source.js';
import { findStrykerInternals } from '../core/findings/stryker-internals.js';
import { isManifest, isPackageFile, strykerPackageChange } from '../core/findings/stryker-package.js';
import { changedTestFields, testRunChanges, workflowFinding } from '../core/findings/test-run-changes.js';
import type { Comparison } from '../core/judge/report.js';
import type { Git } from './ports.js';

export interface MeasurementContext {
  readonly comparison: Comparison;
  /** Every path the change touched, relative to the repository root. */
  readonly changedPaths: readonly string[];
  /** Added lines of every changed file, relative to the repository root. */
  readonly added: readonly AddedFile[];
  /** Changed source files the gate will not mutate, relative to the repository root, and why. */
  readonly unmeasured: readonly UnmeasuredSource[];
  /** The mutate scope, to tell the project's measured source from its tests and tooling. */
  readonly scope: FileScope;
  /** The workflow file running the gate, relative to the repository root, when the runner says. */
  readonly workflowPath: string | undefined;
  /** The lines of the working directory's files at HEAD that load relative modules, read once per run. */
  readonly importsAtHead: () => Promise<readonly ImportLine[]>;
}

export interface MeasurementChanges {
  readonly findings: readonly Finding[];
  readonly testRunChanges: readonly TestRunChange[];
}

/** The project's measured source (what include and exclude select) that imports a changed file the scope left out. */
async function hiddenSources(context: MeasurementContext): Promise<Finding[]> {
  const sources = context.unmeasured.filter((file) => SOURCE_FILE.test(file.path));
  if (sources.length === 0) return [];
  const imports = await context.importsAtHead();
  const importers = new Set(
    scopeChangedFiles(
      [...new Set(imports.map((line) => line.path))].map((path) => ({ path, lines: [] })),
      context.scope,
    ).selected.map((file) => (context.scope.workingDirectory === '' ? file.path : `${context.scope.workingDirectory}/${file.path}`)),
  );
  return findHiddenSources(
    sources,
    imports.filter((line) => importers.has(line.path)),
  );
}

/**
 * GATHER: what the change altered in the instruments that measure it, besides the Stryker config
 * (trusted-config.ts): the Stryker package it installs, code that reads Stryker's internals, logic hidden
 * from the scope, the workflow running the gate; and, as notices, how the tests run.
 */
export async function gatherMeasurementChanges(git: Git, context: MeasurementContext): Promise<MeasurementChanges> {
  const { comparison } = context;
  // Code only: docs and ignore files (`.stryker-tmp` in .gitignore) name Stryker's internals harmlessly.
  const code = context.added.filter((file) => SOURCE_FILE.test(file.path) || isManifest(file.path));
  const findings: Finding[] = [...findStrykerInternals(code)];
  const manifestFields = new Map<string, readonly string[]>();
  for (const path of context.changedPaths.filter(isPackageFile)) {
    const before = await git.fileAt(comparison.mergeBase, path);
    const after = await git.fileAt(comparison.head, path);
    const packageChange = strykerPackageChange(path, before, after);
    if (packageChange !== undefined) findings.push(packageChange);
    if (isManifest(path)) manifestFields.set(path, changedTestFields(before, after));
  }
  const workflow = workflowFinding(context.workflowPath, new Set(context.changedPaths));
  if (workflow !== undefined) findings.push(workflow);
  findings.push(...(await hiddenSources(context)));
  return { findings, testRunChanges: testRunChanges(context.changedPaths, manifestFields) };
}
