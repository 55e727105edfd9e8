import type { ListedMutant } from '../judge/listed-mutants.js';
import type { FileResult } from '../stryker/stryker-report.js';
import type { Finding } from './finding.js';

/**
 * Stryker reports as Ignored the mutants it did not test: a `// Stryker disable` comment (on the changed
 * line, or one the base already had above new code), `ignoreStatic`, an excluded mutator. On a changed
 * line, each of them is a mutant no test was asked to notice: until approved, it counts as undetected.
 */
export function countSuppressedAsUndetected(kept: Readonly<Record<string, FileResult>>): Record<string, FileResult> {
  return Object.fromEntries(
    Object.entries(kept).map(([path, file]) => [
      path,
      {
        ...file,
        mutants: file.mutants.map((mutant) => (mutant.status === 'Ignored' ? { ...mutant, status: 'Survived' as const } : mutant)),
      },
    ]),
  );
}

/** One finding per changed line with Ignored mutants: which mutators, and Stryker's reason in its own words. */
export function suppressionFindings(mutants: readonly ListedMutant[], repositoryPrefix: string, approved: boolean): Finding[] {
  const byLine = new Map<string, ListedMutant[]>();
  for (const mutant of mutants) {
    if (mutant.status !== 'Ignored') continue;
    const key = `${mutant.file}\0${mutant.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), mutant]);
  }
  return [...byLine.values()].map((group) => {
    const [first] = group as [ListedMutant];
    const mutators = [...new Set(group.map((mutant) => mutant.mutator))].join(', ');
    const reasons = [...new Set(group.map((mutant) => mutant.suppressed ?? 'no reason given'))].map((reason) => JSON.stringify(reason));
    const effect = approved ? 'approved, so they are left out of the score' : 'they count as not detected';
    return {
      kind: 'suppression',
      path: `${repositoryPrefix}${first.file}`,
      line: first.line,
      change: `Stryker did not test ${group.length} mutant(s) here (${mutators}), because ${reasons.join('; ')}: ${effect}`,
    };
  });
}
