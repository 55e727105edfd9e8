import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { type BundledSet, OPTIONAL_PROJECT_PACKAGES, PROJECT_PACKAGES } from '../core/stryker/bundled-stryker.js';
import { dependenciesNotInstalledAdvice } from '../core/stryker/package-manager.js';
import { GateError } from '../pipeline/gate-error.js';
import { findProjectPackage, projectManager, strykerCliIn } from './project-packages.js';
import { fileExists } from './run-files.js';

/** Where the gate's own Stryker comes from and goes. */
export interface BundledStrykerPlaces {
  /** The action's bundled-stryker folder: a package.json and a package-lock.json for each set. */
  readonly sets: string;
  /** Where installs go, one folder per set and lockfile (RUNNER_TEMP on a runner): never in the project. */
  readonly installs: string;
  /** npm's download cache, which action.yml restores and saves with actions/cache; undefined: npm's own. */
  readonly npmCache: string | undefined;
  /** The command that runs npm; undefined: the npm beside the gate's Node, else npm on PATH. */
  readonly npm?: readonly string[];
}

/** npm's cache folder under RUNNER_TEMP: action.yml restores and saves this path with actions/cache. */
export const NPM_CACHE_FOLDER = 'mutation-gate-npm-cache';

/**
 * On a runner, installs and npm's cache go under RUNNER_TEMP (emptied for every job, and the cache path
 * action.yml keeps); elsewhere under the system temp folder, with npm's own cache.
 */
export function bundledStrykerPlaces(sets: string, env: NodeJS.ProcessEnv = process.env): BundledStrykerPlaces {
  const runnerTemp = env.RUNNER_TEMP === undefined || env.RUNNER_TEMP === '' ? undefined : env.RUNNER_TEMP;
  return { sets, installs: runnerTemp ?? tmpdir(), npmCache: runnerTemp === undefined ? undefined : join(runnerTemp, NPM_CACHE_FOLDER) };
}

/** The file written last into a finished install: a folder without it is half-made and is made again. */
const FINISHED = '.mutation-gate-installed';

/**
 * npm itself, run by the gate's Node: the npm-cli.js installed beside it when there is one (no shell, no
 * other Node), else `npm` from PATH.
 */
async function npmCommand(): Promise<string[]> {
  const prefix = dirname(dirname(process.execPath));
  for (const cli of [
    join(prefix, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ]) {
    if (await fileExists(cli)) return [process.execPath, cli];
  }
  return ['npm'];
}

/** Runs npm in `directory`; its output is kept, for the error when it fails. */
async function runNpm(
  npm: readonly string[] | undefined,
  directory: string,
  args: readonly string[],
): Promise<{ code: number | null; output: string[] }> {
  const [file, ...prefix] = npm ?? (await npmCommand());
  // The gate's inputs (the token among them) are npm's business in no way.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^INPUT_/i.test(name)));
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file as string, [...prefix, ...args], { cwd: directory, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const readers = [child.stdout, child.stderr].map((stream) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      reader.on('line', (line) => {
        if (line.trim() !== '') output.push(line);
      });
      return new Promise<void>((done) => reader.once('close', done));
    });
    child.once('error', (error) => reject(new GateError(`Could not start npm to install the gate's Stryker: ${error.message}`)));
    child.once('close', (code) => {
      void Promise.all(readers).then(() => resolvePromise({ code, output }));
    });
  });
}

/** The project's packages a set links in, by name, each at its real path: those it needs, and those Stryker uses when there. */
async function projectPackages(set: BundledSet, workingDirectory: string): Promise<{ name: string; path: string }[]> {
  const found: { name: string; path: string }[] = [];
  for (const name of [...PROJECT_PACKAGES[set], ...OPTIONAL_PROJECT_PACKAGES]) {
    const projectPackage = await findProjectPackage(workingDirectory, name);
    if (projectPackage !== undefined) {
      found.push({ name, path: await realpath(projectPackage) });
    } else if (PROJECT_PACKAGES[set].includes(name)) {
      const advice = dependenciesNotInstalledAdvice(await projectManager(workingDirectory));
      throw new GateError(`The project's ${name} is not installed in ${workingDirectory}, and Stryker's ${set} runner needs it. ${advice}`);
    }
  }
  return found;
}

