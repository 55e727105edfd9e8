import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSandbox } from '../../src/adapters/process-isolation.js';
import type { IsolationLevel } from '../../src/core/stryker/isolation.js';
import { runAction } from '../support/action-run.js';
import { stillBeating } from '../support/heartbeat.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// Pull requests whose tests attack the gate, run through action.yml as the runner runs it. The code under
// test must not reach the gate's token, inputs or workflow files, must not outlive Stryker, and must not
// get a forged report past it.

const TOKEN = 'ghs_isolationTestToken0123456789';

const DISCOUNT = 'export function discountRate(total: number): number {\n  return total >= 100 ? 0.1 : 0;\n}\n';

/** A weak test of DISCOUNT that also runs `attack` (JavaScript, inside the vitest worker Stryker started). */
function attackingTest(attack: string): string {
  return [
    "import { expect, it } from 'vitest';",
    "import { discountRate } from '../src/discount.js';",
    '',
    "it('discounts', async () => {",
    attack,
    '  expect(discountRate(150)).toBeGreaterThan(0);',
    '});',
    '',
  ].join('\n');
}

/**
 * Writes what the test can see of itself, its ancestors and every process visible to it, and tries to
 * set the step's outputs and summary through the command files it knows the directory of.
 */
const SPY = (dumpPath: string, commandFiles: string, gateFiles: GateFiles): string => `
  const { appendFileSync, readFileSync, readdirSync, writeFileSync } = await import('node:fs');
  const secret = (() => { try { return readFileSync(${JSON.stringify(gateFiles.secret)}, 'utf8'); } catch { return '<unreadable>'; } })();
  const codeChanged = (() => { try { appendFileSync(${JSON.stringify(gateFiles.code)}, '// changed by the test\\n'); return true; } catch { return false; } })();
  const commandFiles = (() => { try { return readdirSync(${JSON.stringify(commandFiles)}); } catch { return ['<unreadable>']; } })();
  for (const name of commandFiles) {
    try { appendFileSync(${JSON.stringify(commandFiles)} + '/' + name, name.startsWith('output') ? 'verdict=pass\\n' : '# ✅ forged by the test\\n'); } catch {}
  }
  const read = (path) => { try { return readFileSync(path, 'utf8'); } catch { return '<unreadable>'; } };
  const chain = [];
  for (let pid = String(process.pid); pid !== '0'; ) {
    const stat = read('/proc/' + pid + '/stat');
    chain.push({ pid, cmdline: read('/proc/' + pid + '/cmdline'), environ: read('/proc/' + pid + '/environ') });
    if (stat === '<unreadable>') break;
    pid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  }
  const visible = readdirSync('/proc').filter((name) => /^\\d+$/.test(name)).map((pid) => ({ pid, cmdline: read('/proc/' + pid + '/cmdline'), environ: read('/proc/' + pid + '/environ') }));
  writeFileSync(${JSON.stringify(dumpPath)}, JSON.stringify({ uid: process.getuid(), env: process.env, chain, visible, commandFiles, secret, codeChanged }));`;

/** Files of the gate's user, as a runner has them: one only it may read, and code everyone may read (the action's). */
interface GateFiles {
  readonly secret: string;
  readonly code: string;
}

async function gateFiles(directory: string): Promise<GateFiles> {
  const secret = join(directory, 'gate-only', 'credentials');
  const code = join(directory, 'actions', 'index.js');
  await mkdir(dirname(secret), { mode: 0o700 });
  await writeFile(secret, 'gate-only-secret', { mode: 0o600 });
  await mkdir(dirname(code), { mode: 0o755 });
  await writeFile(code, '// the action\n', { mode: 0o644 });
  return { secret, code };
}

interface Forger {
  /** Appended to every few milliseconds while the forger runs. */
  readonly heartbeat: string;
  /** Gets a line each time the forger rewrote the report. */
  readonly forgeries: string;
  /** The forger's pid, as seen where it runs. */
  readonly pidFile: string;
  /** Whether it keeps the environment it inherited (and so the run's marker). */
  readonly keepsEnvironment: boolean;
  /** The runner's temp directory, where the gate's run directory is. */
  readonly runnerTemp: string;
}

