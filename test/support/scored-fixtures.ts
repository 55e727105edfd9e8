import type { Attribution, LineAttribution, LineClass } from '../../src/core/attribution/attribution.js';
import type { SignalReport } from '../../src/core/attribution/signal-report.js';
import type { Config } from '../../src/core/config/config.js';
import type { ChangedFile } from '../../src/core/diff/changed-lines.js';
import type { SkippedFile } from '../../src/core/diff/file-scope.js';
import type { ScoredOutcome } from '../../src/core/judge/report.js';
import { type Gating, splitByGate } from '../../src/core/scoring/ai-split.js';
import { scoreChangedLines } from '../../src/core/scoring/scoring.js';
import { decideVerdict } from '../../src/core/scoring/verdict.js';
import type { FileResult, MutantResult } from '../../src/core/stryker/stryker-report.js';
import type { TestInfo } from '../../src/core/stryker/test-index.js';

/** Scored outcomes built by the gate's own attribution split, scoring and verdict, for the summary tests. */
export const CONFIG: Config = {
  workingDirectory: '.',
  base: undefined,
  threshold: 80,
  include: ['**/*.ts'],
  exclude: ['**/*.test.*'],
  strykerConfig: undefined,
  concurrency: undefined,
  aiThreshold: 80,
  aiDetection: 'auto',
  aiLabels: ['ai-generated', 'ai-assisted'],
  aiPatterns: [],
  unknownAs: 'human',
  annotations: true,
  comment: 'on-failure',
  onError: 'fail',
  timeoutMinutes: undefined,
  allowUntrustedCode: false,
};

export const MERGE_BASE = 'a'.repeat(40);
export const HEAD = 'b'.repeat(40);

export const CLAUDE = 'commit 68f00d4, Co-authored-by noreply@anthropic.com (Claude Code)';
export const CLAUDE_SHOWN = 'commit 68f00d4, Co-authored-by noreply&#64;anthropic.com (Claude Code)';
export const NO_MARKER = 'commit 1a2b3c4: no AI marker';

export const SIGNALS: SignalReport = {
  checked: ['authors, committers and Co-authored-by of the commits'],
  unavailable: ['git-ai notes: refs/notes/ai is neither in the clone nor on origin'],
};

export function mutant(
  id: string,
  status: MutantResult['status'],
  line: number,
  columns: [number, number],
  replacement: string,
  mutatorName = 'EqualityOperator',
): MutantResult {
  return {
    id,
    mutatorName,
    status,
    location: { start: { line, column: columns[0] }, end: { line, column: columns[1] } },
    replacement,
  };
}

export interface ChangedSource {
  readonly lines: number[];
  readonly source?: string;
  readonly mutants?: MutantResult[];
  /** Class and evidence of some changed lines; the others are unknown with NO_MARKER. */
  readonly classes?: Readonly<Record<number, readonly [LineClass, string]>>;
}

export interface ScoredOptions {
  readonly threshold?: number;
  readonly aiThreshold?: number;
  readonly aiLabels?: readonly string[];
  readonly gating?: Gating;
  readonly signals?: SignalReport;
  readonly skipped?: SkippedFile[];
  readonly untargetable?: string[];
  readonly base?: string;
  readonly baseSource?: string;
  readonly tests?: ReadonlyMap<string, TestInfo>;
  readonly repositoryPrefix?: string;
}

export function attributionOf(files: Record<string, ChangedSource>): Attribution {
  return new Map(
    Object.entries(files).map(([path, file]) => [
      path,
      new Map(
        file.lines.map((line): [number, LineAttribution] => {
          const [lineClass, evidence] = file.classes?.[line] ?? ['unknown', NO_MARKER];
          return [line, { line, class: lineClass, evidence }];
        }),
      ),
    ]),
  );
}

/** A scored outcome over the given changed files, attributed, split, scored and judged by the gate's own functions. */
export function scored(files: Record<string, ChangedSource>, options: ScoredOptions = {}): ScoredOutcome {
  const changed: ChangedFile[] = Object.entries(files).map(([path, file]) => ({ path, lines: file.lines }));
  const mutants: Record<string, FileResult> = Object.fromEntries(
    Object.entries(files).map(([path, file]) => [path, { language: 'typescript', source: file.source ?? '', mutants: file.mutants ?? [] }]),
  );
  const attribution = attributionOf(files);
  const gating = options.gating ?? { detection: 'auto', unknownAs: 'human' };
  const portions = splitByGate(mutants, attribution, gating);
  const score = scoreChangedLines(mutants, changed);
  const aiScore = scoreChangedLines(portions.ai.mutants, portions.ai.changed);
  const threshold = options.threshold ?? 80;
  const aiThreshold = options.aiThreshold ?? 80;
  const aiLines = portions.ai.changed.reduce((sum, file) => sum + file.lines.length, 0);
  return {
    kind: 'scored',
    verdict: decideVerdict(score.total, threshold, { counts: aiScore.total, lines: aiLines, threshold: aiThreshold }),
    config: {
      ...CONFIG,
      threshold,
      aiThreshold,
      aiDetection: gating.detection,
      unknownAs: gating.unknownAs,
      aiLabels: options.aiLabels ?? CONFIG.aiLabels,
    },
    comparison: {
      base: options.base ?? 'main',
      baseSource: options.baseSource ?? 'input "base"',
      mergeBase: MERGE_BASE,
      head: HEAD,
    },
    scope: { selected: changed, skipped: options.skipped ?? [] },
    untargetable: options.untargetable ?? [],
    mutants,
    score,
    attribution,
    gating,
    aiScore,
    otherScore: scoreChangedLines(portions.other.mutants, portions.other.changed),
    signals: options.signals ?? SIGNALS,
    tests: options.tests ?? new Map(),
    repositoryPrefix: options.repositoryPrefix ?? '',
  };
}
