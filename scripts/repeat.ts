/**
 * npm run repeat: the same pull request, run through the gate five times on a busy machine (a busy loop
 * on every core beside Stryker), must get the same verdict and counts every time, mutant by mutant.
 * Prints each run and exits 1 when one differs. REPEAT_RUNS sets the number of runs.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { ScoredReport } from '../src/core/judge/report.js';
import { exampleGate } from './lib/example-gate.js';
import { QuietLog } from './lib/quiet-log.js';

const RUNS = Number.parseInt(process.env.REPEAT_RUNS ?? '5', 10);

/** What must not change from run to run: the verdict, the counts, and each mutant's status. */
function outcomeOf(report: ScoredReport): { counts: string; mutants: string[] } {
  const { total } = report.score;
  return {
    counts:
      `verdict ${report.verdict.kind}, ${total.mutants} mutants: ${total.killed} killed, ${total.timeout} timeout, ` +
      `${total.survived} survived, ${total.noCoverage} no coverage`,
    mutants: report.mutants.map((mutant) => `${mutant.file}:${mutant.line}:${mutant.column} ${mutant.mutator} ${mutant.status}`),
  };
}

const gate = await exampleGate('repeat-runner-temp-');

const cores = availableParallelism();
const load = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
console.log(`The example pull request, ${RUNS} times, with ${cores} busy loop(s) loading every core.\n`);
const outcomes: ReturnType<typeof outcomeOf>[] = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const { report } = await gate.run(new QuietLog());
    const outcome = outcomeOf(report);
    outcomes.push(outcome);
    const rechecked =
      report.timeouts.length === 0
        ? ''
        : `; ${report.timeouts.length} timeout(s) re-run: ${report.timeouts.map((check) => check.outcome).join(', ')}`;
    console.log(`run ${run}: ${outcome.counts}${rechecked}`);
  }
} finally {
  for (const child of load) child.kill('SIGKILL');
}

const [first, ...rest] = outcomes;
const differing = rest.filter((outcome) => JSON.stringify(outcome) !== JSON.stringify(first));
if (differing.length > 0) {
  console.log(`\n${differing.length} of ${RUNS} run(s) differ from the first: same pull request, different answers.`);
  process.exit(1);
}
console.log(`\nAll ${RUNS} runs agree, mutant by mutant.`);
