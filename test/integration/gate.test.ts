import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import { DISCOUNT, STRONG_DISCOUNT_TEST, WEAK_DISCOUNT_TEST } from '../support/discount-change.js';
import { createPricingRepo, FIXTURES, gateRun, pullRequestEvent, runRealGate } from '../support/pricing-repo.js';

// Real git repositories, the project's real Stryker (vitest runner) on the pricing fixture.

function mutantFiles(outcome: ScoredReport): string[] {
  return [...new Set(outcome.mutants.map((mutant) => mutant.file))];
}

/** What a mutant is, independent of where the file's lines happen to sit. */
function signatures(outcome: ScoredReport): string[] {
  return outcome.mutants
    .map((mutant) => `${mutant.file} ${mutant.mutator} ${mutant.original} => ${mutant.replacement}: ${mutant.status}`)
    .sort();
}

describe('the gate on a real repository with real Stryker', () => {
  it('fails a change whose tests run the new code but barely check it', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_DISCOUNT_TEST });
    repo.commit('Add discount rate');

    const run = await gateRun(repo.dir, configFrom({ threshold: '80', concurrency: '2' }), pullRequestEvent(baseSha));
    const outcome = await runRealGate(run);

    expect(outcome.verdict.kind).toBe('fail');
    // Only the new file is scored: legacy.ts has survivors of its own, but it was not changed.
    expect(mutantFiles(outcome)).toEqual(['src/discount.ts']);
    expect(outcome.score.files.map((file) => file.path)).toEqual(['src/discount.ts']);
    const { total } = outcome.score;
    expect(total.survived).toBeGreaterThan(3);
    expect(total.mutants).toBe(total.killed + total.timeout + total.survived + total.noCoverage);
    expect(total.score).toBeLessThan(80);
    expect(outcome.verdict.reason).toContain('under the threshold 80%');
    expect(outcome.notMutated).toEqual([{ path: 'test/discount.test.ts', reason: 'excluded', pattern: '**/*.test.*' }]);
    // Stryker's own report covered the changed file only.
    const strykerReport = JSON.parse(await readFile(run.runFiles.mutationReportPath, 'utf8')) as { files: object };
    expect(Object.keys(strykerReport.files)).toEqual(['src/discount.ts']);
    expect(run.log.lines).toContain('group: Stryker: 1 changed range(s) in 1 file(s)');
  });

  it('passes the same change when its tests pin every branch and boundary', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    repo.commit('Add discount rate, tested');

    const outcome = await runRealGate(
      await gateRun(repo.dir, configFrom({ threshold: '80%', concurrency: '2' }), pullRequestEvent(baseSha)),
    );

    expect(outcome.verdict.kind).toBe('pass');
    expect(outcome.score.total.survived).toBe(0);
    expect(outcome.score.total.noCoverage).toBe(0);
    expect(outcome.score.total.mutants).toBeGreaterThan(5);
    expect(outcome.score.total.score).toBe(100);
  });

  it('counts only the modified line of an old file, not its untouched neighbours', async () => {
    const { repo, baseSha } = await createPricingRepo();
    const legacy = await readFile(`${repo.dir}/src/legacy.ts`, 'utf8');
    await repo.write({ 'src/legacy.ts': legacy.replace('amount > 100', 'amount >= 100') });
    repo.commit('Charge the percentage fee from 100 on');

    const outcome = await runRealGate(
      await gateRun(repo.dir, configFrom({ threshold: '50', concurrency: '2' }), pullRequestEvent(baseSha)),
    );

    const mutants = outcome.mutants;
    expect(mutants.length).toBeGreaterThan(0);
    expect(new Set(mutants.map((mutant) => `${mutant.file}:${mutant.line}`))).toEqual(new Set(['src/legacy.ts:3']));
    expect(outcome.score.files).toEqual([expect.objectContaining({ path: 'src/legacy.ts', changedLines: 1 })]);
    // `legacyFee(500) > 0` cannot tell >= from >, nor notice the condition forced either way.
    expect(mutants.filter((mutant) => mutant.status === 'Survived').map((mutant) => mutant.replacement)).toContain('amount > 100');
    expect(outcome.verdict.kind).toBe('fail');
  });

  it('gives no-mutants, without running Stryker, for a docs-only change', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'README.md': '# Pricing\n\nHow prices are computed.\n', 'docs/guide.md': 'Guide\n' });
    repo.commit('Docs');

    const run = await gateRun(repo.dir, configFrom({ threshold: '80' }), pullRequestEvent(baseSha));
    const outcome = await runRealGate(run);

    expect(outcome.verdict).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: none of the 2 changed file(s) is source code to mutate (see include and exclude).',
    });
    expect(outcome.score.total.mutants).toBe(0);
    expect(run.log.lines.some((line) => line.startsWith('group: Stryker'))).toBe(false);
  });

  it('fails, not errors, on a new file that no test imports: none of its mutants is detected', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT });
    repo.commit('Add discount rate, untested');

    const outcome = await runRealGate(await gateRun(repo.dir, configFrom({ threshold: '1', concurrency: '1' }), pullRequestEvent(baseSha)));

    expect(outcome.verdict.kind).toBe('fail');
    // Stryker runs the whole suite against each (it has no coverage data for a file nothing loads): all survive.
    expect(outcome.score.total.detected).toBe(0);
    expect(outcome.score.total.mutants).toBeGreaterThan(5);
    expect(outcome.score.total.score).toBe(0);
  });

  it('gives no-mutants when Stryker finds nothing to mutate on the changed lines', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/types.ts': 'export interface Discount {\n  readonly rate: number;\n}\n' });
    repo.commit('Add a type');

    const run = await gateRun(repo.dir, configFrom({ threshold: '80', concurrency: '1' }), pullRequestEvent(baseSha));
    const outcome = await runRealGate(run);

    expect(outcome.verdict).toEqual({
      kind: 'no-mutants',
      reason: 'No valid mutants on the changed lines: no changed line holds code Stryker can mutate.',
    });
    expect(outcome.score.files).toEqual([expect.objectContaining({ path: 'src/types.ts', changedLines: 3 })]);
    expect(run.log.lines).toContain('group: Stryker: 1 changed range(s) in 1 file(s)');
  });

  it('errors, showing why, when the tests fail before any mutant', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({
      'src/discount.ts': DISCOUNT,
      'test/discount.test.ts': `import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit('is wrong', () => {\n  expect(discountRate(100, false)).toBe(0.5);\n});\n`,
    });
    repo.commit('Add discount rate with a failing test');

    const run = await gateRun(repo.dir, configFrom({ concurrency: '1' }), pullRequestEvent(baseSha));
    const failure = await runRealGate(run).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(GateError);
    // A test that fails every time is no flaky one: Stryker ran once more, and it failed again.
    expect((failure as GateError).message).toMatch(
      /^Stryker ran once more after tests failed in its initial test run, and failed again\. The "is wrong" fail in Stryker's initial test run, without any mutant/,
    );
    expect((failure as GateError).details.join('\n')).toContain('is wrong');
  });
});