/**
 * Starts, once, a process that leaves the test's process group and session, finds the gate's report in
 * the runner's temp directory, and turns every surviving mutant in it into a killed one, again and again.
 */
const FORGE = (forger: Forger): string => {
  const script = `
    const fs = require('node:fs');
    const path = require('node:path');
    fs.writeFileSync(${JSON.stringify(forger.pidFile)}, String(process.pid));
    // The runner's temp directory is well known (RUNNER_TEMP, /home/runner/work/_temp on GitHub).
    // Every folder of the gate's there (its run's, its state's) is tried.
    const reports = () =>
      fs.readdirSync(${JSON.stringify(forger.runnerTemp)})
        .filter((run) => run.startsWith('mutation-gate-'))
        .map((run) => path.join(${JSON.stringify(forger.runnerTemp)}, run, 'mutation.json'));
    const started = Date.now();
    const timer = setInterval(() => {
      fs.appendFileSync(${JSON.stringify(forger.heartbeat)}, '.');
      if (Date.now() - started > 60000) clearInterval(timer);
      for (const report of reports()) {
        let text;
        try { text = fs.readFileSync(report, 'utf8'); } catch { continue; }
        if (!text.includes('"Survived"')) continue;
        fs.writeFileSync(report, text.replaceAll('"Survived"', '"Killed"'));
        fs.appendFileSync(${JSON.stringify(forger.forgeries)}, 'forged\\n');
      }
    }, 2);`;
  return `{
  const { spawn } = await import('node:child_process');
  const { existsSync, writeFileSync } = await import('node:fs');
  if (!existsSync(${JSON.stringify(`${forger.pidFile}.started`)})) {
    writeFileSync(${JSON.stringify(`${forger.pidFile}.started`)}, '');
    spawn(process.execPath, ['-e', ${JSON.stringify(script)}], {
      detached: true,
      stdio: 'ignore',
      ${forger.keepsEnvironment ? '' : 'env: {},'}
    }).unref();
  }
}`;
};

/** A directory the attacking test can write in, whichever user it runs as. */
async function scratchDirectory(prefix: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), prefix));
  await chmod(directory, 0o777);
  return directory;
}

async function forger(directory: string, name: string, keepsEnvironment: boolean): Promise<Forger> {
  await mkdir(join(directory, 'runner-temp'), { recursive: true });
  return {
    heartbeat: join(directory, `${name}.beat`),
    forgeries: join(directory, `${name}.forged`),
    pidFile: join(directory, `${name}.pid`),
    keepsEnvironment,
    runnerTemp: join(directory, 'runner-temp'),
  };
}

/** A pull request adding DISCOUNT with a weak test that runs `attack`. */
async function attackingPullRequest(
  attack: string,
): Promise<{ repo: Awaited<ReturnType<typeof createPricingRepo>>['repo']; baseSha: string }> {
  const { repo, baseSha } = await createPricingRepo();
  await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': attackingTest(attack) });
  repo.commit('Add discount rate');
  return { repo, baseSha };
}

/** Whether this machine can make the PID namespace the gate's `auto` isolation uses on Linux. */
const namespaces =
  process.platform === 'linux' &&
  [
    ['unshare', '--pid', '--fork', '--mount-proc', 'true'],
    ['unshare', '--user', '--map-current-user', '--pid', '--fork', '--mount-proc', 'true'],
  ].some(([file, ...args]) => spawnSync(file as string, args, { stdio: 'ignore' }).status === 0);

const WORKFLOW_SECRETS = [
  'INPUT_',
  'ACTIONS_',
  'GITHUB_TOKEN',
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
];

/** The isolation each input gives on this machine; undefined where the input cannot be had here. */
function levelOf(isolation: 'auto' | 'user' | 'namespace'): IsolationLevel | undefined {
  try {
    return chooseSandbox(isolation).isolation.level;
  } catch {
    return undefined;
  }
}

