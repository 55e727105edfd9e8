import type { Location } from 'mutation-testing-report-schema';

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