describe('a mutant that loops forever', () => {
  it('times out, times out again when run alone with three times the budget, and only then counts as detected', async () => {
    const { repo } = await createPricingRepo();
    // A short budget keeps the test quick: 1 s over the tests' own time, 3 s on the re-run.
    const config = JSON.parse(await readFile(join(repo.dir, 'stryker.config.json'), 'utf8')) as Record<string, unknown>;
    await repo.write({ 'stryker.config.json': `${JSON.stringify({ ...config, timeoutMS: 1000 })}\n` });
    repo.commit('Stryker: a short timeout');
    const base = repo.head();
    await repo.write({
      'src/count-down.ts':
        'export function countDown(from: number): number {\n  let steps = 0;\n  for (let left = from; left > 0; left--) steps++;\n  return steps;\n}\n',
      'test/count-down.test.ts':
        "import { expect, it } from 'vitest';\nimport { countDown } from '../src/count-down.js';\n\nit('counts down', () => {\n  expect(countDown(3)).toBe(3);\n});\n",
    });
    repo.commit('Count down');

    const run = await gateRun(repo.dir, configFrom({ concurrency: '1', include: 'src/count-down.ts' }), pullRequestEvent(base));
    const outcome = await runRealGate(run);

    // left-- turned into left++ never ends (Stryker makes no always-true loop condition).
    expect(outcome.timeouts).toEqual([
      {
        file: 'src/count-down.ts',
        id: expect.any(String),
        line: 3,
        mutatorName: 'UpdateOperator',
        outcome: 'confirmed',
        status: 'Timeout',
      },
    ]);
    expect(outcome.score.total).toEqual(expect.objectContaining({ timeout: 1, survived: 0 }));
    expect(run.log.lines).toContain(
      '1 mutant(s) timed out or were judged by no test: running them again, one at a time, with 3 times the time budget.',
    );
  });
});

