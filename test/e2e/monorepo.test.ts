import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { runAction } from '../support/action-run.js';
import { FIXTURES } from '../support/pricing-repo.js';

// An npm-workspaces monorepo whose root has no Stryker config, and whose package has its own: with the
// default working-directory the gate measures the package the change is in, through action.yml.

const DISCOUNT = 'export function discountRate(total: number): number {\n  return total >= 100 ? 0.1 : 0;\n}\n';

/** A test that never checks the boundary at 100. */
const WEAK_TEST =
  "import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit('discounts', () => {\n  expect(discountRate(150)).toBe(0.1);\n});\n";

/** A committed npm-workspaces root with the pricing fixture in each of `packages`, checked out on a feature branch. */
async function monorepo(packages: readonly string[]): Promise<{ repo: GitRepo; baseSha: string }> {
  const repo = await GitRepo.create('gate-monorepo-');
  for (const folder of packages) {
    await repo.copyIn(join(FIXTURES, 'pricing'), folder);
    await repo.write({ [`${folder}/package.json`]: `{ "name": "${folder.replace(/.*\//, '')}", "private": true, "type": "module" }\n` });
  }
  await repo.write({
    'package.json': '{ "name": "shop", "private": true, "workspaces": ["packages/*"] }\n',
    '.gitignore': 'node_modules\n.stryker-tmp\nreports\n',
  });
  await repo.linkNodeModules();
  const baseSha = repo.commit(`Base: a monorepo with ${packages.join(', ')}`);
  repo.git('checkout', '--quiet', '-b', 'feature');
  return { repo, baseSha };
}

describe('an npm-workspaces monorepo, with the default working-directory', () => {
  it('measures the package that holds the change, with its own config, and scores it', async () => {
    const { repo, baseSha } = await monorepo(['packages/pricing']);
    await repo.write({ 'packages/pricing/src/discount.ts': DISCOUNT, 'packages/pricing/test/discount.test.ts': WEAK_TEST });
    repo.commit('Add a discount rate');

    const result = await runAction(repo.dir, baseSha, { threshold: '80', concurrency: '2', 'flaky-check': '0' });

    expect(result.outputs.verdict, result.summary).toBe('fail');
    expect(result.log).toContain(
      'Workspace monorepo: every changed source file is in packages/pricing; measuring it with its own Stryker setup.',
    );
    expect(result.summary).toContain('| <code>src/discount.ts</code> |');
    expect(result.summary).toContain('configured by <code>packages/pricing/stryker.config.json at');
    expect(result.outputs['bundled-stryker']).toBe('');
  });
  it('measures each package with changed source in turn, and gives one verdict on all of them', async () => {
    const { repo, baseSha } = await monorepo(['packages/pricing', 'packages/billing']);
    await repo.write({
      'packages/pricing/src/discount.ts': DISCOUNT,
      'packages/pricing/test/discount.test.ts': WEAK_TEST,
      // A strong one in billing.
      'packages/billing/src/discount.ts': DISCOUNT,
      'packages/billing/test/discount.test.ts':
        "import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit('discounts from 100', () => {\n" +
        '  expect(discountRate(100)).toBe(0.1);\n  expect(discountRate(99)).toBe(0);\n});\n',
      'scripts/release.ts': 'export const channel = process.env.CHANNEL ?? "stable";\n',
    });
    repo.commit('Add a discount rate to both packages');

    const result = await runAction(repo.dir, baseSha, { threshold: '90', concurrency: '2', 'flaky-check': '0' });

    expect(result.log).toContain(
      'Workspace monorepo: changed source in 2 package(s) (packages/billing, packages/pricing); measuring each with its own Stryker setup, one after another.',
    );
    // billing kills all 5 of its mutants, pricing 3 of 5: 8 of 10 together, under 90%.
    expect(result.outputs.mutants, result.summary).toBe('10');
    expect(result.outputs.survived).toBe('2');
    expect(result.outputs.score).toBe('80.00');
    expect(result.outputs.verdict).toBe('fail');
    expect(result.summary).toContain('| <code>packages/billing</code> | 3 | 5 | 100.00% | 0 | n/a | ✅ pass |');
    expect(result.summary).toContain('| <code>packages/pricing</code> | 3 | 5 | 60.00% | 0 | n/a | ❌ fail |');
    expect(result.summary).toContain('configured by <code>packages/billing/stryker.config.json at');
    expect(result.summary).toContain('packages/pricing/src/discount.ts:2');
    expect(result.summary).toContain('<code>scripts/release.ts</code>: in no workspace package');
    const html = result.outputs['html-report']?.split('\n') ?? [];
    expect(html.map((path) => path.replace(/.*\//, ''))).toEqual([
      'mutation-report-packages-billing.html',
      'mutation-report-packages-pricing.html',
    ]);
    const report = JSON.parse(await readFile(result.outputs.report as string, 'utf8')) as {
      packages: { folder: string; outputs: Record<string, string> }[];
    };
    expect(report.packages.map(({ folder, outputs }) => [folder, outputs.verdict, outputs.score])).toEqual([
      ['packages/billing', 'pass', '100.00'],
      ['packages/pricing', 'fail', '60.00'],
    ]);
  });
});
