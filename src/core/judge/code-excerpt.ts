/** The code a mutant replaces, alone and as whole lines before and after: what a reviewer is shown. */
import type { Location } from 'mutation-testing-report-schema';

/**
 * Reads the code at 1-based locations (end column exclusive, as Stryker writes them) of one source,
 * indexing its lines once for all the file's mutants. Empty for a location outside the source.
 */
export function codeReader(source: string): (location: Location) => string {
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return (location) => {
    const start = lineStarts[location.start.line - 1];
    const end = lineStarts[location.end.line - 1];
    // Stryker disable next-line ConditionalExpression: slice() with an undefined end gives '' as well.
    if (start === undefined || end === undefined) return '';
    return source.slice(start + location.start.column - 1, end + location.end.column - 1);
  };
}

/** The source lines a mutant touches, before and after the mutation. */
export interface MutantDiff {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/**
 * The whole lines around a mutant (1-based location, end column exclusive), as they are and as the
 * mutant rewrites them, so a reviewer sees the change in context.
 */
export function mutantDiff(source: string, location: Location, replacement: string): MutantDiff {
  const lines = source.split(/\r?\n/);
  const before = lines.slice(location.start.line - 1, location.end.line);
  const first = before[0] ?? '';
  const last = before.at(-1) ?? '';
  const mutated = `${first.slice(0, location.start.column - 1)}${replacement}${last.slice(location.end.column - 1)}`;
  return { before, after: mutated.split(/\r?\n/) };
}
