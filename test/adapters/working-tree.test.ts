import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { commitWorkingTree } from '../../src/adapters/working-tree.js';
import { GateError } from '../../src/pipeline/gate-error.js';

async function repoWithCommit(): Promise<GitRepo> {
  const repo = await GitRepo.create();
  await repo.write({ 'src/a.ts': 'export const a = 1;\n', '.gitignore': 'dist/\n' });
  repo.commit('Start');
  return repo;
}

describe('commitWorkingTree', () => {
  it('is undefined when the working tree is HEAD’s, ignored files aside', async () => {
    const repo = await repoWithCommit();
    await repo.write({ 'dist/out.js': 'built' });
    expect(await commitWorkingTree(repo.dir)).toBeUndefined();
  });

  it('commits changed, staged and untracked files on top of HEAD, leaving the index, HEAD and refs as they were', async () => {
    const repo = await repoWithCommit();
    await repo.write({ 'src/a.ts': 'export const a = 2;\n', 'src/new.ts': 'export const b = 3;\n', 'dist/out.js': 'built' });
    await repo.write({ 'src/staged.ts': 'export const c = 4;\n' });
    repo.git('add', 'src/staged.ts');
    const status = repo.git('status', '--porcelain');
    const refs = repo.git('for-each-ref');
    const head = repo.git('rev-parse', 'HEAD');

    const snapshot = await commitWorkingTree(repo.dir);
    expect(snapshot).toMatch(/^[0-9a-f]{40}$/);
    expect(repo.git('rev-parse', `${snapshot}^`)).toBe(head);
    expect(repo.git('diff', '--name-only', head, snapshot as string).split('\n')).toEqual(['src/a.ts', 'src/new.ts', 'src/staged.ts']);
    expect(repo.git('show', `${snapshot}:src/a.ts`)).toBe('export const a = 2;');
    expect([repo.git('status', '--porcelain'), repo.git('for-each-ref'), repo.git('rev-parse', 'HEAD')]).toEqual([status, refs, head]);
    expect(repo.git('stash', 'list')).toBe('');
  });

  it('is the same commit for the same work, so that a second run can reuse the first’s results', async () => {
    const repo = await repoWithCommit();
    await repo.write({ 'src/a.ts': 'export const a = 2;\n' });
    const first = await commitWorkingTree(repo.dir);
    expect(await commitWorkingTree(repo.dir)).toBe(first);
    await repo.write({ 'src/a.ts': 'export const a = 3;\n' });
    expect(await commitWorkingTree(repo.dir)).not.toBe(first);
  });

  it('is an error naming the cause in a repository without a commit', async () => {
    const repo = await GitRepo.create();
    await repo.write({ 'src/a.ts': 'export const a = 1;\n' });
    await expect(commitWorkingTree(repo.dir)).rejects.toThrow(
      new GateError('HEAD names no commit yet: commit the code the change starts from, then run the command.'),
    );
  });

  it('sees a deleted file as deleted', async () => {
    const repo = await repoWithCommit();
    repo.git('rm', '--quiet', '--cached', 'src/a.ts');
    const snapshot = await commitWorkingTree(repo.dir);
    // Deleted from the index only: the file is still in the working tree, which is what is measured.
    expect(snapshot).toBeUndefined();
    await import('node:fs/promises').then(({ rm }) => rm(`${repo.dir}/src/a.ts`));
    const deleted = await commitWorkingTree(repo.dir);
    expect(repo.git('diff', '--name-status', 'HEAD', deleted as string)).toBe('D\tsrc/a.ts');
  });
});
