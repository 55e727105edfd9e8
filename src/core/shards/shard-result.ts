import type { Attribution, LineAttribution } from '../attribution/attribution.js';
import { mergedBudgets } from '../budgets/mutant-choice.js';
import type { Config, Shard } from '../config/config.js';
import type { Evidence } from '../judge/judge.js';
import { mergedReports, withoutDuplicates } from '../judge/merged-runs.js';
import { mergedReuses } from '../reuse/reuse-plan.js';
import type { FlakyCheck } from '../stryker/flaky-tests.js';
import { type MutationTestResult, parseMutationReport } from '../stryker/stryker-report.js';

export const SHARD_RESULT_VERSION = 1;

/** What one shard's run hands to the merge job: its evidence, and what makes it one of a set. */
export interface ShardResult {
  readonly version: typeof SHARD_RESULT_VERSION;
  readonly shard: Shard;
  /** Every shard's files, as the run planned them. */
  readonly plan: readonly (readonly string[])[];
  /** The settings that decide what is measured and how (measurementSettings): every shard and the merge agree. */
  readonly settings: string;
  readonly evidence: Evidence;
}

/**
 * The settings that decide what a run measures and how, as text: every input but those that only
 * judge or publish (thresholds, comment, annotations, on-error), split the run (shard, merge-shards,
 * concurrency, timeout-minutes) or reuse earlier results (reuse, state-dir).
 */
export function measurementSettings(config: Config): string {
  const {
    threshold: _threshold,
    aiThreshold: _aiThreshold,
    annotations: _annotations,
    comment: _comment,
    onError: _onError,
    concurrency: _concurrency,
    timeoutMinutes: _timeoutMinutes,
    shard: _shard,
    mergeShards: _mergeShards,
    reuse: _reuse,
    stateDir: _stateDir,
    // The merge job judges approvals; the shards only count the AI-touched lines, whatever the number asked.
    aiApprovals: _aiApprovals,
    aiApprovalsMinLines: _aiApprovalsMinLines,
    aiPatterns,
    ...measuring
  } = config;
  return JSON.stringify({ ...measuring, aiPatterns: aiPatterns.map(({ agent, pattern }) => ({ agent, pattern: pattern.source })) });
}

/** The shard result as the file the shard job uploads. */
export function shardResultText(result: ShardResult): string {
  const { attribution, ...evidence } = result.evidence;
  return JSON.stringify({
    ...result,
    evidence: { ...evidence, attribution: [...attribution].map(([path, lines]) => [path, [...lines.values()]]) },
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function attributionOf(value: unknown): Attribution | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: [string, ReadonlyMap<number, LineAttribution>][] = [];
  for (const entry of value) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return undefined;
    const lines = entry[1] as unknown[];
    if (!lines.every((line) => isRecord(line) && typeof line.line === 'number' && typeof line.class === 'string')) return undefined;
    entries.push([entry[0], new Map((lines as LineAttribution[]).map((line) => [line.line, line]))]);
  }
  return new Map(entries);
}

/** The shard result in `text`, or what is wrong with it. */
export function parseShardResult(text: string): ShardResult | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  if (!isRecord(json) || json.version !== SHARD_RESULT_VERSION) return `it is not a version ${SHARD_RESULT_VERSION} shard result`;
  const { shard, plan, settings, evidence } = json;
  if (!isRecord(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count)) return 'it names no shard';
  if (!Array.isArray(plan) || !plan.every(isStringArray) || typeof settings !== 'string') return 'it has no plan or settings';
  if (!isRecord(evidence) || !isRecord(evidence.comparison) || !isRecord(evidence.scope)) return 'it holds no evidence';
  const attribution = attributionOf(evidence.attribution);
  if (attribution === undefined) return 'its attribution is malformed';
  if (evidence.strykerReport !== undefined) {
    const report = parseMutationReport(evidence.strykerReport);
    if (!report.ok) return `its Stryker report is invalid: ${report.problem}`;
  }
  return {
    version: SHARD_RESULT_VERSION,
    shard: { index: shard.index as number, count: shard.count as number },
    plan,
    settings,
    evidence: { ...(evidence as unknown as Evidence), attribution },
  };
}

/**
 * What makes a set of shard results not one run's: commits, a shard count, a plan or settings that
 * differ (settings: also from the merge job's), a shard missing or given twice. Empty: a complete, consistent set.
 */
