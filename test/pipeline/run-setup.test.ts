import { describe, expect, it } from 'vitest';
import type { DetectedConfig } from '../../src/core/stryker/runner-detection.js';
import { runSetup } from '../../src/pipeline/run-setup.js';
import type { StrykerContext } from '../../src/pipeline/stryker-run.js';
import { configFrom } from '../support/config.js';
import { memoryPorts, RUN_FILES, WORKSPACE } from '../support/memory-ports.js';

const MODULES = '/repo/node_modules';
const CLI = `${MODULES}/@stryker-mutator/core/bin/stryker.js`;

/** A run of the Stryker at CLI, with these packages installed beside it, the project config `source`. */
function context(
  packages: Record<string, string>,
  source: string | undefined,
  more: { detected?: DetectedConfig; bundled?: 'vitest' } = {},
): StrykerContext {
  const ports = memoryPorts();
  for (const [name, manifest] of Object.entries(packages)) ports.files.texts.set(`${MODULES}/${name}/package.json`, manifest);
  const project = { reference: undefined, source, findings: [], written: undefined, testRunner: undefined };
  return {
    ports,
    config: configFrom({}),
    runFiles: RUN_FILES,
    workingDirectory: WORKSPACE,
    stryker: { cli: CLI, project, detected: more.detected, bundled: more.bundled },
  };
}

describe('runSetup', () => {
  it('names the config, the test runner Stryker started, and the versions of Stryker and of the plugin beside it', async () => {
    const packages = {
      '@stryker-mutator/core': '{ "name": "@stryker-mutator/core", "version": "10.1.0" }',
      '@stryker-mutator/vitest-runner': '{ "version": "10.0.2" }',
    };
    expect(await runSetup(context(packages, 'stryker.config.json at abc'), { runner: 'Vitest', coverageAnalysis: 'perTest' }, [])).toEqual({
      config: 'stryker.config.json at abc',
      detected: undefined,
      bundled: undefined,
      packageManager: undefined,
      testRunner: { name: 'Vitest', coverageAnalysis: 'perTest' },
      strykerVersion: '10.1.0',
      runnerPlugin: { name: '@stryker-mutator/vitest-runner', version: '10.0.2' },
      unreachedByTests: [],
    });
    const bundled = await runSetup(context(packages, undefined, { bundled: 'vitest' }), undefined, []);
    expect(bundled.bundled).toBe('vitest');
  });

  it('names no plugin for the command runner, part of Stryker, nor for a plugin it cannot read', async () => {
    const packages = { '@stryker-mutator/core': '{ "version": "10.1.0" }', '@stryker-mutator/command-runner': '{ "version": "1" }' };
    const command = await runSetup(context(packages, undefined), { runner: 'command', coverageAnalysis: 'perTest' }, []);
    expect(command).toEqual({
      config: undefined,
      detected: undefined,
      bundled: undefined,
      packageManager: undefined,
      testRunner: { name: 'command', coverageAnalysis: 'perTest' },
      strykerVersion: '10.1.0',
      runnerPlugin: undefined,
      unreachedByTests: [],
    });
    expect((await runSetup(context(packages, undefined), { runner: 'jest', coverageAnalysis: 'all' }, [])).runnerPlugin).toBeUndefined();
  });

  it("looks up the project's package manager only to advise installing a missing plugin", async () => {
    const missing: DetectedConfig = {
      detected: { runner: 'jest', evidence: 'jest.config.js' },
      missingPlugin: '@stryker-mutator/jest-runner',
      config: { testRunner: 'command' },
    };
    expect((await runSetup(context({}, undefined, { detected: missing }), undefined, [])).packageManager).toBe('pnpm');
  });

  it('leaves out what it cannot know: no test run, a manifest without a version, or not JSON', async () => {
    expect(await runSetup(context({ '@stryker-mutator/core': '{ "version": 10 }' }, undefined), undefined, [])).toEqual({
      config: undefined,
      detected: undefined,
      bundled: undefined,
      packageManager: undefined,
      testRunner: undefined,
      strykerVersion: undefined,
      runnerPlugin: undefined,
      unreachedByTests: [],
    });
    expect((await runSetup(context({ '@stryker-mutator/core': 'not json' }, undefined), undefined, [])).strykerVersion).toBeUndefined();
  });
});
