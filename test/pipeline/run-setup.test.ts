import { describe, expect, it } from 'vitest';
import { runSetup } from '../../src/pipeline/run-setup.js';
import { MemoryFiles } from '../support/memory-ports.js';

const MODULES = '/repo/node_modules';
const CLI = `${MODULES}/@stryker-mutator/core/bin/stryker.js`;

function installed(packages: Record<string, string>): MemoryFiles {
  const files = new MemoryFiles();
  for (const [name, manifest] of Object.entries(packages)) files.texts.set(`${MODULES}/${name}/package.json`, manifest);
  return files;
}

describe('runSetup', () => {
  it('names the config, the test runner Stryker started, and the versions of Stryker and of the plugin beside it', async () => {
    const files = installed({
      '@stryker-mutator/core': '{ "name": "@stryker-mutator/core", "version": "10.1.0" }',
      '@stryker-mutator/vitest-runner': '{ "version": "10.0.2" }',
    });
    expect(await runSetup(files, CLI, 'stryker.config.json at abc', undefined, { runner: 'Vitest', coverageAnalysis: 'perTest' })).toEqual({
      config: 'stryker.config.json at abc',
      detected: undefined,
      testRunner: { name: 'Vitest', coverageAnalysis: 'perTest' },
      strykerVersion: '10.1.0',
      runnerPlugin: { name: '@stryker-mutator/vitest-runner', version: '10.0.2' },
    });
  });

  it('names no plugin for the command runner, part of Stryker, nor for a plugin it cannot read', async () => {
    const files = installed({
      '@stryker-mutator/core': '{ "version": "10.1.0" }',
      '@stryker-mutator/command-runner': '{ "version": "1" }',
    });
    const command = await runSetup(files, CLI, undefined, undefined, { runner: 'command', coverageAnalysis: 'perTest' });
    expect(command).toEqual({
      config: undefined,
      detected: undefined,
      testRunner: { name: 'command', coverageAnalysis: 'perTest' },
      strykerVersion: '10.1.0',
      runnerPlugin: undefined,
    });
    expect((await runSetup(files, CLI, undefined, undefined, { runner: 'jest', coverageAnalysis: 'all' })).runnerPlugin).toBeUndefined();
  });

  it('leaves out what it cannot know: no test run, a manifest without a version, or not JSON', async () => {
    expect(await runSetup(installed({ '@stryker-mutator/core': '{ "version": 10 }' }), CLI, undefined, undefined, undefined)).toEqual({
      config: undefined,
      detected: undefined,
      testRunner: undefined,
      strykerVersion: undefined,
      runnerPlugin: undefined,
    });
    expect(
      (await runSetup(installed({ '@stryker-mutator/core': 'not json' }), CLI, undefined, undefined, undefined)).strykerVersion,
    ).toBeUndefined();
  });
});
