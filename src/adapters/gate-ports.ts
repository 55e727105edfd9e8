import type { GatePorts, Log } from '../pipeline/ports.js';
import { githubApprovals } from './approvals.js';
import { createGit } from './git.js';
import type { RunEnvironment } from './run-environment.js';
import { localFiles } from './run-files.js';
import { projectStryker } from './stryker.js';

/** The real git, Stryker, file system and GitHub reviews behind the gather phase's ports, logging to `log`. */
export function localGatePorts(log: Log, github: Pick<RunEnvironment, 'apiUrl' | 'token' | 'repository'>): GatePorts {
  return { git: createGit, stryker: projectStryker, files: localFiles, log, approvals: githubApprovals(github) };
}
