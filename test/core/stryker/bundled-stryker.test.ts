import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../scripts/lib/git-repo.js';
import {
  BUNDLED_SETS,
  bundledSetFor,
  configTestRunner,
  OPTIONAL_PROJECT_PACKAGES,
  PROJECT_PACKAGES,
} from '../../../src/core/stryker/bundled-stryker.js';

describe('bundledSetFor', () => {
  it('is the set of a runner with a plugin, or of the command runner, whatever the case', () => {
    expect(bundledSetFor('jest')).toBe('jest');
    expect(bundledSetFor('Vitest')).toBe('vitest');
    expect(bundledSetFor('command')).toBe('command');
  });

  it('is nothing for a runner the gate brings no plugin for', () => {
    expect(bundledSetFor('karma')).toBeUndefined();
    expect(bundledSetFor('cucumber')).toBeUndefined();
    expect(bundledSetFor('')).toBeUndefined();
  });
});

describe('configTestRunner', () => {
  it('reads the runner a JSON or JavaScript config names', () => {
    expect(configTestRunner('{ "testRunner": "jest", "coverageAnalysis": "perTest" }')).toBe('jest');
    expect(configTestRunner("export default {\n  testRunner: 'mocha',\n};")).toBe('mocha');
    expect(configTestRunner('module.exports = { testRunner: `tap` }')).toBe('tap');
  });

  it("is Stryker's command runner when the config names none", () => {
    expect(configTestRunner('{ "concurrency": 2 }')).toBe('command');
    expect(configTestRunner('')).toBe('command');
  });

  it('reads it however the config spaces it', () => {
    expect(configTestRunner("export default { testRunner : 'jasmine' }")).toBe('jasmine');
    expect(configTestRunner("export default {testRunner:'vitest'}")).toBe('vitest');
  });

  it('is unknown when the config sets it some way only running it would tell', () => {
    expect(configTestRunner('const runner = "jest";\nexport default { testRunner: runner };')).toBeUndefined();
    expect(configTestRunner('{ "testRunner": 12 }')).toBeUndefined();
  });
});

describe('the packages linked from the project', () => {
  it('are, for each set, the test runner its plugin imports by name from its own folder', () => {
    // vitest-runner and mocha-runner import vitest/node and mocha; jasmine-runner imports jasmine. jest-runner
    // finds jest from the working directory; tap-runner and the command runner start node processes.
    expect(PROJECT_PACKAGES).toEqual({ command: [], vitest: ['vitest'], jest: [], mocha: ['mocha'], jasmine: ['jasmine'], tap: [] });
  });

  it('include, for every set, those Stryker itself imports when a project has them', () => {
    expect([...OPTIONAL_PROJECT_PACKAGES].sort()).toEqual(['svelte', 'typescript']);
  });
});

describe("the action's sets", () => {
  it('are a package.json and a lockfile for each set, pinning core and the plugin exactly, as the plugin needs', async () => {
    expect((await readdir(join(PROJECT_ROOT, 'bundled-stryker'))).sort()).toEqual([...BUNDLED_SETS].sort());
    for (const set of BUNDLED_SETS) {
      const folder = join(PROJECT_ROOT, 'bundled-stryker', set);
      const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      const lock = JSON.parse(await readFile(join(folder, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { version?: string; integrity?: string; peerDependencies?: Record<string, string> }>;
      };
      const expected = set === 'command' ? ['@stryker-mutator/core'] : ['@stryker-mutator/core', `@stryker-mutator/${set}-runner`];
      expect(Object.keys(manifest.dependencies).sort(), set).toEqual(expected);
      for (const [name, version] of Object.entries(manifest.dependencies)) {
        expect(version, `${set}: ${name}`).toMatch(/^\d+\.\d+\.\d+$/);
        expect(lock.packages[`node_modules/${name}`]?.version, `${set}: ${name}`).toBe(version);
      }
      // Every locked package is checked against its hash when installed.
      for (const [path, locked] of Object.entries(lock.packages)) if (path !== '') expect(locked.integrity, path).toMatch(/^sha512-/);
      const plugin = lock.packages[`node_modules/@stryker-mutator/${set}-runner`];
      if (plugin !== undefined)
        expect(plugin.peerDependencies?.['@stryker-mutator/core']).toBe(manifest.dependencies['@stryker-mutator/core']);
      // The project's own test runner is linked in, never installed from the lockfile.
      for (const name of PROJECT_PACKAGES[set]) expect(lock.packages[`node_modules/${name}`], `${set}: ${name}`).toBeUndefined();
    }
  });
});
