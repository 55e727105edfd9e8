import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Inputs } from '../../src/constants.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { localGate } from './example-gate.js';
import { createLargeRepo } from './large-repo.js';
import { QuietLog } from './quiet-log.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1).padStart(7)} s`;
const SHARDS = 4;

/** Every mutant with its status: what one run and the merged shards must agree on. */
const outcomes = (report: ScoredReport): string =>
  JSON.stringify(
    report.mutants
      .map((mutant) => `${mutant.file}:${mutant.line}:${mutant.column} ${mutant.mutator} ${mutant.replacement} ${mutant.status}`)
      .sort(),
  );

type Timed = (label: string, inputs?: Record<string, string>) => Promise<{ took: number; report: ScoredReport; shardResult: string }>;
type TimedRun = Awaited<ReturnType<Timed>>;

/** The change in 4 shards, each timed as a matrix job would run it, merged and compared with one run. */
async function benchShards(timed: Timed, first: TimedRun, noReuse: Record<string, string>): Promise<void> {
  const shardResults: string[] = [];
  const shardTimes: number[] = [];
  let plan: readonly (readonly string[])[] = [];
  for (let index = 1; index <= SHARDS; index += 1) {
    const shard = await timed(`shard ${index} of ${SHARDS}`, { ...noReuse, [Inputs.Shard]: `${index}/${SHARDS}` });
    shardResults.push(shard.shardResult);
    shardTimes.push(shard.took);
    plan = shard.report.shard?.plan ?? [];
  }
  const merged = await timed('merge of the shards', { ...noReuse, [Inputs.MergeShards]: shardResults.join('\n') });
  const lines = new Map(first.report.changedLines.map((file) => [file.path, file.lines.length]));
  const costs = plan.map((paths) => paths.reduce((sum, path) => sum + (lines.get(path) ?? 0), 0));
  const mean = costs.reduce((sum, cost) => sum + cost, 0) / SHARDS;
  console.log(
    `  largest shard's cost / mean      ${(Math.max(...costs) / mean).toFixed(2).padStart(7)}  (changed lines per shard: ${costs.join(', ')})`,
  );
  console.log(`  slowest shard / first run        ${(Math.max(...shardTimes) / first.took).toFixed(2).padStart(7)}`);
  console.log(`  merged = first run, mutant by mutant: ${outcomes(merged.report) === outcomes(first.report) ? 'yes' : 'NO'}`);
}

/** A sample of 200 and one mutant per line, against the full run of the same commit. */
async function benchBudgets(timed: Timed, first: TimedRun, noReuse: Record<string, string>): Promise<void> {
  const full = first.report.score.total;
  const fullScore = (full.detected / full.mutants) * 100;
  for (const [label, inputs] of [
    ['max-mutants 200', { [Inputs.MaxMutants]: '200' }],
    ['mutants-per-line 1', { [Inputs.MutantsPerLine]: '1' }],
  ] as const) {
    const run = await timed(label, { ...noReuse, ...inputs });
    const estimate = run.report.budget?.estimates?.total;
    const inside =
      estimate === undefined
        ? ''
        : `, full score ${fullScore.toFixed(2)}% ${estimate.low <= fullScore && fullScore <= estimate.high ? 'inside' : 'OUTSIDE'} its interval`;
    const score =
      estimate === undefined
        ? `score ${((run.report.score.total.detected / run.report.score.total.mutants) * 100).toFixed(2)}%`
        : `estimate ${estimate.score.toFixed(2)}% (${estimate.low.toFixed(2)} to ${estimate.high.toFixed(2)})`;
    console.log(`${`  ${label} / first run`.padEnd(34)}${(run.took / first.took).toFixed(2).padStart(7)}  ${score}${inside}`);
  }
}

/** The parts of the large bench: all by default (BENCH_LARGE=1), or some (BENCH_LARGE=reuse,budget). */
export const LARGE_BENCH_PARTS = ['shards', 'budget', 'reuse'] as const;
export type LargeBenchPart = (typeof LARGE_BENCH_PARTS)[number];

/**
 * A pull request of the size agents write: a generated project, over 1,000 added source lines in one
 * commit. The gate's first run; the same change in 4 shards (each timed, as a job of a matrix would
 * run it) merged, against that run; a sample and one mutant per line against it; then the gate's run
 * after a one-line push to the pull request, reusing what holds, against a run that reuses nothing.
 */
export async function benchLargePullRequest(parts: ReadonlySet<LargeBenchPart>): Promise<void> {
  const large = await createLargeRepo();
  console.log(
    `\nGenerated project: ${large.repo.dir}; the pull request adds ${large.addedFunctions} functions, ${large.addedSourceLines} source lines.`,
  );
  const timed: Timed = async (label, inputs = {}) => {
    const gate = await localGate(large.repo.dir, large.baseSha, 'bench-large-runner-temp-', { [Inputs.Concurrency]: '2', ...inputs });
    const start = performance.now();
    const { report, runFiles } = await gate.run(new QuietLog());
    const took = performance.now() - start;
    const total = report.score.total;
    console.log(
      `  ${label.padEnd(32)}${seconds(took)}  ${total.mutants} mutants, ${total.killed + total.timeout} detected, verdict ${report.verdict.kind}`,
    );
    return { took, report, shardResult: runFiles.shardResultPath };
  };
  // The first run keeps its state for the push below; the shards and full runs keep none.
  const stateDir = await mkdtemp(join(tmpdir(), 'bench-large-state-'));
  const first = await timed('first run', { [Inputs.StateDir]: stateDir });
  const noReuse = { [Inputs.Reuse]: 'false' };

  if (parts.has('shards')) await benchShards(timed, first, noReuse);
  if (parts.has('budget')) await benchBudgets(timed, first, noReuse);
  if (!parts.has('reuse')) return;

  // One line of the pull request's own code changes: the rest of the change is as it was.
  const path = join(large.repo.dir, large.pushedModule);
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.replace('count >= 0', 'count >= 1'));
  large.repo.commit('Tighten one rule');
  const again = await timed('re-run after a one-line push', { [Inputs.StateDir]: stateDir });
  const full = await timed('the same, reusing nothing', noReuse);
  const reuse = again.report.reuse;
  console.log(
    `  first run / re-run               ${(first.took / again.took).toFixed(2).padStart(7)}  (${reuse?.mutants ?? 0} of ` +
      `${again.report.score.total.mutants} results reused from ${reuse?.files ?? 0} file(s))`,
  );
  console.log(`  re-run = run reusing nothing, mutant by mutant: ${outcomes(again.report) === outcomes(full.report) ? 'yes' : 'NO'}`);
}
