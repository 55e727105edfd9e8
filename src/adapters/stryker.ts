import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { StrykerExit } from '../core/stryker/failure-diagnosis.js';
import { GateError } from '../pipeline/gate-error.js';
import type { Stryker, StrykerRun } from '../pipeline/ports.js';
import { fileExists } from './run-files.js';

/**
 * The CLI script of the project's own @stryker-mutator/core, found the way Node finds packages: in
 * node_modules of the working directory or any directory above it (monorepos hoist).
 */
export async function findStrykerCli(workingDirectory: string): Promise<string> {
  for (let directory = resolve(workingDirectory); ; directory = dirname(directory)) {
    const manifestPath = join(directory, 'node_modules', '@stryker-mutator', 'core', 'package.json');
    if (await fileExists(manifestPath)) {
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { bin?: Record<string, string> | string };
      const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.stryker;
      if (bin !== undefined) return join(dirname(manifestPath), bin);
    }
    if (dirname(directory) === directory) break;
  }
  throw new GateError(
    `Stryker is not installed in ${workingDirectory}. Add it to the project ` +
      '(npm install --save-dev @stryker-mutator/core and a test runner plugin such as @stryker-mutator/vitest-runner) ' +
      'and install dependencies (npm ci) before this step.',
  );
}

const TAIL_LINES = 60;

/**
 * The step's command files and the Actions marker are withheld from Stryker: test runners that detect
 * GitHub Actions (Vitest does) would otherwise write a report per mutant run into the job summary,
 * annotate the diff with the failures mutants cause, or overwrite the gate's outputs.
 */
const WITHHELD_VARIABLES = ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'];

function strykerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...env, FORCE_COLOR: '0' };
  for (const name of WITHHELD_VARIABLES) delete result[name];
  return result;
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts every colour code this removes.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Ends Stryker and everything it started (test runner workers): they share its process group. */
function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs `stryker run <config>` with the current Node, in the working directory, streaming every line.
 * With a time limit, the whole process tree is killed when it runs out.
 */
function runStrykerProcess(
  { cli, configPath, workingDirectory, timeoutMs }: StrykerRun,
  onLine: (line: string) => void,
): Promise<StrykerExit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, 'run', configPath], {
      cwd: workingDirectory,
      env: strykerEnvironment(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout or a cancelled job can stop the test runners it starts too.
      detached: true,
    });
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killTree(child.pid);
          }, timeoutMs);
    const stopOnCancel = (): void => killTree(child.pid);
    process.once('SIGTERM', stopOnCancel);
    process.once('SIGINT', stopOnCancel);
    const tail: string[] = [];
    const record = (line: string): void => {
      const plain = line.replaceAll(ANSI_ESCAPE, '');
      onLine(plain);
      tail.push(plain);
      if (tail.length > TAIL_LINES) tail.shift();
    };
    const readers = [child.stdout, child.stderr].map((stream) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      reader.on('line', record);
      return new Promise<void>((done) => reader.once('close', done));
    });
    child.once('error', (error) => reject(new GateError(`Could not start Stryker (${cli}): ${error.message}`)));
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      process.off('SIGTERM', stopOnCancel);
      process.off('SIGINT', stopOnCancel);
      // Workers that outlive Stryker itself (a crash) must not keep running.
      killTree(child.pid);
      void Promise.all(readers).then(() => resolvePromise({ exitCode, signal, tail, timedOut }));
    });
  });
}

/** The project's own Stryker, as the pipeline's port. */
export const projectStryker: Stryker = {
  findCli: findStrykerCli,
  run: runStrykerProcess,
};
