import type { ChangedFile } from '../diff/changed-lines.js';
import type { FileResult, MutationTestResult } from '../stryker/stryker-report.js';

/** Report file names are relative to Stryker's working directory; older Stryker versions wrote them absolute. */
export function normalizeReportPath(name: string, projectRoot: string | undefined): string {
  const posix = name.replaceAll('\\', '/');
  const root = projectRoot?.replaceAll('\\', '/').replace(/\/+$/, '');
  if (root && posix.startsWith(`${root}/`)) return posix.slice(root.length + 1);
  return posix.startsWith('./') ? posix.slice(2) : posix;
}

/**
 * The report's files cut down to the changed files, and their mutants to those whose every line was
 * changed. Stryker was asked for these ranges only, so this is a guard: an unchanged line never counts,
 * whatever else the project's config made Stryker mutate. Every changed file appears, even without mutants.
 */
export function keepChangedLineMutants(report: MutationTestResult, changed: readonly ChangedFile[]): Record<string, FileResult> {
  const reportFiles = new Map(Object.entries(report.files).map(([name, file]) => [normalizeReportPath(name, report.projectRoot), file]));
  const kept: Record<string, FileResult> = {};
  for (const file of changed) {
    const lines = new Set(file.lines);
    const reported = reportFiles.get(file.path);
    const mutants = (reported?.mutants ?? []).filter((mutant) => {
      for (let line = mutant.location.start.line; line <= mutant.location.end.line; line += 1) {
        if (!lines.has(line)) return false;
      }
      return true;
    });
    kept[file.path] = { language: reported?.language ?? 'unknown', source: reported?.source ?? '', mutants };
  }
  return kept;
}