/**
 * A test that fails one run in three: it counts its runs in the file FLAKY_COUNTER names (passed to the
 * tests through test-env), and fails every third. It runs the discount code, so it covers its mutants.
 */
const FLAKY_DISCOUNT_TEST = `import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { discountRate } from '../src/discount.js';

it('gives a discount, now and then', () => {
  const counter = process.env.FLAKY_COUNTER as string;
  let runs = 0;
  try {
    runs = Number(readFileSync(counter, 'utf8'));
  } catch {}
  writeFileSync(counter, String(runs + 1));
  expect(discountRate(150, true)).toBeGreaterThan(0);
  expect((runs + 1) % 3).not.toBe(0);
});
`;

describe('a flaky test', () => {
  it('is found by runs with no mutant active, and its failures decide nothing: every mutant counts as without it', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_DISCOUNT_TEST });
    repo.commit('Add discount rate');
    const steady = await runRealGate(await gateRun(repo.dir, configFrom({ concurrency: '1' }), pullRequestEvent(baseSha)));
    // Just above what the weak test scores: the change fails unless a flaky failure counts as a kill.
    const threshold = Math.floor(steady.score.total.score) + 1;
    await repo.write({ 'test/discount-flaky.test.ts': FLAKY_DISCOUNT_TEST });
    repo.commit('Test the discount once more');
    // The test user of isolation: user must be able to write the counter: it lives in the project.
    process.env.FLAKY_COUNTER = join(repo.dir, '.flaky-runs');
    try {
      // One test runner process: the runs count in order, so every third fails as it would by chance.
      const settings = { threshold: String(threshold), concurrency: '1', 'test-env': 'FLAKY_COUNTER' };
      const run = await gateRun(repo.dir, configFrom(settings), pullRequestEvent(baseSha));
      const flaky = await runRealGate(run);

      expect(flaky.flaky).toEqual({
        kind: 'checked',
        runs: 3,
        tests: [{ name: 'gives a discount, now and then', file: 'test/discount-flaky.test.ts', failures: 1 }],
        discounted: expect.arrayContaining([
          expect.objectContaining({ file: 'src/discount.ts', tests: ['gives a discount, now and then'] }),
        ]),
      });
      // It did fail while mutants were active, so without the check it would have killed some of them.
      expect(flaky.flaky?.kind === 'checked' && flaky.flaky.discounted.length).toBeGreaterThan(0);
      expect(signatures(flaky)).toEqual(signatures(steady));
      expect(flaky.score.total).toEqual(steady.score.total);
      expect(flaky.verdict.kind).toBe('fail');
      expect(await readFile(process.env.FLAKY_COUNTER, 'utf8')).not.toBe('');
      expect(run.log.lines).toContain('group: Stryker: the test suite with no mutant active');
    } finally {
      delete process.env.FLAKY_COUNTER;
    }
  });
});

