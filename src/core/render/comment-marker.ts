/** The hidden line that finds this gate's comment again: one comment per pull request and working directory. */
export function commentMarker(workingDirectory: string): string {
  // Encoded, so no working-directory value can end the HTML comment early.
  return `<!-- mutation-gate working-directory=${encodeURIComponent(workingDirectory)} -->`;
}
