import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectPackage, findProjectStrykerCli, projectManager } from '../../src/adapters/project-packages.js';

/** A monorepo root with these files, and a package below it with a package.json of its own. */
async function project(rootFiles: Record<string, string>): Promise<{ root: string; app: string }> {
  const root = await mkdtemp(join(tmpdir(), 'gate-project-'));
  for (const [name, text] of Object.entries(rootFiles)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), text);
  }
  const app = join(root, 'packages', 'app');
  await mkdir(app, { recursive: true });
  await writeFile(join(app, 'package.json'), '{ "name": "app" }');
  return { root, app };
}

describe('projectManager', () => {
  it('takes the package manager whose lockfile is nearest, above a workspace package', async () => {
    const { app } = await project({ 'pnpm-lock.yaml': '', 'package.json': '{ "private": true }' });
    expect(await projectManager(app)).toEqual({ manager: 'pnpm', plugAndPlay: false });
  });

  it("takes packageManager from the nearest package.json that has it, and sees Plug'n'Play", async () => {
    const { app } = await project({
      'yarn.lock': '',
      '.yarnrc.yml': 'enableTelemetry: false\n',
      'package.json': '{ "packageManager": "yarn@4.5.0" }',
    });
    expect(await projectManager(app)).toEqual({ manager: 'yarn-berry', plugAndPlay: true });
    const linked = await project({ 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\n' });
    expect(await projectManager(linked.app)).toEqual({ manager: 'yarn-berry', plugAndPlay: false });
  });

  it('says npm when nothing names a package manager', async () => {
    expect(await projectManager((await project({})).app)).toEqual({ manager: 'npm', plugAndPlay: false });
  });
});

describe('findProjectPackage and findProjectStrykerCli', () => {
  it('find a package hoisted to the root, through its link, and the CLI its manifest names', async () => {
    const { root, app } = await project({
      'node_modules/@stryker-mutator/core/package.json': '{ "bin": { "stryker": "bin/stryker.js" } }',
      'store/vitest/package.json': '{ "name": "vitest" }',
    });
    await symlink(join(root, 'store', 'vitest'), join(root, 'node_modules', 'vitest'));
    expect(await findProjectPackage(app, 'vitest')).toBe(join(root, 'node_modules', 'vitest'));
    expect(await findProjectStrykerCli(app)).toBe(join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'));
  });

  it('find nothing when the project has not installed it, or its manifest names no CLI', async () => {
    const { app } = await project({ 'node_modules/@stryker-mutator/core/package.json': '{ "bin": {} }' });
    expect(await findProjectPackage(app, 'vitest')).toBeUndefined();
    expect(await findProjectStrykerCli(app)).toBeUndefined();
    expect(await findProjectStrykerCli((await project({})).app)).toBeUndefined();
  });
});
