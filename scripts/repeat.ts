/**
 * npm run repeat: the same pull request, run through the gate five times on a busy machine (a busy loop
 * on every core beside Stryker), must get the same verdict and counts every time, mutant by mutant.
 * Prints each run and exits 1 when one differs. REPEAT_RUNS sets the number of runs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { localGatePorts } from '../src/adapters/gate-ports.js';
import { decodeEvent } from '../src/adapters/github-event.js';
import { createRunFiles } from '../src/adapters/run-files.js';
import { Inputs } from '../src/constants.js';
import { parseConfig, type RawInputs } from '../src/core/config/config.js';
import type { ScoredReport } from '../src/core/judge/report.js';
import { runGate } from '../src/pipeline/gate.js';
import { createExampleRepo } from './lib/example-repo.js';
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

const example = await createExampleRepo();
const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, ''])) as RawInputs;
const parsed = parseConfig({ ...raw, [Inputs.Threshold]: '80' });
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const event = decodeEvent('pull_request', { pull_request: { base: { sha: example.baseSha } } });
const runnerTemp = await mkdtemp(join(tmpdir(), 'repeat-runner-temp-'));

const cores = availableParallelism();
const load = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
console.log(`The example pull request, ${RUNS} times, with ${cores} busy loop(s) loading every core.\n`);
const outcomes: ReturnType<typeof outcomeOf>[] = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    const runFiles = await createRunFiles({ RUNNER_TEMP: runnerTemp });
    const report = await runGate(
      { config: parsed.config, event, workspace: example.repo.dir, runFiles, workflowPath: undefined, eventCommit: undefined },
      localGatePorts(new QuietLog(), { apiUrl: '', token: '', repository: undefined }),
    );
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
