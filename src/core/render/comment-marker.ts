import type { GateEvent } from '../diff/base-ref.js';

/** The hidden line that finds this gate's comment again: one comment per pull request and working directory. */
export function commentMarker(workingDirectory: string): string {
  // Encoded, so no working-directory value can end the HTML comment early.
  return `<!-- mutation-gate working-directory=${encodeURIComponent(workingDirectory)} -->`;
}

/** The pull request number of a pull_request or pull_request_target event; undefined otherwise. */
export function pullRequestNumber(event: GateEvent): number | undefined {
  const pullRequest = event.payload.pull_request as { number?: unknown } | undefined;
  const number = pullRequest?.number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}
