import { describe, expect, it } from 'vitest';
import { detectedConfig, detectTestRunner, RUNNER_CONFIG_FILES } from '../../../src/core/stryker/runner-detection.js';

const packageJson = (value: unknown): string => JSON.stringify(value);
const none: ReadonlySet<string> = new Set();

describe('detectTestRunner', () => {
  it("looks for every runner's own config file names", () => {
    expect(RUNNER_CONFIG_FILES).toEqual([
      ...['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].flatMap((extension) => [`vitest.config.${extension}`, `vitest.workspace.${extension}`]),
      ...['js', 'ts', 'mjs', 'cjs', 'json'].map((extension) => `jest.config.${extension}`),
      ...['js', 'cjs', 'mjs', 'json', 'jsonc', 'yaml', 'yml'].map((extension) => `.mocharc.${extension}`),
      ...['json', 'js', 'mjs'].map((extension) => `spec/support/jasmine.${extension}`),
      '.taprc',
    ]);
  });

  it.each([
    ['vitest.config.mts', 'vitest'],
    ['vitest.workspace.ts', 'vitest'],
    ['jest.config.cjs', 'jest'],
    ['.mocharc.yml', 'mocha'],
    ['spec/support/jasmine.json', 'jasmine'],
    ['.taprc', 'tap'],
  ])('finds %s as %s', (file, runner) => {
    expect(RUNNER_CONFIG_FILES).toContain(file);
    expect(detectTestRunner(packageJson({ devDependencies: { mocha: '1' } }), new Set([file]))).toEqual({ runner, evidence: file });
  });

  it("takes a runner's config file over every package.json sign, vitest's first", () => {
    const files = new Set(['jest.config.js', 'vitest.config.ts']);
    expect(detectTestRunner(packageJson({ jest: {}, scripts: { test: 'mocha' } }), files)).toEqual({
      runner: 'vitest',
      evidence: 'vitest.config.ts',
    });
  });

  it.each(['jest', 'mocha', 'tap'])('reads the %s field of package.json', (field) => {
    const manifest = packageJson({ [field]: {}, scripts: { test: 'vitest run' }, devDependencies: { jasmine: '1' } });
    expect(detectTestRunner(manifest, none)).toEqual({ runner: field, evidence: `package.json "${field}"` });
  });

  it.each([
    ['node --test', 'node --test'],
    ['c8 node --test-reporter=spec --test test/', 'node --test-reporter=spec --test test/'],
    ['tsc && node --test', 'node --test'],
    ['c8 --100 node --test && tstyche', 'node --test'],
    ['(node --import tsx --test test/*.ts)', 'node --import tsx --test test/*.ts'],
    ['node  --test', 'node  --test'],
  ])('reads the node --test command of the test script %j as %j', (test, command) => {
    expect(detectTestRunner(packageJson({ scripts: { test } }), none)).toEqual({
      runner: 'node:test',
      evidence: 'the test script',
      command,
    });
  });

  it.each([
    ['vitest run', 'vitest'],
    ['cross-env NODE_ENV=test jest --coverage', 'jest'],
    ['nyc mocha && tap', 'mocha'],
    ['./node_modules/.bin/jasmine', 'jasmine'],
    ['tap test/*.js', 'tap'],
    ['jasmine && vitest run', 'jasmine'],
  ])('reads the test script %j as %s', (test, runner) => {
    expect(detectTestRunner(packageJson({ scripts: { test }, devDependencies: { vitest: '1' } }), none)).toEqual({
      runner,
      evidence: 'the test script',
    });
  });

  it('follows the scripts the test script runs by name, each once', () => {
    const scripts = {
      test: 'npm run lint && npm run test:unit && npm run-script test:types',
      lint: 'eslint .',
      'test:unit': 'c8 --100 node --test',
      'test:types': 'tstyche',
    };
    expect(detectTestRunner(packageJson({ scripts, devDependencies: { vitest: '1' } }), none)).toEqual({
      runner: 'node:test',
      evidence: 'the test script',
      command: 'node --test',
    });
    const shorthand = { test: 'pnpm lint && yarn run unit', lint: 'eslint', unit: 'mocha' };
    expect(detectTestRunner(packageJson({ scripts: shorthand }), none)?.runner).toBe('mocha');
    for (const test of ['npm  run unit', 'pnpm  run unit', 'pnpm unit', 'yarn  run unit', 'yarn unit', 'npm run  unit']) {
      expect(detectTestRunner(packageJson({ scripts: { test, unit: 'mocha' } }), none)?.runner, test).toBe('mocha');
    }
    const circular = { test: 'npm run again', again: 'npm run test && jasmine' };
    expect(detectTestRunner(packageJson({ scripts: circular }), none)?.runner).toBe('jasmine');
    expect(detectTestRunner(packageJson({ scripts: { test: 'npm run missing' }, devDependencies: { tap: '1' } }), none)).toEqual({
      runner: 'tap',
      evidence: 'the tap dependency',
    });
  });

  it('does not take a word that only contains a runner, nor node without --test', () => {
    expect(detectTestRunner(packageJson({ scripts: { test: 'node test/run.js && vitestish && jestful' } }), none)).toBeUndefined();
    expect(detectTestRunner(packageJson({ scripts: { test: 'node test.js --testing' } }), none)).toBeUndefined();
  });

  it('falls back to a dependency, then to nothing', () => {
    expect(detectTestRunner(packageJson({ dependencies: { tap: '1' }, devDependencies: { jest: '1' } }), none)).toEqual({
      runner: 'jest',
      evidence: 'the jest dependency',
    });
    expect(detectTestRunner(packageJson({ devDependencies: { typescript: '5' } }), none)).toBeUndefined();
    expect(detectTestRunner(packageJson({ dependencies: { mocha: '1' } }), none)?.runner).toBe('mocha');
    expect(detectTestRunner(packageJson({ scripts: null, devDependencies: null, dependencies: { jest: '1' } }), none)?.runner).toBe('jest');
  });

  it('reads nothing from a package.json that is missing, not JSON, or not an object', () => {
    for (const manifest of [undefined, '{ not json', '[1, 2]', 'null', packageJson({ scripts: 'vitest', devDependencies: ['jest'] })]) {
      expect(detectTestRunner(manifest, none)).toBeUndefined();
    }
  });
});

describe('detectedConfig', () => {
  it('runs a detected runner through its plugin, named, with per-test coverage, when it is installed', () => {
    expect(detectedConfig({ runner: 'mocha', evidence: '.mocharc.yml' }, (plugin) => plugin === '@stryker-mutator/mocha-runner')).toEqual({
      detected: { runner: 'mocha', evidence: '.mocharc.yml' },
      missingPlugin: undefined,
      config: { testRunner: 'mocha', coverageAnalysis: 'perTest', plugins: ['@stryker-mutator/mocha-runner'] },
    });
  });

  it("falls back to Stryker's command runner without the plugin, naming it, and for node:test or nothing detected", () => {
    expect(detectedConfig({ runner: 'jest', evidence: 'jest.config.js' }, () => false)).toEqual({
      detected: { runner: 'jest', evidence: 'jest.config.js' },
      missingPlugin: '@stryker-mutator/jest-runner',
      config: { testRunner: 'command' },
    });
    expect(detectedConfig({ runner: 'node:test', evidence: 'the test script' }, () => true)).toEqual({
      detected: { runner: 'node:test', evidence: 'the test script' },
      missingPlugin: undefined,
      config: { testRunner: 'command' },
    });
    const nodeTest = { runner: 'node:test', evidence: 'the test script', command: 'node --test test/' } as const;
    expect(detectedConfig(nodeTest, () => true)).toEqual({
      detected: nodeTest,
      missingPlugin: undefined,
      config: { testRunner: 'command', commandRunner: { command: 'node --test test/' } },
    });
    expect(detectedConfig(undefined, () => true)).toEqual({
      detected: undefined,
      missingPlugin: undefined,
      config: { testRunner: 'command' },
    });
  });
});