/** Every file and directory under `directory` (links not followed, .git left out) whose owner is not `uid`. */
async function ownedByOthers(directory: string, uid: number): Promise<string[]> {
  const others = (await lstat(directory)).uid === uid ? [] : [directory];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) others.push(...(await ownedByOthers(path, uid)));
    else if ((await lstat(path)).uid !== uid) others.push(path);
  }
  return others;
}

describe.runIf(namespaces)('code under test, in a PID namespace', () => {
  // Each input this machine can give (auto always can where the describe runs).
  const inputs = (['auto', 'namespace', 'user'] as const).filter((isolation) => levelOf(isolation) !== undefined);
  it.each(inputs)(
    "with isolation: %s finds no token, input or workflow file in its environment, its ancestors' or any process it can see",
    async (isolation) => {
      const level = levelOf(isolation);
      const scratch = await scratchDirectory('gate-spy-');
      const dumpPath = join(scratch, 'dump.json');
      const commandFiles = join(scratch, '_runner_file_commands');
      await mkdir(commandFiles);
      const files = await gateFiles(scratch);
      const runnerTemp = await mkdtemp(join(tmpdir(), 'gate-runner-temp-'));
      const { repo, baseSha } = await attackingPullRequest(SPY(dumpPath, commandFiles, files));

      const result = await runAction(
        repo.dir,
        baseSha,
        { threshold: '80', concurrency: '1', 'github-token': TOKEN, 'test-env': 'DATABASE_URL', isolation },
        {
          env: { DATABASE_URL: 'postgres://localhost/test', JOB_ONLY_SECRET: 'not-for-tests', RUNNER_TEMP: runnerTemp },
          commandFilesDirectory: commandFiles,
        },
      );

      expect(result.outputs.verdict).toBe('fail');
      expect(result.summary).toContain(`Isolation: **${level}**`);
      const dumpText = await readFile(dumpPath, 'utf8');
      const dump = JSON.parse(dumpText) as {
        uid: number;
        env: Record<string, string>;
        chain: { pid: string; cmdline: string }[];
        visible: unknown[];
        commandFiles: string[];
        secret: string;
        codeChanged: boolean;
      };
      // Where the namespace is made by root (as here, or through sudo), the step's command files are hidden.
      if (!result.summary.includes('stay within its reach')) {
        expect(dump.commandFiles).toEqual([]);
        expect(result.summary).not.toContain('forged by the test');
      }
      // Its ancestors end at PID 1 of the namespace (Stryker, or the root shell that started it): the gate
      // and the runner are not there to be read.
      expect(dump.chain.length).toBeGreaterThanOrEqual(2);
      expect(dump.chain.at(-1)?.pid).toBe('1');
      expect(dump.chain.some((process) => /^stryker\0/.test(process.cmdline))).toBe(true);
      expect(dump.visible.length).toBeGreaterThanOrEqual(dump.chain.length);
      for (const secret of [TOKEN, ...WORKFLOW_SECRETS, 'step-summary.md', 'dist/index.js', 'not-for-tests']) {
        expect(dumpText).not.toContain(secret);
      }
      // The variable the workflow named in test-env is passed, and no colour setting of the gate's.
      expect(dump.env.DATABASE_URL).toBe('postgres://localhost/test');
      expect(dump.env.FORCE_COLOR).toBeUndefined();
      const gateUid = process.getuid?.();
      if (level === 'separate-user') {
        // Another user: the gate's private files are unreadable and its code unwritable, and afterwards
        // everything the run touched is the gate's user's again, the runner's temp directory as private as before.
        expect(dump.uid).not.toBe(gateUid);
        expect(dump.env.USER).toBe('mutation-gate-tests');
        expect(dump.env.HOME).toMatch(new RegExp(`^${runnerTemp}/mutation-gate-[^/]+/home$`));
        expect(dump.env.TMPDIR).toBe(join(dirname(dump.env.HOME ?? ''), 'tmp'));
        expect(dump.secret).toBe('<unreadable>');
        expect(dump.codeChanged).toBe(false);
        expect(await readFile(files.code, 'utf8')).toBe('// the action\n');
        expect(await ownedByOthers(repo.dir, gateUid ?? 0)).toEqual([]);
        expect(await ownedByOthers(runnerTemp, gateUid ?? 0)).toEqual([]);
        expect((await stat(runnerTemp)).mode & 0o777).toBe(0o700);
      } else {
        // The gate's own user, as namespace asks: what is the gate's is the tests' too.
        expect(dump.uid).toBe(gateUid);
        expect(dump.secret).toBe('gate-only-secret');
      }
    },
  );

  it('cannot forge the report with a detached process: the forgery is refused, and the process dies with Stryker', async () => {
    const scratch = await scratchDirectory('gate-forger-');
    const detached = await forger(scratch, 'detached', false);
    const { repo, baseSha } = await attackingPullRequest(FORGE(detached));

    const result = await runAction(
      repo.dir,
      baseSha,
      { threshold: '80', concurrency: '1', 'on-error': 'warn' },
      { env: { RUNNER_TEMP: detached.runnerTemp } },
    );

    expect(await readFile(detached.forgeries, 'utf8')).toContain('forged');
    expect(result.outputs.verdict).toBe('error');
    expect(result.exitCode).toBe(1);
    expect(result.summary).toMatch(/^## ⚠️ mutation-gate could not decide: Stryker's report cannot be trusted: /);
    expect(await stillBeating(detached.heartbeat)).toBe(false);
  });
});

describe('code under test, with isolation: none', () => {
  it.runIf(process.platform === 'linux')(
    'still cannot forge the report; a detached process that kept its environment is stopped by the run marker',
    async () => {
      const scratch = await scratchDirectory('gate-forger-none-');
      const marked = await forger(scratch, 'marked', true);
      const unmarked = { ...(await forger(scratch, 'unmarked', false)), runnerTemp: marked.runnerTemp };
      const { repo, baseSha } = await attackingPullRequest(`${FORGE(marked)}\n${FORGE(unmarked)}`);

      try {
        const result = await runAction(
          repo.dir,
          baseSha,
          { threshold: '80', concurrency: '1', isolation: 'none' },
          { env: { RUNNER_TEMP: marked.runnerTemp } },
        );

        expect(result.outputs.verdict).toBe('error');
        expect(result.exitCode).toBe(1);
        expect(result.summary).toContain("Stryker's report cannot be trusted");
        expect(await stillBeating(marked.heartbeat)).toBe(false);
      } finally {
        // The one that cleared its environment is beyond a marker's reach (the README says so).
        const pid = Number(await readFile(unmarked.pidFile, 'utf8').catch(() => '0'));
        if (pid > 0) spawnSync('kill', ['-9', String(pid)]);
      }
    },
  );
});

describe('publishing faults, through action.yml', () => {
  it('an unwritable job summary still gives verdict fail and exit 1 for a weak PR, with a warning', async () => {
    const { repo, baseSha } = await attackingPullRequest('');
    const result = await runAction(repo.dir, baseSha, { threshold: '80', concurrency: '1' }, { unwritableSummary: true });
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs.score).toMatch(/^\d+\.\d\d$/);
    expect(result.exitCode).toBe(1);
    expect(result.log).toContain('::warning::Could not write the job summary (');
    expect(result.log).not.toContain('stopped unexpectedly');
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"pull_request": '],
  ])('an event file that is %s is an error verdict with a summary saying so', async (_kind, content) => {
    const { repo, baseSha } = await attackingPullRequest('');
    const eventPath = join(await mkdtemp(join(tmpdir(), 'gate-bad-event-')), 'event.json');
    if (content !== undefined) await writeFile(eventPath, content);
    const result = await runAction(repo.dir, baseSha, {}, { env: { GITHUB_EVENT_PATH: eventPath } });
    expect(result.outputs.verdict).toBe('error');
    expect(result.exitCode).toBe(1);
    expect(result.summary).toMatch(
      /^## ⚠️ mutation-gate could not decide: The workflow run's event file \(GITHUB&#95;EVENT&#95;PATH\) could not be read, so nothing was run: /,
    );
  });
});
