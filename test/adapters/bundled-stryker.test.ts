import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BundledStrykerPlaces, bundledStrykerCli, bundledStrykerPlaces } from '../../src/adapters/bundled-stryker.js';
import { GateError } from '../../src/pipeline/gate-error.js';

// The real installer with a stand-in for npm (a script that lays out what npm ci would and records its
// arguments), so these tests need no registry: test/e2e/bundled-stryker.test.ts runs the real npm ci.

const FAKE_NPM = `#!/usr/bin/env bash
echo "$*" >> "$NPM_CALLS"
if [ -n "$NPM_FAILS" ]; then echo "npm error code E404"; echo "npm error 404 Not Found"; exit 1; fi
sleep 0.2
mkdir -p node_modules/@stryker-mutator/core/bin
echo '{ "name": "@stryker-mutator/core", "bin": { "stryker": "bin/stryker.js" } }' > node_modules/@stryker-mutator/core/package.json
`;

async function setUp(): Promise<{ places: BundledStrykerPlaces; project: string; calls: string }> {
  const root = await mkdtemp(join(tmpdir(), 'gate-bundled-'));
  const sets = join(root, 'sets');
  for (const set of ['vitest', 'command']) {
    await mkdir(join(sets, set), { recursive: true });
    await writeFile(join(sets, set, 'package.json'), `{ "name": "${set}" }`);
    await writeFile(join(sets, set, 'package-lock.json'), `{ "lock": "${set}" }`);
  }
  const npm = join(root, 'npm');
  await writeFile(npm, FAKE_NPM);
  await chmod(npm, 0o755);
  const project = join(root, 'project');
  await mkdir(join(project, 'node_modules', 'vitest'), { recursive: true });
  await writeFile(join(project, 'node_modules', 'vitest', 'package.json'), '{ "name": "vitest" }');
  await writeFile(join(project, 'package-lock.json'), '{}');
  const calls = join(root, 'npm-calls');
  process.env.NPM_CALLS = calls;
  return { places: { sets, installs: join(root, 'installs'), npmCache: join(root, 'npm-cache'), npm: [npm] }, project, calls };
}

