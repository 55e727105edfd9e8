import type { ScopedFiles, SkippedFile } from '../core/diff/file-scope.js';
import { ancestorFolders, packageOf, workspacePatterns } from '../core/diff/workspace-packages.js';
import type { Git } from './ports.js';

const MANIFEST = '/package.json';

/** The workspace packages a change's source is in, and the changed files none of them holds. */
export interface ChangedPackages {
  /** Folders in the repository, in the order of the diff's paths; at least one. */
  readonly packages: readonly string[];
  /** Every changed file in no package of `packages` (repository paths), with why it is not mutated. */
  readonly elsewhere: readonly SkippedFile[];
}

/**
 * At a workspace root (package.json `workspaces`, pnpm-workspace.yaml, as the merge base has them):
 * the workspace packages that hold changed source files, each to measure with its own Stryker config
 * and test runner. `scope` is the change scoped at the root: its skipped files in no measured package
 * keep their reasons, and its source files in no package are `in-no-package`. Undefined: not a
 * workspace root, or only the root's own files changed.
 */
export async function changedWorkspacePackages(
  git: Git,
  mergeBase: string,
  head: string,
  scope: ScopedFiles,
): Promise<ChangedPackages | undefined> {
  const patterns = workspacePatterns(await git.fileAt(mergeBase, 'package.json'), await git.fileAt(mergeBase, 'pnpm-workspace.yaml'));
  if (patterns.length === 0 || scope.selected.length === 0) return undefined;
  const changed = [...scope.selected.map((file) => file.path), ...scope.skipped.map((file) => file.path)];
  const folders = [...new Set(changed.flatMap(ancestorFolders))];
  // HEAD's layout: a package the change adds holds its files too (its Stryker config still comes from the merge base).
  const manifests = await git.pathsAt(
    head,
    folders.map((folder) => `${folder}${MANIFEST}`),
  );
  const withManifest = new Set([...manifests].map((path) => path.slice(0, -MANIFEST.length)));
  const folderOf = (path: string): string | undefined => packageOf(path, patterns, withManifest);
  const packages = [...new Set(scope.selected.map((file) => folderOf(file.path)))].filter((folder) => folder !== undefined);
  if (packages.length === 0) return undefined;
  const measured = new Set<string | undefined>(packages);
  return {
    packages,
    elsewhere: [
      ...scope.selected
        .filter((file) => !measured.has(folderOf(file.path)))
        .map((file) => ({ path: file.path, reason: 'in-no-package' as const })),
      ...scope.skipped.filter((file) => !measured.has(folderOf(file.path))),
    ],
  };
}