describe('projects as users set them up', () => {
  it('names a coverage threshold in the test command as the cause when the initial test run fails on it', async () => {
    const repo = await GitRepo.create('gate-coverage-threshold-');
    await repo.write({
      '.gitignore': 'node_modules\n.stryker-tmp\nreports\n',
      'package.json': '{ "name": "add", "type": "module" }\n',
      'src/add.js': 'export function add(a, b) {\n  return a + b;\n}\n',
      'test/add.test.js':
        "import { test } from 'node:test';\nimport assert from 'node:assert';\nimport { add } from '../src/add.js';\n\ntest('adds', () => assert.equal(add(1, 2), 3));\n",
      // node:test checks line coverage itself: code instrumented by Stryker can never reach 100%.
      'stryker.config.json': `${JSON.stringify({ testRunner: 'command', commandRunner: { command: 'node --test --experimental-test-coverage --test-coverage-lines=100 test/add.test.js' } })}\n`,
    });
    await repo.linkNodeModules();
    const baseSha = repo.commit('Base: add');
    await repo.write({
      'src/add.js': 'export function add(a, b) {\n  return a + b;\n}\n\nexport function twice(a) {\n  return a * 2;\n}\n',
    });
    repo.commit('Twice');

    const failure = await runRealGate(await gateRun(repo.dir, configFrom({ concurrency: '1' }), pullRequestEvent(baseSha))).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(GateError);
    expect((failure as GateError).message).toMatch(
      /^Stryker's initial test run failed on a coverage threshold, not on a test: .*line coverage .*does not meet threshold of 100%/,
    );
  });

  it('runs a project with no Stryker config on the test runner it detects, and says which config to commit', async () => {
    const { repo } = await createPricingRepo();
    repo.git('rm', '--quiet', 'stryker.config.json');
    const base = repo.commit('No Stryker config');
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    repo.commit('Add discount rate, tested');

    const run = await gateRun(repo.dir, configFrom({ threshold: '80', concurrency: '2', 'flaky-check': '0' }), pullRequestEvent(base));
    const outcome = await runRealGate(run);

    expect(outcome.setup?.detected?.detected).toEqual({ runner: 'vitest', evidence: 'vitest.config.ts' });
    expect(outcome.setup?.testRunner).toEqual({ name: 'vitest', coverageAnalysis: 'perTest' });
    expect(outcome.setup?.runnerPlugin?.name).toBe('@stryker-mutator/vitest-runner');
    expect(outcome.verdict.kind).toBe('pass');
    expect(outcome.score.total.survived).toBe(0);
  });

  it('runs the package in working-directory of a monorepo, with Stryker hoisted to the root', async () => {
    const repo = await GitRepo.create('gate-monorepo-');
    await repo.copyIn(join(FIXTURES, 'pricing'), 'packages/pricing');
    await repo.write({ '.gitignore': 'node_modules\n.stryker-tmp\n', 'packages/other/src/other.ts': 'export const other = 1;\n' });
    await repo.linkNodeModules();
    const baseSha = repo.commit('Base: two packages');
    await repo.write({
      'packages/pricing/src/discount.ts': DISCOUNT,
      'packages/pricing/test/discount.test.ts': STRONG_DISCOUNT_TEST,
      'packages/other/src/other.ts': 'export const other = 2;\n',
    });
    repo.commit('Discount rate; other package too');

    const config = configFrom({ 'working-directory': 'packages/pricing', threshold: '80', concurrency: '2' });
    const outcome = await runRealGate(await gateRun(repo.dir, config, pullRequestEvent(baseSha)));

    expect(outcome.verdict.kind).toBe('pass');
    expect(outcome.score.files.map((file) => file.path)).toEqual(['src/discount.ts']);
    expect(outcome.notMutated).toEqual([
      { path: 'packages/other/src/other.ts', reason: 'outside-working-directory' },
      { path: 'test/discount.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
    ]);
  });

  it('uses the Stryker config named by stryker-config, as the merge base has it, and refuses one in neither commit', async () => {
    const { repo } = await createPricingRepo();
    const projectConfig = await readFile(join(repo.dir, 'stryker.config.json'), 'utf8');
    await rm(join(repo.dir, 'stryker.config.json'));
    await repo.write({ 'config/mutation.json': projectConfig });
    const baseSha = repo.commit('Stryker config moved');
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    repo.commit('Discount rate');

    const named = await gateRun(
      repo.dir,
      configFrom({ 'stryker-config': 'config/mutation.json', concurrency: '2' }),
      pullRequestEvent(baseSha),
    );
    const outcome = await runRealGate(named);
    expect(outcome.verdict.kind).toBe('pass');
    expect(outcome.findings).toEqual([]);
    expect(named.log.lines).toContain(
      `Stryker config: ${named.runFiles.strykerConfigPath} (extends config/mutation.json at ${baseSha.slice(0, 12)})`,
    );

    const missing = await gateRun(repo.dir, configFrom({ 'stryker-config': 'stryker.nope.json' }), pullRequestEvent(baseSha));
    await expect(runRealGate(missing)).rejects.toThrow(
      'Input "stryker-config" names stryker.nope.json, which is in neither the merge base nor HEAD.',
    );
  });

  it('says what to install when the project has not installed its dependencies, or Stryker with stryker: project', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await rm(join(repo.dir, 'node_modules'), { recursive: true });
    await repo.write({ 'src/discount.ts': DISCOUNT });
    repo.commit('Discount rate');

    await expect(runRealGate(await gateRun(repo.dir, configFrom({}), pullRequestEvent(baseSha)))).rejects.toThrow(
      `The project's vitest is not installed in ${repo.dir}, and Stryker's vitest runner needs it. Install the project's ` +
        'dependencies (npm ci) before this step.',
    );
    await expect(runRealGate(await gateRun(repo.dir, configFrom({ stryker: 'project' }), pullRequestEvent(baseSha)))).rejects.toThrow(
      'npm install --save-dev @stryker-mutator/core @stryker-mutator/vitest-runner',
    );
  });
});

