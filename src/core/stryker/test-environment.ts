/**
 * The environment Stryker and the code under test get: an allow-list, not the gate's environment minus
 * a few names. What the workflow gave the gate (its token, every input, the paths of the step's command
 * files, the runtime tokens of the Actions service) never reaches code the pull request controls.
 */

/** What Node, the package managers, the test runners and a shell need, on Linux, macOS and Windows; each only if set. */
const PASSED_NAMES: ReadonlySet<string> = new Set([
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
  // Windows
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
]);

/** Locale settings: LC_ALL, LC_CTYPE and the rest. */
const PASSED_PREFIX = 'LC_';

/**
 * Never passed, even when `test-env` names them: the workflow's token, the inputs (which hold it too), the
 * Actions service's runtime and OIDC tokens, and the step's command files (whoever writes them sets the
 * gate's outputs, environment and PATH).
 */
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_'];

/** The variables that name the step's command files: whoever writes those sets the step's outputs, summary, environment and PATH. */
export const COMMAND_FILE_VARIABLES: readonly string[] = [
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
];

const WITHHELD_NAMES: ReadonlySet<string> = new Set(['GITHUB_TOKEN', ...COMMAND_FILE_VARIABLES]);

/** Whether a variable may never reach the code under test, whatever the workflow asks. */
export function isWithheldVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/**
 * The allow-listed part of `env`, plus the variables the workflow named in `test-env` (a database URL the
 * tests need, say). Nothing is added: a variable the gate set would change how the tests behave.
 */
export function testEnvironment(env: Readonly<Record<string, string | undefined>>, named: readonly string[]): Record<string, string> {
  const wanted = new Set(named);
  const passed: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || isWithheldVariable(name)) continue;
    if (PASSED_NAMES.has(name) || name.startsWith(PASSED_PREFIX) || wanted.has(name)) passed[name] = value;
  }
  return passed;
}
