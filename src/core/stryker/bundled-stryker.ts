import { COMMAND_RUNNER } from './run-setup.js';
import { PLUGIN_RUNNERS } from './runner-detection.js';

/**
 * The Stryker installs the gate brings, one per test runner, each pinned by a lockfile in the action's
 * bundled-stryker/<set>/ folder: Stryker's runner plugins pin the core version they run with, and not
 * every plugin has every core release, so one install of all of them cannot satisfy every pin.
 * `command` is Stryker alone: its command runner runs the project's test command.
 */
export const BUNDLED_SETS = [COMMAND_RUNNER, ...PLUGIN_RUNNERS] as const;

export type BundledSet = (typeof BUNDLED_SETS)[number];

/**
 * The project's packages a set's plugin imports by name from its own folder (vitest-runner and
 * mocha-runner prefer the project's copy but also import their own; jasmine-runner only its own): the
 * gate links them from the project into the install, so the tests run with the project's version.
 * jest-runner finds jest from the working directory, tap-runner and the command runner start processes.
 */
export const PROJECT_PACKAGES: Readonly<Record<BundledSet, readonly string[]>> = {
  command: [],
  vitest: ['vitest'],
  jest: [],
  mocha: ['mocha'],
  jasmine: ['jasmine'],
  tap: [],
};

/**
 * The project's packages Stryker itself loads by name, from its own folder, when a project uses them:
 * TypeScript (to rewrite tsconfig files in its sandbox) and Svelte (to parse .svelte files). Linked
 * from the project when it has them, whatever the set.
 */
export const OPTIONAL_PROJECT_PACKAGES: readonly string[] = ['typescript', 'svelte'];

/** The set that runs a test runner named as Stryker names it; undefined: the gate brings no plugin for it. */
export function bundledSetFor(testRunner: string): BundledSet | undefined {
  const name = testRunner.toLowerCase();
  return BUNDLED_SETS.find((set) => set === name);
}

/** `testRunner: 'jest'` (or "jest") in a config file's text, JSON or JavaScript. */
const TEST_RUNNER_SETTING = /["']?testRunner["']?\s*:\s*["'`]([\w-]+)["'`]/;

/**
 * The test runner a project's Stryker config names, read from its text (a JavaScript config is never
 * run to find out); `command`, Stryker's default, when it names none; undefined when it sets one some
 * other way (a variable, a function), which only running it would tell.
 */
export function configTestRunner(configText: string): string | undefined {
  const named = TEST_RUNNER_SETTING.exec(configText)?.[1];
  if (named !== undefined) return named;
  return /\btestRunner\b/.test(configText) ? undefined : COMMAND_RUNNER;
}
