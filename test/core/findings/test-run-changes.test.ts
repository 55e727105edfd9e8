import { describe, expect, it } from 'vitest';
import { changedTestFields, isTestRunFile, testRunChanges, workflowFinding } from '../../../src/core/findings/test-run-changes.js';

describe('isTestRunFile', () => {
  it.each([
    'vitest.config.ts',
    'app/vite.config.mjs',
    'jest.config.js',
    '.mocharc.yml',
    'app/.mocharc.json',
    '.taprc',
    'jest.setup.ts',
    'src/setupTests.ts',
    'test/setup.ts',
    'tests/helpers/db.ts',
    'tsconfig.json',
    'tsconfig.test.json',
    '.babelrc',
    '.c8rc.json',
  ])('knows %s', (path) => expect(isTestRunFile(path)).toBe(true));

  it.each(['src/cart.ts', 'test/cart.test.ts', 'README.md', 'src/config.ts', 'stryker.config.json'])('leaves %s alone', (path) =>
    expect(isTestRunFile(path)).toBe(false),
  );
});

describe('changedTestFields', () => {
  it('names changed test scripts and runner settings, sorted', () => {
    const before = JSON.stringify({ scripts: { test: 'vitest run', build: 'tsc' }, jest: { bail: 1 } });
    const after = JSON.stringify({ scripts: { test: 'vitest run --passWithNoTests', build: 'tsc -b', 'test:unit': 'x' }, mocha: {} });
    expect(changedTestFields(before, after)).toEqual(['jest', 'mocha', 'scripts.test', 'scripts.test:unit']);
  });

  it('finds nothing when only other fields changed, or the manifests cannot be read', () => {
    expect(changedTestFields(JSON.stringify({ version: '1.0.0' }), JSON.stringify({ version: '2.0.0' }))).toEqual([]);
    expect(changedTestFields(undefined, '{')).toEqual([]);
  });

  it('sees a changed module type, which changes how every test file loads', () => {
    expect(changedTestFields(JSON.stringify({}), JSON.stringify({ type: 'module' }))).toEqual(['type']);
  });
});

describe('testRunChanges', () => {
  it('lists test-run files and package.json fields, by path', () => {
    const fields = new Map([
      ['package.json', ['scripts.test']],
      ['app/package.json', []],
    ]);
    expect(testRunChanges(['vitest.config.ts', 'src/a.ts', 'package.json', 'app/package.json'], fields)).toEqual([
      { path: 'package.json', change: 'changes scripts.test' },
      { path: 'vitest.config.ts', change: 'configures or prepares the test run' },
    ]);
  });
});

describe('workflowFinding', () => {
  const changed = new Set(['.github/workflows/ci.yml', 'src/a.ts']);

  it('finds a change to the workflow file that runs the gate', () => {
    expect(workflowFinding('.github/workflows/ci.yml', changed)).toEqual(
      expect.objectContaining({ kind: 'workflow', path: '.github/workflows/ci.yml', line: undefined }),
    );
  });

  it('says nothing when the workflow is unchanged or unknown', () => {
    expect(workflowFinding('.github/workflows/release.yml', changed)).toBeUndefined();
    expect(workflowFinding(undefined, changed)).toBeUndefined();
  });
});

describe('changedTestFields, edge cases', () => {
  it('reads a manifest that is not an object, or scripts that are not one, as having no test fields', () => {
    expect(changedTestFields('null', JSON.stringify({ scripts: { test: 'x' } }))).toEqual(['scripts.test']);
    expect(changedTestFields('"text"', JSON.stringify({ jest: {} }))).toEqual(['jest']);
    expect(changedTestFields(JSON.stringify({ scripts: 'vitest' }), JSON.stringify({ scripts: null }))).toEqual([]);
    expect(changedTestFields(undefined, JSON.stringify({ scripts: { test: 'x' } }))).toEqual(['scripts.test']);
  });

  it('leaves out unchanged fields and fields absent on both sides', () => {
    const manifest = JSON.stringify({ scripts: { test: 'vitest run' }, mocha: { spec: 'test' } });
    expect(changedTestFields(manifest, manifest)).toEqual([]);
    expect(changedTestFields(JSON.stringify({ jest: null }), JSON.stringify({}))).toEqual(['jest']);
  });
});

describe('testRunChanges and the workflow, edge cases', () => {
  it('joins several changed fields and sorts notices by path', () => {
    const fields = new Map([['b/package.json', ['jest', 'scripts.test']]]);
    expect(testRunChanges(['a/.nycrc.json', 'c/jest.config.ts'], fields)).toEqual([
      { path: 'a/.nycrc.json', change: 'configures or prepares the test run' },
      { path: 'b/package.json', change: 'changes jest, scripts.test' },
      { path: 'c/jest.config.ts', change: 'configures or prepares the test run' },
    ]);
  });

  it('knows test configs inside hidden folders', () => {
    expect(isTestRunFile('.storybook/vite.config.ts')).toBe(true);
  });

  it('says what a workflow change does', () => {
    expect(workflowFinding('ci.yml', new Set(['ci.yml']))?.change).toBe(
      "changes the workflow that runs this gate; under pull_request GitHub runs the pull request's own copy, so its inputs, version and steps are the ones this change chose",
    );
  });
});
