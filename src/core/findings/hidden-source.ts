import { type ImportLine, importedKeys, moduleKey } from '../diff/relative-imports.js';
import type { Finding } from './finding.js';

/** A changed source file the gate did not mutate, relative to the repository root, and why in words. */
export interface UnmeasuredSource {
  readonly path: string;
  readonly why: string;
}

/**
 * Changed source files the scope left out (a config-like name, a test or hidden folder, build output,
 * a generated mark, a path Stryker cannot address) that the project's measured source imports: logic
 * moved where the gate does not look is a finding, not a silent `no-mutants`.
 */
export function findHiddenSources(unmeasured: readonly UnmeasuredSource[], imports: readonly ImportLine[]): Finding[] {
  const byKey = new Map(unmeasured.map((file) => [moduleKey(file.path), file]));
  const found = new Map<string, Finding>();
  for (const importLine of imports) {
    for (const keys of importedKeys(importLine)) {
      const file = keys.map((key) => byKey.get(key)).find((candidate) => candidate !== undefined);
      if (file === undefined || found.has(file.path) || file.path === importLine.path) continue;
      found.set(file.path, {
        kind: 'hidden-source',
        path: file.path,
        line: undefined,
        change: `holds logic that ${importLine.path}:${importLine.line} imports, but it was not mutated (${file.why}): its changed lines were never measured`,
      });
    }
  }
  return [...found.values()];
}
