import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import { Inputs } from '../../src/constants.js';
import { runAction } from '../support/action-run.js';
import { runCommand } from '../support/command-run.js';
import { DISCOUNT, STRONG_DISCOUNT_TEST, WEAK_DISCOUNT_TEST } from '../support/discount-change.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// The mutation-gate command (dist/cli.js of a copy of the action), run as a person or a coding agent runs
// it: in the repository, output piped, on real git and real Stryker.

const CLAUDE_TRAILER = '\n\nCo-authored-by: Claude <noreply@anthropic.com>';

interface ReportJson {
  readonly verdict: { readonly kind: string; readonly reason: string };
  readonly score: { readonly total: Record<string, unknown> };
  readonly aiScore: { readonly total: Record<string, unknown> };
  readonly mutants: readonly { file: string; line: number; mutator: string; replacement: string; status: string; class: string }[];
}

/** What two runs must agree on: the verdict, the counts, and each mutant's place, change, status and class. */
function measured(report: ReportJson): unknown {
  return {
    verdict: report.verdict,
    score: report.score.total,
    aiScore: report.aiScore.total,
    mutants: report.mutants.map(({ file, line, mutator, replacement, status, class: lineClass }) => ({
      file,
      line,
      mutator,
      replacement,
      status,
      lineClass,
    })),
  };
}

/** The gate report's path, from the command's log. */
const reportPathIn = (stderr: string): string => /Gate report: (\S+?)(;|\n|$)/.exec(stderr)?.[1] ?? '';

