import { dirname, join } from 'node:path';
import { COMMAND_RUNNER, type RunSetup, runnerPluginPackage } from '../core/stryker/run-setup.js';
import type { StrykerEvidence } from '../core/stryker/stryker-output.js';
import type { Files } from './ports.js';

async function versionAt(files: Files, packageDirectory: string): Promise<string | undefined> {
  const text = await files.readText(join(packageDirectory, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const { version } = JSON.parse(text) as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What measured the change: the config read from git, the test runner Stryker said it started, and the
 * versions of @stryker-mutator/core (from its CLI's package) and of the runner plugin installed beside it.
 */
export async function runSetup(
  files: Files,
  cli: string,
  config: string | undefined,
  testRun: StrykerEvidence['testRun'],
): Promise<RunSetup> {
  // The CLI is <node_modules>/@stryker-mutator/core/bin/stryker.js; plugins sit beside core.
  const core = dirname(dirname(cli));
  const testRunner = testRun === undefined ? undefined : { name: testRun.runner, coverageAnalysis: testRun.coverageAnalysis };
  let runnerPlugin: RunSetup['runnerPlugin'];
  if (testRunner !== undefined && testRunner.name !== COMMAND_RUNNER) {
    const name = runnerPluginPackage(testRunner.name);
    const version = await versionAt(files, join(dirname(dirname(core)), name));
    runnerPlugin = version === undefined ? undefined : { name, version };
  }
  return { config, testRunner, strykerVersion: await versionAt(files, core), runnerPlugin };
}