/**
 * The gate's own Stryker for a set, with the project's own packages linked into it (its test runner,
 * and see OPTIONAL_PROJECT_PACKAGES); the CLI script to run. It is `npm ci` of the set's lockfile:
 * exactly the locked packages, each checked against its integrity hash, no install scripts, no peers
 * (the test runner is the project's: see PROJECT_PACKAGES). An install is never changed once made: its folder is named by the lockfile and
 * the linked packages, made under another name and renamed when finished, so runs side by side (and
 * monorepo packages with another copy of their test runner) never see each other's half-made install.
 */
export async function bundledStrykerCli(
  places: BundledStrykerPlaces,
  set: BundledSet,
  workingDirectory: string,
  progress: (message: string) => void,
): Promise<string> {
  const manager = await projectManager(workingDirectory);
  if (manager.plugAndPlay) throw new GateError(dependenciesNotInstalledAdvice(manager));
  const setFolder = join(places.sets, set);
  const [manifest, lockfile] = await Promise.all(
    ['package.json', 'package-lock.json'].map((name) => readFile(join(setFolder, name), 'utf8').catch(() => undefined)),
  );
  if (manifest === undefined || lockfile === undefined) {
    throw new GateError(`The action's Stryker for ${set} is missing (${setFolder}): the action's files are incomplete.`);
  }
  const linked = await projectPackages(set, workingDirectory);
  const key = createHash('sha256').update(lockfile).update(JSON.stringify(linked)).digest('hex').slice(0, 16);
  const directory = join(places.installs, `mutation-gate-stryker-${set}-${key}`);
  const corePackage = join(directory, 'node_modules', '@stryker-mutator', 'core');
  if ((await readFile(join(directory, FINISHED), 'utf8').catch(() => undefined)) === key) {
    progress(`The gate's Stryker for ${set} is installed already: ${directory}.`);
    return cliOf(set, corePackage);
  }
  await mkdir(places.installs, { recursive: true });
  const staging = await mkdtemp(`${directory}-staging-`);
  try {
    await writeFile(join(staging, 'package.json'), manifest);
    await writeFile(join(staging, 'package-lock.json'), lockfile);
    progress(`Installing the gate's Stryker for ${set} (npm ci of the action's bundled-stryker/${set} lockfile)…`);
    const started = Date.now();
    const { code, output } = await runNpm(places.npm, staging, [
      'ci',
      '--ignore-scripts',
      '--legacy-peer-deps',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...(places.npmCache === undefined ? [] : ['--cache', places.npmCache]),
    ]);
    if (code !== 0) {
      throw new GateError(
        `npm could not install the gate's Stryker for ${set} (exit code ${code}): the npm registry must be reachable, ` +
          'or install Stryker in the project and set the input stryker to project.',
        output.slice(-30),
      );
    }
    for (const { name, path } of linked) await symlink(path, join(staging, 'node_modules', name), 'dir');
    await writeFile(join(staging, FINISHED), key);
    await moveInPlace(staging, directory);
    progress(`Installed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${directory}.`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return cliOf(set, corePackage);
}

/** Renames a finished install into place; one another run finished first is as good, a half-made one goes. */
async function moveInPlace(staging: string, directory: string): Promise<void> {
  try {
    await rename(staging, directory);
  } catch {
    if (await fileExists(join(directory, FINISHED))) return;
    await rm(directory, { recursive: true, force: true });
    await rename(staging, directory);
  }
}

async function cliOf(set: BundledSet, corePackage: string): Promise<string> {
  const cli = await strykerCliIn(corePackage);
  if (cli === undefined)
    throw new GateError(`The gate's Stryker for ${set} has no CLI in ${corePackage}: remove its folder and run again.`);
  return cli;
}
