import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import type { Config } from '../core/config/config.js';
import type { Isolation } from '../core/stryker/isolation.js';
import { GateError } from '../pipeline/gate-error.js';
import { ensureTestUser, type Grant, grantTestUser, type Reach, TEST_USER } from './test-user.js';

/**
 * Where Stryker runs, so that nothing it or the tests start outlives it and the tests cannot see the gate.
 * On Linux that is a PID namespace of its own (util-linux `unshare`): its PID 1 is Stryker or a root shell
 * that starts it, a fresh /proc shows only the namespace's processes, and when PID 1 exits the kernel kills
 * every process left in it, also those that left Stryker's process group or session. Making one needs
 * root, passwordless sudo or an unprivileged user namespace (GitHub's Ubuntu 24.04 runners refuse those
 * through AppArmor, and have sudo). Elsewhere, or with `isolation: none`, the process group is stopped.
 */
export interface Sandbox {
  readonly isolation: Isolation;
  /**
   * How to run `command` in `directory` inside the sandbox with exactly `env`, with `hidden` (the
   * directories of the step's command files) covered by an empty file system where the sandbox can.
   */
  wrap(command: readonly string[], env: Readonly<Record<string, string>>, hidden: readonly string[], directory: string): Launch;
  /** Variables the sandbox needs in the environment of what it runs (the marker a sweep finds processes by). */
  readonly marker: Readonly<Record<string, string>>;
  /**
   * Gives the code under test what it must reach for one run (nothing to do unless it runs as another user)
   * and the variables that change with that; the grant's revoke takes it back once nothing of the run is left.
   */
  grant(runDirectory: string, reach: Reach): Promise<Grant>;
  /** Stops what is left after Stryker ended, beyond its process group. */
  sweep(): Promise<void>;
  /** How the wrapped command ended, from how the sandbox's own process did. */
  exitOf(exitCode: number | null, signal: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null };
}

/** The command line to start, and the directory to start it in. */
export interface Launch {
  readonly argv: readonly string[];
  readonly cwd: string;
}

/** A new PID namespace with its own /proc; unshare's child is PID 1 and is killed if unshare dies. */
const NAMESPACE = ['--pid', '--fork', '--mount-proc', '--kill-child'];

