import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { createGit } from '../../src/adapters/git.js';
import { decodeEvent } from '../../src/adapters/github-event.js';
import { parseChangedLines } from '../../src/core/diff/changed-lines.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { gatherAttributionSources } from '../../src/pipeline/attribution-sources.js';
import { configFrom } from '../support/config.js';
import { createPricingRepo, gateRun, pullRequestEvent, runRealGate } from '../support/pricing-repo.js';

// Repositories and events as they really come: shallow clones, first pushes, pull_request_target,
// working directories that point elsewhere. Real git, real Stryker.

const DISCOUNT = `export function discountRate(total: number, member: boolean): number {
  if (total >= 100) {
    return member ? 0.15 : 0.1;
  }
  return member ? 0.05 : 0;
}
`;

const WEAK_TEST = `import { expect, it } from 'vitest';
import { discountRate } from '../src/discount.js';

it('gives a discount', () => {
  expect(discountRate(150, true)).toBeGreaterThan(0);
});
`;

function signatures(outcome: ScoredReport): string[] {
  return outcome.mutants.map((mutant) => `${mutant.file}:${mutant.line} ${mutant.mutator} ${mutant.replacement}: ${mutant.status}`).sort();
}

/** A PR branch, the base moving on after it, and GitHub's test merge of the two on branch pull-merge. */
async function pullRequestWithMergeRef(): Promise<{ origin: GitRepo; movedBase: string; prHead: string; merge: string }> {
  const { repo: origin } = await createPricingRepo();
  await origin.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_TEST });
  const prHead = origin.commit('Add discount rate');
  origin.git('checkout', '--quiet', 'main');
  await origin.write({ 'docs/notes.md': 'Notes\n' });
  const movedBase = origin.commit('Base moves on');
  origin.git('checkout', '--quiet', '-b', 'pull-merge');
  origin.git('merge', '--quiet', '--no-ff', '--no-edit', prHead);
  return { origin, movedBase, prHead, merge: origin.head() };
}

describe('a shallow clone (actions/checkout with its default fetch-depth: 1)', () => {
  it('is deepened and gives exactly the result of a full clone', async () => {
    const { origin, movedBase } = await pullRequestWithMergeRef();
    const shallow = await GitRepo.clone(origin.dir, ['--no-local', '--depth', '1', '--branch', 'pull-merge']);
    await shallow.linkNodeModules();
    expect(shallow.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const config = configFrom({ threshold: '80', concurrency: '2' });

    const run = await gateRun(shallow.dir, config, pullRequestEvent(movedBase));
    const fromShallow = await runRealGate(run);
    const fromFull = await runRealGate(await gateRun(origin.dir, config, pullRequestEvent(movedBase)));

    expect(run.log.lines).toContain(
      'The clone is shallow and lacks the merge base: fetching its full history (fetch-depth: 0 on actions/checkout saves this step).',
    );
    expect(shallow.git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(fromShallow.comparison).toEqual(fromFull.comparison);
    expect(signatures(fromShallow)).toEqual(signatures(fromFull));
    expect(fromShallow.verdict).toEqual(fromFull.verdict);
    expect(fromShallow.signals).toEqual(fromFull.signals);
  });
});

describe('push events', () => {
  it('compare a push that created its branch with the default branch', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_TEST });
    repo.commit('Add discount rate');
    const event = decodeEvent('push', { before: '0'.repeat(40), repository: { default_branch: 'main' } });

    const outcome = await runRealGate(await gateRun(repo.dir, configFrom({ concurrency: '2' }), event));

    expect(outcome.comparison.base).toBe('main');
    expect(outcome.comparison.mergeBase).toBe(baseSha);
    expect(outcome.comparison.baseSource).toBe(
      'a push that created its branch (push event field before is all zeros), so the default branch',
    );
    expect(outcome.score.files.map((file) => file.path)).toEqual(['src/discount.ts']);
  });

  it('compare an ordinary push with the commit before it', async () => {
    const { repo } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_TEST });
    const before = repo.commit('Add discount rate');
    await repo.write({ 'docs/notes.md': 'Notes\n' });
    repo.commit('Docs');

    const outcome = await runRealGate(await gateRun(repo.dir, configFrom({}), decodeEvent('push', { before })));

    expect(outcome.comparison.mergeBase).toBe(before);
    expect(outcome.verdict.kind).toBe('no-mutants');
  });
});

describe('merge_group', () => {
  it("compares with the group's base SHA", async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'docs/notes.md': 'Notes\n' });
    repo.commit('Docs');
    const outcome = await runRealGate(
      await gateRun(repo.dir, configFrom({}), decodeEvent('merge_group', { merge_group: { base_sha: baseSha } })),
    );
    expect(outcome.comparison).toEqual(
      expect.objectContaining({ base: baseSha, baseSource: 'merge_group event field merge_group.base_sha', mergeBase: baseSha }),
    );
  });
});

describe('workflow_dispatch', () => {
  it('needs the base input, and says so', async () => {
    const { repo } = await createPricingRepo();
    const run = await gateRun(repo.dir, configFrom({}), decodeEvent('workflow_dispatch', {}));
    await expect(runRealGate(run)).rejects.toThrow('The "workflow_dispatch" event does not say what to compare with. Set the "base" input');
  });

  it('runs against the base input', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'docs/notes.md': 'Notes\n' });
    repo.commit('Docs');
    const outcome = await runRealGate(await gateRun(repo.dir, configFrom({ base: 'main' }), decodeEvent('workflow_dispatch', {})));
    expect(outcome.comparison).toEqual(expect.objectContaining({ base: 'main', baseSource: 'input "base"', mergeBase: baseSha }));
  });
});

