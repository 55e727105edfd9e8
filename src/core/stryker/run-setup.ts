import type { BundledSet } from './bundled-stryker.js';
import type { PackageManager } from './package-manager.js';
import type { DetectedConfig } from './runner-detection.js';

/** What measured the change: the Stryker config, the test runner, and the versions that ran. */
export interface RunSetup {
  /** The config's repository path and the commit it was read from; undefined: the project has none. */
  readonly config: string | undefined;
  /** Without a config: the test runner the gate detected and the config it ran with instead. */
  readonly detected: DetectedConfig | undefined;
  /** The set of the Stryker the gate brought; undefined: the project's own ran. */
  readonly bundled: BundledSet | undefined;
  /** The project's package manager, looked up only to advise installing a missing runner plugin. */
  readonly packageManager?: PackageManager;
  /** The test runner Stryker started, and its coverage analysis; undefined when Stryker did not say. */
  readonly testRunner: { readonly name: string; readonly coverageAnalysis: string } | undefined;
  /** @stryker-mutator/core's version; undefined when its package.json could not be read. */
  readonly strykerVersion: string | undefined;
  /**
   * The mutated files (working-directory paths) no test reaches through relative imports, for which the
   * initial test run was the whole suite; none: Jest and Vitest kept their related-test narrowing.
   */
  readonly unreachedByTests?: readonly string[];
  /** The runner plugin's package and version; undefined for the command runner (part of Stryker) or when not found. */
  readonly runnerPlugin: { readonly name: string; readonly version: string } | undefined;
}

/** Stryker's built-in runner: the project's test command, once per mutant. */
export const COMMAND_RUNNER = 'command';

/** The package of a test runner plugin, by Stryker's naming: vitest → @stryker-mutator/vitest-runner. */
export const runnerPluginPackage = (runner: string): string => `@stryker-mutator/${runner.toLowerCase()}-runner`;
