import { type ImportLine, importedKeys, moduleKey } from './relative-imports.js';

/** A test file, by the names test runners look for: *.test.*, *.spec.*, or under __tests__/, test/, tests/. */
const TEST_FILE = /(?:^|\/)(?:__tests__|tests?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/**
 * The files (repository paths) that no test file reaches through relative imports, directly or
 * through other files: a runner's related-test narrowing (Jest's findRelatedTests, Vitest's related)
 * would run no test for them. Imports by alias or package name are not followed, so a file reached only
 * that way counts as unreached: the safe side, where the whole suite runs.
 */
export function filesNoTestReaches(files: readonly string[], imports: readonly ImportLine[]): string[] {
  const importers = new Map<string, Set<string>>();
  for (const importLine of imports) {
    for (const key of importedKeys(importLine).flat()) {
      const known = importers.get(key) ?? new Set<string>();
      known.add(importLine.path);
      importers.set(key, known);
    }
  }
  const reachedByTest = (file: string): boolean => {
    const seen = new Set([file]);
    const queue = [file];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const importer of importers.get(moduleKey(next)) ?? []) {
        if (TEST_FILE.test(importer)) return true;
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return false;
  };
  return files.filter((file) => !reachedByTest(file));
}
