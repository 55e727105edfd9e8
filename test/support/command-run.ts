import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionPath, networkSettings } from './action-run.js';

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `node dist/cli.js` of the action's copy (or another script of the command), in `cwd`, with standard
 * output and error piped (no terminal) and an environment of its own: no coding agent's variables unless
 * given, and a cache folder of its own.
 */
export async function runCommand(
  cwd: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  script?: string,
): Promise<CommandResult> {
  const cli = script ?? join(await actionPath(), 'dist', 'cli.js');
  const cache = await mkdtemp(join(tmpdir(), 'gate-command-cache-'));
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: cache, ...networkSettings(), ...env },
      },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolvePromise({ exitCode, stdout, stderr });
      },
    );
  });
}
