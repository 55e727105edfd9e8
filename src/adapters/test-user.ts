import { spawn, spawnSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GateError } from '../pipeline/gate-error.js';

/**
 * The unprivileged user the code under test runs as with `isolation: user`. It has no password, no login
 * shell and no home of its own: each run gives it a fresh one, and a fresh temp directory, in the run's
 * directory.
 */
export const TEST_USER = 'mutation-gate-tests';

/** The system user, made once per machine; `useradd` lives in sbin, outside an ordinary PATH. */
const ENSURE_USER = [
  'PATH="$PATH:/usr/sbin:/sbin"',
  // Another run on the machine may be making it at the same moment: useradd then finds /etc/passwd
  // locked (1, 10) or the name taken (9). What counts is that it exists afterwards.
  'for try in 1 2 3 4 5; do',
  '  id -u "$1" >/dev/null 2>&1 && exit 0',
  '  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$1" && exit 0',
  '  case $? in 1|9|10) sleep 1 ;; *) exit 1 ;; esac',
  'done',
  'exit 1',
].join('\n');

/**
 * Makes the test user if the machine lacks it, through `asRoot` (nothing as root, `sudo -n` otherwise).
 * Undefined when it exists afterwards, else why not.
 */
export function ensureTestUser(asRoot: readonly string[], name = TEST_USER): string | undefined {
  const [file, ...args] = [...asRoot, 'sh', '-c', ENSURE_USER, 'sh', name];
  const made = spawnSync(file as string, args, { encoding: 'utf8', timeout: 30_000 });
  if (made.status === 0) return undefined;
  const said = `${made.stderr ?? ''}`.trim() || made.error?.message || `exit ${made.status}`;
  return `the user ${name} could not be made (${said})`;
}

/**
 * Hands the trees to the test user: every directory, and every file that has no other name (a hard link
 * could be a file of the gate's user elsewhere), that the gate's user owns; never a repository's .git.
 * Symbolic links are changed themselves, never followed. Then the directories on the way to what the tests
 * need (and the trees themselves) get the search bit for others.
 */
const GRANT = [
  'user=$1; from=$2; trees=$3; shift 3',
  'while [ "$trees" -gt 0 ]; do',
  '  find "$1" -name .git -prune -o \\( -type d -o -links 1 \\) -exec chown -h --from="$from" "$user" {} + || exit 1',
  '  shift; trees=$((trees - 1))',
  'done',
  '[ "$#" -eq 0 ] || chmod o+x -- "$@"',
].join('\n');

/** Everything the test user owns in the trees goes back to the gate's user; the search bits are taken back. */
const REVOKE = [
  'user=$1; to=$2; trees=$3; shift 3',
  'status=0',
  'while [ "$trees" -gt 0 ]; do',
  '  chown -R -h --from="$user" "$to" "$1" || status=1',
  '  shift; trees=$((trees - 1))',
  'done',
  '[ "$#" -eq 0 ] || chmod o-x -- "$@" || status=1',
  'exit $status',
].join('\n');

/** What the code under test is given: the trees it may write, and programs it must be able to reach. */
export interface Reach {
  /** The project (Stryker's working directory) and the run's own directory. */
  readonly trees: readonly string[];
  /** Files outside the trees the tests run (Node, Stryker's CLI): the directories above them must be searchable. */
  readonly programs: readonly string[];
}

/** What a grant changed in the test's environment, and how to take it back. */
export interface Grant {
  readonly env: Readonly<Record<string, string>>;
  revoke(): Promise<void>;
}

/**
 * The trees, and the directories above them and above the programs, that others cannot search, outermost
 * first. The trees themselves too: the gate's user must still be able to start Stryker in the project once
 * it is the test user's.
 */
export function unsearchableOnTheWay(trees: readonly string[], programs: readonly string[]): string[] {
  const onTheWay = new Set<string>();
  const addFrom = (directory: string): void => {
    for (; ; directory = dirname(directory)) {
      onTheWay.add(directory);
      if (dirname(directory) === directory) return;
    }
  };
  for (const tree of trees) addFrom(realpathSync(tree));
  for (const program of programs) addFrom(dirname(realpathSync(program)));
  return [...onTheWay].filter((directory) => (statSync(directory).mode & 0o001) === 0).sort((a, b) => a.length - b.length);
}

function runAsRoot(asRoot: readonly string[], script: string, args: readonly string[]): Promise<string | undefined> {
  const [file, ...rest] = [...asRoot, 'sh', '-c', script, 'sh', ...args];
  return new Promise((resolve) => {
    const child = spawn(file as string, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', (error) => resolve(error.message));
    child.once('close', (code) => resolve(code === 0 ? undefined : stderr.trim() || `exit ${code}`));
  });
}

/**
 * Gives the test user the project and the run's directory for one run, with a fresh home and temp
 * directory in the latter.
 * The returned revoke gives everything back to the gate's user; call it only once no process of the test
 * user is left (the namespace is gone).
 */
export async function grantTestUser(asRoot: readonly string[], runDirectory: string, reach: Reach): Promise<Grant> {
  // Fresh each run: nothing a test left in the test user's home or temp files (a poisoned transform cache
  // on a self-hosted runner) reaches a later run, and no cache another user made in /tmp is in the way.
  const home = join(runDirectory, 'home');
  const temp = join(runDirectory, 'tmp');
  await mkdir(home, { recursive: true });
  await mkdir(temp, { recursive: true });
  const trees = reach.trees.map((tree) => realpathSync(tree));
  // Searchable for the run only: the search bits are taken back with the trees.
  const opened = unsearchableOnTheWay(trees, reach.programs);
  const owner = `${process.getuid?.() ?? 0}:${process.getgid?.() ?? 0}`;
  let revoked: Promise<void> | undefined;
  const revoke = (): Promise<void> => {
    revoked ??= runAsRoot(asRoot, REVOKE, [TEST_USER, owner, String(trees.length), ...trees, ...opened]).then((failed) => {
      if (failed !== undefined) throw new GateError(`Could not give ${trees.join(', ')} back from the user ${TEST_USER}: ${failed}`);
    });
    return revoked;
  };
  const failed = await runAsRoot(asRoot, GRANT, [TEST_USER, String(process.getuid?.() ?? 0), String(trees.length), ...trees, ...opened]);
  if (failed !== undefined) {
    await revoke().catch(() => {});
    throw new GateError(
      `Could not give ${trees.join(', ')} to the user ${TEST_USER} for isolation: user (${failed}). ` +
        "Set isolation: namespace to run the tests as the gate's user.",
    );
  }
  return { env: { HOME: home, TMPDIR: temp, USER: TEST_USER, LOGNAME: TEST_USER }, revoke };
}
