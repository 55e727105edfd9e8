import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandFileDirectories, findStrykerCli } from '../../src/adapters/stryker.js';

const RUNNER = {
  GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output_1',
  GITHUB_STEP_SUMMARY: '/home/runner/work/_temp/_runner_file_commands/step_summary_1',
  GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env_1',
  GITHUB_PATH: '/home/runner/work/_temp/_runner_file_commands/add_path_1',
  GITHUB_STATE: '/home/runner/work/_temp/_runner_file_commands/save_state_1',
  GITHUB_WORKSPACE: '/home/runner/work/app/app',
};

const NEEDED = ['/home/runner/work/app/app', '/home/runner/work/_temp/mutation-gate-x/stryker.config.mjs'];

describe('commandFileDirectories', () => {
  it("names the runner's command file directory once", () => {
    expect(commandFileDirectories(RUNNER, NEEDED)).toEqual(['/home/runner/work/_temp/_runner_file_commands']);
  });

  it('never names a directory that holds what Stryker needs, nor the root, nor a relative path', () => {
    const local = {
      GITHUB_OUTPUT: '/tmp/out',
      GITHUB_STEP_SUMMARY: '/summary.md',
      GITHUB_ENV: 'relative/env',
      GITHUB_PATH: '/home/runner/work/app/app/path',
    };
    expect(commandFileDirectories(local, ['/tmp/gate/stryker.config.mjs', '/home/runner/work/app/app'])).toEqual([]);
  });

  it('names each directory when the files are in several', () => {
    expect(commandFileDirectories({ GITHUB_OUTPUT: '/a/out', GITHUB_STEP_SUMMARY: '/b/summary' }, NEEDED)).toEqual(['/a', '/b']);
  });

  it('names none outside a runner', () => {
    expect(commandFileDirectories({}, NEEDED)).toEqual([]);
  });
});

describe('findStrykerCli without Stryker installed', () => {
  /** A monorepo root with these files, and a package below it with a package.json of its own. */
  async function project(rootFiles: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'gate-no-stryker-'));
    for (const [name, text] of Object.entries(rootFiles)) await writeFile(join(root, name), text);
    const app = join(root, 'packages', 'app');
    await mkdir(app, { recursive: true });
    await writeFile(join(app, 'package.json'), '{ "name": "app" }');
    return app;
  }

  const failure = (directory: string): Promise<string> =>
    findStrykerCli(directory).then(
      () => 'found',
      (error: unknown) => (error as Error).message,
    );

  it('names the install commands of the package manager whose lockfile is nearest, above a workspace package', async () => {
    const app = await project({ 'pnpm-lock.yaml': '', 'package.json': '{ "private": true }' });
    const message = await failure(app);
    expect(message).toMatch(/^Stryker is not installed in .*packages\/app\. /);
    expect(message).toContain('pnpm add --dev @stryker-mutator/core @stryker-mutator/vitest-runner');
    expect(message).toContain('(pnpm install --frozen-lockfile)');
  });

  it("takes packageManager from the nearest package.json that has it, and tells a Plug'n'Play project how to leave it", async () => {
    const app = await project({
      'yarn.lock': '',
      '.yarnrc.yml': 'enableTelemetry: false\n',
      'package.json': '{ "packageManager": "yarn@4.5.0" }',
    });
    expect(await failure(app)).toContain("installs with Yarn Plug'n'Play");
    const linked = await project({ 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\n' });
    expect(await failure(linked)).toContain('(yarn install --immutable)');
  });

  it('says npm when nothing names a package manager', async () => {
    expect(await failure(await project({}))).toContain('npm install --save-dev @stryker-mutator/core');
  });
});