describe('pull_request_target', () => {
  function targetEvent(baseSha: string, headSha: string): GateEvent {
    return decodeEvent('pull_request_target', { pull_request: { base: { sha: baseSha }, head: { sha: headSha } } });
  }

  it("refuses to run the pull request's own commits with the event's write token", async () => {
    const { origin, movedBase, prHead } = await pullRequestWithMergeRef();
    const run = await gateRun(origin.dir, configFrom({}), targetEvent(movedBase, prHead));
    await expect(runRealGate(run)).rejects.toThrow(/^Refusing to run: this is a pull_request_target event and the checked-out HEAD /);
    expect(run.log.lines.some((line) => line.startsWith('group: Stryker'))).toBe(false);
  });

  it('refuses a branch force-pushed after the event, whose HEAD the payload does not name', async () => {
    const { origin, movedBase, prHead } = await pullRequestWithMergeRef();
    // The PR's branch, rewritten from where it started: HEAD no longer holds the commit the payload names.
    origin.git('checkout', '--quiet', '-b', 'rewritten', `${prHead}~1`);
    await origin.write({ 'src/discount.ts': DISCOUNT.replace('0.1', '0.2') });
    origin.commit('Rewritten history');
    const run = { ...(await gateRun(origin.dir, configFrom({}), targetEvent(movedBase, prHead))), eventCommit: movedBase };
    await expect(runRealGate(run)).rejects.toThrow(/^Refusing to run: this is a pull_request_target event and the checked-out HEAD /);
    expect(run.log.lines.some((line) => line.startsWith('group: Stryker'))).toBe(false);
  });

  it('refuses commits on top of the base that the payload does not name', async () => {
    const { origin, movedBase, prHead } = await pullRequestWithMergeRef();
    origin.git('checkout', '--quiet', 'main');
    await origin.write({ 'src/discount.ts': DISCOUNT });
    origin.commit('Pushed after the event');
    const run = { ...(await gateRun(origin.dir, configFrom({}), targetEvent(movedBase, prHead))), eventCommit: movedBase };
    await expect(runRealGate(run)).rejects.toThrow(/has commits that are not in the base branch's history/);
  });

  it('runs them when the workflow sets allow-untrusted-code: true', async () => {
    const { origin, movedBase, prHead } = await pullRequestWithMergeRef();
    const outcome = await runRealGate(
      await gateRun(origin.dir, configFrom({ 'allow-untrusted-code': 'true', concurrency: '2' }), targetEvent(movedBase, prHead)),
    );
    expect(outcome.score.files.map((file) => file.path)).toEqual(['src/discount.ts']);
  });

  it('runs on its default checkout, the base branch, which holds none of the PR code', async () => {
    const { origin, movedBase, prHead } = await pullRequestWithMergeRef();
    origin.git('checkout', '--quiet', 'main');
    const run = { ...(await gateRun(origin.dir, configFrom({}), targetEvent(movedBase, prHead))), eventCommit: movedBase };
    const outcome = await runRealGate(run);
    expect(outcome.verdict).toEqual({ kind: 'no-mutants', reason: 'No mutants: the change adds or modifies no lines.' });
  });
});

describe('working-directory', () => {
  it('must stay inside the workspace', async () => {
    const { repo, baseSha } = await createPricingRepo();
    const workspace = join(repo.dir, 'packages', 'app');
    await mkdir(workspace, { recursive: true });
    const run = await gateRun(workspace, configFrom({ 'working-directory': '../..' }), pullRequestEvent(baseSha));
    await expect(runRealGate(run)).rejects.toThrow(
      /^Input "working-directory" is "\.\.\/\.\.", which resolves to .*, outside the workspace /,
    );
  });

  it('must exist', async () => {
    const { repo, baseSha } = await createPricingRepo();
    const run = await gateRun(repo.dir, configFrom({ 'working-directory': 'packages/nope' }), pullRequestEvent(baseSha));
    await expect(runRealGate(run)).rejects.toThrow(
      `Input "working-directory" is "packages/nope", but ${repo.dir}/packages/nope is not a directory.`,
    );
  });
});

describe('a large pull request', () => {
  it('shows attribution progress in the log', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write(
      Object.fromEntries(
        Array.from({ length: 120 }, (_, index) => [`src/many/file${index}.ts`, `export const value${index} = ${index};\n`]),
      ),
    );
    const head = repo.commit('Many files');
    const git = createGit(repo.dir);
    const changed = parseChangedLines(await git.diff(baseSha, head));
    const progress: string[] = [];

    const comparison = { base: baseSha, baseSource: 'test', mergeBase: baseSha, head };
    await gatherAttributionSources(
      git,
      changed,
      (path) => path,
      comparison,
      configFrom({}),
      pullRequestEvent(baseSha),
      (message) => progress.push(message),
    );

    expect(progress).toEqual(['Attribution: blamed 50 of 120 changed files.', 'Attribution: blamed 100 of 120 changed files.']);
  });
});
