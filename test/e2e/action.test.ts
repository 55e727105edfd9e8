import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-run.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// action.yml executed the way the runner executes a composite action, from a copy of the action that
// holds only action.yml and dist/: the bundle must work without the action's node_modules.

const DISCOUNT = `export function discountRate(total: number, member: boolean): number {
  if (total >= 100) {
    return member ? 0.15 : 0.1;
  }
  return member ? 0.05 : 0;
}
`;

const discountTest = (body: string): string =>
  `import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit('discounts', () => {\n${body}\n});\n`;

/** Pins every rate at its boundary: kills every mutant of DISCOUNT. */
const STRONG_DISCOUNT_TEST = discountTest(
  [
    '  expect(discountRate(100, false)).toBe(0.1);',
    '  expect(discountRate(100, true)).toBe(0.15);',
    '  expect(discountRate(99.99, true)).toBe(0.05);',
    '  expect(discountRate(99.99, false)).toBe(0);',
  ].join('\n'),
);

describe('action.yml, run as the runner runs it', () => {
  it('fails the step on weak tests, with outputs, summary and report that agree', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({
      'src/discount.ts': DISCOUNT,
      'test/discount.test.ts': discountTest('  expect(discountRate(150, true)).toBeGreaterThan(0);'),
    });
    repo.commit('Add discount rate');

    const result = await runAction(repo.dir, baseSha, { threshold: '80%', concurrency: '2' });

    expect(result.exitCode).toBe(1);
    const { outputs } = result;
    expect(outputs.verdict).toBe('fail');
    expect(outputs.score).toMatch(/^\d{1,2}\.\d{2}$/);
    const [mutants, killed, timeout, survived, noCoverage] = [
      outputs.mutants,
      outputs.killed,
      outputs.timeout,
      outputs.survived,
      outputs['no-coverage'],
    ].map(Number);
    expect(mutants).toBe((killed ?? 0) + (timeout ?? 0) + (survived ?? 0) + (noCoverage ?? 0));
    expect(survived).toBeGreaterThan(3);
    expect(Number(outputs.score)).toBeCloseTo((((killed ?? 0) + (timeout ?? 0)) / (mutants ?? 1)) * 100, 1);

    const firstLine = result.summary.split('\n')[0];
    expect(firstLine).toBe(
      `## ❌ mutation-gate failed: No AI-touched lines; all changed lines score ${outputs.score}%, under the threshold 80%: ${(survived ?? 0) + (noCoverage ?? 0)} of ${mutants} mutant(s) went unnoticed by the tests.`,
    );
    expect(result.summary).toContain('| <code>src/discount.ts</code> | unknown | 6 |');
    expect(result.summary).toContain('**No AI marker found** on the 6 changed line(s); this does not mean a person wrote them.');
    expect(outputs['ai-detected']).toBe('false');
    expect(outputs['ai-lines']).toBe('0');
    expect(outputs['ai-score']).toBe('');
    expect(result.summary).toContain(`### Surviving mutants (${survived})`);
    // Vitest, run by Stryker, must not write its own reports into the step summary.
    expect(result.summary).not.toContain('Vitest');
    expect(result.log).toContain(`::error::No AI-touched lines; all changed lines score ${outputs.score}%`);

    const report = JSON.parse(await readFile(outputs.report ?? '', 'utf8')) as Record<string, unknown>;
    expect(report.verdict).toEqual({ kind: 'fail', reason: expect.stringContaining('under the threshold 80%') });
    expect(report.changedLines).toEqual([{ path: 'src/discount.ts', lines: [1, 2, 3, 4, 5, 6] }]);
    expect((report.mutants as unknown[]).length).toBe(mutants);
    expect(report.config).toEqual(expect.objectContaining({ threshold: 80, concurrency: 2, workingDirectory: '.' }));
  });

  it('passes the step when the tests pin the new behaviour', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({
      'src/discount.ts': DISCOUNT,
      'test/discount.test.ts': STRONG_DISCOUNT_TEST,
    });
    repo.commit('Add discount rate, tested');

    const result = await runAction(repo.dir, baseSha, { threshold: '80', concurrency: '2' });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs.score).toBe('100.00');
    expect(result.outputs.survived).toBe('0');
    expect(result.summary.split('\n')[0]).toBe(
      '## ✅ mutation-gate passed: No AI-touched lines; all changed lines score 100.00%, threshold 80%.',
    );
    expect(result.log).not.toContain('::error::');
  });

  it('fails a mixed PR on its AI-touched code alone, while the whole change passes threshold', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({
      'src/discount.ts': DISCOUNT,
      'test/discount.test.ts': STRONG_DISCOUNT_TEST,
    });
    repo.commit('Discount rate, tested', { name: 'Dana Developer', email: 'dana@example.com' });
    await repo.write({
      'src/fee.ts':
        'export function fee(amount: number): number {\n  if (amount > 1000) {\n    return 0;\n  }\n  return amount < 10 ? 1 : 2;\n}\n',
      'test/fee.test.ts':
        "import { expect, it } from 'vitest';\nimport { fee } from '../src/fee.js';\n\nit('charges a fee', () => {\n  expect(fee(50)).toBeGreaterThan(0);\n});\n",
    });
    const agentCommit = repo.commit('Add a fee\n\nCo-Authored-By: Claude <noreply@anthropic.com>', {
      name: 'Dana Developer',
      email: 'dana@example.com',
    });

    const result = await runAction(repo.dir, baseSha, { threshold: '50', 'ai-threshold': '80', concurrency: '2' });

    const { outputs } = result;
    expect(result.exitCode).toBe(1);
    expect(outputs.verdict).toBe('fail');
    expect(outputs['ai-detected']).toBe('true');
    expect(outputs['ai-lines']).toBe('6');
    expect(Number(outputs['ai-score'])).toBeLessThan(80);
    expect(Number(outputs.score)).toBeGreaterThanOrEqual(50);
    expect(Number(outputs['ai-mutants'])).toBeGreaterThan(0);
    expect(Number(outputs['ai-mutants'])).toBeLessThan(Number(outputs.mutants));
    expect(result.summary.split('\n')[0]).toMatch(
      new RegExp(
        `^## ❌ mutation-gate failed: AI-touched lines score ${outputs['ai-score']?.replace('.', '\\.')}%, under the ai-threshold 80%: \\d+ of ${outputs['ai-mutants']} mutant\\(s\\) there went unnoticed; all changed lines score ${outputs.score?.replace('.', '\\.')}%, threshold 50%\\.$`,
      ),
    );
    expect(result.summary).toContain('| <code>src/fee.ts</code> | ai | 6 |');
    expect(result.summary).toContain('| <code>src/discount.ts</code> | unknown | 6 |');
    expect(result.summary).toContain(
      `- Class ai: commit ${agentCommit.slice(0, 7)}, Co-authored-by noreply&#64;anthropic.com (Claude Code)`,
    );
    const report = JSON.parse(await readFile(outputs.report ?? '', 'utf8')) as {
      attribution: { path: string; lines: { class: string }[] }[];
    };
    expect(report.attribution.map((file) => [file.path, [...new Set(file.lines.map((line) => line.class))]])).toEqual([
      ['src/discount.ts', ['unknown']],
      ['src/fee.ts', ['ai']],
    ]);
  });

  it('errors when the tests fail before any mutant, and never obeys workflow commands in their output', async () => {
    const { repo, baseSha } = await createPricingRepo();
    const hostileTest = `import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit('::error file=src/price.ts,line=1::injected', () => {\n  expect(discountRate(100, false)).toBe(0.5);\n});\n`;
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': hostileTest });
    repo.commit('Add discount rate with a failing test');

    const result = await runAction(repo.dir, baseSha, { concurrency: '1' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.outputs.score).toBe('');
    expect(result.summary.split('\n')[0]).toBe(
      '## ⚠️ mutation-gate could not decide: Stryker ran once more after tests failed in its initial test run, and failed again. ' +
        'The "::error file=src/price.ts,line=1::injected" fail in Stryker\'s initial test run, ' +
        'without any mutant, so no mutant can be judged. Make them pass on this commit. If they pass outside the gate, they depend ' +
        'on what the run does not give them: the gate passes only an allow-list of environment variables (add one with test-env), ' +
        "and Stryker runs them in a copy of the project. Stryker's output is below.",
    );
    expect(result.summary).toContain('<pre>');
    const lines = result.log.split('\n');
    const injected = lines.flatMap((line, index) => (line.includes('::error file=src/price.ts,line=1::injected') ? [index] : []));
    expect(injected.length).toBeGreaterThan(0);
    for (const index of injected) {
      // The gate's own failure names the test inside its ::error:: command: data there, never a command of its own.
      const gateFailure =
        '::error::Stryker ran once more after tests failed in its initial test run, and failed again. The "::error file=src/price.ts,line=1::injected" fail';
      if (lines[index]?.startsWith(gateFailure)) continue;
      const stop = lines.slice(0, index).findLastIndex((line) => line.startsWith('::stop-commands::'));
      expect(stop).toBeGreaterThanOrEqual(0);
      const token = lines[stop]?.slice('::stop-commands::'.length);
      expect(lines.slice(stop + 1, index).includes(`::${token}::`)).toBe(false);
      expect(lines.slice(index).includes(`::${token}::`)).toBe(true);
    }
  });

  it('stops with a stack trace that names src/ files and lines when something unexpected breaks', async () => {
    const { repo, baseSha } = await createPricingRepo();
    // A runner whose temp directory is gone: the gate cannot make its run directory, before any pipeline step.
    // Reuse off: its step would make the state folder there, and so the directory.
    const runnerTemp = join(await mkdtemp(join(tmpdir(), 'gate-no-temp-')), 'missing');

    const result = await runAction(repo.dir, baseSha, { reuse: 'false' }, { env: { RUNNER_TEMP: runnerTemp } });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.log).toContain('::error::mutation-gate stopped unexpectedly: ');
    // The bundle's source map turns the frame into the source file that made the directory.
    expect(result.log).toMatch(/at async createRunFiles \(.*\/src\/adapters\/run-files\.ts:\d+:\d+\)/);
    expect(result.log).not.toMatch(/at async createRunFiles \(.*dist\/index\.js/);
  });

  it('refuses bad inputs before any work, naming every one', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT });
    repo.commit('Add discount rate');

    const result = await runAction(repo.dir, baseSha, { threshold: '0.8', concurrency: 'many' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.outputs.score).toBe('');
    expect(result.summary).toContain('2 input(s) are invalid, so nothing was run.');
    expect(result.summary).toContain('Input "threshold" has value "0.8"');
    expect(result.summary).toContain('Input "concurrency" has value "many"');
    expect(result.log).not.toContain('Stryker:');
  });

  // Needs a Node.js older than 22 outside node_modules (the machine's system Node 20); skipped, visibly, without one.
  const oldNode = findNodeOlderThan22();
  it.skipIf(oldNode === undefined)('says which Node.js to set up when the node on PATH is too old', async () => {
    if (oldNode === undefined) return;
    const { repo, baseSha } = await createPricingRepo();
    const result = await runAction(repo.dir, baseSha, {}, { path: oldNode.directory });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.log).toContain(
      `::error::mutation-gate needs Node.js 22 or newer (Stryker 10 does), but the node on PATH is v${oldNode.version}.`,
    );
    expect(result.log).toContain('Add actions/setup-node with node-version: 24 before this step.');
  });
});

/** The system's own Node (outside node_modules/.bin), when it is older than 22. */
function findNodeOlderThan22(): { directory: string; version: string } | undefined {
  const directories = (process.env.PATH ?? '').split(delimiter).filter((directory) => !directory.includes('node_modules'));
  for (const directory of directories) {
    try {
      const version = execFileSync(join(directory, 'node'), ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
      return Number.parseInt(version, 10) < 22 ? { directory: `${directory}${delimiter}/usr/bin${delimiter}/bin`, version } : undefined;
    } catch {
      // no node in this directory
    }
  }
  return undefined;
}
