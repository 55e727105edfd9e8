import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureTestUser, grantTestUser, TEST_USER, unsearchableOnTheWay } from '../../src/adapters/test-user.js';

const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
const canBeRoot = process.platform === 'linux' && spawnSync(asRoot[0] ?? 'true', asRoot.length > 0 ? ['-n', 'true'] : []).status === 0;

/** Runs a command as root (the tests run as root, or with passwordless sudo). */
const rootRun = (command: readonly string[], env?: NodeJS.ProcessEnv): string => {
  const [file, ...args] = [...asRoot, ...command];
  return spawnSync(file as string, args, { encoding: 'utf8', env }).stdout;
};

/**
 * Owner, group and mode of a path, links not followed, read as root: while the test user has a
 * directory, its group (the gate's user's) may be shut out of it.
 */
const ownership = (path: string): { uid: number; gid: number; mode: string } => {
  const [uid, gid, mode] = rootRun(['stat', '-c', '%u %g %a', path]).trim().split(' ');
  return { uid: Number(uid), gid: Number(gid), mode: mode as string };
};

const uidOf = (name: string): number => Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());

describe('unsearchableOnTheWay', () => {
  it('names each tree, and each directory above the trees and programs, that others cannot search, outermost first, once', () => {
    const top = mkdtempSync(join(tmpdir(), 'gate-ancestors-'));
    const open = join(top, 'open');
    const closed = join(open, 'closed');
    const project = join(closed, 'project');
    mkdirSync(project, { recursive: true });
    chmodSync(open, 0o755);
    chmodSync(closed, 0o750);
    chmodSync(project, 0o700);
    const bin = join(open, 'bin');
    mkdirSync(bin, { mode: 0o700 });
    const program = join(bin, 'node');
    writeFileSync(program, '');
    chmodSync(top, 0o700);
    expect(unsearchableOnTheWay([project], [program])).toEqual([top, bin, closed, project]);
    chmodSync(top, 0o701);
    chmodSync(project, 0o755);
    expect(unsearchableOnTheWay([project], [program])).toEqual([bin, closed]);
    expect(unsearchableOnTheWay([top], [])).toEqual([]);
  });
});

describe.runIf(canBeRoot)('ensureTestUser', () => {
  it('makes a system user with its own group, no login shell and no password, once', () => {
    const name = `mutation-gate-probe-${process.pid}`.slice(0, 31);
    try {
      expect(ensureTestUser(asRoot, name)).toBeUndefined();
      const entry = spawnSync('getent', ['passwd', name], { encoding: 'utf8' }).stdout.trim().split(':');
      expect(entry[6]).toBe('/usr/sbin/nologin');
      expect(Number(entry[2])).toBeLessThan(1000);
      expect(spawnSync('id', ['-gn', name], { encoding: 'utf8' }).stdout.trim()).toBe(name);
      expect(spawnSync('id', ['-Gn', name], { encoding: 'utf8' }).stdout.trim()).toBe(name);
      expect(
        spawnSync(asRoot[0] ?? 'getent', [...asRoot.slice(1), ...(asRoot.length > 0 ? ['getent'] : []), 'shadow', name], {
          encoding: 'utf8',
        }).stdout,
      ).toMatch(/^[^:]+:[!*]/);
      // Already there: nothing to do.
      expect(ensureTestUser(asRoot, name)).toBeUndefined();
    } finally {
      spawnSync(asRoot[0] ?? 'userdel', [...asRoot.slice(1), ...(asRoot.length > 0 ? ['userdel'] : []), name], {
        env: { PATH: `${process.env.PATH}:/usr/sbin:/sbin` },
      });
    }
  });

  it('says why when the user cannot be made', () => {
    expect(ensureTestUser(asRoot, 'not a valid name')).toMatch(/^the user not a valid name could not be made \(.*invalid user name/s);
  });
});

describe.runIf(canBeRoot)('grantTestUser', () => {
  it("hands the project and run directory to the test user, never .git, a hard-linked file or a link's target, and takes all back", async () => {
    expect(ensureTestUser(asRoot)).toBeUndefined();
    const gateUid = process.getuid?.() ?? 0;
    const testUid = uidOf(TEST_USER);
    const top = mkdtempSync(join(tmpdir(), 'gate-grant-'));
    const project = join(top, 'project');
    const run = join(top, 'run');
    mkdirSync(join(project, 'src'), { recursive: true });
    mkdirSync(join(project, '.git'));
    mkdirSync(run);
    writeFileSync(join(project, 'src', 'a.ts'), '');
    writeFileSync(join(project, '.git', 'config'), '');
    const outside = join(top, 'gate-file');
    writeFileSync(outside, '');
    linkSync(outside, join(project, 'hard-link'));
    symlinkSync(join(top, 'linked-file'), join(project, 'link'));
    writeFileSync(join(top, 'linked-file'), '');
    chmodSync(top, 0o700);
    chmodSync(project, 0o700);

    const grant = await grantTestUser(asRoot, run, { trees: [project, run], programs: [] });

    expect(grant.env).toEqual({ HOME: join(run, 'home'), TMPDIR: join(run, 'tmp'), USER: TEST_USER, LOGNAME: TEST_USER });
    for (const path of [
      project,
      join(project, 'src'),
      join(project, 'src', 'a.ts'),
      join(project, 'link'),
      run,
      join(run, 'home'),
      join(run, 'tmp'),
    ]) {
      expect([path, ownership(path).uid]).toEqual([path, testUid]);
    }
    for (const path of [
      join(project, '.git'),
      join(project, '.git', 'config'),
      join(project, 'hard-link'),
      outside,
      join(top, 'linked-file'),
    ]) {
      expect([path, ownership(path).uid]).toEqual([path, gateUid]);
    }
    expect(ownership(top).mode).toBe('701');
    expect(ownership(project).mode).toBe('701');
    // What the test user makes is the gate's user's afterwards too.
    rootRun(['setpriv', `--reuid=${TEST_USER}`, `--regid=${TEST_USER}`, '--clear-groups', 'touch', join(project, 'new')]);
    expect(ownership(join(project, 'new')).uid).toBe(testUid);

    await grant.revoke();
    await grant.revoke();

    for (const path of [project, join(project, 'src', 'a.ts'), join(project, 'new'), join(project, 'link'), run, join(run, 'home')]) {
      expect([path, ownership(path).uid, ownership(path).gid]).toEqual([path, gateUid, process.getgid?.()]);
    }
    expect(ownership(top).mode).toBe('700');
    expect(ownership(project).mode).toBe('700');
  });

  it('says what failed when a tree cannot be handed over, naming the way around it', async () => {
    const run = mkdtempSync(join(tmpdir(), 'gate-grant-fail-'));
    // The kernel's files of this process are the gate's user's, and no chown changes them.
    await expect(grantTestUser(asRoot, run, { trees: ['/proc/self'], programs: [] })).rejects.toThrow(
      new RegExp(
        `^Could not give /proc/${process.pid} to the user ${TEST_USER} for isolation: user \\(.*Operation not permitted.*\\)\\. Set isolation: namespace`,
        's',
      ),
    );
  });
});
