import { escape as escapeGlob, minimatch } from 'minimatch';
import type { ChangedFile } from './changed-lines.js';

export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** Merges ascending line numbers into runs of consecutive lines. */
export function toLineRanges(lines: readonly number[]): LineRange[] {
  const ranges: LineRange[] = [];
  for (const line of lines) {
    const last = ranges.at(-1);
    if (last !== undefined && line === last.end + 1) {
      ranges[ranges.length - 1] = { start: last.start, end: line };
    } else {
      ranges.push({ start: line, end: line });
    }
  }
  return ranges;
}

const GLOB_ESCAPE = { windowsPathsNoEscape: true, magicalBraces: true } as const;

export interface MutatePatterns {
  /** Stryker `mutate` entries, `<escaped absolute path>:<startLine>-<endLine>`. */
  readonly patterns: readonly string[];
  /** Files whose path Stryker's glob matching cannot address (brace lists, backslashes). */
  readonly untargetable: readonly string[];
}

/**
 * Stryker resolves each `mutate` entry to an absolute path and matches it as a minimatch glob, so glob
 * characters in real paths (`app/[id]/page.ts`, `(group)`) must be escaped. The absolute form keeps
 * glob characters in the working directory's own path from counting either.
 */
export function toMutatePatterns(files: readonly ChangedFile[], workingDirectoryAbsolute: string): MutatePatterns {
  const patterns: string[] = [];
  const untargetable: string[] = [];
  for (const file of files) {
    const escaped = mutatePath(file.path, workingDirectoryAbsolute);
    if (escaped === undefined) {
      untargetable.push(file.path);
      continue;
    }
    for (const range of toLineRanges(file.lines)) patterns.push(`${escaped}:${range.start}-${range.end}`);
  }
  return { patterns, untargetable };
}

/** A file (relative to the working directory) as the path part of a `mutate` entry; undefined when Stryker cannot address it. */
export function mutatePath(path: string, workingDirectoryAbsolute: string): string | undefined {
  // Stryker matches with forward slashes everywhere (Windows too), and turns any backslash into one,
  // so bracket escapes are the only ones that survive and a backslash in a file name cannot be matched.
  const root = workingDirectoryAbsolute.replaceAll('\\', '/').replace(/\/+$/, '');
  // A colon in the file's own path is escaped too: Stryker would read `x:1:5-5` as file x from line 1.
  const escaped = `${escapeGlob(`${root}/`, GLOB_ESCAPE)}${escapeGlob(path, GLOB_ESCAPE).replaceAll(':', '[:]')}`;
  return path.includes('\\') || !minimatch(`${root}/${path}`, escaped) ? undefined : escaped;
}
