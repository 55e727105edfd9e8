/** Stryker's log line after it reads the project, e.g. "Found 2 of 40 file(s) to be mutated." (fs/project.js). */
const FILES_FOUND = /Found (\d+) of \d+ file\(s\) to be mutated/;

/**
 * How many files Stryker says it found to mutate, when the line says so. The gate takes the first such
 * line: Stryker prints it before any test runs, so output from the tests cannot come first.
 */
export function filesFoundIn(line: string): number | undefined {
  const match = FILES_FOUND.exec(line);
  return match === null ? undefined : Number(match[1]);
}
