import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-run.js';
import { DISCOUNT, discountsAndShipping, SHIPPING, STRONG_DISCOUNT_TEST } from '../support/discount-change.js';

// Pushes to one pull request, each run of action.yml keeping its state in the same cache, as a
// workflow's runs on one PR do; every reused result is checked against a run that reuses nothing.

interface GateReportMutant {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly mutator: string;
  readonly replacement: string;
  readonly status: string;
}

/** Each mutant of a run's JSON report by where it is and what it does, with its status. */
async function statuses(reportPath: string | undefined): Promise<string[]> {
  const report = JSON.parse(await readFile(reportPath as string, 'utf8')) as { mutants: GateReportMutant[] };
  return report.mutants
    .map((mutant) => `${mutant.file}:${mutant.line}:${mutant.column} ${mutant.mutator} ${mutant.replacement} ${mutant.status}`)
    .sort();
}

const INPUTS = { threshold: '80', concurrency: '2', 'flaky-check': '0' };

describe('reuse across pushes through action.yml', () => {
  it('measures only what a push changed, and every result equals a run that reuses nothing', async () => {
    const { repo, baseSha } = await discountsAndShipping();
    const cacheStore = await mkdtemp(join(tmpdir(), 'gate-cache-'));
    let runId = 0;
    const push = async (base = baseSha): Promise<{ reused: string; summary: string; log: string; statuses: string[] }> => {
      runId += 1;
      const run = await runAction(repo.dir, base, INPUTS, { cacheStore, env: { GITHUB_RUN_ID: String(runId), GITHUB_JOB: 'gate' } });
      const full = await runAction(repo.dir, base, { ...INPUTS, reuse: 'false' });
      expect(full.outputs.reused).toBe('');
      expect(await statuses(run.outputs.report), run.summary).toEqual(await statuses(full.outputs.report));
      expect(run.outputs.verdict).toBe(full.outputs.verdict);
      return { reused: run.outputs.reused as string, summary: run.summary, log: run.log, statuses: await statuses(run.outputs.report) };
    };

    const first = await push();
    expect(first.reused).toBe('0');
    expect(first.summary).toContain(
      'Nothing was reused from an earlier run: no earlier run of this pull request or its base branch was saved.',
    );

    // A tested line changes: that file is measured again, shipping's results are kept.
    await repo.write({ 'src/discount.ts': DISCOUNT.replace('total >= 100', 'total >= 120') });
    repo.commit('Discounts from 120');
    const second = await push();
    const shippingMutants = first.statuses.filter((line) => line.startsWith('src/shipping.ts')).length;
    expect(shippingMutants).toBeGreaterThan(0);
    expect(second.reused).toBe(String(shippingMutants));
    expect(second.summary).toContain(`**Reused** ${shippingMutants} mutant result(s) in 1 file(s) from the run on`);
    expect(second.summary).toContain('Measured now: 1 changed since.');
    expect(second.log).toContain('Stryker: 1 changed range(s) in 1 file(s)');

    // A test changes: the mutants it ran are measured again; shipping's, all killed by its own unchanged test, are kept.
    await repo.write({ 'test/discount.test.ts': STRONG_DISCOUNT_TEST.replaceAll('100', '120').replaceAll('99.99', '119.99') });
    repo.commit('Pin the discount boundaries');
    const third = await push();
    expect(third.reused).toBe(String(shippingMutants));
    expect(third.summary).toContain('Measured now: 1 whose tests, or files any test may read, changed.');

    // An untested line: shipping is measured again (its new mutant no test runs); discount's results are kept.
    await repo.write({ 'src/shipping.ts': `${SHIPPING}\nexport function isFree(total: number): boolean {\n  return total >= 50;\n}\n` });
    repo.commit('Free shipping threshold');
    const fourth = await push();
    const discountMutants = third.statuses.filter((line) => line.startsWith('src/discount.ts')).length;
    expect(fourth.reused).toBe(String(discountMutants));
    expect(fourth.statuses.some((line) => line.startsWith('src/shipping.ts:6') && line.endsWith('NoCoverage'))).toBe(true);

    // Nothing changed (a re-run of the same commit): everything is kept, and Stryker does not run.
    const again = await push();
    expect(Number(again.reused)).toBe(again.statuses.length);
    expect(again.log).not.toContain('Stryker: ');

    // A stale state: the pull request is rebased onto a newer main, so the merge base moved and nothing is kept.
    repo.git('checkout', '--quiet', 'main');
    await repo.write({ 'README.md': '# Pricing, documented\n' });
    const newBase = repo.commit('Docs');
    repo.git('checkout', '--quiet', 'feature');
    repo.git('rebase', '--quiet', 'main');
    const rebased = await push(newBase);
    expect(rebased.reused).toBe('0');
    expect(rebased.summary).toContain('Nothing was reused from an earlier run: the merge base moved (from');
  });
});