describe('the mutation-gate command', () => {
  it('gives the action’s verdict, counts and mutants on the same commit with the same settings, and --json is the report', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_DISCOUNT_TEST });
    repo.commit(`Add discount rate${CLAUDE_TRAILER}`);
    const settings = { threshold: '60', 'ai-threshold': '80', concurrency: '2', 'flaky-check': '0' };

    const action = await runAction(repo.dir, baseSha, settings);
    const command = await runCommand(repo.dir, [
      '--base',
      baseSha,
      ...Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value]),
      '--json',
    ]);

    expect(action.exitCode).toBe(1);
    expect(command.exitCode, command.stderr).toBe(1);
    const fromAction = JSON.parse(await readFile(action.outputs.report ?? '', 'utf8')) as ReportJson;
    const fromCommand = JSON.parse(command.stdout) as ReportJson;
    expect(fromAction.verdict.kind).toBe('fail');
    expect(fromAction.mutants.length).toBeGreaterThan(5);
    expect(fromAction.mutants.every((mutant) => mutant.class === 'ai')).toBe(true);
    expect(measured(fromCommand)).toEqual(measured(fromAction));
    // --json prints the gate's report, byte for byte the file it wrote.
    expect(command.stdout).toBe(await readFile(reportPathIn(command.stderr), 'utf8'));
  });

  it('scores uncommitted and untracked work, classing it from the coding agent that runs the command', async () => {
    const { repo } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_DISCOUNT_TEST });
    repo.commit('Add discount rate');
    const status = repo.git('status', '--porcelain');
    const cache = await mkdtemp(join(tmpdir(), 'gate-command-cache-'));

    // Committed weak test, uncommitted strong one: what is measured is the working tree.
    await repo.write({ 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    const fixed = await runCommand(repo.dir, ['--threshold', '80', '--concurrency', '2', '--flaky-check', '0'], { XDG_CACHE_HOME: cache });
    expect(fixed.exitCode, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout.split('\n')[0]).toMatch(/^mutation-gate: PASS {2}/);
    expect(fixed.stdout).toContain('Compared with main (merge base');
    expect(fixed.stderr).toContain('Uncommitted changes are measured too');
    expect(fixed.stderr).toContain('no coding agent marks this environment');
    // Not a terminal: not one escape code, on either stream.
    expect(fixed.stdout + fixed.stderr).not.toContain('\u001b');

    // A new file nobody committed, written inside Claude Code: AI-touched, and each survivor is a task.
    await repo.write({ 'src/fee.ts': 'export function fee(total: number): number {\n  return total > 50 ? 0 : 4.99;\n}\n' });
    const brief = await runCommand(repo.dir, ['--threshold', '80', '--concurrency', '2', '--flaky-check', '0', '--format', 'brief'], {
      XDG_CACHE_HOME: cache,
      CLAUDECODE: '1',
    });
    expect(brief.exitCode, brief.stderr).toBe(1);
    // The discount results rest on nothing that changed since the first run: kept, not measured again.
    expect(brief.stderr).toMatch(/Reuse: \d+ mutant result\(s\) in 1 of the 2 file\(s\) to mutate/);
    const report = JSON.parse(await readFile(reportPathIn(brief.stderr), 'utf8')) as ReportJson;
    const unnoticed = report.mutants.filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage');
    expect(unnoticed.length).toBeGreaterThan(2);
    expect(unnoticed.every((mutant) => mutant.file === 'src/fee.ts' && mutant.class === 'ai')).toBe(true);
    const tasks = brief.stdout.split('\n').filter((line) => /^\d+\. \[ \] /.test(line));
    expect(tasks).toEqual(
      unnoticed.map(
        (mutant, index) => `${index + 1}. [ ] src/fee.ts:${mutant.line} (ai, held to ai-threshold; ${mutant.mutator}; ${mutant.status})`,
      ),
    );
    expect(brief.stdout).toContain('   a test must: No test runs this code at all: add a test that reaches it.');
    // The user's repository is as it was: same status, no stash, HEAD unmoved.
    expect(repo.git('status', '--porcelain')).toBe(`${status === '' ? '' : `${status}\n`} M test/discount.test.ts\n?? src/fee.ts`.trim());
  });

  it('exits 2 naming every bad flag and value at once, and 2 outside a repository', async () => {
    const bad = await runCommand(tmpdir(), ['--threshold', 'lots', '--comment', 'always', '--color', '--max-mutants=3']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      [
        'mutation-gate: 4 problem(s) with the command line, so nothing was run:',
        '  Flag --comment is an input of the action only: the command posts no pull request comment.',
        '  Unknown flag --color: see --help for every flag.',
        '  Flag --threshold has value "lots": expected a percentage from 0 to 100 with at most two decimals, such as 80 or 80% or 72.5.',
        '  Flag --max-mutants has value "3": expected a whole number of mutants, at least 10, or empty for no limit.',
        '',
      ].join('\n'),
    );
    const outside = await runCommand(await mkdtemp(join(tmpdir(), 'gate-no-repo-')), ['--no-color']);
    expect(outside.exitCode).toBe(2);
    expect(outside.stdout).toMatch(/^mutation-gate: ERROR {2}.* is not inside a git repository/);
  });

  it('installs from the repository with npm, as the mutation-gate command', async () => {
    const place = await mkdtemp(join(tmpdir(), 'gate-install-'));
    const npm = (args: readonly string[], cwd: string): string =>
      execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, npm_config_cache: join(place, 'npm-cache') },
      });
    const tarball = npm(['pack', '--pack-destination', place, PROJECT_ROOT], place).trim().split('\n').at(-1) ?? '';
    const project = join(place, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), '{ "name": "uses-the-gate", "private": true }\n');
    npm(['install', '--ignore-scripts', join(place, tarball)], project);
    const installed = await runCommand(project, ['--version'], {}, join(project, 'node_modules', '.bin', 'mutation-gate'));
    expect(installed.stdout).toBe(
      `${(JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
    const help = await runCommand(project, ['--help'], {}, join(project, 'node_modules', '.bin', 'mutation-gate'));
    expect(help.stdout).toContain('--working-directory');
  }, 180_000);

  it('lists every setting of action.yml with its default in --help, and prints its version', async () => {
    const help = await runCommand(tmpdir(), ['--help']);
    expect(help.exitCode).toBe(0);
    const shown = Object.values(Inputs).filter((name) => !['github-token', 'comment', 'annotations', 'on-error'].includes(name));
    for (const name of shown) expect(help.stdout).toMatch(new RegExp(`^  --${name} `, 'm'));
    expect(help.stdout).toMatch(/^ {2}--threshold .*\(default: 50\)$/m);
    expect(help.stdout).toMatch(/^ {2}--unknown-as .*\(default: human\)$/m);
    const version = await runCommand(tmpdir(), ['--version']);
    expect(version.stdout).toBe(
      `${(JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
  });
});
