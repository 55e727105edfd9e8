import type { Attribution, LineClass } from '../attribution/attribution.js';
import { type Gating, isGatedAsAi, mutantAttribution } from '../scoring/ai-split.js';
import type { FileResult, MutantStatus } from '../stryker/stryker-report.js';
import { codeReader, type MutantDiff, mutantDiff } from './code-excerpt.js';

/** One changed-line mutant, flattened for rendering and for the gate's JSON report. */
export interface ListedMutant {
  readonly file: string;
  readonly id: string;
  readonly mutator: string;
  readonly status: MutantStatus;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly original: string;
  readonly replacement: string;
  readonly coveredBy: readonly string[];
  readonly killedBy: readonly string[];
  /** The class of the line that speaks for the mutant, and why; undefined without attribution. */
  readonly class: LineClass | undefined;
  readonly evidence: string | undefined;
  /** Held to ai-threshold. */
  readonly aiGated: boolean;
  /** For an Ignored mutant, Stryker's reason for not testing it (a disable comment, ignoreStatic, ...). */
  readonly suppressed: string | undefined;
  /** The whole lines the mutant touches, before and after. */
  readonly diff: MutantDiff;
}

const NO_ATTRIBUTION: Attribution = new Map();
const NO_GATING: Gating = { detection: 'off', unknownAs: 'human' };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every mutant of the files, ordered by file, position, mutator and replacement (Stryker's own order
 * varies between runs), with its line's class when given.
 */
export function listMutants(
  files: Readonly<Record<string, FileResult>>,
  attribution: Attribution = NO_ATTRIBUTION,
  gating: Gating = NO_GATING,
): ListedMutant[] {
  return Object.keys(files)
    .sort()
    .flatMap((file) => {
      const result = files[file] as FileResult;
      const read = codeReader(result.source);
      const lines = attribution.get(file);
      return result.mutants
        .map((mutant) => {
          const decided = mutantAttribution(lines, mutant, gating);
          return {
            file,
            id: mutant.id,
            mutator: mutant.mutatorName,
            status: mutant.status,
            line: mutant.location.start.line,
            column: mutant.location.start.column,
            endLine: mutant.location.end.line,
            endColumn: mutant.location.end.column,
            original: read(mutant.location),
            replacement: mutant.replacement ?? '',
            coveredBy: mutant.coveredBy ?? [],
            killedBy: mutant.killedBy ?? [],
            class: decided?.class,
            evidence: decided?.evidence,
            aiGated: decided !== undefined && isGatedAsAi(decided, gating),
            suppressed: mutant.status === 'Ignored' ? (mutant.statusReason ?? 'no reason given') : undefined,
            diff: mutantDiff(result.source, mutant.location, mutant.replacement ?? ''),
          };
        })
        .sort(
          (a, b) =>
            a.line - b.line || a.column - b.column || compareText(a.mutator, b.mutator) || compareText(a.replacement, b.replacement),
        );
    });
}
