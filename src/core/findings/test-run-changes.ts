import { Minimatch } from 'minimatch';
import type { Finding, TestRunChange } from './finding.js';

/** Files that configure how tests run or prepare them; `.config.` and `test/` files are also outside the mutated scope. */
const TEST_RUN_GLOBS = [
  '**/{vitest,vite,jest,karma,ava,playwright,cypress,babel}.config.*',
  '**/{vitest.workspace,jest.setup,jest.preset,setupTests,setup-tests,test-setup,vitest.setup}.*',
  '**/.mocharc*',
  '**/.taprc',
  '**/.babelrc*',
  '**/{tsconfig,jsconfig}*.json',
  '**/{test,tests,__tests__,spec}/**/{setup,helper,helpers,global-setup,globalSetup,bootstrap,fixtures}*',
  '**/{test,tests,__tests__,spec}/**/{setup,helpers,fixtures}/**',
  '**/.c8rc*',
  '**/.nycrc*',
].map((glob) => new Minimatch(glob, { dot: true }));

/** package.json fields that decide what `npm test` and the runners do. */
const PACKAGE_TEST_FIELDS = ['jest', 'mocha', 'ava', 'tap', 'c8', 'nyc', 'type', 'imports'] as const;

function testFields(text: string | undefined): Map<string, string> {
  let manifest: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) manifest = parsed as Record<string, unknown>;
  } catch {
    // An unreadable manifest has no test fields; npm itself would refuse it.
  }
  const fields = new Map<string, string>();
  const scripts = (manifest.scripts ?? {}) as Record<string, unknown>;
  for (const [name, script] of Object.entries(typeof scripts === 'object' && scripts !== null ? scripts : {})) {
    if (/test/i.test(name)) fields.set(`scripts.${name}`, JSON.stringify(script));
  }
  for (const field of PACKAGE_TEST_FIELDS) {
    if (manifest[field] !== undefined) fields.set(field, JSON.stringify(manifest[field]));
  }
  return fields;
}

/** The package.json test fields the change altered, by name. */
export function changedTestFields(before: string | undefined, after: string | undefined): string[] {
  const old = testFields(before);
  const now = testFields(after);
  return [...new Set([...old.keys(), ...now.keys()])].filter((field) => old.get(field) !== now.get(field)).sort();
}

/** Whether a changed path configures or prepares the test run. */
export function isTestRunFile(path: string): boolean {
  return TEST_RUN_GLOBS.some((glob) => glob.match(path));
}

/** The changed test-run files, and package.json test fields, as notices for the reviewer. */
export function testRunChanges(paths: readonly string[], manifestFields: ReadonlyMap<string, readonly string[]>): TestRunChange[] {
  const notices: TestRunChange[] = paths.filter(isTestRunFile).map((path) => ({ path, change: 'configures or prepares the test run' }));
  for (const [path, fields] of manifestFields) {
    if (fields.length > 0) notices.push({ path, change: `changes ${fields.join(', ')}` });
  }
  return notices.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Under `pull_request`, GitHub runs the pull request's own copy of the workflow: a change to the file
 * that runs the gate can change its inputs, its version or whether it runs at all.
 */
export function workflowFinding(workflowPath: string | undefined, changed: ReadonlySet<string>): Finding | undefined {
  if (workflowPath === undefined || !changed.has(workflowPath)) return undefined;
  return {
    kind: 'workflow',
    path: workflowPath,
    line: undefined,
    change:
      "changes the workflow that runs this gate; under pull_request GitHub runs the pull request's own copy, so its inputs, version and steps are the ones this change chose",
  };
}
