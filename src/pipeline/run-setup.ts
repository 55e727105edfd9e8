import { dirname, join } from 'node:path';
import { COMMAND_RUNNER, type RunSetup, runnerPluginPackage } from '../core/stryker/run-setup.js';
import { type DetectedConfig, detectedConfig, detectTestRunner, RUNNER_CONFIG_FILES } from '../core/stryker/runner-detection.js';
import type { StrykerEvidence } from '../core/stryker/stryker-output.js';
import type { Files, Git } from './ports.js';
import type { StrykerContext } from './stryker-run.js';

/** Where a Stryker package sits: in the node_modules that holds the CLI's package, <nm>/@stryker-mutator/core/bin/stryker.js. */
const packageBesideStryker = (cli: string, name: string): string => join(dirname(dirname(dirname(dirname(cli)))), name);

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
  context: StrykerContext,
  testRun: StrykerEvidence['testRun'],
  unreachedByTests: readonly string[],
): Promise<RunSetup> {
  const { files, stryker: strykerPort } = context.ports;
  const { cli, detected, bundled, project } = context.stryker;
  const testRunner = testRun === undefined ? undefined : { name: testRun.runner, coverageAnalysis: testRun.coverageAnalysis };
  let runnerPlugin: RunSetup['runnerPlugin'];
  if (testRunner !== undefined && testRunner.name !== COMMAND_RUNNER) {
    const name = runnerPluginPackage(testRunner.name);
    const version = await versionAt(files, packageBesideStryker(cli, name));
    runnerPlugin = version === undefined ? undefined : { name, version };
  }
  const strykerVersion = await versionAt(files, packageBesideStryker(cli, '@stryker-mutator/core'));
  const packageManager =
    detected?.missingPlugin === undefined ? undefined : (await strykerPort.packageManager(context.workingDirectory)).manager;
  return { config: project.source, detected, bundled, packageManager, testRunner, strykerVersion, runnerPlugin, unreachedByTests };
}

/**
 * For a project without a Stryker config: its test runner, from the merge base's files and package.json
 * in the working directory (read with git, never from the working tree), and the config to run it with
 * (its plugin when installed beside the project's Stryker, or always when the gate brings its own (`cli`
 * undefined), else Stryker's command runner).
 */
export async function detectProjectConfig(
  git: Git,
  files: Files,
  commit: string,
  prefix: string,
  cli: string | undefined,
): Promise<DetectedConfig> {
  const present = await git.pathsAt(
    commit,
    RUNNER_CONFIG_FILES.map((name) => `${prefix}${name}`),
  );
  const configFiles = new Set(RUNNER_CONFIG_FILES.filter((name) => present.has(`${prefix}${name}`)));
  const detected = detectTestRunner(await git.fileAt(commit, `${prefix}package.json`), configFiles);
  const plugin = detected === undefined || detected.runner === 'node:test' ? undefined : runnerPluginPackage(detected.runner);
  const installed =
    plugin !== undefined && (cli === undefined || (await versionAt(files, packageBesideStryker(cli, plugin))) !== undefined);
  return detectedConfig(detected, () => installed);
}
