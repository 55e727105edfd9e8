import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { detectPackageManager, MANAGER_FILES, type ManagerSigns, type ProjectManager } from '../core/stryker/package-manager.js';
import { fileExists } from './run-files.js';

/**
 * The folder of a package the project has installed, found the way Node finds it: in node_modules of
 * the working directory or any directory above it (monorepos hoist). Links stay as they are: under pnpm,
 * what sits beside the package is found beside its link, not in pnpm's store.
 */
export async function findProjectPackage(workingDirectory: string, name: string): Promise<string | undefined> {
  for (let directory = resolve(workingDirectory); ; directory = dirname(directory)) {
    const packageDirectory = join(directory, 'node_modules', ...name.split('/'));
    if (await fileExists(join(packageDirectory, 'package.json'))) return packageDirectory;
    if (dirname(directory) === directory) return undefined;
  }
}

/** The CLI script of an installed @stryker-mutator/core, from its package.json's bin. */
export async function strykerCliIn(corePackage: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(corePackage, 'package.json'), 'utf8')) as { bin?: Record<string, string> | string };
    const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.stryker;
    return bin === undefined ? undefined : join(corePackage, bin);
  } catch {
    return undefined;
  }
}

/** The CLI script of the project's own @stryker-mutator/core; undefined when the project has none. */
export async function findProjectStrykerCli(workingDirectory: string): Promise<string | undefined> {
  const corePackage = await findProjectPackage(workingDirectory, '@stryker-mutator/core');
  return corePackage === undefined ? undefined : strykerCliIn(corePackage);
}

async function readJsonField(path: string, field: string): Promise<string | undefined> {
  try {
    const value = (JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What names the project's package manager, from the working directory up: the nearest directory with
 * a lockfile or Yarn's files (a workspace package has none of its own), and the nearest packageManager.
 */
async function managerSigns(workingDirectory: string): Promise<ManagerSigns> {
  let packageManager: string | undefined;
  for (let directory = resolve(workingDirectory); ; directory = dirname(directory)) {
    packageManager ??= await readJsonField(join(directory, 'package.json'), 'packageManager');
    const present = new Set<string>();
    for (const name of MANAGER_FILES) if (await fileExists(join(directory, name))) present.add(name);
    if (present.size > 0 || dirname(directory) === directory) {
      const yarnrc = present.has('.yarnrc.yml') ? await readFile(join(directory, '.yarnrc.yml'), 'utf8') : undefined;
      return { files: present, packageManager, yarnrc };
    }
  }
}

/** The project's package manager, for advice in its own words. */
export async function projectManager(workingDirectory: string): Promise<ProjectManager> {
  return detectPackageManager(await managerSigns(workingDirectory));
}
