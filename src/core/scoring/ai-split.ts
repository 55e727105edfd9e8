import type { AiDetection, Attribution, LineAttribution, LineClass } from '../attribution/attribution.js';
import type { Config } from '../config/config.js';
import type { ChangedFile } from '../diff/changed-lines.js';
import type { FileResult, MutantResult } from '../stryker/stryker-report.js';

/** How classes become gates: `ai` lines face ai-threshold; `unknown` ones as unknown-as says. */
export interface Gating {
  readonly detection: AiDetection;
  readonly unknownAs: 'human' | 'ai';
}

/** The gating the inputs set. */
export function gatingOf(config: Pick<Config, 'aiDetection' | 'unknownAs'>): Gating {
  return { detection: config.aiDetection, unknownAs: config.unknownAs };
}

/** Whether a line is held to ai-threshold. With detection off, no line is. */
export function isGatedAsAi(line: LineAttribution, gating: Gating): boolean {
  if (gating.detection === 'off') return false;
  return line.class === 'ai' || (line.class === 'unknown' && gating.unknownAs === 'ai');
}

/**
 * The attribution that speaks for a mutant: the first of its lines gated as AI-touched (a mutant that
 * breaks AI-touched code is the AI gate's, even when it spans other lines too), else its first line.
 */
export function mutantAttribution(
  lines: ReadonlyMap<number, LineAttribution> | undefined,
  mutant: Pick<MutantResult, 'location'>,
  gating: Gating,
): LineAttribution | undefined {
  let first: LineAttribution | undefined;
  for (let line = mutant.location.start.line; line <= mutant.location.end.line; line += 1) {
    const attribution = lines?.get(line);
    if (attribution !== undefined && isGatedAsAi(attribution, gating)) return attribution;
    first ??= attribution;
  }
  return first;
}

/** Part of the change: its changed lines and their mutants. Files without lines in the part are left out. */
export interface Portion {
  readonly changed: readonly ChangedFile[];
  readonly mutants: Record<string, FileResult>;
}

/** The change split into what ai-threshold holds (`ai`) and the rest (`other`), line by line. */
export function splitByGate(
  kept: Readonly<Record<string, FileResult>>,
  attribution: Attribution,
  gating: Gating,
): { readonly ai: Portion; readonly other: Portion } {
  const ai: Portion = { changed: [], mutants: {} };
  const other: Portion = { changed: [], mutants: {} };
  for (const [path, lines] of attribution) {
    for (const [portion, wanted] of [
      [ai, true],
      [other, false],
    ] as const) {
      const portionLines = [...lines.values()].filter((line) => isGatedAsAi(line, gating) === wanted).map((line) => line.line);
      if (portionLines.length === 0) continue;
      (portion.changed as ChangedFile[]).push({ path, lines: portionLines });
      const file = kept[path];
      if (file === undefined) continue;
      const mutants = file.mutants.filter((mutant) => {
        const decided = mutantAttribution(lines, mutant, gating);
        return (decided !== undefined && isGatedAsAi(decided, gating)) === wanted;
      });
      portion.mutants[path] = { ...file, mutants };
    }
  }
  return { ai, other };
}

/** One class for a file's changed lines: theirs when they agree, `mixed` when they do not. */
export function fileClass(lines: ReadonlyMap<number, LineAttribution> | undefined): LineClass | 'mixed' {
  const classes = new Set([...(lines?.values() ?? [])].map((line) => line.class));
  if (classes.size === 1) return [...classes][0] as LineClass;
  return classes.size === 0 ? 'unknown' : 'mixed';
}
