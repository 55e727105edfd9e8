import type { ListedMutant } from '../judge/listed-mutants.js';
import { hintFor } from './hints.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATION_LIMITS = Object.freeze({ error: 10, warning: 10 });

export interface Annotation {
  readonly level: 'error' | 'warning';
  /** Relative to the repository root, as GitHub places annotations on the diff. */
  readonly file: string;
  readonly line: number;
  readonly title: string;
  readonly message: string;
}

export interface AnnotationPlan {
  readonly annotations: readonly Annotation[];
  /** Lines with undetected mutants that got no annotation, for the summary to mention. */
  readonly omitted: number;
}

const UNDETECTED: ReadonlySet<string> = new Set(['Survived', 'NoCoverage']);

/** Most useful first: what fails the gate, then survivors (tests ran and noticed nothing), then uncovered. */
function rank(mutant: ListedMutant, failsGate: boolean): number {
  return (failsGate ? 0 : 2) + (mutant.status === 'Survived' ? 0 : 1);
}

function describeLine(mutants: readonly ListedMutant[]): { title: string; message: string } {
  const [first] = mutants as [ListedMutant, ...ListedMutant[]];
  const more = mutants.length > 1 ? ` (and ${mutants.length - 1} more mutant(s) on this line)` : '';
  const what = first.status === 'Survived' ? 'survived' : 'is not covered by any test';
  return {
    title: `${first.class === 'ai' ? 'AI-touched: ' : ''}mutant ${what}`,
    message: `${first.mutator}: ${first.original.replaceAll(/\s+/g, ' ').trim()} → ${first.replacement.replaceAll(/\s+/g, ' ').trim()}${more}. ${hintFor(first)}`,
  };
}

/**
 * One annotation per changed line with undetected mutants: an error where the line is held to
 * ai-threshold and the gate failed, a warning otherwise; the most useful lines first, within GitHub's
 * per-step limits.
 */
export function planAnnotations(
  mutants: readonly ListedMutant[],
  options: { readonly gateFailed: boolean; readonly repositoryPath: (path: string) => string },
): AnnotationPlan {
  const byLine = new Map<string, ListedMutant[]>();
  for (const mutant of mutants) {
    if (!UNDETECTED.has(mutant.status)) continue;
    const key = `${mutant.file}\n${mutant.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), mutant]);
  }
  const candidates = [...byLine.values()].map((lineMutants) => {
    const failsGate = options.gateFailed && lineMutants.some((mutant) => mutant.aiGated);
    const sorted = [...lineMutants].sort((a, b) => rank(a, failsGate) - rank(b, failsGate));
    return { mutants: sorted, failsGate, rank: rank(sorted[0] as ListedMutant, failsGate) };
  });
  candidates.sort((a, b) => a.rank - b.rank);
  const used = { error: 0, warning: 0 };
  const annotations: Annotation[] = [];
  for (const candidate of candidates) {
    const level = candidate.failsGate ? 'error' : 'warning';
    if (used[level] >= ANNOTATION_LIMITS[level]) continue;
    used[level] += 1;
    const first = candidate.mutants[0] as ListedMutant;
    annotations.push({ level, file: options.repositoryPath(first.file), line: first.line, ...describeLine(candidate.mutants) });
  }
  return { annotations, omitted: candidates.length - annotations.length };
}
