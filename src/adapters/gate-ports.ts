import type { GatePorts, Log } from '../pipeline/ports.js';
import { createGit } from './git.js';
import { localFiles } from './run-files.js';
import { projectStryker } from './stryker.js';

/** The real git, Stryker and file system behind the gather phase's ports, logging to `log`. */
export function localGatePorts(log: Log): GatePorts {
  return { git: createGit, stryker: projectStryker, files: localFiles, log };
}
