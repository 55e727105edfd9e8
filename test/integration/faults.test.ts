import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { runAction } from '../support/action-run.js';
import { configFrom } from '../support/config.js';
import { type FakeStrykerMode, installFakeStryker } from '../support/fake-stryker.js';
import { stillBeating } from '../support/heartbeat.js';
import { FIXTURES, gateRun, pullRequestEvent, runRealGate } from '../support/pricing-repo.js';

// Fault injection: a stand-in Stryker that crashes, hangs, is killed, writes garbage or nothing. Every
// way the run can go wrong must end in an error verdict that says what happened, never a pass.

const DISCOUNT = 'export function discountRate(total: number): number {\n  return total >= 100 ? 0.1 : 0;\n}\n';

async function changeWithFakeStryker(mode: FakeStrykerMode): Promise<{ repo: GitRepo; baseSha: string }> {
  const repo = await GitRepo.create('gate-faults-');
  await repo.copyIn(join(FIXTURES, 'pricing'));
  await repo.write({ '.gitignore': 'node_modules\nfake-stryker-mode.json\n' });
  const baseSha = repo.commit('Base');
  await repo.write({ 'src/discount.ts': DISCOUNT });
  repo.commit('Add discount rate');
  await installFakeStryker(repo, mode);
  return { repo, baseSha };
}

async function failureOf(mode: FakeStrykerMode, inputs: Parameters<typeof configFrom>[0] = {}): Promise<GateError> {
  const { repo, baseSha } = await changeWithFakeStryker(mode);
  const error = await runRealGate(await gateRun(repo.dir, configFrom(inputs), pullRequestEvent(baseSha))).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GateError);
  return error as GateError;
}

/** SIGKILLs every stand-in Stryker running now, from outside its sandbox, found by its command line. */
async function killFakeStryker(): Promise<void> {
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.includes('gate-faults-') && commandLine.includes('@stryker-mutator/core/bin/stryker.js\0run')) {
      process.kill(Number(pid), 'SIGKILL');
    }
  }
}

describe('a Stryker that goes wrong', () => {
  it('crashing: error with its exit code and its own error line', async () => {
    const failure = await failureOf({ kind: 'crash' });
    expect(failure.message).toBe('Stryker exited with code 1: Unexpected error occurred while running Stryker: boom');
    expect(failure.details.join('\n')).toContain('Error: boom');
  });

  it('killed (out of memory, or cancelled): error naming the signal', async () => {
    const killer = setInterval(() => void killFakeStryker(), 100);
    const failure = await failureOf({ kind: 'signal' }).finally(() => clearInterval(killer));
    expect(failure.message).toBe('Stryker was stopped by SIGKILL before it finished (out of memory, or cancelled); no score can be given.');
  });

  it('hanging past timeout-minutes: its whole process tree is stopped and the progress reported', async () => {
    const { repo, baseSha } = await changeWithFakeStryker({ kind: 'hang', heartbeatFile: 'worker.beat' });
    const started = Date.now();
    const error = await runRealGate(await gateRun(repo.dir, configFrom({ 'timeout-minutes': '0.02' }), pullRequestEvent(baseSha))).then(
      () => undefined,
      (thrown: unknown) => thrown as GateError,
    );

    expect(Date.now() - started).toBeLessThan(15_000);
    expect(error?.message).toBe(
      'Stryker did not finish within timeout-minutes (0.02): it was stopped after testing 3 of 12 mutant(s), with every process it started, so no score can be given. Raise timeout-minutes, or lower the work (concurrency, a faster test suite).',
    );
    expect((await readFile(join(repo.dir, 'worker.beat'), 'utf8')).length).toBeGreaterThan(0);
    expect(await stillBeating(join(repo.dir, 'worker.beat'))).toBe(false);
  });

  it('whose report is rewritten after it was sealed: error as tampering, whatever on-error says', async () => {
    const failure = await failureOf({ kind: 'forged-report' }, { 'on-error': 'warn' });
    expect(failure.message).toMatch(
      /^Stryker's report cannot be trusted: the report file was changed after Stryker wrote and sealed it\. /,
    );
    expect(failure.tampering).toBe(true);
  });

  it('writing a report that is not a mutation testing report: error saying what is missing', async () => {
    const failure = await failureOf({ kind: 'invalid-report' });
    expect(failure.message).toBe(
      'Stryker\'s report is not a valid mutation testing report: file "src/a.ts" mutant #0 has no string "mutatorName".',
    );
  });

  it('exiting cleanly without a report: error, with its output to say why', async () => {
    const failure = await failureOf({ kind: 'no-report' });
    expect(failure.message).toBe("Stryker's main process handed no report to the gate; the output below may say why.");
    expect(failure.details).toContain('INFO ProjectReader Found 1 of 3 file(s) to be mutated.');
  });
});

describe('a Stryker that works, oddly', () => {
  it('printing a huge output: the run goes on, and only the end of it is kept', async () => {
    const { repo, baseSha } = await changeWithFakeStryker({ kind: 'huge-output', lines: 100_000 });
    const run = await gateRun(repo.dir, configFrom({}), pullRequestEvent(baseSha));

    const outcome = await runRealGate(run);

    expect(outcome.verdict.kind).toBe('no-mutants');
    expect(run.log.lines.filter((line) => line.startsWith('INFO Stryker line ')).length).toBe(100_000);
  });

  it('reporting only mutants that could not be tested: no-mutants, saying so, never a pass', async () => {
    const mutant = (id: string, status: string): unknown => ({
      id,
      mutatorName: 'EqualityOperator',
      status,
      replacement: 'total > 100',
      location: { start: { line: 2, column: 10 }, end: { line: 2, column: 22 } },
    });
    const report = {
      schemaVersion: '2',
      thresholds: { high: 80, low: 60 },
      files: {
        'src/discount.ts': {
          language: 'typescript',
          source: DISCOUNT,
          mutants: [mutant('1', 'CompileError'), mutant('2', 'RuntimeError')],
        },
      },
    };
    const { repo, baseSha } = await changeWithFakeStryker({ kind: 'report', report });

    const outcome = await runRealGate(await gateRun(repo.dir, configFrom({ threshold: '80' }), pullRequestEvent(baseSha)));

    expect(outcome.verdict).toEqual({
      kind: 'no-mutants',
      reason:
        'No valid mutants on the changed lines: Stryker made 2 mutant(s) on them, but none could be tested (compile or runtime errors, or ignored).',
    });
  });
});

describe('on-error, through action.yml', () => {
  it('fail (the default): the step fails on an error verdict', async () => {
    const { repo, baseSha } = await changeWithFakeStryker({ kind: 'crash' });
    const result = await runAction(repo.dir, baseSha, {});
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.log).toContain('::error::Stryker exited with code 1');
  });

  it('warn: the step passes with a warning, and the verdict stays error', async () => {
    const { repo, baseSha } = await changeWithFakeStryker({ kind: 'crash' });
    const result = await runAction(repo.dir, baseSha, { 'on-error': 'warn' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('error');
    expect(result.log).toContain('::warning::Stryker exited with code 1');
    expect(result.log).toContain('(on-error: warn, so the step does not fail)');
    expect(result.summary.split('\n')[0]).toMatch(/^## ⚠️ mutation-gate could not decide: Stryker exited with code 1/);
  });
});
