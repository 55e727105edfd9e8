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
