import { isAbsolute, relative, resolve, sep } from 'node:path';
import { GateError } from './gate-error.js';
import type { Files } from './ports.js';

/** The working-directory input as a real directory inside the workspace; GateError otherwise. */
export async function resolveWorkingDirectory(files: Files, workspace: string, workingDirectory: string): Promise<string> {
  const path = resolve(workspace, workingDirectory);
  const real = await files.realDirectory(path);
  if (real === undefined) {
    throw new GateError(`Input "working-directory" is ${JSON.stringify(workingDirectory)}, but ${path} is not a directory.`);
  }
  const inside = relative((await files.realDirectory(workspace)) ?? resolve(workspace), real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new GateError(
      `Input "working-directory" is ${JSON.stringify(workingDirectory)}, which resolves to ${real}, outside the workspace ${workspace}.`,
    );
  }
  return real;
}
