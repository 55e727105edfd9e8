import { minimatch } from 'minimatch';
import { parse } from 'yaml';

/**
 * The package folders a workspace root declares, as globs relative to it: package.json's `workspaces`
 * (npm, Yarn: a list, or Yarn's `{ packages: [...] }`) and pnpm-workspace.yaml's `packages`. Exclusions
 * (`!glob`) are kept, to be applied by packageOf. Empty: not a workspace root.
 */
export function workspacePatterns(packageJson: string | undefined, pnpmWorkspace: string | undefined): string[] {
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const read = (text: string | undefined, parseText: (text: string) => unknown): Record<string, unknown> => {
    try {
      const value = text === undefined ? undefined : parseText(text);
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    } catch {
      // A file that does not parse declares no packages; the run goes on at the root.
      return {};
    }
  };
  const { workspaces } = read(packageJson, JSON.parse);
  const fromPackageJson = Array.isArray(workspaces)
    ? strings(workspaces)
    : strings((workspaces as Record<string, unknown> | undefined)?.packages);
  const fromPnpm = strings(read(pnpmWorkspace, parse).packages);
  return [...fromPackageJson, ...fromPnpm].map((pattern) => pattern.replace(/^\.\//, '').replace(/\/+$/, ''));
}

/** The folders above a repository path, nearest first: 'a/b/c.ts' → ['a/b', 'a']. */
export function ancestorFolders(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('/'));
}

/**
 * The workspace package a file belongs to: the nearest folder above it that holds a package.json
 * (`withManifest`) and matches the workspace globs, none of the `!` exclusions; undefined: the root's.
 */
export function packageOf(path: string, patterns: readonly string[], withManifest: ReadonlySet<string>): string | undefined {
  const included = patterns.filter((pattern) => !pattern.startsWith('!'));
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  return ancestorFolders(path).find(
    (folder) =>
      withManifest.has(folder) &&
      included.some((pattern) => minimatch(folder, pattern, { dot: true })) &&
      !excluded.some((pattern) => minimatch(folder, pattern, { dot: true })),
  );
}
