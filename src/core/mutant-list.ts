import { codeReader } from './mutant-code.js';
import type { FileResult, MutantStatus } from './mutation-report.js';

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
}

/** Every mutant of the files, ordered by file, then position. */
export function listMutants(files: Readonly<Record<string, FileResult>>): ListedMutant[] {
  return Object.keys(files)
    .sort()
    .flatMap((file) => {
      const result = files[file] as FileResult;
      const read = codeReader(result.source);
      return result.mutants
        .map((mutant) => ({
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
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    });
}
