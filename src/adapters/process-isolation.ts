import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { constants } from 'node:os';
import type { Config } from '../core/config/config.js';
import type { Isolation } from '../core/stryker/isolation.js';

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
   * The command line that runs `command` inside the sandbox with exactly `env`, with `hidden` (the
   * directories of the step's command files) covered by an empty file system where the sandbox can.
   */
  wrap(command: readonly string[], env: Readonly<Record<string, string>>, hidden: readonly string[]): string[];
  /** Variables the sandbox needs in the environment of what it runs (the marker a sweep finds processes by). */
  readonly marker: Readonly<Record<string, string>>;
  /** Stops what is left after Stryker ended, beyond its process group. */
  sweep(): Promise<void>;
  /** How the wrapped command ended, from how the sandbox's own process did. */
  exitOf(exitCode: number | null, signal: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null };
}

/** A new PID namespace with its own /proc; unshare's child is PID 1 and is killed if unshare dies. */
const NAMESPACE = ['--pid', '--fork', '--mount-proc', '--kill-child'];

function works(command: readonly string[]): boolean {
  const [file, ...args] = command;
  if (file === undefined) return false;
  const probe = spawnSync(file, [...args, 'true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

const asIs = (exitCode: number | null, signal: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null } => ({
  exitCode,
  signal,
});

/**
 * PID 1 as a root shell in the new mount namespace: it covers each hidden directory with an empty tmpfs
 * and each hidden file with /dev/null (only this namespace sees either), then runs the command as a child,
 * so that the command keeps ordinary signal handling (PID 1 ignores the signals it has no handler for) and
 * the shell's parent-death signal stays set.
 */
const ROOT_INIT = [
  'n=$1; shift',
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

/** The root shell, then `prefix` (setpriv, to become the gate's user), then the command with exactly `env` (a shell adds PWD). */
function rootInit(
  hidden: readonly string[],
  prefix: readonly string[],
  command: readonly string[],
  env: Readonly<Record<string, string>>,
): string[] {
  const exactly = ['env', '-i', ...Object.entries(env).map(([name, value]) => `${name}=${value}`)];
  const covered = [...hidden, ...dockerSockets()];
  return ['sh', '-c', ROOT_INIT, 'sh', String(covered.length), ...covered, ...prefix, ...exactly, ...command];
}

/** A shell reports a child killed by signal N as status 128 + N. */
function fromShell(exitCode: number | null, signal: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null } {
  if (exitCode === null || exitCode <= 128) return { exitCode, signal };
  const name = Object.entries(constants.signals).find(([, number]) => number === exitCode - 128)?.[0] as NodeJS.Signals | undefined;
  return name === undefined ? { exitCode, signal } : { exitCode: null, signal: name };
}

const HIDDEN = "the step's command files and the Docker socket hidden from it";

/** As root: the namespace, and the command files hidden. The code under test runs as root too. */
function rootSandbox(): Sandbox {
  return {
    isolation: { level: 'pid-namespace', detail: `unshare, as root; ${HIDDEN}` },
    wrap: (command, env, hidden) => ['unshare', ...NAMESPACE, '--', ...rootInit(hidden, [], command, env)],
    marker: {},
    // The kernel ended every process of the namespace when its PID 1 exited.
    sweep: async () => {},
    exitOf: fromShell,
  };
}

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
    wrap: (command) => [...USER_NAMESPACE, '--', ...NO_NEW_PRIVILEGES, ...command],
    marker: {},
    sweep: async () => {},
    exitOf: asIs,
  };
}

const SUDO_NAMESPACE = ['sudo', '-n', 'unshare', ...NAMESPACE];

/**
 * The namespace GitHub's hosted Linux runners allow: made by unshare as root through passwordless sudo.
 * The root shell hides the command files and the Docker socket, then becomes the gate's user again with
 * setpriv for the command: without the user's other groups (docker, adm) and unable to gain privileges,
 * so the passwordless sudo that made the namespace cannot undo it. sudo sets variables of its own
 * (SUDO_*, USER=root): `env -i` gives the command the allow-listed environment again.
 */
export function sudoSandbox(): Sandbox {
  const user = [`--reuid=${process.getuid?.() ?? 0}`, `--regid=${process.getgid?.() ?? 0}`, '--clear-groups', '--no-new-privs'];
  return {
    isolation: { level: 'pid-namespace', detail: `unshare through passwordless sudo, no sudo for it; ${HIDDEN}` },
    wrap: (command, env, hidden) => [...SUDO_NAMESPACE, '--', ...rootInit(hidden, ['setpriv', ...user, '--'], command, env)],
    marker: {},
    sweep: async () => {},
    exitOf: fromShell,
  };
}

function processGroupSandbox(why: string): Sandbox {
  const marker = `mutation-gate-${randomUUID()}`;
  return {
    isolation: { level: 'process-group', detail: why },
    wrap: (command) => [...command],
    marker: process.platform === 'linux' ? { MUTATION_GATE_RUN: marker } : {},
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

let chosen: Sandbox | undefined;

/** The strongest sandbox this machine allows (probed once), or the process group when `none` is asked for. */
export function chooseSandbox(requested: Config['isolation']): Sandbox {
  if (requested === 'none') return processGroupSandbox('isolation: none');
  chosen ??= probeSandbox();
  return chosen;
}

function probeSandbox(): Sandbox {
  if (process.platform !== 'linux') {
    return processGroupSandbox(`no PID namespaces on ${process.platform}: processes that leave Stryker's process group can outlive it`);
  }
  if (process.getuid?.() === 0 && works(['unshare', ...NAMESPACE])) return rootSandbox();
  // sudo before an unprivileged user namespace: only a root shell can hide the step's command files.
  if (works([...SUDO_NAMESPACE, '--', ...NO_NEW_PRIVILEGES])) return sudoSandbox();
  if (works([...USER_NAMESPACE, '--', ...NO_NEW_PRIVILEGES])) return userNamespaceSandbox();
  return processGroupSandbox(
    'no PID namespace could be made (not root, unprivileged user namespaces refused, no passwordless sudo): ' +
      "a process that leaves Stryker's process group and clears its environment can outlive it",
  );
}