describe('the same change checked out as GitHub merge commit and as PR head', () => {
  let outcomes: { merge: ScoredReport; head: ScoredReport };

  beforeAll(async () => {
    const { repo, baseSha } = await createPricingRepo();
    const price = await readFile(`${repo.dir}/src/price.ts`, 'utf8');
    await repo.write({
      'src/price.ts': price.replace('return gross / (1 + taxRate);', 'return taxRate > 0 ? gross / (1 + taxRate) : gross;'),
      'src/discount.ts': DISCOUNT,
      'test/discount.test.ts': WEAK_DISCOUNT_TEST,
    });
    const prHead = repo.commit('Discount rate; no division without tax\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    // The base branch moves on after the PR branched: a new line above the PR's change, another file too.
    repo.git('checkout', '--quiet', 'main');
    await repo.write({ 'src/price.ts': `// Prices are in euros.\n${price}`, 'docs/notes.md': 'Notes\n' });
    const movedBase = repo.commit('Base moves on');
    // What actions/checkout gives for pull_request: refs/pull/N/merge, parents (base tip, PR head).
    repo.git('checkout', '--quiet', '--detach', movedBase);
    repo.git('merge', '--quiet', '--no-ff', '--no-edit', prHead);
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').split(' ').slice(1)).toEqual([movedBase, prHead]);
    const event = pullRequestEvent(movedBase);
    const config = configFrom({ threshold: '80', concurrency: '2' });

    const merge = await runRealGate(await gateRun(repo.dir, config, event));
    repo.git('checkout', '--quiet', '--detach', prHead);
    const head = await runRealGate(await gateRun(repo.dir, config, event));
    outcomes = { merge, head };
    expect(baseSha).not.toBe(movedBase);
  });

  it('finds the same mutants with the same statuses', () => {
    expect(signatures(outcomes.merge)).toEqual(signatures(outcomes.head));
    expect(signatures(outcomes.merge).length).toBeGreaterThan(5);
    expect(outcomes.merge.verdict).toEqual(outcomes.head.verdict);
    expect(outcomes.merge.score.total).toEqual(outcomes.head.score.total);
  });

  it('classes the same lines AI-touched, with the same AI score, from both checkouts', () => {
    const aiLines = (outcome: ScoredReport): number => outcome.aiScore.files.reduce((sum, file) => sum + file.changedLines, 0);
    expect(aiLines(outcomes.merge)).toBe(7);
    expect(aiLines(outcomes.head)).toBe(7);
    expect(outcomes.merge.aiScore.total).toEqual(outcomes.head.aiScore.total);
    expect(outcomes.merge.aiScore.total.mutants).toBe(outcomes.merge.score.total.mutants);
    expect(outcomes.merge.verdict.reason).toMatch(/^AI-touched lines score \d+\.\d\d%, under the ai-threshold 80%/);
  });

  it('scores only the PR changes, never the base branch moving on', () => {
    for (const outcome of [outcomes.merge, outcomes.head]) {
      expect(outcome.score.files.map((file) => [file.path, file.changedLines])).toEqual([
        ['src/discount.ts', 6],
        ['src/price.ts', 1],
      ]);
    }
  });

  it('reads the changed line where each checkout has it', () => {
    const priceLines = (outcome: ScoredReport): number[] => [
      ...new Set(outcome.mutants.filter((mutant) => mutant.file === 'src/price.ts').map((mutant) => mutant.line)),
    ];
    expect(priceLines(outcomes.head)).toEqual([2]);
    expect(priceLines(outcomes.merge)).toEqual([3]);
  });
});

describe('a base that is not in the clone', () => {
  async function cloneOfFeatureOnly(): Promise<{ clone: GitRepo; movedBase: string }> {
    const { repo } = await createPricingRepo();
    await repo.write({ 'README.md': '# Pricing\n\nUpdated.\n' });
    repo.commit('Docs on the feature branch');
    repo.git('checkout', '--quiet', 'main');
    await repo.write({ 'docs/notes.md': 'Notes\n' });
    const movedBase = repo.commit('Base moves on');
    const clone = await GitRepo.clone(repo.dir, ['--no-local', '--single-branch', '--branch', 'feature']);
    await clone.linkNodeModules();
    return { clone, movedBase };
  }

  it('is fetched from origin once', async () => {
    const { clone, movedBase } = await cloneOfFeatureOnly();
    expect(() => clone.git('cat-file', '-e', `${movedBase}^{commit}`)).toThrow();

    const run = await gateRun(clone.dir, configFrom({}), pullRequestEvent(movedBase));
    const outcome = await runRealGate(run);

    expect(outcome.comparison.base).toBe(movedBase);
    expect(run.log.lines).toContain(`Base ${movedBase} is not in the clone; fetching it from origin.`);
    expect(outcome.notMutated.map((file) => file.path)).toEqual(['README.md']);
  });

  it('fails clearly, asking for fetch-depth: 0, when origin does not have it either', async () => {
    const { clone } = await cloneOfFeatureOnly();
    const missing = 'f'.repeat(40);

    await expect(runRealGate(await gateRun(clone.dir, configFrom({}), pullRequestEvent(missing)))).rejects.toThrow(
      `The base ${missing} is not in the clone and could not be fetched. Check out with full history (actions/checkout with fetch-depth: 0)`,
    );
  });
});
