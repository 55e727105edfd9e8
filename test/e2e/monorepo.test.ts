import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { runAction } from '../support/action-run.js';
import { FIXTURES } from '../support/pricing-repo.js';

// An npm-workspaces monorepo whose root has no Stryker config, and whose package has its own: with the
// default working-directory the gate measures the package the change is in, through action.yml.

const DISCOUNT = 'export function discountRate(total: number): number {\n  return total >= 100 ? 0.1 : 0;\n}\n';

describe('an npm-workspaces monorepo, with the default working-directory', () => {
  it('measures the package that holds the change, with its own config, and scores it', async () => {
    const repo = await GitRepo.create('gate-monorepo-');
    await repo.copyIn(join(FIXTURES, 'pricing'), 'packages/pricing');
    await repo.write({
      'package.json': '{ "name": "shop", "private": true, "workspaces": ["packages/*"] }\n',
      '.gitignore': 'node_modules\n.stryker-tmp\nreports\n',
    });
    await repo.linkNodeModules();
    const baseSha = repo.commit('Base: a monorepo with one package');
    repo.git('checkout', '--quiet', '-b', 'feature');
    await repo.write({
      'packages/pricing/src/discount.ts': DISCOUNT,
      'packages/pricing/test/discount.test.ts':
        "import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit('discounts', () => {\n  expect(discountRate(150)).toBe(0.1);\n});\n",
    });
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
});
