import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo, PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import { runAction } from '../support/action-run.js';
import { FIXTURES } from '../support/pricing-repo.js';

// One step on projects that never set Stryker up, one per test runner, each under another package
// manager: installed from the npm registry with that manager, then a weak and a strong pull request
// through action.yml, measured by the Stryker the gate brings (real npm ci of its lockfile).

type Manager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry';

const REGISTRY = 'https://registry.npmjs.org/';

/** The install command of each package manager, from this project's own copies of pnpm and Yarn. */
const INSTALL: Record<Manager, string[]> = {
  npm: ['npm', 'install', '--ignore-scripts', '--no-audit', '--no-fund', `--registry=${REGISTRY}`],
  pnpm: [process.execPath, join(PROJECT_ROOT, 'node_modules/pnpm/bin/pnpm.cjs'), 'install', '--ignore-scripts', `--registry=${REGISTRY}`],
  yarn: [
    process.execPath,
    join(PROJECT_ROOT, 'node_modules/yarn/bin/yarn.js'),
    'install',
    '--ignore-scripts',
    '--non-interactive',
    '--registry',
    REGISTRY,
  ],
  'yarn-berry': [process.execPath, join(PROJECT_ROOT, 'node_modules/@yarnpkg/cli-dist/bin/yarn.js'), 'install', '--mode=skip-build'],
};

const SHIPPING_JS = `function shippingCost(weight) {
  if (weight > 20) {
    return 15;
  }
  return weight > 5 ? 8 : 4;
}

module.exports = { shippingCost };
`;

/** Assertions in each runner's words: the weak test checks one weight, the strong one every boundary. */
const WEIGHTS: readonly (readonly [number, number])[] = [
  [21, 15],
  [20, 8],
  [6, 8],
  [5, 4],
];

interface Project {
  readonly fixture: string;
  readonly manager: Manager;
  readonly set: string;
  readonly source: { readonly path: string; readonly text: string };
  readonly testPath: string;
  readonly test: (checks: readonly (readonly [number, number])[]) => string;
}

const PROJECTS: readonly Project[] = [
  {
    fixture: 'jest-pnpm',
    manager: 'pnpm',
    set: 'jest',
    source: {
      path: 'src/shipping.ts',
      text: SHIPPING_JS.replace('function shippingCost(weight)', 'export function shippingCost(weight: number): number').replace(
        /\nmodule\.exports.*\n/,
        '',
      ),
    },
    testPath: 'test/shipping.test.ts',
    test: (checks) =>
      `import { shippingCost } from '../src/shipping';\n\nit('charges by weight', () => {\n${checks.map(([weight, cost]) => `  expect(shippingCost(${weight})).toBe(${cost});`).join('\n')}\n});\n`,
  },
  {
    fixture: 'mocha-yarn',
    manager: 'yarn',
    set: 'mocha',
    source: { path: 'src/shipping.js', text: SHIPPING_JS },
    testPath: 'test/shipping.test.js',
    test: (checks) =>
      `const assert = require('node:assert');\nconst { shippingCost } = require('../src/shipping');\n\nit('charges by weight', () => {\n${checks.map(([weight, cost]) => `  assert.strictEqual(shippingCost(${weight}), ${cost});`).join('\n')}\n});\n`,
  },
  {
    fixture: 'jasmine-yarn-berry',
    manager: 'yarn-berry',
    set: 'jasmine',
    source: { path: 'src/shipping.js', text: SHIPPING_JS },
    testPath: 'spec/shipping.spec.js',
    test: (checks) =>
      `const { shippingCost } = require('../src/shipping');\n\ndescribe('shipping', () => {\n  it('charges by weight', () => {\n${checks.map(([weight, cost]) => `    expect(shippingCost(${weight})).toBe(${cost});`).join('\n')}\n  });\n});\n`,
  },
  {
    fixture: 'tap-npm',
    manager: 'npm',
    set: 'tap',
    source: { path: 'src/shipping.js', text: SHIPPING_JS },
    testPath: 'test/shipping.js',
    test: (checks) =>
      `const t = require('tap');\nconst { shippingCost } = require('../src/shipping');\n\n${checks.map(([weight, cost]) => `t.equal(shippingCost(${weight}), ${cost});`).join('\n')}\n`,
  },
  {
    fixture: 'node-test-npm',
    manager: 'npm',
    set: 'command',
    source: { path: 'src/shipping.js', text: SHIPPING_JS },
    testPath: 'test/shipping.test.js',
    test: (checks) =>
      `const test = require('node:test');\nconst assert = require('node:assert');\nconst { shippingCost } = require('../src/shipping');\n\ntest('charges by weight', () => {\n${checks.map(([weight, cost]) => `  assert.strictEqual(shippingCost(${weight}), ${cost});`).join('\n')}\n});\n`,
  },
];

describe.each(PROJECTS)('$fixture, never set up for Stryker', (project) => {
  it(`fails a weak test and passes a strong one with the gate's ${project.set} set`, async () => {
    const repo = await GitRepo.create(`gate-${project.fixture}-`);
    await repo.copyIn(join(FIXTURES, 'runners', project.fixture));
    await repo.write({ '.gitignore': 'node_modules\n.yarn\n.stryker-tmp\nreports\n' });
    // The package manager writes the lockfile the gate reads to name it.
    execFileSync(INSTALL[project.manager][0] as string, INSTALL[project.manager].slice(1), {
      cwd: repo.dir,
      env: { ...process.env, CI: 'true', YARN_ENABLE_IMMUTABLE_INSTALLS: 'false', YARN_ENABLE_GLOBAL_CACHE: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const baseSha = repo.commit('Base: the project as its team keeps it');
    repo.git('checkout', '--quiet', '-b', 'feature');

    await repo.write({ [project.source.path]: project.source.text, [project.testPath]: project.test([[30, 15]]) });
    repo.commit('Add shipping costs');
    const inputs = { threshold: '80', concurrency: '2', 'flaky-check': '0' };
    const weak = await runAction(repo.dir, baseSha, inputs);
    expect(weak.outputs.verdict, weak.summary).toBe('fail');
    expect(weak.outputs['bundled-stryker']).toBe(project.set);
    expect(Number(weak.outputs.survived) + Number(weak.outputs['no-coverage'])).toBeGreaterThan(0);

    await repo.write({ [project.testPath]: project.test(WEIGHTS) });
    repo.commit('Pin every weight boundary');
    const strong = await runAction(repo.dir, baseSha, inputs);
    expect(strong.outputs.verdict, strong.summary).toBe('pass');
    expect(strong.outputs.mutants).toBe(weak.outputs.mutants);
  });
});
