import type { AddedFile } from '../diff/changed-lines.js';
import type { Finding } from './finding.js';

/**
 * What only code that knows it runs under Stryker would mention: the instrumenter's global
 * (`__stryker__`, `__stryker2__`) with its `activeMutant`, the `__STRYKER_ACTIVE_MUTANT__` and
 * `STRYKER_MUTATOR_WORKER` variables Stryker's runners set, and the sandbox directory a test can spot in
 * its own path. A test that reads any of them can pass under Stryker and behave differently otherwise.
 */
const STRYKER_INTERNALS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /__stryker\w*__/i, what: "Stryker's instrumenter global" },
  { pattern: /\bactiveMutant\b/, what: 'the active mutant' },
  { pattern: /\bSTRYKER_[A-Z_]+/, what: "a variable Stryker's runners set" },
  { pattern: /\.stryker-tmp\b|\bsandbox\b.*\bstryker\b|\bstryker\b.*\bsandbox\b/i, what: "Stryker's sandbox directory" },
];

/** Every added line, in any changed file, that reads Stryker's internals: tests can tell a mutant run from a real one. */
export function findStrykerInternals(files: readonly AddedFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const { path, added } of files) {
    for (const { line, text } of added) {
      const match = STRYKER_INTERNALS.find(({ pattern }) => pattern.test(text));
      if (match === undefined) continue;
      findings.push({
        kind: 'stryker-internals',
        path,
        line,
        change: `reads ${match.what} (${text.trim().slice(0, 120)}): code that can tell a mutant run from a real one can pass mutants it never tested`,
      });
    }
  }
  return findings;
}
