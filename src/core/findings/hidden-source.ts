import { posix } from 'node:path';
import { SOURCE_FILE } from '../../constants.js';
import type { Finding } from './finding.js';

/** A line of the project's measured source that names another module. */
export interface ImportLine {
  /** The importing file, relative to the repository root. */
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

/** A changed source file the gate did not mutate, relative to the repository root, and why in words. */
export interface UnmeasuredSource {
  readonly path: string;
  readonly why: string;
}

const SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\1/g;

/** The module paths, without extension, that a relative specifier can load ('./x.js' may be x.ts). */
function resolvedKeys(importer: string, specifier: string): string[] {
  const target = posix.normalize(posix.join(posix.dirname(importer), specifier));
  return [target.replace(SOURCE_FILE, ''), target, `${target}/index`];
}

/**
 * Changed source files the scope left out (a config-like name, a test or hidden folder, build output,
 * a generated mark, a path Stryker cannot address) that the project's measured source imports: logic
 * moved where the gate does not look is a finding, not a silent `no-mutants`.
 */
export function findHiddenSources(unmeasured: readonly UnmeasuredSource[], imports: readonly ImportLine[]): Finding[] {
  const byKey = new Map(unmeasured.map((file) => [file.path.replace(SOURCE_FILE, ''), file]));
  const found = new Map<string, Finding>();
  for (const importLine of imports) {
    for (const [, , specifier] of importLine.text.matchAll(SPECIFIER)) {
      const file = resolvedKeys(importLine.path, specifier as string)
        .map((key) => byKey.get(key))
        .find((candidate) => candidate !== undefined);
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
