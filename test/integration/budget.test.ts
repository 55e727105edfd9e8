import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { renderSummary } from '../../src/core/render/markdown-report.js';
import type { MutationTestResult } from '../../src/core/stryker/stryker-report.js';
import { configFrom } from '../support/config.js';
import { discountsAndShipping } from '../support/discount-change.js';
import { gateRun, pullRequestEvent, runRealGate } from '../support/pricing-repo.js';

// Budgets on a real change: the project's real Stryker (vitest runner) on the pricing fixture, every
// mutant measured once, then a sample and one mutant per line, each compared with it mutant by mutant.

const SHIPPING = `export function shipping(weight: number, express: boolean): number {
  if (weight > 20 && !express) {
    return 15;
  }
  const base = weight > 5 ? 8 : 4;
  return express ? base * 2 + 1 : base;
}
`;
const SHIPPING_TEST = `import { expect, it } from 'vitest';
import { shipping } from '../src/shipping.js';

it('charges by weight', () => {
  expect(shipping(21, false)).toBe(15);
  expect(shipping(3, true)).toBe(9);
});
`;

const INPUTS = { threshold: '50', 'ai-threshold': '50', concurrency: '2', 'flaky-check': '0' } as const;

/** Each mutant by where it is (start and end: nested mutants start alike) and what it does, with its status. */
const statuses = (report: ScoredReport): Map<string, string> =>
  new Map(
    report.mutants.map((mutant) => [
      `${mutant.file}:${mutant.line}:${mutant.column}-${mutant.endLine}:${mutant.endColumn} ${mutant.mutator} ${mutant.replacement}`,
      mutant.status,
    ]),
  );

describe('budgets with real Stryker', () => {
  let repoDir = '';
  let baseSha = '';
  let full: ScoredReport;

  /** The mutants Stryker tested in the last run (not those the gate's checker failed), by place and change. */
  let lastTested: string[] = [];
  const measure = async (inputs: Record<string, string> = {}): Promise<ScoredReport> => {
    const run = await gateRun(repoDir, configFrom({ ...INPUTS, ...inputs }), pullRequestEvent(baseSha));
    const report = await runRealGate(run);
    const raw = JSON.parse(await readFile(run.runFiles.mutationReportPath, 'utf8')) as MutationTestResult;
    lastTested = Object.values(raw.files).flatMap((file) =>
      file.mutants
        .filter((mutant) => mutant.status !== 'CompileError')
        .map(
          ({ location: { start, end }, mutatorName, replacement }) =>
            `${start.line}:${start.column}-${end.line}:${end.column} ${mutatorName} ${replacement}`,
        ),
    );
    return report;
  };

  beforeAll(async () => {
    // Fixed commit dates: the same commits every time, so the same merge base and so the same sample.
    const fixed = { GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };
    Object.assign(process.env, fixed);
    const created = await discountsAndShipping({ code: SHIPPING, test: SHIPPING_TEST });
    ({ baseSha } = created);
    repoDir = created.repo.dir;
    for (const name of Object.keys(fixed)) delete process.env[name];
    full = await measure();
  }, 120_000);

  it('tests a stratified sample of max-mutants, the same for the same change, each with the status one full run gives it', async () => {
    const population = full.score.total.mutants;
    expect(population).toBeGreaterThan(20);
    const first = await measure({ 'max-mutants': '12' });
    const again = await measure({ 'max-mutants': '12' });
    const sampled = statuses(first);
    expect(sampled.size).toBe(12);
    expect([...statuses(again)]).toEqual([...sampled]);
    const everyMutant = statuses(full);
    for (const [key, status] of sampled) expect(everyMutant.get(key), key).toBe(status);
    const budget = first.budget;
    expect(budget).toMatchObject({ maxMutants: 12, perLine: 'all', made: population, afterPerLine: population });
    expect(budget?.strata?.map((stratum) => stratum.file).sort()).toEqual(['src/discount.ts', 'src/shipping.ts']);
    expect(budget?.strata?.reduce((sum, stratum) => sum + stratum.sampled, 0)).toBe(12);
    // The full score lies inside the sample's interval (the commits, and so the draw, are the same every time).
    const estimate = budget?.estimates?.total;
    const fullScore = (full.score.total.detected / full.score.total.mutants) * 100;
    expect(estimate?.low).toBeLessThanOrEqual(fullScore);
    expect(estimate?.high).toBeGreaterThanOrEqual(fullScore);
    expect(first.verdict.reason).toMatch(/^A sample of 12 of \d+ mutant\(s\) \(max-mutants 12\): /);
    expect(renderSummary(first)).toContain('**Sampled**: this verdict comes from a random sample of 12 of the');
  }, 120_000);

  it('tests one mutant per changed line and no other, each with the status one full run gives it', async () => {
    const report = await measure({ 'mutants-per-line': '1' });
    // Stryker tested the chosen mutants and no other (those its ranges also hold, the gate's checker failed).
    expect(lastTested.sort()).toEqual(
      report.mutants
        .map((mutant) => `${mutant.line}:${mutant.column}-${mutant.endLine}:${mutant.endColumn} ${mutant.mutator} ${mutant.replacement}`)
        .sort(),
    );
    const chosen = statuses(report);
    const lines = new Set(report.mutants.map((mutant) => `${mutant.file}:${mutant.line}`));
    expect(chosen.size).toBe(lines.size);
    expect(chosen.size).toBeLessThan(full.score.total.mutants);
    const everyMutant = statuses(full);
    for (const [key, status] of chosen) expect(everyMutant.get(key), key).toBe(status);
    expect(report.budget).toMatchObject({ perLine: 1, strata: undefined, afterPerLine: chosen.size });
    expect(renderSummary(report)).toContain('**Budget**: tested one mutant per changed line (mutants-per-line: 1');
  }, 120_000);
});
