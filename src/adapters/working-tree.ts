import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { GateError } from '../pipeline/gate-error.js';

const run = promisify(execFile);

/**
 * One identity and date for every snapshot, so the same working tree on the same HEAD is always the
 * same commit: a second run on unchanged work finds its earlier results (input reuse).
 */
const SNAPSHOT_IDENTITY = {
  GIT_AUTHOR_NAME: 'mutation-gate',
  GIT_AUTHOR_EMAIL: 'uncommitted@mutation-gate.invalid',
  GIT_AUTHOR_DATE: '@0 +0000',
  GIT_COMMITTER_NAME: 'mutation-gate',
  GIT_COMMITTER_EMAIL: 'uncommitted@mutation-gate.invalid',
  GIT_COMMITTER_DATE: '@0 +0000',
};

/**
 * A commit of the working tree on top of HEAD: tracked and untracked files, .gitignore respected, as
 * `git stash` makes its commits. It goes through a copy of the index, so the user's index, HEAD, branches
 * and stashes are untouched, and no ref names it. Undefined when the working tree is HEAD's.
 */
export async function commitWorkingTree(repositoryRoot: string): Promise<string | undefined> {
  const git = async (args: readonly string[], env: Record<string, string> = {}): Promise<string> =>
    (await run('git', args, { cwd: repositoryRoot, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env } })).stdout.trim();
  const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => undefined);
  if (head === undefined) throw new GateError('HEAD names no commit yet: commit the code the change starts from, then run the command.');
  const directory = await mkdtemp(join(tmpdir(), 'mutation-gate-index-'));
  try {
    const index = { GIT_INDEX_FILE: join(directory, 'index') };
    // The real index's file times spare git from reading every unchanged file again.
    const realIndex = resolve(repositoryRoot, await git(['rev-parse', '--git-path', 'index']));
    await copyFile(realIndex, index.GIT_INDEX_FILE).catch(async () => git(['read-tree', head], index));
    await git(['add', '--all', '--', ':/'], index);
    const tree = await git(['write-tree'], index);
    if (tree === (await git(['rev-parse', `${head}^{tree}`]))) return undefined;
    return await git(['commit-tree', tree, '-p', head, '-m', 'Uncommitted changes, as the local command measured them'], {
      ...index,
      ...SNAPSHOT_IDENTITY,
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
