import type { GatePorts, Log } from '../pipeline/ports.js';
import { githubApprovals } from './approvals.js';
import type { BundledStrykerPlaces } from './bundled-stryker.js';
import { createGit } from './git.js';
import type { RunEnvironment } from './run-environment.js';
import { localFiles } from './run-files.js';
import { localStryker } from './stryker.js';

/**
 * The real git, Stryker, file system and GitHub reviews behind the gather phase's ports, logging to
 * `log`; the gate's own Stryker comes from and goes to `strykerPlaces`.
 */
export function localGatePorts(
  log: Log,
  github: Pick<RunEnvironment, 'apiUrl' | 'token' | 'repository'>,
  strykerPlaces: BundledStrykerPlaces,
): GatePorts {
  return { git: createGit, stryker: localStryker(strykerPlaces), files: localFiles, log, approvals: githubApprovals(github) };
}
