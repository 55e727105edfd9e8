import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strykerLockfilesHash, withGeneratedTables } from '../../scripts/docs.js';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import { NPM_CACHE_FOLDER } from '../../src/adapters/bundled-stryker.js';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_THRESHOLD, Inputs, Outputs } from '../../src/constants.js';

interface ActionStep {
  id?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

interface ActionDefinition {
  inputs: Record<string, { description: string; default: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const gateStep = (): ActionStep | undefined => action.runs.steps.find((step) => step.id === 'gate');

let action: ActionDefinition;
let readme: string;

beforeAll(async () => {
  action = parse(await readFile(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as ActionDefinition;
  readme = await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8');
});

describe('action.yml', () => {
  it('declares exactly the inputs the gate reads, each described, with a string default', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    for (const input of Object.values(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(20);
      expect(typeof input.default).toBe('string');
    }
    expect(action.inputs.threshold?.default).toBe(String(DEFAULT_THRESHOLD));
    expect(action.inputs['working-directory']?.default).toBe('.');
  });

  it('gets every input into its bash steps through env:, never pasted into a script', () => {
    expect(action.runs.using).toBe('composite');
    const runSteps = action.runs.steps.filter((each) => each.run !== undefined);
    expect(runSteps.map((each) => each.id)).toEqual(['state', 'gate']);
    for (const each of runSteps) {
      expect(each.shell).toBe('bash');
      expect(each.run).not.toContain('${{');
    }
    const step = gateStep();
    expect(step?.run).toBe('node --enable-source-maps "$GITHUB_ACTION_PATH/dist/index.js"');
    // The state folder is the one the cache steps restore and save, whatever state-dir says.
    expect(step?.env).toEqual(
      Object.fromEntries(
        Object.values(Inputs).map((name) => [
          `INPUT_${name.toUpperCase()}`,
          name === Inputs.StateDir ? '${{ steps.state.outputs.dir }}' : `\${{ inputs.${name} }}`,
        ]),
      ),
    );
  });

  it('keeps the state for reuse with actions/cache: restored before the gate, saved after it whatever the verdict', () => {
    const [state, restore, gate, , save] = action.runs.steps.slice(1);
    expect(gate).toBe(gateStep());
    expect(state?.env).toEqual({
      STATE_DIR: '${{ inputs.state-dir }}',
      WORKING_DIRECTORY: '${{ inputs.working-directory }}',
      SHARD: '${{ inputs.shard }}',
    });
    const entry = {
      path: '${{ steps.state.outputs.dir }}',
      key: '${{ steps.state.outputs.prefix }}${{ steps.state.outputs.run }}',
    };
    expect(state?.if).toBe("${{ inputs.reuse != 'false' }}");
    expect(restore).toEqual({
      id: 'state-cache',
      if: "${{ inputs.reuse != 'false' }}",
      uses: expect.stringMatching(/^actions\/cache\/restore@[0-9a-f]{40}$/),
      // The newest entry of this job, working directory and shard that the ref may read.
      with: { ...entry, 'restore-keys': '${{ steps.state.outputs.prefix }}' },
    });
    expect(save).toEqual({
      if: "${{ !cancelled() && inputs.reuse != 'false' }}",
      uses: expect.stringMatching(/^actions\/cache\/save@[0-9a-f]{40}$/),
      with: entry,
    });
  });

  it('maps every output of the gate step', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
  });

  it("restores and saves npm's cache for the gate's Stryker under RUNNER_TEMP, keyed by the current lockfiles", async () => {
    const restore = action.runs.steps[0];
    const save = action.runs.steps.find((step) => step.if?.includes('bundled-stryker'));
    const cache = {
      path: `\${{ runner.temp }}/${NPM_CACHE_FOLDER}`,
      key: `mutation-gate-npm-\${{ runner.os }}-${await strykerLockfilesHash()}`,
    };
    expect(restore).toEqual({ id: 'stryker-cache', uses: expect.stringMatching(/^actions\/cache\/restore@[0-9a-f]{40}$/), with: cache });
    expect(save).toEqual({
      if: "${{ !cancelled() && steps.gate.outputs.bundled-stryker != '' && steps.stryker-cache.outputs.cache-hit != 'true' }}",
      uses: expect.stringMatching(/^actions\/cache\/save@[0-9a-f]{40}$/),
      with: cache,
    });
    // The same release of actions/cache for both.
    expect(save?.uses?.split('@')[1]).toBe(restore?.uses?.split('@')[1]);
  });

  it('describes the built-in include and exclude globs the gate uses', () => {
    for (const glob of DEFAULT_EXCLUDE) expect(action.inputs.exclude?.description).toContain(glob);
    for (const glob of DEFAULT_INCLUDE) expect(action.inputs.include?.description).toContain(glob);
  });
});

describe('README', () => {
  it('has the inputs and outputs tables generated from action.yml (npm run docs rewrites them)', async () => {
    const fresh = withGeneratedTables(readme, await readFile(join(PROJECT_ROOT, 'action.yml'), 'utf8'));
    expect(fresh === readme, 'README.md tables differ from action.yml: run npm run docs').toBe(true);
    for (const name of [...Object.values(Inputs), ...Object.values(Outputs)]) expect(readme).toContain(`| \`${name}\` |`);
    for (const glob of [...DEFAULT_EXCLUDE, ...DEFAULT_INCLUDE]) expect(readme).toContain(`\`${glob}\``);
  });

  it('gives a newcomer exactly two set-up commands: the demo and the tests', () => {
    const commands = [...readme.matchAll(/```sh\n([^`]*)```/g)].map((match) => match[1]?.trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });
});
