import type { ScoredReport } from '../judge/report.js';

/** For a shard run: which shard, how much of the change it measured, and that its verdict is not the change's. */
export function shardLines(report: ScoredReport): string[] {
  const { shard } = report;
  if (shard === undefined) return [];
  const files = shard.plan.reduce((sum, paths) => sum + paths.length, 0);
  return [
    '',
    `**Shard ${shard.index} of ${shard.count}**: this run mutated ${shard.plan[shard.index - 1]?.length ?? 0} of the change's ${files} ` +
      "file(s) to mutate, and its verdict covers those only. The job that merges the shards' results (merge-shards) gives the change's verdict.",
  ];
}
