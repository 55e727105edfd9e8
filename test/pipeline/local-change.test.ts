import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { createGit } from '../../src/adapters/git.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { localBase } from '../../src/pipeline/local-change.js';

describe('localBase', () => {
  it("is the remote's default branch in a clone, whatever the local branches", async () => {
    const origin = await GitRepo.create();
    await origin.write({ 'a.txt': 'a' });
    origin.commit('Start');
    origin.git('branch', '-m', 'trunk');
    const clone = await GitRepo.clone(origin.dir);
    clone.git('checkout', '--quiet', '-b', 'main');
    expect(await localBase(createGit(clone.dir))).toEqual({ ref: 'origin/HEAD', source: "the remote's default branch (origin/HEAD)" });
  });

  it('is main, else master, without origin/HEAD', async () => {
    const repo = await GitRepo.create();
    await repo.write({ 'a.txt': 'a' });
    repo.commit('Start');
    expect(await localBase(createGit(repo.dir))).toEqual({ ref: 'main', source: 'branch main (there is no origin/HEAD)' });
    repo.git('branch', '-m', 'master');
    expect(await localBase(createGit(repo.dir))).toEqual({ ref: 'master', source: 'branch master (there is no origin/HEAD)' });
  });

  it('is an error naming --base when there is none of them', async () => {
    const repo = await GitRepo.create();
    await repo.write({ 'a.txt': 'a' });
    repo.commit('Start');
    repo.git('branch', '-m', 'develop');
    const failure = await localBase(createGit(repo.dir)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GateError);
    expect((failure as GateError).message).toContain('Pass --base with the branch or commit the change started from');
  });
});
