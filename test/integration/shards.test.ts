import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import { DISCOUNT, discountsAndShipping, STRONG_DISCOUNT_TEST } from '../support/discount-change.js';
import { createPricingRepo, gateRun, pullRequestEvent, runRealGate } from '../support/pricing-repo.js';

// One change measured whole, then as three shards of a job matrix merged by a fourth job: real git,
// the project's real Stryker (vitest runner) on the pricing fixture.

const SHIPPING = `export function shipping(weight: number): number {
  if (weight > 20) {
    return 15;
  }
  return weight > 5 ? 8 : 4;
}
`;
const SHIPPING_TEST = `import { expect, it } from 'vitest';
import { shipping } from '../src/shipping.js';

it('charges by weight', () => {
  expect(shipping(21)).toBe(15);
  expect(shipping(20)).toBe(8);
  expect(shipping(5)).toBe(4);
});
`;
const ROUNDING = 'export const roundUp = (value: number): number => Math.ceil(value * 100) / 100;\n';

/** Every mutant with its status, and the names of the tests that killed it. */
function outcomes(report: ScoredReport): string[] {
  return report.mutants
    .map((mutant) => {
      const killers = mutant.killedBy.map((id) => report.tests.get(id)?.name ?? `unknown test ${id}`).sort();
      return `${mutant.file}:${mutant.line}:${mutant.column} ${mutant.mutator} ${mutant.replacement} ${mutant.status} [${killers.join(', ')}]`;
    })
    .sort();
}

const INPUTS = { threshold: '80', concurrency: '2', 'flaky-check': '0' } as const;

describe('shards over a job matrix, merged', () => {
  let repoDir = '';
  let baseSha = '';
  let whole: ScoredReport;
  /** Each shard's result, copied where a merge job would download the artifacts. */
  let downloaded = '';
  const shardFiles: string[] = [];

  beforeAll(async () => {
    const created = await discountsAndShipping({ code: SHIPPING, test: SHIPPING_TEST }, { 'src/rounding.ts': ROUNDING });
    ({ baseSha } = created);
    repoDir = created.repo.dir;
    whole = await runRealGate(await gateRun(repoDir, configFrom(INPUTS), pullRequestEvent(baseSha)));
    downloaded = await mkdtemp(join(tmpdir(), 'gate-shard-artifacts-'));
    for (const shard of ['1/3', '2/3', '3/3']) {
      const run = await gateRun(repoDir, configFrom({ ...INPUTS, shard }), pullRequestEvent(baseSha));
      const report = await runRealGate(run);
      expect(report.shard).toEqual(expect.objectContaining({ count: 3 }));
      const artifact = join(downloaded, `shard-${shard.replace('/', '-of-')}`);
      await mkdir(artifact);
      await copyFile(run.runFiles.shardResultPath, join(artifact, 'mutation-gate-shard.json'));
      shardFiles.push(join(artifact, 'mutation-gate-shard.json'));
    }
  }, 240_000);

  it('gives, merged, exactly the one run: the same mutants, statuses, killing tests, scores and verdict', async () => {
    const merge = await gateRun(repoDir, configFrom({ ...INPUTS, 'merge-shards': shardFiles.join('\n') }), pullRequestEvent(baseSha));
    const merged = await runRealGate(merge);
    expect(whole.score.total.mutants).toBeGreaterThan(10);
    expect(outcomes(merged)).toEqual(outcomes(whole));
    expect(merged.score.total).toEqual(whole.score.total);
    expect(merged.verdict).toEqual(whole.verdict);
    expect(merged.files.map((file) => file.path)).toEqual(whole.files.map((file) => file.path));
    expect(merge.log.lines.some((line) => line.startsWith('Merged 3 shard results: 3 file(s) mutated'))).toBe(true);
  });

  it('splits the files between the shards, each whole in one shard, the largest first', async () => {
    const run = await gateRun(repoDir, configFrom({ ...INPUTS, shard: '1/3' }), pullRequestEvent(baseSha));
    const first = await runRealGate(run);
    expect(first.shard?.plan).toEqual([['src/discount.ts'], ['src/shipping.ts'], ['src/rounding.ts']]);
    expect(first.mutants.every((mutant) => mutant.file === 'src/discount.ts')).toBe(true);
  });

  it('takes the directory the artifacts were downloaded to, a folder each, and refuses one with no result', async () => {
    const merge = await gateRun(repoDir, configFrom({ ...INPUTS, 'merge-shards': downloaded }), pullRequestEvent(baseSha));
    expect(outcomes(await runRealGate(merge))).toEqual(outcomes(whole));
    const empty = await mkdtemp(join(tmpdir(), 'gate-no-artifacts-'));
    const none = await gateRun(repoDir, configFrom({ ...INPUTS, 'merge-shards': empty }), pullRequestEvent(baseSha));
    const refused = await runRealGate(none).then(
      () => undefined,
      (thrown: unknown) => thrown as GateError,
    );
    expect(refused?.details).toEqual([`${empty}: a directory with no .json file`]);
  });

  it('refuses a set with a shard missing or given twice, or measured with other settings, naming each problem', async () => {
    const refusal = async (inputs: Record<string, string>): Promise<GateError> => {
      const merge = await gateRun(repoDir, configFrom({ ...INPUTS, ...inputs }), pullRequestEvent(baseSha));
      const error = await runRealGate(merge).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(GateError);
      return error as GateError;
    };
    const [one, two] = shardFiles as [string, string, string];
    const incomplete = await refusal({ 'merge-shards': `${one}\n${two}\n${two}` });
    expect(incomplete.message).toBe(
      "The shard results are not one complete set of this change's shards (2 problem(s)), so nothing was merged.",
    );
    expect(incomplete.details).toEqual(['shard(s) 3 of 3 missing', 'shard(s) 2 given more than once']);
    const otherSettings = await refusal({ 'merge-shards': shardFiles.join('\n'), include: 'src/**/*.ts' });
    expect(otherSettings.details).toEqual(["the shards ran with other settings than this merge job's inputs"]);
  });

  it('refuses shards of another commit mixed in', async () => {
    const { repo, baseSha: otherBase } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    repo.commit('Discounts');
    const run = await gateRun(repo.dir, configFrom({ ...INPUTS, shard: '3/3' }), pullRequestEvent(otherBase));
    await runRealGate(run);
    const merge = await gateRun(
      repoDir,
      configFrom({ ...INPUTS, 'merge-shards': [shardFiles[0], shardFiles[1], run.runFiles.shardResultPath].join('\n') }),
      pullRequestEvent(baseSha),
    );
    const error = await runRealGate(merge).then(
      () => undefined,
      (thrown: unknown) => thrown as GateError,
    );
    expect(error?.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the shards disagree on the merge base: /),
        expect.stringMatching(/^the shards disagree on the plan: /),
      ]),
    );
  });
});
