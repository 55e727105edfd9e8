import { isAbsolute, join } from 'node:path';
import type { Evidence, ShardOfRun } from '../core/judge/judge.js';
import {
  measurementSettings,
  mergeShardEvidence,
  parseShardResult,
  SHARD_RESULT_VERSION,
  type ShardResult,
  shardResultText,
  shardSetProblems,
} from '../core/shards/shard-result.js';
import { approvalCheck } from './approval.js';
import type { GateRun } from './gate.js';
import { GateError } from './gate-error.js';
import type { GatePorts } from './ports.js';

/** A shard run's evidence, written where the shard-result output points, for the merge job. */
export async function writeShardResult(run: GateRun, ports: GatePorts, evidence: Evidence & { shard: ShardOfRun }): Promise<void> {
  const { index, count, plan } = evidence.shard;
  const result: ShardResult = {
    version: SHARD_RESULT_VERSION,
    shard: { index, count },
    plan,
    settings: measurementSettings(run.config),
    evidence,
  };
  await ports.files.writeText(run.runFiles.shardResultPath, shardResultText(result));
}

/** The shard result files merge-shards names: each file, and the .json files in each directory and below (download-artifact's layout). */
async function shardFiles(run: GateRun, ports: GatePorts): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const given of run.config.mergeShards) {
    const path = isAbsolute(given) ? given : join(run.workspace, given);
    const inside = await ports.files.filesIn(path, '.json');
    if (inside?.length === 0) problems.push(`${given}: a directory with no .json file`);
    files.push(...(inside ?? [path]));
  }
  return { files, problems };
}

/**
 * GATHER for merge-shards: no Stryker run. The shard results the input names, checked to be one
 * complete set of this run's settings, as the evidence of one run; findings are approved (or not) now.
 */
export async function gatherShards(run: GateRun, ports: GatePorts): Promise<Evidence> {
  const { files, problems } = await shardFiles(run, ports);
  const results: ShardResult[] = [];
  for (const file of files) {
    const text = await ports.files.readText(file);
    const parsed = text === undefined ? 'it cannot be read' : parseShardResult(text);
    if (typeof parsed === 'string') problems.push(`${file}: ${parsed}`);
    else results.push(parsed);
  }
  problems.push(...(problems.length > 0 ? [] : shardSetProblems(results, measurementSettings(run.config))));
  if (problems.length > 0) {
    throw new GateError(
      `The shard results are not one complete set of this change's shards (${problems.length} problem(s)), so nothing was merged.`,
      problems,
    );
  }
  const merged = mergeShardEvidence(results);
  ports.log.info(
    `Merged ${results.length} shard results: ${merged.targeted.length} file(s) mutated, from ${merged.comparison.mergeBase} to ${merged.comparison.head}.`,
  );
  const approval = approvalCheck(ports.approvals, run.event);
  const ignored = Object.values(merged.strykerReport?.files ?? {}).some((file) =>
    file.mutants.some((mutant) => mutant.status === 'Ignored'),
  );
  if (merged.findings.length > 0 || ignored) await approval.isApproved();
  return { ...merged, approval: approval.answer() };
}
