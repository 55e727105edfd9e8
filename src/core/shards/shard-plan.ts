import type { Shard } from '../config/config.js';
import type { ChangedFile } from '../diff/changed-lines.js';

/**
 * The files to mutate, split into `count` shards of about equal expected cost. A whole file goes to one
 * shard, so each shard gives Stryker exactly the ranges one run would for its files, and the union of
 * the shards is the one run's result. Expected cost is the file's changed lines (more lines, more
 * mutants). Largest first, each to the cheapest shard so far (ties: the lower index); ties between
 * files by path, so every job of the matrix computes the same plan.
 */
export function planShards(files: readonly ChangedFile[], count: number): string[][] {
  const shards: { paths: string[]; cost: number }[] = Array.from({ length: count }, () => ({ paths: [], cost: 0 }));
  const ordered = [...files].sort((a, b) => b.lines.length - a.lines.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of ordered) {
    const cheapest = shards.reduce((best, shard) => (shard.cost < best.cost ? shard : best));
    cheapest.paths.push(file.path);
    cheapest.cost += file.lines.length;
  }
  return shards.map((shard) => shard.paths.sort());
}

/** The files of this run's shard, in the order given. */
export function filesOfShard(files: readonly ChangedFile[], plan: readonly (readonly string[])[], shard: Shard): ChangedFile[] {
  const mine = new Set(plan[shard.index - 1]);
  return files.filter((file) => mine.has(file.path));
}