export function shardSetProblems(results: readonly ShardResult[], settings: string): string[] {
  const [first] = results;
  if (first === undefined) return ['no shard result was given'];
  const problems: string[] = [];
  const differ = (what: string, pick: (result: ShardResult) => string): void => {
    const values = new Set(results.map(pick));
    if (values.size > 1) problems.push(`the shards disagree on ${what}: ${[...values].join(' vs ')}`);
  };
  differ('the merge base', (result) => result.evidence.comparison.mergeBase);
  differ('the head commit', (result) => result.evidence.comparison.head);
  differ('the shard count', (result) => String(result.shard.count));
  differ('the plan', (result) => JSON.stringify(result.plan));
  if (results.some((result) => result.settings !== first.settings)) problems.push('the shards ran with different settings');
  else if (first.settings !== settings) problems.push("the shards ran with other settings than this merge job's inputs");
  const { count } = first.shard;
  const seen = results.map((result) => result.shard.index);
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.includes(index));
  const repeated = [...new Set(seen.filter((index, at) => seen.indexOf(index) !== at))];
  if (missing.length > 0) problems.push(`shard(s) ${missing.join(', ')} of ${count} missing`);
  if (repeated.length > 0) problems.push(`shard(s) ${repeated.join(', ')} given more than once`);
  return problems;
}

const qualify = (shard: Shard, id: string): string => `${shard.index}#${id}`;

/** The flaky checks of the shards as one: checked when any shard checked, with the fewest runs any made. */
function mergedFlaky(results: readonly ShardResult[]): FlakyCheck | undefined {
  const checks = results.map((result) => result.evidence.flaky).filter((check) => check !== undefined);
  const checked = checks.filter((check) => check.kind === 'checked');
  if (checked.length === 0) return checks[0];
  return {
    kind: 'checked',
    runs: Math.min(...checked.map((check) => check.runs)),
    tests: checked.flatMap((check) => check.tests),
    discounted: checked.flatMap((check) => check.discounted),
  };
}

/**
 * A complete set of shard results (shardSetProblems is empty) as one run's evidence: the files each
 * shard mutated, its Stryker report with ids qualified by shard, and what all shards found once.
 */
export function mergeShardEvidence(results: readonly ShardResult[]): Evidence {
  const ordered = [...results].sort((a, b) => a.shard.index - b.shard.index);
  // The merged run measured every shard: it is no shard itself.
  const { shard: _shard, ...first } = (ordered[0] as ShardResult).evidence;
  const each = <T>(pick: (evidence: Evidence, shard: Shard) => readonly T[]): T[] =>
    ordered.flatMap((result) => pick(result.evidence, result.shard));
  const mutated = new Set(each((evidence) => evidence.targeted.map((file) => file.path)));
  const reports = ordered.filter((result) => result.evidence.strykerReport !== undefined);
  const firstReport = reports[0]?.evidence.strykerReport;
  // Each shard ran on its own machine (names relative to its own project root), and speaks for its own files only.
  const merged = mergedReports(
    reports.map(({ evidence, shard }) => ({
      report: evidence.strykerReport as MutationTestResult,
      files: new Set(evidence.targeted.map((target) => target.path)),
      qualify: (id: string) => qualify(shard, id),
    })),
  );
  return {
    ...first,
    // In the change's order, as one run has them.
    targeted: first.scope.selected.filter((file) => mutated.has(file.path)),
    attribution: new Map(each((evidence) => [...evidence.attribution])),
    strykerReport:
      firstReport === undefined
        ? undefined
        : {
            schemaVersion: firstReport.schemaVersion,
            thresholds: firstReport.thresholds,
            ...merged,
          },
    findings: withoutDuplicates(each((evidence) => evidence.findings)),
    testRunChanges: withoutDuplicates(each((evidence) => evidence.testRunChanges)),
    timeouts: each((evidence, shard) => evidence.timeouts.map((timeout) => ({ ...timeout, id: qualify(shard, timeout.id) }))),
    unjudged: each((evidence, shard) => evidence.unjudged.map((mutant) => ({ ...mutant, id: qualify(shard, mutant.id) }))),
    flaky: mergedFlaky(ordered),
    ...(ordered.some((result) => result.evidence.reuse !== undefined)
      ? { reuse: mergedReuses(ordered.map((result) => result.evidence.reuse)) }
      : {}),
    ...(ordered.some((result) => result.evidence.budget !== undefined)
      ? { budget: mergedBudgets(ordered.map((result) => result.evidence.budget)) }
      : {}),
    // Asked again by the merge job, when something needs approving.
    approval: undefined,
  };
}
