import type { Config } from '../core/config/config.js';
import { BUNDLED_SETS, type BundledSet, bundledSetFor } from '../core/stryker/bundled-stryker.js';
import { strykerNotInstalledAdvice } from '../core/stryker/package-manager.js';
import { COMMAND_RUNNER } from '../core/stryker/run-setup.js';
import { GateError } from './gate-error.js';
import type { Stryker } from './ports.js';

/**
 * The project's own Stryker CLI, unless the `stryker` input says to bring the gate's (`bundled`), or the
 * project has none (`auto`): then undefined. GateError when `stryker: project` finds none.
 */
export async function projectStrykerCli(
  stryker: Stryker,
  choice: Config['stryker'],
  workingDirectory: string,
): Promise<string | undefined> {
  if (choice === 'bundled') return undefined;
  const cli = await stryker.projectCli(workingDirectory);
  if (cli === undefined && choice === 'project') {
    const advice = strykerNotInstalledAdvice(await stryker.packageManager(workingDirectory));
    throw new GateError(`Stryker is not installed in ${workingDirectory}, and the input stryker is project. ${advice}`);
  }
  return cli;
}

/** The set of the gate's own Stryker that runs a test runner; GateError for a runner it brings no plugin for. */
export function bundledSet(testRunner: string): BundledSet {
  const set = bundledSetFor(testRunner);
  if (set !== undefined) return set;
  const plugins = BUNDLED_SETS.filter((name) => name !== COMMAND_RUNNER).join(', ');
  throw new GateError(
    `The project's Stryker config runs the ${testRunner} test runner, and the Stryker the gate brings has the plugins of ` +
      `${plugins} only: add Stryker and its ${testRunner} plugin to the project's dev dependencies, and the gate runs the project's own.`,
  );
}

/** Whose Stryker runs: the project's own CLI, or the gate's set, installed when first needed. */
export type StrykerChoice = { readonly kind: 'project'; readonly cli: string } | { readonly kind: 'bundled'; readonly set: BundledSet };

/** The CLI script of the chosen Stryker; the gate's own is installed here when it is not yet. */
export async function chosenCli(
  choice: StrykerChoice,
  stryker: Stryker,
  workingDirectory: string,
  progress: (line: string) => void,
): Promise<string> {
  return choice.kind === 'project' ? choice.cli : stryker.bundledCli(choice.set, workingDirectory, progress);
}
