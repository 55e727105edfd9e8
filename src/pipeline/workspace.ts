import { ancestorFolders, packageOf, workspacePatterns } from '../core/diff/workspace-packages.js';
import { GateError } from './gate-error.js';
import type { Git } from './ports.js';

const MANIFEST = '/package.json';

/**
 * At a workspace root (package.json `workspaces`, pnpm-workspace.yaml, as the merge base has them):
 * the one workspace package that holds every changed source file (repository paths), to measure there
 * with its own Stryker config and test runner. Undefined: not a workspace root, or only the root's own
 * files changed. GateError when the files are in several packages: one step measures one package.
 */
export async function changedWorkspacePackage(
  git: Git,
  mergeBase: string,
  head: string,
  files: readonly string[],
): Promise<string | undefined> {
  const patterns = workspacePatterns(await git.fileAt(mergeBase, 'package.json'), await git.fileAt(mergeBase, 'pnpm-workspace.yaml'));
  if (patterns.length === 0 || files.length === 0) return undefined;
  const folders = [...new Set(files.flatMap(ancestorFolders))];
  // HEAD's layout: a package the change adds holds its files too (its Stryker config still comes from the merge base).
  const manifests = await git.pathsAt(
    head,
    folders.map((folder) => `${folder}${MANIFEST}`),
  );
  const withManifest = new Set([...manifests].map((path) => path.slice(0, -MANIFEST.length)));
  const packages = [...new Set(files.map((file) => packageOf(file, patterns, withManifest) ?? ''))].sort();
  if (packages.length === 1) return packages[0] === '' ? undefined : packages[0];
  const named = packages.map((folder) => (folder === '' ? 'the root' : folder)).join(', ');
  throw new GateError(
    `This is a workspace monorepo, and the change touches source in ${packages.length} packages (${named}): one step of the gate ` +
      'measures one package. Run it once per package with working-directory set to each (a job matrix), or commit a Stryker ' +
      'config at the root to measure the whole repository at once.',
  );
}
