import { spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { StrykerExit } from '../core/stryker/failure-diagnosis.js';
import { StrykerOutput } from '../core/stryker/stryker-output.js';
import { COMMAND_FILE_VARIABLES, testEnvironment } from '../core/stryker/test-environment.js';
import { GateError } from '../pipeline/gate-error.js';
import type { Stryker, StrykerOutcome, StrykerRun } from '../pipeline/ports.js';
import { type BundledStrykerPlaces, bundledStrykerCli } from './bundled-stryker.js';
import { chooseSandbox, type Sandbox } from './process-isolation.js';
import { findProjectStrykerCli, projectManager } from './project-packages.js';
import { isSealLine, newSealKey, openSealedReport, sealModuleSource } from './report-seal.js';

/**
 * The directories of the step's command files, for the sandbox to hide; never one that holds what Stryker
 * needs (outside a runner such a variable may point anywhere, /tmp say).
 */
export function commandFileDirectories(env: NodeJS.ProcessEnv, needed: readonly string[]): string[] {
  const directories = COMMAND_FILE_VARIABLES.map((name) => env[name])
    .filter((path): path is string => path !== undefined && isAbsolute(path))
    .map((path) => dirname(path));
  const holdsNeeded = (directory: string): boolean => needed.some((path) => !relative(directory, resolve(path)).startsWith('..'));
  return [...new Set(directories)].filter((directory) => directory !== dirname(directory) && !holdsNeeded(directory));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts every colour code this removes.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Ends Stryker and everything in its process group (test runner workers started the usual way). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') {
      // No process groups on Windows: taskkill stops the tree it can still see by parent links.
      spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    } else {
      process.kill(-pid, 'SIGKILL');
    }
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs `stryker run <config>` with the current Node in the working directory, inside the sandbox, with the
 * allow-listed environment, streaming every line with colour codes removed (the gate sets no FORCE_COLOR:
 * a variable it added would reach the tests; a user of their own gets its own home and temp directory).
 * With a time limit, everything is killed when it runs out. The report is read only after every process
 * of the run has been stopped and the project is the gate's user's again, and only if it is sealed.
 */
async function runStrykerProcess(run: StrykerRun, onLine: (line: string) => void): Promise<StrykerOutcome> {
  const sandbox = chooseSandbox(run.isolation);
  const key = newSealKey();
  await writeFile(run.sealModulePath, sealModuleSource(run.reportPath), 'utf8');
  const grant = await sandbox.grant(run.runDirectory, {
    trees: [run.workingDirectory, run.runDirectory],
    programs: [process.execPath, run.cli],
  });
  try {
    const exit = await runSandboxed(
      run,
      sandbox,
      { ...testEnvironment(process.env, run.testEnv), ...sandbox.marker, ...grant.env },
      key,
      onLine,
    );
    await sandbox.sweep();
    await grant.revoke();
    const text = await readFile(run.reportPath, 'utf8').catch(() => undefined);
    return { ...exit, report: openSealedReport(key, text, exit.sealLines), isolation: sandbox.isolation };
  } finally {
    // Also after a fault: the project must never stay the test user's (revoking twice does it once).
    await grant.revoke().catch(() => {});
  }
}

/** Stryker in the sandbox with exactly `env`, the key on its stdin; how it ended, and the seal lines it printed. */
async function runSandboxed(
  run: StrykerRun,
  sandbox: Sandbox,
  env: Readonly<Record<string, string>>,
  key: Buffer,
  onLine: (line: string) => void,
): Promise<StrykerExit & { sealLines: string[] }> {
  const launch = sandbox.wrap(
    [process.execPath, '--import', pathToFileURL(run.sealModulePath).href, run.cli, 'run', run.configPath],
    env,
    commandFileDirectories(process.env, [run.workingDirectory, run.configPath, run.cli, process.execPath]),
    run.workingDirectory,
  );
  const [file, ...args] = launch.argv;
  const sealLines: string[] = [];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file as string, args, {
      cwd: launch.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so a timeout or a cancelled job can stop the test runners it starts too.
      detached: true,
    });
    // The key, then end of input: Stryker's main process reads it before it loads anything else.
    child.stdin.on('error', () => {});
    child.stdin.end(key);
    let timedOut = false;
    const timer =
      run.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
          }, run.timeoutMs);
    const stopOnCancel = (): void => killGroup(child.pid);
    process.once('SIGTERM', stopOnCancel);
    process.once('SIGINT', stopOnCancel);
    const output = new StrykerOutput();
    const record = (line: string): void => {
      const plain = line.replaceAll(ANSI_ESCAPE, '');
      if (isSealLine(plain)) {
        sealLines.push(plain);
        return;
      }
      onLine(plain);
      output.add(plain);
    };
    const readers = [child.stdout, child.stderr].map((stream) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      reader.on('line', record);
      return new Promise<void>((done) => reader.once('close', done));
    });
    child.once('error', (error) => reject(new GateError(`Could not start Stryker (${file}): ${error.message}`)));
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      process.off('SIGTERM', stopOnCancel);
      process.off('SIGINT', stopOnCancel);
      // Workers that outlive Stryker itself (a crash) must not keep running.
      killGroup(child.pid);
      void Promise.all(readers).then(() =>
        resolvePromise({ ...sandbox.exitOf(exitCode, signal), output: output.evidence(), timedOut, sealLines }),
      );
    });
  });
}

/** The project's Stryker, or the gate's own installed from `places`, as the pipeline's port. */
export function localStryker(places: BundledStrykerPlaces): Stryker {
  return {
    projectCli: findProjectStrykerCli,
    packageManager: projectManager,
    bundledCli: (set, workingDirectory, progress) => bundledStrykerCli(places, set, workingDirectory, progress),
    run: runStrykerProcess,
  };
}
