import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chooseSandbox, sudoSandbox } from '../../src/adapters/process-isolation.js';

/** What a command run in the sandbox sees: its uid and pid, the processes it can see, its environment. */
const LOOK_AROUND = `const fs = require('node:fs');
console.log(JSON.stringify({
  uid: process.getuid(),
  pid: process.pid,
  visible: fs.readdirSync('/proc').filter((name) => /^\\d+$/.test(name)).length,
  env: process.env,
  stdin: fs.readFileSync(0, 'utf8'),
}));`;

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', CI: 'true' };

function lookAround(command: string[]): { uid: number; pid: number; visible: number; env: Record<string, string>; stdin: string } {
  const [file, ...args] = command;
  const run = spawnSync(file as string, args, { env: ENV, input: 'key', encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('chooseSandbox', () => {
  it('with isolation none: the process group, with a marker to find what left it on Linux', () => {
    const sandbox = chooseSandbox('none');
    expect(sandbox.isolation).toEqual({ level: 'process-group', detail: 'isolation: none' });
    expect(sandbox.wrap(['node', '-v'], ENV)).toEqual(['node', '-v']);
    if (process.platform === 'linux') expect(Object.keys(sandbox.marker)).toEqual(['MUTATION_GATE_RUN']);
  });

  it.runIf(process.platform === 'linux' && chooseSandbox('auto').isolation.level === 'pid-namespace')(
    'on Linux where it can: a PID namespace in which the command is alone with its stdin and environment',
    () => {
      const sandbox = chooseSandbox('auto');
      expect(sandbox.marker).toEqual({});
      const seen = lookAround(sandbox.wrap([process.execPath, '-e', LOOK_AROUND], ENV));
      expect(seen.pid).toBe(1);
      expect(seen.visible).toBe(1);
      expect(seen.uid).toBe(process.getuid?.());
      expect(seen.stdin).toBe('key');
      expect(seen.env).toEqual(ENV);
    },
  );
});

describe.runIf(process.platform === 'linux' && spawnSync('sudo', ['-n', 'true']).status === 0)('sudoSandbox', () => {
  it("runs the command as the gate's user, under a root shell as PID 1, with exactly the environment given", () => {
    const sandbox = sudoSandbox();
    expect(sandbox.isolation).toEqual({ level: 'pid-namespace', detail: 'unshare through passwordless sudo' });
    const seen = lookAround(sandbox.wrap([process.execPath, '-e', LOOK_AROUND], ENV));
    expect(seen.uid).toBe(process.getuid?.());
    expect(seen.pid).toBe(2);
    expect(seen.visible).toBe(2);
    expect(seen.stdin).toBe('key');
    expect(seen.env).toEqual(ENV);
  });

  it("passes on the command's exit status", () => {
    const [file, ...args] = sudoSandbox().wrap([process.execPath, '-e', 'process.exit(3)'], ENV);
    expect(spawnSync(file as string, args, { env: ENV }).status).toBe(3);
  });
});
