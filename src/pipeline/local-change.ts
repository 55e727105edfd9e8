import type { LocalChange } from './comparison.js';
import { GateError } from './gate-error.js';
import type { Git } from './ports.js';

/** The branches a repository without origin/HEAD most likely started from, in this order. */
const USUAL_DEFAULT_BRANCHES = ['main', 'master'] as const;

/**
 * What the local command compares with when --base is not given: the remote's default branch
 * (origin/HEAD, which a clone sets), else a local main or master. GateError when there is none.
 */
export async function localBase(git: Git): Promise<NonNullable<LocalChange['base']>> {
  if ((await git.resolveCommit('origin/HEAD')) !== undefined) {
    return { ref: 'origin/HEAD', source: "the remote's default branch (origin/HEAD)" };
  }
  for (const branch of USUAL_DEFAULT_BRANCHES) {
    if ((await git.resolveCommit(branch)) !== undefined) return { ref: branch, source: `branch ${branch} (there is no origin/HEAD)` };
  }
  throw new GateError(
    'Nothing to compare with: the repository has no origin/HEAD, main or master. Pass --base with the branch or commit the ' +
      'change started from (for example --base develop).',
  );
}
