import { Minimatch } from 'minimatch';
import type { ChangedFile } from './changed-lines.js';

export interface FileScope {
  /** The working directory relative to the repository root, POSIX separators; '' for the root itself. */
  readonly workingDirectory: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Repository paths .gitattributes marks linguist-generated (GitHub folds them away in diffs too). */
  readonly generated: ReadonlySet<string>;
}

/** `in-no-package`: a workspace run's root file in no measured package (never given by scopeChangedFiles). */
export type SkipReason = 'outside-working-directory' | 'in-no-package' | 'generated' | 'not-included' | 'excluded';

export interface SkippedFile {
  /** Relative to the repository root for files outside the working directory, else to the working directory. */
  readonly path: string;
  readonly reason: SkipReason;
  /** The exclude glob that matched, for 'excluded'. */
  readonly pattern?: string;
}

export interface ScopedFiles {
  /** Files to mutate, paths relative to the working directory. */
  readonly selected: readonly ChangedFile[];
  readonly skipped: readonly SkippedFile[];
}

// dot: hidden folders such as .github or .storybook hold tooling, not code under test, unless a glob names them.
const MATCH_OPTIONS = { dot: false } as const;

function relativeToWorkingDirectory(repoPath: string, workingDirectory: string): string | undefined {
  if (workingDirectory === '') return repoPath;
  const prefix = `${workingDirectory}/`;
  return repoPath.startsWith(prefix) ? repoPath.slice(prefix.length) : undefined;
}

/** Keeps the changed files inside the working directory that `include` matches and `exclude` does not. */
export function scopeChangedFiles(changed: readonly ChangedFile[], scope: FileScope): ScopedFiles {
  const includes = scope.include.map((glob) => new Minimatch(glob, MATCH_OPTIONS));
  const excludes = scope.exclude.map((glob) => new Minimatch(glob, MATCH_OPTIONS));
  const selected: ChangedFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of changed) {
    const path = relativeToWorkingDirectory(file.path, scope.workingDirectory);
    if (path === undefined) {
      skipped.push({ path: file.path, reason: 'outside-working-directory' });
      continue;
    }
    if (scope.generated.has(file.path)) {
      skipped.push({ path, reason: 'generated' });
      continue;
    }
    if (!includes.some((matcher) => matcher.match(path))) {
      skipped.push({ path, reason: 'not-included' });
      continue;
    }
    const exclusion = excludes.find((matcher) => matcher.match(path));
    if (exclusion !== undefined) {
      skipped.push({ path, reason: 'excluded', pattern: exclusion.pattern });
      continue;
    }
    selected.push({ path, lines: file.lines });
  }
  return { selected, skipped };
}
