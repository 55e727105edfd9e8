import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action-run.js';
import { discountsAndShipping } from '../support/discount-change.js';

// A job matrix of two shards and a merge job, each a run of action.yml as the runner runs it.

describe('shards through action.yml', () => {
  it('lets each shard step pass on its own score, hands over its result, and fails the change in the merge job', async () => {
    const { repo, baseSha } = await discountsAndShipping();
    const inputs = { threshold: '80', concurrency: '2', 'flaky-check': '0' };
    const artifacts = await mkdtemp(join(tmpdir(), 'gate-artifacts-'));
    const verdicts: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const run = await runAction(repo.dir, baseSha, { ...inputs, shard });
      verdicts.push(run.outputs.verdict as string);
      // A shard's own verdict, fail or pass, never fails its job: the merge job decides.
      expect(run.exitCode, run.log).toBe(0);
      expect(run.summary).toContain(`**Shard ${shard.replace('/', ' of ')}**`);
      const folder = join(artifacts, `shard-${shard[0]}`);
      await mkdir(folder);
      await copyFile(run.outputs['shard-result'] as string, join(folder, 'result.json'));
    }
    // The weak discount test fails its shard; shipping's tests pin every boundary.
    expect(verdicts).toEqual(['fail', 'pass']);

    const merged = await runAction(repo.dir, baseSha, {
      ...inputs,
      'merge-shards': `${join(artifacts, 'shard-1')}\n${join(artifacts, 'shard-2')}`,
    });
    expect(merged.outputs.verdict, merged.summary).toBe('fail');
    expect(merged.exitCode).toBe(1);
    expect(merged.outputs['shard-result']).toBe('');
    expect(merged.log).toContain('Merged 2 shard results: 2 file(s) mutated');
    expect(merged.summary).toContain('| <code>src/discount.ts</code> |');
    expect(merged.summary).toContain('| <code>src/shipping.ts</code> |');
  });
});
