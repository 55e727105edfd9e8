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

  it('is one composite bash step that gets every input through env:, never pasted into the script', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.filter((each) => each.run !== undefined)).toHaveLength(1);
    const step = gateStep();
    expect(step?.shell).toBe('bash');
    expect(step?.run).toBe('node --enable-source-maps "$GITHUB_ACTION_PATH/dist/index.js"');
    expect(step?.env).toEqual(
      Object.fromEntries(Object.values(Inputs).map((name) => [`INPUT_${name.toUpperCase()}`, `\${{ inputs.${name} }}`])),
    );
  });

  it('maps every output of the gate step', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
  });

  it("restores and saves npm's cache for the gate's Stryker under RUNNER_TEMP, keyed by the current lockfiles", async () => {
    const [restore, gate, save] = action.runs.steps;
    expect(gate).toBe(gateStep());
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
