import { GitRepo } from './git-repo.js';

/** The generated project: a size, and its pull request. */
export interface LargeRepo {
  readonly repo: GitRepo;
  readonly baseSha: string;
  readonly headSha: string;
  /** Functions the pull request adds, and the lines it adds to source files. */
  readonly addedFunctions: number;
  readonly addedSourceLines: number;
  /** A module the one-line push edits. */
  readonly pushedModule: string;
}

/**
 * One generated function: a price rule with a comparison, arithmetic and a conditional, in six lines,
 * so every kind of mutant Stryker makes on business logic has somewhere to go.
 */
function rule(name: string, seed: number): string {
  return [
    `export function ${name}(amount: number, count: number): number {`,
    `  if (amount > ${100 + seed} && count >= ${seed % 7}) {`,
    `    return amount - ${seed % 13} * count;`,
    '  }',
    `  return count > ${seed % 5} ? amount + ${seed % 11} : amount;`,
    '}',
  ].join('\n');
}

/** What a generated rule returns, computed here as its code does. */
function evaluate(seed: number, amount: number, count: number): number {
  if (amount > 100 + seed && count >= seed % 7) return amount - (seed % 13) * count;
  return count > seed % 5 ? amount + (seed % 11) : amount;
}

/**
 * A test of a rule: odd seeds get a strong test (every boundary, both sides), even seeds a weak one
 * (one call, its type only), so the pull request scores as a real one might: some code tested, some only run.
 */
function ruleTest(module: string, name: string, seed: number): string {
  const limit = 100 + seed;
  const minCount = seed % 7;
  const calls: [number, number][] =
    seed % 2 === 1
      ? [
          [limit + 1, minCount],
          [limit, minCount],
          [limit + 1, Math.max(0, minCount - 1)],
          [10, seed % 5],
          [10, (seed % 5) + 1],
        ]
      : [];
  const checks =
    calls.length === 0
      ? [`expect(typeof ${name}(${limit + 50}, 20)).toBe('number');`]
      : calls.map(([amount, count]) => `expect(${name}(${amount}, ${count})).toBe(${evaluate(seed, amount, count)});`);
  return `it('${module} ${name}', () => {\n  ${checks.join('\n  ')}\n});`;
}

const moduleName = (index: number): string => `module${String(index).padStart(3, '0')}`;

/**
 * A repository of `modules` modules of `baseRules` rules each, with their tests, at the base; a pull
 * request that adds `addedRules` rules to each module (and their tests), in one commit.
 */
export async function createLargeRepo(modules = 60, baseRules = 4, addedRules = 3): Promise<LargeRepo> {
  const repo = await GitRepo.create('mutation-gate-large-');
  const files = (rules: number): Record<string, string> => {
    const written: Record<string, string> = {};
    for (let index = 0; index < modules; index += 1) {
      const module = moduleName(index);
      const names = Array.from({ length: rules }, (_, rule) => ({ name: `${module}Rule${rule}`, seed: index * 31 + rule }));
      written[`src/${module}.ts`] = `${names.map(({ name, seed }) => rule(name, seed)).join('\n\n')}\n`;
      written[`test/${module}.test.ts`] = [
        "import { expect, it } from 'vitest';",
        `import { ${names.map(({ name }) => name).join(', ')} } from '../src/${module}.js';`,
        '',
        ...names.map(({ name, seed }) => ruleTest(module, name, seed)),
        '',
      ].join('\n');
    }
    return written;
  };
  await repo.write({
    ...files(baseRules),
    'package.json': '{ "name": "generated", "private": true, "type": "module" }\n',
    'stryker.config.json': '{ "testRunner": "vitest", "coverageAnalysis": "perTest", "plugins": ["@stryker-mutator/vitest-runner"] }\n',
    'vitest.config.ts':
      "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({ test: { include: ['test/**/*.test.ts'] } });\n",
    '.gitignore': 'node_modules\n.stryker-tmp\nreports\n',
  });
  await repo.linkNodeModules();
  const baseSha = repo.commit('A generated project');
  repo.git('checkout', '--quiet', '-b', 'feature/rules');
  await repo.write(files(baseRules + addedRules));
  const headSha = repo.commit('More price rules');
  return {
    repo,
    baseSha,
    headSha,
    addedFunctions: modules * addedRules,
    // Each rule is six lines, and one blank line apart.
    addedSourceLines: modules * addedRules * 7,
    pushedModule: `src/${moduleName(0)}.ts`,
  };
}
