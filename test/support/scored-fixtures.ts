import type { Attribution, LineAttribution, LineClass } from '../../src/core/attribution/attribution.js';
import type { SignalReport } from '../../src/core/attribution/signal-report.js';
import type { Config } from '../../src/core/config/config.js';
import type { ChangedFile } from '../../src/core/diff/changed-lines.js';
import type { SkippedFile } from '../../src/core/diff/file-scope.js';
import type { Approval, Finding, TestRunChange } from '../../src/core/findings/finding.js';
import { judge } from '../../src/core/judge/judge.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import type { Gating } from '../../src/core/scoring/ai-split.js';
import type { FlakyCheck } from '../../src/core/stryker/flaky-tests.js';
import type { Isolation } from '../../src/core/stryker/isolation.js';
import type { RunSetup } from '../../src/core/stryker/run-setup.js';
import type { MutantResult, MutationTestResult } from '../../src/core/stryker/stryker-report.js';
import type { TestInfo } from '../../src/core/stryker/test-index.js';
import type { TimeoutCheck, UnjudgedMutant } from '../../src/core/stryker/timeout-recheck.js';
import { configFrom } from './config.js';

type TestDefinition = NonNullable<MutationTestResult['testFiles']>[string]['tests'][number];

/**
 * The settings of the scored fixtures unless a test says otherwise; Stryker stopped each mutant at its
 * first failing test, as the fixtures' killedBy lists say.
 */
export const CONFIG: Config = configFrom(
  { threshold: '80', include: '**/*.ts', exclude: '**/*.test.*', 'every-test': 'false' },
  { aiPatterns: [] },
);

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
  /** Instead of the classes given with the files. */
  readonly attribution?: Attribution;
  readonly findings?: readonly Finding[];
  readonly testRunChanges?: readonly TestRunChange[];
  readonly approval?: Approval;
  readonly isolation?: Isolation;
  readonly setup?: RunSetup;
  readonly everyTest?: boolean;
  readonly timeouts?: readonly TimeoutCheck[];
  readonly unjudged?: readonly UnjudgedMutant[];
  readonly flaky?: FlakyCheck;
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

/** The testFiles of a Stryker report that names these tests. */
function testFilesOf(tests: ReadonlyMap<string, TestInfo>): MutationTestResult['testFiles'] {
  const files: Record<string, { tests: TestDefinition[] }> = {};
  for (const test of tests.values()) {
    const definition = {
      id: test.id,
      name: test.name,
      ...(test.line === undefined ? {} : { location: { start: { line: test.line, column: 1 } } }),
    };
    const file = files[test.file ?? ''] ?? { tests: [] };
    file.tests.push(definition);
    files[test.file ?? ''] = file;
  }
  return files;
}

/** A report over the given changed files (every one mutated), as the judge makes it from this evidence. */
export function scored(files: Record<string, ChangedSource>, options: ScoredOptions = {}): ScoredReport {
  const targeted: ChangedFile[] = Object.entries(files).map(([path, file]) => ({ path, lines: file.lines }));
  const gating = options.gating ?? { detection: 'auto', unknownAs: 'human' };
  const config = configFrom(
    {},
    {
      ...CONFIG,
      threshold: options.threshold ?? 80,
      aiThreshold: options.aiThreshold ?? 80,
      aiDetection: gating.detection,
      unknownAs: gating.unknownAs,
      aiLabels: options.aiLabels ?? CONFIG.aiLabels,
      everyTest: options.everyTest ?? CONFIG.everyTest,
    },
  );
  const strykerReport: MutationTestResult = {
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: Object.fromEntries(
      Object.entries(files).map(([path, file]) => [
        path,
        { language: 'typescript', source: file.source ?? '', mutants: file.mutants ?? [] },
      ]),
    ),
    testFiles: testFilesOf(options.tests ?? new Map()),
  };
  const report = judge(config, {
    comparison: { base: options.base ?? 'main', baseSource: options.baseSource ?? 'input "base"', mergeBase: MERGE_BASE, head: HEAD },
    changedFiles: targeted.length,
    scope: { selected: targeted, skipped: options.skipped ?? [] },
    untargetable: options.untargetable ?? [],
    targeted,
    attribution: options.attribution ?? attributionOf(files),
    signals: options.signals ?? SIGNALS,
    repositoryPrefix: options.repositoryPrefix ?? '',
    strykerReport,
    findings: options.findings ?? [],
    testRunChanges: options.testRunChanges ?? [],
    approval: options.approval,
    isolation: options.isolation,
    setup: options.setup,
    timeouts: options.timeouts ?? [],
    unjudged: options.unjudged ?? [],
    flaky: options.flaky,
  });
  return report;
}
