import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withGeneratedTables } from '../../scripts/docs.js';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_THRESHOLD, Inputs, Outputs } from '../../src/constants.js';

interface ActionDefinition {
  inputs: Record<string, { description: string; default: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: { id: string; shell: string; env: Record<string, string>; run: string }[] };
}

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
    expect(action.runs.steps).toHaveLength(1);
    const [step] = action.runs.steps;
    expect(step?.shell).toBe('bash');
    expect(step?.run).toBe('node --enable-source-maps "$GITHUB_ACTION_PATH/dist/index.js"');
    expect(step?.env).toEqual(
      Object.fromEntries(Object.values(Inputs).map((name) => [`INPUT_${name.toUpperCase()}`, `\${{ inputs.${name} }}`])),
    );
  });

  it('maps every output of the gate step', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.${action.runs.steps[0]?.id}.outputs.${name} }}`);
    }
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
