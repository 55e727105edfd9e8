import { describe, expect, it } from 'vitest';
import {
  addDevCommand,
  dependenciesNotInstalledAdvice,
  detectPackageManager,
  installCommand,
  type ManagerSigns,
  strykerNotInstalledAdvice,
} from '../../../src/core/stryker/package-manager.js';

const signs = (files: string[], packageManager?: string, yarnrc?: string): ManagerSigns => ({
  files: new Set(files),
  packageManager,
  yarnrc,
});

describe('detectPackageManager', () => {
  it.each([
    [[], 'npm'],
    [['package-lock.json'], 'npm'],
    [['pnpm-lock.yaml', 'package-lock.json'], 'pnpm'],
    [['yarn.lock'], 'yarn'],
    [['bun.lockb'], 'bun'],
    [['bun.lock'], 'bun'],
  ] as const)('reads the lockfiles %j as %s', (files, manager) => {
    expect(detectPackageManager(signs([...files]))).toEqual({ manager, plugAndPlay: false });
  });

  it("takes package.json's packageManager over the lockfile", () => {
    expect(detectPackageManager(signs(['package-lock.json'], 'pnpm@9.12.0'))).toEqual({ manager: 'pnpm', plugAndPlay: false });
    expect(detectPackageManager(signs([], 'yarn@1.22.22'))).toEqual({ manager: 'yarn', plugAndPlay: false });
    expect(detectPackageManager(signs(['yarn.lock'], 'yarn@2.4.3', 'nodeLinker: node-modules')).manager).toBe('yarn-berry');
    expect(detectPackageManager(signs(['yarn.lock'], 'yarn@10.0.0', 'nodeLinker: node-modules')).manager).toBe('yarn-berry');
    expect(detectPackageManager(signs(['pnpm-lock.yaml'], 'corepack-yarn@4.0.0')).manager).toBe('pnpm');
  });

  it("knows Yarn 2 and later, and its Plug'n'Play unless nodeLinker says node-modules", () => {
    expect(detectPackageManager(signs(['yarn.lock', '.yarnrc.yml'], undefined, 'nodeLinker: node-modules\n'))).toEqual({
      manager: 'yarn-berry',
      plugAndPlay: false,
    });
    expect(detectPackageManager(signs(['yarn.lock', '.yarnrc.yml'], undefined, 'enableTelemetry: false\n'))).toEqual({
      manager: 'yarn-berry',
      plugAndPlay: true,
    });
    expect(detectPackageManager(signs(['yarn.lock', '.yarnrc.yml'], undefined, "nodeLinker: 'pnp'\n")).plugAndPlay).toBe(true);
    for (const yarnrc of ['#nodeLinker: pnp\nnodeLinker: node-modules\n', 'nodeLinker:node-modules', 'nodeLinker: "node-modules"']) {
      expect(detectPackageManager(signs(['yarn.lock', '.yarnrc.yml'], undefined, yarnrc)).plugAndPlay, yarnrc).toBe(false);
    }
    expect(detectPackageManager(signs(['yarn.lock', '.pnp.cjs'], 'yarn@4.5.0', 'nodeLinker: node-modules')).plugAndPlay).toBe(true);
    expect(detectPackageManager(signs(['.pnp.js', '.yarnrc.yml'], undefined, 'nodeLinker: node-modules')).plugAndPlay).toBe(true);
    // Yarn 1 has no Plug'n'Play to speak of.
    expect(detectPackageManager(signs(['yarn.lock', '.pnp.cjs']))).toEqual({ manager: 'yarn', plugAndPlay: false });
  });
});

describe('the commands', () => {
  it.each([
    ['npm', 'npm ci', 'npm install --save-dev a b'],
    ['pnpm', 'pnpm install --frozen-lockfile', 'pnpm add --dev a b'],
    ['yarn', 'yarn install --frozen-lockfile', 'yarn add --dev a b'],
    ['yarn-berry', 'yarn install --immutable', 'yarn add --dev a b'],
    ['bun', 'bun install --frozen-lockfile', 'bun add --dev a b'],
  ] as const)('of %s install with %j and add with %j', (manager, install, add) => {
    expect(installCommand(manager)).toBe(install);
    expect(addDevCommand(manager, ['a', 'b'])).toBe(add);
  });

  it("tell how to install Stryker in the project's own words, and how to leave Plug'n'Play first", () => {
    expect(strykerNotInstalledAdvice({ manager: 'pnpm', plugAndPlay: false })).toBe(
      'Add it to the project with the plugin of its test runner (for Vitest: pnpm add --dev @stryker-mutator/core ' +
        '@stryker-mutator/vitest-runner) and install dependencies (pnpm install --frozen-lockfile) before this step, or set the ' +
        'input stryker to auto and the gate brings its own.',
    );
    expect(strykerNotInstalledAdvice({ manager: 'yarn-berry', plugAndPlay: true })).toBe(
      "The project installs with Yarn Plug'n'Play, and Stryker cannot run without a node_modules folder: set nodeLinker: " +
        "node-modules in .yarnrc.yml and run yarn install, add Stryker and the plugin of the project's test runner (yarn add --dev " +
        '@stryker-mutator/core @stryker-mutator/vitest-runner), and install dependencies (yarn install --immutable) before this step.',
    );
  });

  it("tell how to install the project's own dependencies, and how to leave Plug'n'Play first", () => {
    expect(dependenciesNotInstalledAdvice({ manager: 'yarn', plugAndPlay: false })).toBe(
      "Install the project's dependencies (yarn install --frozen-lockfile) before this step.",
    );
    expect(dependenciesNotInstalledAdvice({ manager: 'yarn-berry', plugAndPlay: true })).toBe(
      "The project installs with Yarn Plug'n'Play, and Stryker cannot run without a node_modules folder: set nodeLinker: " +
        'node-modules in .yarnrc.yml and run yarn install before this step.',
    );
  });
});
