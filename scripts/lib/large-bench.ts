import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localGate } from './example-gate.js';
import { createLargeRepo } from './large-repo.js';
import { QuietLog } from './quiet-log.js';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1).padStart(7)} s`;

/**
 * A pull request of the size agents write: a generated project, over 1,000 added source lines in one
 * commit, the gate's first run, then its run after a one-line push to that pull request. The figures
 * that reuse, shards and budgets have to improve.
 */
export async function benchLargePullRequest(): Promise<void> {
  const large = await createLargeRepo();
  console.log(
    `\nGenerated project: ${large.repo.dir}; the pull request adds ${large.addedFunctions} functions, ${large.addedSourceLines} source lines.`,
  );
  const gate = await localGate(large.repo.dir, large.baseSha, 'bench-large-runner-temp-', { concurrency: '2' });
  const timed = async (label: string): Promise<number> => {
    const start = performance.now();
    const { report } = await gate.run(new QuietLog());
    const took = performance.now() - start;
    const total = report.score.total;
    console.log(
      `  ${label.padEnd(30)}${seconds(took)}  ${total.mutants} mutants, score ${report.score.total.killed + total.timeout}/${total.mutants}, verdict ${report.verdict.kind}`,
    );
    return took;
  };
  const first = await timed('first run');
  // One line of the pull request's own code changes: the rest of the change is as it was.
  const path = join(large.repo.dir, large.pushedModule);
  const text = await readFile(path, 'utf8');
  await writeFile(path, text.replace('count >= 0', 'count >= 1'));
  large.repo.commit('Tighten one rule');
  const again = await timed('re-run after a one-line push');
  console.log(
    `  first run / re-run             ${(first / again).toFixed(2).padStart(7)}  (every mutant is run again: nothing is reused yet)`,
  );
}
