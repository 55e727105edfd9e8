import { describe, expect, it } from 'vitest';
import { isWithheldVariable, testEnvironment } from '../../../src/core/stryker/test-environment.js';

/** What a composite step of the gate sees on a GitHub runner, in short. */
const RUNNER_ENVIRONMENT = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  CI: 'true',
  NODE_OPTIONS: '--max-old-space-size=4096',
  HTTPS_PROXY: 'http://proxy:3128',
  no_proxy: 'localhost',
  'INPUT_GITHUB-TOKEN': 'ghs_secret',
  INPUT_THRESHOLD: '80',
  GITHUB_TOKEN: 'ghs_secret',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  GITHUB_OUTPUT: '/home/runner/work/_temp/_runner_file_commands/set_output_1',
  GITHUB_STEP_SUMMARY: '/home/runner/work/_temp/_runner_file_commands/step_summary_1',
  GITHUB_ENV: '/home/runner/work/_temp/_runner_file_commands/set_env_1',
  GITHUB_PATH: '/home/runner/work/_temp/_runner_file_commands/add_path_1',
  GITHUB_STATE: '/home/runner/work/_temp/_runner_file_commands/save_state_1',
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: '/home/runner/work/app/app',
  RUNNER_TEMP: '/home/runner/work/_temp',
  DATABASE_URL: 'postgres://localhost/test',
  AWS_SECRET_ACCESS_KEY: 'job-secret',
  UNSET: undefined,
};

/** The allow-list, as the README documents it: every one is passed when set. */
const ALLOW_LISTED = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TERM',
  'COLORTERM',
  'FORCE_COLOR',
  'NO_COLOR',
  'CI',
  'NODE_OPTIONS',
  'NODE_PATH',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'Path',
  'PATHEXT',
  'SystemRoot',
  'SystemDrive',
  'windir',
  'ComSpec',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'USERNAME',
  'HOMEDRIVE',
  'HOMEPATH',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'ProgramW6432',
  'CommonProgramFiles',
  'NUMBER_OF_PROCESSORS',
  'PROCESSOR_ARCHITECTURE',
  'OS',
  'LC_ALL',
  'LC_CTYPE',
];

describe('testEnvironment', () => {
  it('passes every allow-listed variable that is set, and nothing else', () => {
    const env = Object.fromEntries([...ALLOW_LISTED, 'UNLISTED', 'LCX', ''].map((name) => [name, `value of ${name}`]));
    expect(testEnvironment(env, [])).toEqual(Object.fromEntries(ALLOW_LISTED.map((name) => [name, `value of ${name}`])));
  });

  it('passes a withheld variable under no circumstances, not even when it is named', () => {
    expect(
      testEnvironment({ GITHUB_TOKEN: 'ghs_secret', 'INPUT_GITHUB-TOKEN': 'ghs_secret', PATH: '/bin' }, [
        'GITHUB_TOKEN',
        'INPUT_GITHUB-TOKEN',
      ]),
    ).toEqual({
      PATH: '/bin',
    });
  });

  it("passes what Node, package managers and test runners need, and nothing of the workflow's", () => {
    expect(testEnvironment(RUNNER_ENVIRONMENT, [])).toEqual({
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      CI: 'true',
      NODE_OPTIONS: '--max-old-space-size=4096',
      HTTPS_PROXY: 'http://proxy:3128',
      no_proxy: 'localhost',
    });
  });

  it('adds the variables test-env names, never a withheld one', () => {
    const passed = testEnvironment(RUNNER_ENVIRONMENT, ['DATABASE_URL', 'GITHUB_TOKEN', 'INPUT_THRESHOLD', 'NOT_SET']);
    expect(passed.DATABASE_URL).toBe('postgres://localhost/test');
    expect(Object.keys(passed)).not.toContain('GITHUB_TOKEN');
    expect(Object.keys(passed)).not.toContain('INPUT_THRESHOLD');
    expect(Object.keys(passed)).not.toContain('NOT_SET');
    expect(passed.AWS_SECRET_ACCESS_KEY).toBeUndefined();
  });

  it('adds nothing: no colour setting of its own', () => {
    expect(testEnvironment({ PATH: '/bin' }, [])).toEqual({ PATH: '/bin' });
    expect(testEnvironment({ FORCE_COLOR: '1', NO_COLOR: '1' }, [])).toEqual({ FORCE_COLOR: '1', NO_COLOR: '1' });
  });

  it("passes Windows' own variables as Windows spells them", () => {
    expect(testEnvironment({ Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', 'ProgramFiles(x86)': 'C:\\P', APPDATA: 'C:\\A' }, [])).toEqual(
      {
        Path: 'C:\\Windows',
        SystemRoot: 'C:\\Windows',
        'ProgramFiles(x86)': 'C:\\P',
        APPDATA: 'C:\\A',
      },
    );
  });
});

describe('isWithheldVariable', () => {
  it.each([
    'INPUT_X',
    'input_github-token',
    'ACTIONS_CACHE_URL',
    'GITHUB_TOKEN',
    'github_output',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
  ])('withholds %s', (name) => {
    expect(isWithheldVariable(name)).toBe(true);
  });

  it.each(['GITHUB_ACTIONS', 'GITHUB_SHA', 'DATABASE_URL', 'MY_INPUT_', 'XACTIONS_'])('does not withhold %s', (name) => {
    expect(isWithheldVariable(name)).toBe(false);
  });
});
