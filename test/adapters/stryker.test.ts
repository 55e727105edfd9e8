import { describe, expect, it } from 'vitest';
import { commandFileDirectories } from '../../src/adapters/stryker.js';

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
