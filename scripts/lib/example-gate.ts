import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledStrykerPlaces } from '../../src/adapters/bundled-stryker.js';
import { localGatePorts } from '../../src/adapters/gate-ports.js';
import { decodeEvent } from '../../src/adapters/github-event.js';
import { createRunFiles } from '../../src/adapters/run-files.js';
import { Inputs } from '../../src/constants.js';
import { type Config, parseConfig, type RawInputs } from '../../src/core/config/config.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { runGate } from '../../src/pipeline/gate.js';
import type { Log, RunFiles } from '../../src/pipeline/ports.js';
import { createExampleRepo } from './example-repo.js';
import { PROJECT_ROOT } from './git-repo.js';

/** The example pull request as the scripts run the gate on it: threshold 80, a pull_request event, no GitHub. */
export interface ExampleGate extends LocalGate {
  readonly example: Awaited<ReturnType<typeof createExampleRepo>>;
}

/** One run of the whole gate on a pull request of a local repository, as the scripts run it. */
export interface LocalGate {
  readonly config: Config;
  readonly event: GateEvent;
  run(log: Log): Promise<{ report: ScoredReport; runFiles: RunFiles }>;
}

/** The gate on the repository in `directory`, for a pull_request event against `baseSha`, with these inputs beside threshold 80. */
export async function localGate(
  directory: string,
  baseSha: string,
  runnerTempPrefix: string,
  inputs: Partial<RawInputs> = {},
): Promise<LocalGate> {
  const raw = Object.fromEntries(Object.values(Inputs).map((name) => [name, ''])) as RawInputs;
  const parsed = parseConfig({ ...raw, [Inputs.Threshold]: '80', ...inputs });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { config } = parsed;
  const event = decodeEvent('pull_request', { pull_request: { base: { sha: baseSha } } });
  const runnerTemp = await mkdtemp(join(tmpdir(), runnerTempPrefix));
  return {
    config,
    event,
    async run(log) {
      const runFiles = await createRunFiles({ RUNNER_TEMP: runnerTemp });
      const report = await runGate(
        { config, event, workspace: directory, runFiles, workflowPath: undefined, eventCommit: undefined },
        localGatePorts(
          log,
          { apiUrl: '', token: '', repository: undefined },
          bundledStrykerPlaces(join(PROJECT_ROOT, 'bundled-stryker'), {}),
        ),
      );
      return { report, runFiles };
    },
  };
}

export async function exampleGate(runnerTempPrefix: string): Promise<ExampleGate> {
  const example = await createExampleRepo();
  return { example, ...(await localGate(example.repo.dir, example.baseSha, runnerTempPrefix)) };
}
