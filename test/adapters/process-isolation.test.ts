import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSandbox, type Sandbox, sudoSandbox } from '../../src/adapters/process-isolation.js';

/** What a command run in the sandbox sees: its uid and pid, the processes it can see, its environment. */
const LOOK_AROUND = `const fs = require('node:fs');
console.log(JSON.stringify({
  uid: process.getuid(),
  pid: process.pid,
  cwd: process.cwd(),
  visible: fs.readdirSync('/proc').filter((name) => /^\\d+$/.test(name)).length,
  env: process.env,
  stdin: fs.readFileSync(0, 'utf8'),
  commandFiles: fs.readdirSync(process.argv[1]),
  socket: fs.statSync(process.argv[2]).isSocket() ? 'socket' : fs.statSync(process.argv[2]).isCharacterDevice() ? 'device' : 'other',
  noNewPrivileges: /NoNewPrivs:\\s+1/.test(fs.readFileSync('/proc/self/status', 'utf8')),
  groups: process.getgroups(),
}));`;

/** Where the command runs: it reports its working directory. */
const DIRECTORY = mkdtempSync(join(tmpdir(), 'gate-sandbox-cwd-'));

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', CI: 'true' };

interface Seen {
  uid: number;
  pid: number;
  cwd: string;
  visible: number;
  env: Record<string, string>;
  stdin: string;
  commandFiles: string[];
  socket: string;
  noNewPrivileges: boolean;
  groups: number[];
}

/** A Unix socket standing in for Docker's, hidden when named as one of the paths to cover. */
async function listeningSocket(): Promise<{ path: string; server: Server }> {
  const path = join(mkdtempSync(join(tmpdir(), 'gate-socket-')), 'docker.sock');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { path, server };
}

/** A directory like the runner's, with the step's command files in it. */
function commandFileDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'gate-file-commands-'));
  writeFileSync(join(directory, 'set_output_1'), '');
  return directory;
}