const lines = async (path: string): Promise<string[]> => (await readFile(path, 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe('bundledStrykerCli', () => {
  it("installs a set with npm ci, checked and without scripts or peers, and links the project's own test runner into it", async () => {
    const { places, project, calls } = await setUp();
    const progress: string[] = [];
    const cli = await bundledStrykerCli(places, 'vitest', project, (line) => progress.push(line));
    expect(cli).toMatch(/\/installs\/mutation-gate-stryker-vitest-[0-9a-f]{16}\/node_modules\/@stryker-mutator\/core\/bin\/stryker\.js$/);
    expect(await lines(calls)).toEqual([
      `ci --ignore-scripts --legacy-peer-deps --no-audit --no-fund --prefer-offline --loglevel=error --cache ${places.npmCache}`,
    ]);
    const install = cli.split('/node_modules/')[0] as string;
    expect(await readFile(join(install, 'package-lock.json'), 'utf8')).toBe('{ "lock": "vitest" }');
    expect(await readlink(join(install, 'node_modules', 'vitest'))).toBe(join(project, 'node_modules', 'vitest'));
    expect(progress[0]).toBe("Installing the gate's Stryker for vitest (npm ci of the action's bundled-stryker/vitest lockfile)…");
    expect(progress[1]).toMatch(/^Installed in \d+\.\d s: /);
    // Only the finished install is left: no staging folder.
    expect(await readdir(places.installs)).toEqual([install.split('/').at(-1)]);
  });

  it('uses a finished install again, and runs side by side with another install of the same set', async () => {
    const { places, project, calls } = await setUp();
    const [first, second] = await Promise.all([
      bundledStrykerCli(places, 'command', project, () => {}),
      bundledStrykerCli(places, 'command', project, () => {}),
    ]);
    expect(second).toBe(first);
    const progress: string[] = [];
    expect(await bundledStrykerCli(places, 'command', project, (line) => progress.push(line))).toBe(first);
    expect(progress).toEqual([`The gate's Stryker for command is installed already: ${(first as string).split('/node_modules/')[0]}.`]);
    expect(await lines(calls)).toHaveLength(2);
    expect(await readdir(places.installs)).toHaveLength(1);
  });

  it('links TypeScript and Svelte from the project when it has them, for Stryker itself', async () => {
    const { places, project } = await setUp();
    const withoutThem = (await bundledStrykerCli(places, 'command', project, () => {})).split('/node_modules/')[0] as string;
    expect(await readdir(join(withoutThem, 'node_modules'))).toEqual(['@stryker-mutator']);
    await mkdir(join(project, 'node_modules', 'typescript'));
    await writeFile(join(project, 'node_modules', 'typescript', 'package.json'), '{}');
    const withTypeScript = (await bundledStrykerCli(places, 'command', project, () => {})).split('/node_modules/')[0] as string;
    expect(withTypeScript).not.toBe(withoutThem);
    expect(await readlink(join(withTypeScript, 'node_modules', 'typescript'))).toBe(join(project, 'node_modules', 'typescript'));
  });

  it("makes another install for another copy of the project's test runner", async () => {
    const { places, project } = await setUp();
    const other = join(project, '..', 'other');
    await mkdir(join(other, 'node_modules', 'vitest'), { recursive: true });
    await writeFile(join(other, 'node_modules', 'vitest', 'package.json'), '{}');
    const one = await bundledStrykerCli(places, 'vitest', project, () => {});
    const two = await bundledStrykerCli(places, 'vitest', other, () => {});
    expect(two).not.toBe(one);
    expect(await readlink(join(two.split('/node_modules/')[0] as string, 'node_modules', 'vitest'))).toBe(
      join(other, 'node_modules', 'vitest'),
    );
  });

  it("fails, in the project's package manager's words, when the project's test runner is not installed", async () => {
    const { places, project, calls } = await setUp();
    const bare = join(project, '..', 'bare');
    await mkdir(bare);
    await writeFile(join(bare, 'pnpm-lock.yaml'), '');
    const error = await bundledStrykerCli(places, 'vitest', bare, () => {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toBe(
      `The project's vitest is not installed in ${bare}, and Stryker's vitest runner needs it. Install the project's ` +
        'dependencies (pnpm install --frozen-lockfile) before this step.',
    );
    expect(await lines(calls)).toEqual([]);
  });

  it("fails before installing anything under Yarn Plug'n'Play, naming the setting to change", async () => {
    const { places, project, calls } = await setUp();
    await writeFile(join(project, '.yarnrc.yml'), 'nodeLinker: pnp\n');
    await writeFile(join(project, 'yarn.lock'), '');
    const error = (await bundledStrykerCli(places, 'jest', project, () => {}).catch((thrown: unknown) => thrown)) as GateError;
    expect(error.message).toBe(
      "The project installs with Yarn Plug'n'Play, and Stryker cannot run without a node_modules folder: set nodeLinker: " +
        'node-modules in .yarnrc.yml and run yarn install before this step.',
    );
    expect(await lines(calls)).toEqual([]);
  });

  it("fails with npm's last words when npm does, and leaves nothing half-made", async () => {
    const { places, project } = await setUp();
    process.env.NPM_FAILS = '1';
    try {
      const error = (await bundledStrykerCli(places, 'command', project, () => {}).catch((thrown: unknown) => thrown)) as GateError;
      expect(error.message).toBe(
        "npm could not install the gate's Stryker for command (exit code 1): the npm registry must be reachable, or install " +
          'Stryker in the project and set the input stryker to project.',
      );
      expect(error.details).toEqual(['npm error code E404', 'npm error 404 Not Found']);
      expect(await readdir(places.installs)).toEqual([]);
    } finally {
      delete process.env.NPM_FAILS;
    }
  });

  it("fails when the action's files lack the set", async () => {
    const { places, project } = await setUp();
    const error = (await bundledStrykerCli(places, 'jest', project, () => {}).catch((thrown: unknown) => thrown)) as GateError;
    expect(error.message).toBe(
      `The action's Stryker for jest is missing (${join(places.sets, 'jest')}): the action's files are incomplete.`,
    );
  });
});

describe('bundledStrykerPlaces', () => {
  it("puts installs and npm's cache under RUNNER_TEMP on a runner, where action.yml keeps the cache", () => {
    expect(bundledStrykerPlaces('/action/bundled-stryker', { RUNNER_TEMP: '/runner/_temp' })).toEqual({
      sets: '/action/bundled-stryker',
      installs: '/runner/_temp',
      npmCache: '/runner/_temp/mutation-gate-npm-cache',
    });
  });

  it("uses the system temp folder and npm's own cache elsewhere", () => {
    expect(bundledStrykerPlaces('/a', { RUNNER_TEMP: '' })).toEqual({ sets: '/a', installs: tmpdir(), npmCache: undefined });
  });
});
