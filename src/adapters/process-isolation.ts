import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Config } from '../core/config/config.js';
import type { Isolation } from '../core/stryker/isolation.js';

/**
 * Where Stryker runs, so that nothing it or the tests start outlives it and the tests cannot see the gate.
 * On Linux that is a PID namespace of its own (util-linux `unshare`): Stryker is its PID 1, a fresh /proc
 * shows only the namespace's processes, and when PID 1 exits the kernel kills every process left in it,
 * also those that left Stryker's process group or session. Making one needs root, an unprivileged user
 * namespace, or passwordless sudo (GitHub's Ubuntu 24.04 runners restrict unprivileged user namespaces
 * through AppArmor, and have sudo). Elsewhere, or with `isolation: none`, the process group is stopped.
 */
export interface Sandbox {
  readonly isolation: Isolation;
  /** The command line that runs `command` inside the sandbox. */
  wrap(command: readonly string[], env: Readonly<Record<string, string>>): string[];
  /** Variables the sandbox needs in the environment of what it runs (the marker a sweep finds processes by). */
  readonly marker: Readonly<Record<string, string>>;
  /** Stops what is left after Stryker ended, beyond its process group. */
  sweep(): Promise<void>;
}

/** A new PID namespace with its own /proc; unshare's child is PID 1 and is killed if unshare dies. */
const NAMESPACE = ['--pid', '--fork', '--mount-proc', '--kill-child'];

function works(command: readonly string[]): boolean {
  const [file, ...args] = command;
  if (file === undefined) return false;
  const probe = spawnSync(file, [...args, 'true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

function namespaceSandbox(
  prefix: readonly string[],
  detail: string,
  inner: (command: readonly string[], env: Readonly<Record<string, string>>) => string[] = (command) => [...command],
): Sandbox {
  return {
    isolation: { level: 'pid-namespace', detail },
    wrap: (command, env) => [...prefix, '--', ...inner(command, env)],
    marker: {},
    // The kernel ended every process of the namespace when its PID 1 exited.
    sweep: async () => {},
  };
}

/**
 * Through sudo, unshare runs as root: its child becomes the gate's user again with setpriv (which clears the
 * parent-death signal, so PID 1 is a shell that stays root and waits, and dies with unshare). sudo sets
 * variables of its own (SUDO_*, USER=root), so the command gets exactly the allow-listed environment again
 * through `env -i`.
 */
function throughSudo(command: readonly string[], env: Readonly<Record<string, string>>): string[] {
  return [
    'sh',
    '-c',
    '"$@"; exit $?',
    'sh',
    'setpriv',
    `--reuid=${process.getuid?.() ?? 0}`,
    `--regid=${process.getgid?.() ?? 0}`,
    '--init-groups',
    '--',
    'env',
    '-i',
    ...Object.entries(env).map(([name, value]) => `${name}=${value}`),
    ...command,
  ];
}

const SUDO_NAMESPACE = ['sudo', '-n', 'unshare', ...NAMESPACE];

/** The namespace GitHub's hosted Linux runners allow: made by unshare as root through passwordless sudo. */
export function sudoSandbox(): Sandbox {
  return namespaceSandbox(SUDO_NAMESPACE, 'unshare through passwordless sudo', throughSudo);
}

function processGroupSandbox(why: string): Sandbox {
  const marker = `mutation-gate-${randomUUID()}`;
  return {
    isolation: { level: 'process-group', detail: why },
    wrap: (command) => [...command],
    marker: process.platform === 'linux' ? { MUTATION_GATE_RUN: marker } : {},
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
  if (process.getuid?.() === 0 && works(['unshare', ...NAMESPACE])) {
    return namespaceSandbox(['unshare', ...NAMESPACE], 'unshare, as root');
  }
  const userNamespace = ['unshare', '--user', '--map-current-user', ...NAMESPACE];
  if (works(userNamespace)) return namespaceSandbox(userNamespace, 'unshare in an unprivileged user namespace');
  if (works(SUDO_NAMESPACE)) return sudoSandbox();
  return processGroupSandbox(
    'no PID namespace could be made (not root, unprivileged user namespaces refused, no passwordless sudo): ' +
      "a process that leaves Stryker's process group and clears its environment can outlive it",
  );
}