function lookAround(sandbox: Sandbox, hidden: readonly string[], commandFiles: string, socket: string): Seen {
  const launch = sandbox.wrap([process.execPath, '-e', LOOK_AROUND, commandFiles, socket], ENV, hidden, DIRECTORY);
  const [file, ...args] = launch.argv;
  const run = spawnSync(file as string, args, { cwd: launch.cwd, env: ENV, input: 'key', encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const seen = JSON.parse(run.stdout) as Seen;
  expect(seen.cwd).toBe(DIRECTORY);
  return seen;
}

/** Whether this machine gives what `isolation` asks for. */
function available(isolation: 'user' | 'namespace'): boolean {
  try {
    chooseSandbox(isolation);
    return true;
  } catch {
    return false;
  }
}

describe('chooseSandbox', () => {
  it('with isolation auto: a user of its own where this machine allows one, else the namespace of isolation namespace saying why', () => {
    const auto = chooseSandbox('auto');
    if (available('user')) {
      expect(auto).toBe(chooseSandbox('user'));
    } else {
      expect(auto.isolation.detail).toMatch(/; no separate user: (a separate user needs|the user mutation-gate-tests could not be made)/);
      if (available('namespace')) expect(auto.isolation.level).toBe('pid-namespace');
    }
  });

  it.runIf(available('user'))(
    'with isolation user: the command runs as the test user, without other groups or a way to gain privileges, its command files hidden',
    async () => {
      const sandbox = chooseSandbox('user');
      expect(sandbox.isolation.level).toBe('separate-user');
      expect(sandbox.isolation.detail).toMatch(
        /^unshare (as root|through passwordless sudo), the tests as mutation-gate-tests without sudo; /,
      );
      const commandFiles = commandFileDirectory();
      const socket = await listeningSocket();
      // The test user stats the socket where the runner has it: a directory everyone may search.
      chmodSync(dirname(socket.path), 0o755);
      const seen = lookAround(sandbox, [commandFiles, socket.path], commandFiles, socket.path);
      socket.server.close();
      const testUser = spawnSync('id', ['-u', 'mutation-gate-tests'], { encoding: 'utf8' }).stdout.trim();
      const testGroup = spawnSync('id', ['-g', 'mutation-gate-tests'], { encoding: 'utf8' }).stdout.trim();
      expect(seen.uid).toBe(Number(testUser));
      expect(seen.uid).not.toBe(process.getuid?.());
      expect(seen.groups).toEqual([Number(testGroup)]);
      expect(seen.noNewPrivileges).toBe(true);
      expect(seen.visible).toBe(2);
      expect(seen.stdin).toBe('key');
      expect(seen.env).toEqual(ENV);
      expect(seen.commandFiles).toEqual([]);
      expect(seen.socket).toBe('device');
      expect(sandbox.exitOf(130, null)).toEqual({ exitCode: null, signal: 'SIGINT' });
    },
  );

  it('with isolation none: the process group, with a marker to find what left it on Linux', () => {
    const sandbox = chooseSandbox('none');
    expect(sandbox.isolation).toEqual({ level: 'process-group', detail: 'isolation: none' });
    expect(sandbox.wrap(['node', '-v'], ENV, ['/runner/_temp/_runner_file_commands'], DIRECTORY)).toEqual({
      argv: ['node', '-v'],
      cwd: DIRECTORY,
    });
    expect(sandbox.exitOf(137, null)).toEqual({ exitCode: 137, signal: null });
    if (process.platform === 'linux') expect(Object.keys(sandbox.marker)).toEqual(['MUTATION_GATE_RUN']);
  });

  it.runIf(available('namespace'))(
    "with isolation namespace, on Linux where it can: a PID namespace in which the command is alone with its stdin and environment, as the gate's user",
    async () => {
      const sandbox = chooseSandbox('namespace');
      expect(sandbox.marker).toEqual({});
      const commandFiles = commandFileDirectory();
      const socket = await listeningSocket();
      const seen = lookAround(sandbox, [commandFiles, socket.path], commandFiles, socket.path);
      socket.server.close();
      // Alone with PID 1 (a root shell where it hides the command files, else itself): nothing outside shows.
      expect(seen.visible).toBeLessThanOrEqual(2);
      expect(seen.pid).toBeLessThan(10);
      expect(seen.uid).toBe(process.getuid?.());
      expect(seen.stdin).toBe('key');
      expect(seen.env).toEqual(ENV);
      // Hidden inside, untouched outside.
      const hides = !sandbox.isolation.detail.includes('stay within its reach');
      expect(seen.commandFiles).toEqual(hides ? [] : ['set_output_1']);
      expect(seen.socket).toBe(hides ? 'device' : 'socket');
      expect(readdirSync(commandFiles)).toEqual(['set_output_1']);
      // Unable to gain privileges through sudo, unless it is root already.
      expect(seen.noNewPrivileges).toBe(seen.uid !== 0);
    },
  );
});

describe.runIf(process.platform === 'linux' && spawnSync('sudo', ['-n', 'true']).status === 0)('sudoSandbox', () => {
  it("runs the command as the gate's user without its other groups or a way to sudo, under a root shell as PID 1, with exactly the environment given", async () => {
    const sandbox = sudoSandbox();
    expect(sandbox.isolation).toEqual({
      level: 'pid-namespace',
      detail: "unshare through passwordless sudo, no sudo for it; the step's command files and the Docker socket hidden from it",
    });
    const commandFiles = commandFileDirectory();
    const socket = await listeningSocket();
    const seen = lookAround(sandbox, [commandFiles, socket.path], commandFiles, socket.path);
    socket.server.close();
    expect(seen.uid).toBe(process.getuid?.());
    // PID 1 is the root shell (the mounts it ran are gone); the command is the only other process.
    expect(seen.pid).toBeLessThan(10);
    expect(seen.visible).toBe(2);
    expect(seen.stdin).toBe('key');
    expect(seen.env).toEqual(ENV);
    expect(seen.commandFiles).toEqual([]);
    expect(seen.socket).toBe('device');
    expect(seen.noNewPrivileges).toBe(true);
    expect(seen.groups).toEqual([process.getgid?.()]);
    expect(readdirSync(commandFiles)).toEqual(['set_output_1']);
  });

  it("passes on the command's exit status, and a signal that ended it", () => {
    const sandbox = sudoSandbox();
    const [file, ...args] = sandbox.wrap([process.execPath, '-e', 'process.exit(3)'], ENV, [], DIRECTORY).argv;
    const exited = spawnSync(file as string, args, { env: ENV });
    expect(sandbox.exitOf(exited.status, exited.signal)).toEqual({ exitCode: 3, signal: null });
    const [killFile, ...killArgs] = sandbox.wrap([process.execPath, '-e', "process.kill(process.pid, 'SIGKILL')"], ENV, [], DIRECTORY).argv;
    const killed = spawnSync(killFile as string, killArgs, { env: ENV });
    expect(sandbox.exitOf(killed.status, killed.signal)).toEqual({ exitCode: null, signal: 'SIGKILL' });
  });
});
