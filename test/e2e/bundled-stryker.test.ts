import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-run.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// A project that never set Stryker up: no config, no @stryker-mutator package, only vitest. One step
// must still gate it, with a Stryker the gate installs from the npm registry (real npm ci), and npm's
// cache kept across jobs through action.yml's actions/cache steps (a folder stands in for the service).

const SHIPPING = `export function shippingCost(weight: number): number {
  if (weight > 20) {
    return 15;
  }
  return weight > 5 ? 8 : 4;
}
`;

const shippingTest = (body: string): string =>
  `import { expect, it } from 'vitest';\nimport { shippingCost } from '../src/shipping.js';\n\nit('charges by weight', () => {\n${body}\n});\n`;

// The cache steps of npm's download cache, apart from those of the gate's state (input reuse).
const npmCacheSteps = (steps: readonly { readonly uses: string; readonly with: Readonly<Record<string, string>> }[]): string[] =>
  steps.filter((step) => step.with.path?.endsWith('mutation-gate-npm-cache')).map((step) => step.uses.split('@')[0] as string);

describe("a project without Stryker, through action.yml with the gate's own", () => {
  it('fails a weak test and passes a strong one, detecting vitest, and saves then restores npm’s cache', async () => {
    const cacheStore = await mkdtemp(join(tmpdir(), 'gate-cache-service-'));
    const { repo, baseSha } = await createPricingRepo({ bare: true });
    await repo.write({ 'src/shipping.ts': SHIPPING, 'test/shipping.test.ts': shippingTest('  expect(shippingCost(30)).toBe(15);') });
    repo.commit('Add shipping cost');

    const weak = await runAction(repo.dir, baseSha, { threshold: '80', concurrency: '2', 'flaky-check': '0' }, { cacheStore });
    expect(weak.outputs.verdict, weak.log).toBe('fail');
    expect(weak.exitCode).toBe(1);
    expect(weak.outputs['bundled-stryker']).toBe('vitest');
    expect(weak.summary).toContain(
      '**No Stryker config** at the merge base: the gate detected vitest (vitest.config.ts) and ran Stryker 10.1.1 (brought by the ' +
        'gate, with its vitest set) with the <code>vitest</code> test runner (<code>&#64;stryker-mutator/vitest-runner</code> 10.1.1)',
    );
    expect(weak.log).toContain("Installing the gate's Stryker for vitest (npm ci of the action's bundled-stryker/vitest lockfile)");
    // The failed step did not stop the save: the next job finds npm's cache.
    expect(npmCacheSteps(weak.usesSteps)).toEqual(['actions/cache/restore', 'actions/cache/save']);
    expect((await readdir(cacheStore)).filter((entry) => entry.startsWith('mutation-gate-npm-'))).toHaveLength(1);

    await repo.write({
      'test/shipping.test.ts': shippingTest(
        [
          '  expect(shippingCost(21)).toBe(15);',
          '  expect(shippingCost(20)).toBe(8);',
          '  expect(shippingCost(6)).toBe(8);',
          '  expect(shippingCost(5)).toBe(4);',
        ].join('\n'),
      ),
    });
    repo.commit('Pin every weight boundary');
    const strong = await runAction(repo.dir, baseSha, { threshold: '80', concurrency: '2', 'flaky-check': '0' }, { cacheStore });
    expect(strong.outputs.verdict, strong.log).toBe('pass');
    expect(strong.outputs.mutants).toBe(weak.outputs.mutants);
    // Restored, so not saved again.
    expect(npmCacheSteps(strong.usesSteps)).toEqual(['actions/cache/restore']);
    // The project is as it was: no package.json change, no Stryker in its node_modules.
    expect(await readFile(join(repo.dir, 'package.json'), 'utf8')).toBe(
      await readFile(join(import.meta.dirname, '..', 'fixtures', 'pricing', 'package.json'), 'utf8'),
    );
    expect(await readdir(join(repo.dir, 'node_modules'))).not.toContain('@stryker-mutator');
  });
});
