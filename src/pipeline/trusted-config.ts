import { basename, dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../core/findings/finding.js';
import type { Comparison } from '../core/judge/report.js';
import { configTestRunner } from '../core/stryker/bundled-stryker.js';
import type { ProjectConfigReference } from '../core/stryker/generated-config.js';
import { chooseTrustedConfig, STRYKER_CONFIG_NAMES } from '../core/stryker/trusted-config.js';
import { GateError } from './gate-error.js';
import type { Files, Git, RunFiles } from './ports.js';

/** Where the project's Stryker config is looked for: the working directory, as repository paths. */
export interface ConfigLookup {
  /** The working directory relative to the repository root, '' or a path without a trailing slash. */
  readonly workingDirectoryInRepository: string;
  readonly repositoryRoot: string;
  /** The `stryker-config` input, relative to the working directory. */
  readonly explicit: string | undefined;
  /** Every path the change touched. */
  readonly changed: ReadonlySet<string>;
}

/** The config the run uses, and a file the gate wrote that must be removed after the run. */
export interface TrustedConfig {
  readonly reference: ProjectConfigReference | undefined;
  /** A repository path and the commit it was read from, for the log; undefined: Stryker's defaults. */
  readonly source: string | undefined;
  readonly findings: readonly Finding[];
  readonly written: string | undefined;
  /** The test runner the config names (see configTestRunner); undefined without a config or when its text does not tell. */
  readonly testRunner: string | undefined;
}

/**
 * A config file in the working tree that git does not track (ignored, or written by an install script)
 * is never used: the gate would silently run with Stryker's defaults instead, so it stops and says why.
 */
async function refuseUntrackedConfig(files: Files, repositoryRoot: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    if ((await files.readText(join(repositoryRoot, path))) === undefined) continue;
    throw new GateError(
      `The Stryker config ${path} is in the working tree, but git tracks it in neither the merge base nor HEAD. The gate reads ` +
        "the project's config from git, never from files the pull request or its install scripts could write: commit it " +
        '(git add -f when .gitignore excludes it).',
    );
  }
}

/**
 * Reads the project's Stryker config from git, never from the working tree (which the change, or an
 * install script it added, controls): the merge base's, or HEAD's once a changed config is approved.
 * A JSON config is copied into the run's own directory; a JS config is written beside the original under
 * a name of the gate's, so its relative imports and module type resolve as they would for the project.
 */
export async function trustedStrykerConfig(
  git: Git,
  files: Files,
  comparison: Comparison,
  lookup: ConfigLookup,
  runFiles: RunFiles,
  isApproved: () => Promise<boolean>,
): Promise<TrustedConfig> {
  const prefix = lookup.workingDirectoryInRepository === '' ? '' : `${lookup.workingDirectoryInRepository}/`;
  const paths =
    lookup.explicit === undefined
      ? STRYKER_CONFIG_NAMES.map((name) => `${prefix}${name}`)
      : [posix.normalize(`${prefix}${lookup.explicit.replaceAll('\\', '/')}`)];
  const atBase = await git.pathsAt(comparison.mergeBase, paths);
  const atHead = await git.pathsAt(comparison.head, paths);
  if (lookup.explicit !== undefined && atBase.size === 0 && atHead.size === 0) {
    throw new GateError(`Input "stryker-config" names ${paths[0]}, which is in neither the merge base nor HEAD.`);
  }
  const choice = chooseTrustedConfig({ paths, atBase, atHead, changed: lookup.changed });
  if (choice.base === undefined && choice.head === undefined) await refuseUntrackedConfig(files, lookup.repositoryRoot, paths);
  const useHead = choice.findings.length > 0 && (await isApproved());
  const path = useHead ? choice.head : choice.base;
  const commit = useHead ? comparison.head : comparison.mergeBase;
  if (path === undefined) {
    return { reference: undefined, source: undefined, findings: choice.findings, written: undefined, testRunner: undefined };
  }
  const content = (await git.fileAt(commit, path)) as string;
  const isJson = path.toLowerCase().endsWith('.json');
  const target = isJson
    ? runFiles.projectConfigPath
    : join(lookup.repositoryRoot, dirname(path), `.mutation-gate-${comparison.head.slice(0, 12)}.${basename(path)}`);
  await files.writeText(target, content);
  return {
    reference: { url: pathToFileURL(target).href, isJson },
    source: `${path} at ${commit.slice(0, 12)}`,
    findings: choice.findings,
    written: isJson ? undefined : target,
    testRunner: configTestRunner(content),
  };
}