function works(command: readonly string[]): boolean {
  const [file, ...args] = command;
  if (file === undefined) return false;
  const probe = spawnSync(file, [...args, 'true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

const noGrant = async (): Promise<Grant> => ({ env: {}, revoke: async () => {} });

const asIs = (exitCode: number | null, signal: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null } => ({
  exitCode,
  signal,
});

/**
 * PID 1 as a root shell in the new mount namespace: it enters the command's directory (as root: with
 * `isolation: user` that directory is the test user's, and may be closed to the gate's user), covers each
 * hidden directory with an empty tmpfs and each hidden file with /dev/null (only this namespace sees
 * either), then runs the command as a child, so that the command keeps ordinary signal handling (PID 1
 * ignores the signals it has no handler for) and the shell's parent-death signal stays set.
 */
const ROOT_INIT = [
  'cd "$1" || exit 125',
  'n=$2; shift 2',
  'while [ "$n" -gt 0 ]; do',
  '  if [ -d "$1" ]; then mount -t tmpfs -o size=64k,mode=0755 mutation-gate "$1" || exit 125; else mount --bind /dev/null "$1" || exit 125; fi',
  '  shift; n=$((n - 1))',
  'done',
  '"$@"; exit $?',
].join('\n');

/**
 * The Docker daemon's socket: whoever can reach it is root on the machine (a container with the host's
 * PID namespace reads any process's environment). GitHub's runner user is in the docker group.
 */
const DOCKER_SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

function dockerSockets(): string[] {
  return [...new Set(DOCKER_SOCKETS.filter((path) => existsSync(path)).map((path) => realpathSync(path)))];
}

/** The root shell, then `prefix` (setpriv, to become another user), then the command with exactly `env` (a shell adds PWD). */
function rootInit(
  directory: string,
  hidden: readonly string[],
  prefix: readonly string[],
  command: readonly string[],
  env: Readonly<Record<string, string>>,
): string[] {
  const exactly = ['env', '-i', ...Object.entries(env).map(([name, value]) => `${name}=${value}`)];
  const covered = [...hidden, ...dockerSockets()];
  return ['sh', '-c', ROOT_INIT, 'sh', directory, String(covered.length), ...covered, ...prefix, ...exactly, ...command];
}

/** A shell reports a child killed by signal N as status 128 + N. */
function fromShell(exitCode: number | null, signal: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null } {
  if (exitCode === null || exitCode <= 128) return { exitCode, signal };
  const name = Object.entries(constants.signals).find(([, number]) => number === exitCode - 128)?.[0] as NodeJS.Signals | undefined;
  return name === undefined ? { exitCode, signal } : { exitCode: null, signal: name };
}

const HIDDEN = "the step's command files and the Docker socket hidden from it";

/**
 * The command may never gain privileges (no_new_privs): sudo and other set-user-ID programs stop working
 * for it, so it cannot become root and undo the sandbox.
 */
const NO_NEW_PRIVILEGES = ['setpriv', '--no-new-privs', '--'];

/**
 * In an unprivileged user namespace the command is PID 1 itself, as the gate's user: nothing there could
 * mount over the command files and then give up the right to unmount them again.
 */
const USER_NAMESPACE = ['unshare', '--user', '--map-current-user', ...NAMESPACE];

function userNamespaceSandbox(): Sandbox {
  return {
    isolation: {
      level: 'pid-namespace',
      detail:
        "unshare in an unprivileged user namespace, no sudo for it; the step's command files and the Docker socket stay within its reach",
    },
    wrap: (command, _env, _hidden, directory) => ({ argv: [...USER_NAMESPACE, '--', ...NO_NEW_PRIVILEGES, ...command], cwd: directory }),
    marker: {},
    grant: noGrant,
    sweep: async () => {},
    exitOf: asIs,
  };
}

const SUDO = ['sudo', '-n'];

/** How the gate becomes root for the namespace: it is root, or passwordless sudo makes it so. */
interface RootAccess {
  /** What runs a command as root. */
  readonly asRoot: readonly string[];
  /** In words, for the summary. */
  readonly how: string;
}

const AS_ROOT: RootAccess = { asRoot: [], how: 'as root' };
const THROUGH_SUDO: RootAccess = { asRoot: SUDO, how: 'through passwordless sudo' };

/** setpriv's options for a command that may never gain privileges and keeps no group but `gid`. */
const asUser = (uid: string, gid: string): string[] => [
  'setpriv',
  `--reuid=${uid}`,
  `--regid=${gid}`,
  '--clear-groups',
  '--no-new-privs',
  '--',
];

/**
 * The namespace made by unshare as root (`access`), with a root shell as PID 1 that hides the command
 * files and the Docker socket and then starts the command through `becoming` (nothing: it stays root).
 * sudo sets variables of its own (SUDO_*, USER=root): `env -i` gives the command the allow-listed
 * environment again. The kernel ends every process of the namespace when its PID 1 exits: nothing to sweep.
 */
function rootShellSandbox(access: RootAccess, isolation: Isolation, becoming: readonly string[], grant: Sandbox['grant']): Sandbox {
  return {
    isolation,
    wrap: (command, env, hidden, directory) => ({
      argv: [...access.asRoot, 'unshare', ...NAMESPACE, '--', ...rootInit(directory, hidden, becoming, command, env)],
      cwd: '/',
    }),
    marker: {},
    grant,
    sweep: async () => {},
    exitOf: fromShell,
  };
}

/** As root: the namespace, and the command files hidden. The code under test runs as root too. */
const rootSandbox = (): Sandbox =>
  rootShellSandbox(AS_ROOT, { level: 'pid-namespace', detail: `unshare, as root; ${HIDDEN}` }, [], noGrant);

/**
 * The namespace GitHub's hosted Linux runners allow: made through passwordless sudo, the command run as the
 * gate's user again without the user's other groups (docker, adm) and unable to gain privileges, so the
 * passwordless sudo that made the namespace cannot undo it.
 */
export const sudoSandbox = (): Sandbox =>
  rootShellSandbox(
    THROUGH_SUDO,
    { level: 'pid-namespace', detail: `unshare through passwordless sudo, no sudo for it; ${HIDDEN}` },
    asUser(String(process.getuid?.() ?? 0), String(process.getgid?.() ?? 0)),
    noGrant,
  );

/**
 * `isolation: user`: the command runs as the test user, which owns the project and the run's directory for
 * the run and nothing else of the gate's user: it cannot read the gate's environment or files, nor write
 * the action's code, the workspace's .git or the runner's home.
 */
const testUserSandbox = (access: RootAccess): Sandbox =>
  rootShellSandbox(
    access,
    { level: 'separate-user', detail: `unshare ${access.how}, the tests as ${TEST_USER} without sudo; ${HIDDEN}` },
    asUser(TEST_USER, TEST_USER),
    (runDirectory, reach) => grantTestUser(access.asRoot, runDirectory, reach),
  );

function processGroupSandbox(why: string): Sandbox {
  const marker = `mutation-gate-${randomUUID()}`;
  return {
    isolation: { level: 'process-group', detail: why },
    wrap: (command, _env, _hidden, directory) => ({ argv: [...command], cwd: directory }),
    marker: process.platform === 'linux' ? { MUTATION_GATE_RUN: marker } : {},
    grant: noGrant,
    exitOf: asIs,
    sweep: process.platform === 'linux' ? () => killMarkedProcesses(`MUTATION_GATE_RUN=${marker}`) : async () => {},
  };
}

/**
 * Best effort without a namespace: every process whose environment still holds the run's marker. A process
 * that replaced its environment, or another user's, is not found.
 */
async function killMarkedProcesses(marker: string): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
    const marked: number[] = [];
    for (const pid of pids) {
      const environ = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
      if (environ.split('\0').includes(marker)) marked.push(Number(pid));
    }
    if (marked.length === 0) return;
    for (const pid of marked) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
  }
}

/** Root for the namespace, probed once: as root, or through passwordless sudo; undefined when neither works. */
let rootAccess: RootAccess | null | undefined;

function probeRootAccess(): RootAccess | undefined {
  if (rootAccess === undefined) {
    if (process.platform !== 'linux') rootAccess = null;
    else if (process.getuid?.() === 0 && works(['unshare', ...NAMESPACE, '--', ...NO_NEW_PRIVILEGES])) rootAccess = AS_ROOT;
    else if (works([...SUDO, 'unshare', ...NAMESPACE, '--', ...NO_NEW_PRIVILEGES])) rootAccess = THROUGH_SUDO;
    else rootAccess = null;
  }
  return rootAccess ?? undefined;
}

/** The test user's sandbox, or why this machine cannot have one (probed once). */
let testUser: Sandbox | string | undefined;

function probeTestUser(): Sandbox | string {
  if (testUser === undefined) {
    const access = probeRootAccess();
    if (access === undefined) {
      testUser =
        process.platform === 'linux'
          ? 'a separate user needs root or passwordless sudo, and this runner has neither'
          : `a separate user needs Linux, and this runner is ${process.platform}`;
    } else {
      testUser = ensureTestUser(access.asRoot) ?? testUserSandbox(access);
    }
  }
  return testUser;
}

/** The gate's own user in the strongest namespace this machine allows (probed once), else the process group. */
let gateUser: Sandbox | undefined;

function probeGateUser(): Sandbox {
  if (gateUser === undefined) {
    const access = probeRootAccess();
    if (process.platform !== 'linux') {
      gateUser = processGroupSandbox(
        `no PID namespaces on ${process.platform}: processes that leave Stryker's process group can outlive it`,
      );
    } else if (access === AS_ROOT) {
      gateUser = rootSandbox();
    } else if (access === THROUGH_SUDO) {
      // sudo before an unprivileged user namespace: only a root shell can hide the step's command files.
      gateUser = sudoSandbox();
    } else if (works([...USER_NAMESPACE, '--', ...NO_NEW_PRIVILEGES])) {
      gateUser = userNamespaceSandbox();
    } else {
      gateUser = processGroupSandbox(
        'no PID namespace could be made (not root, unprivileged user namespaces refused, no passwordless sudo): ' +
          "a process that leaves Stryker's process group and clears its environment can outlive it",
      );
    }
  }
  return gateUser;
}

/**
 * The sandbox `isolation` asks for: `auto` the strongest this machine allows, `user` and `namespace` exactly
 * that or a GateError saying why not, `none` the process group.
 */
export function chooseSandbox(requested: Config['isolation']): Sandbox {
  switch (requested) {
    case 'none':
      return processGroupSandbox('isolation: none');
    case 'user': {
      const sandbox = probeTestUser();
      if (typeof sandbox === 'string') throw new GateError(`isolation: user cannot be had here: ${sandbox}. Use isolation: auto.`);
      return sandbox;
    }
    case 'namespace': {
      const sandbox = probeGateUser();
      if (sandbox.isolation.level === 'process-group') {
        throw new GateError(`isolation: namespace cannot be had here: ${sandbox.isolation.detail}. Use isolation: auto.`);
      }
      return sandbox;
    }
    case 'auto': {
      const sandbox = probeTestUser();
      if (typeof sandbox !== 'string') return sandbox;
      const fallback = probeGateUser();
      return { ...fallback, isolation: { ...fallback.isolation, detail: `${fallback.isolation.detail}; no separate user: ${sandbox}` } };
    }
  }
}
