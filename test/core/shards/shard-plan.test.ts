import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { filesOfShard, planShards } from '../../../src/core/shards/shard-plan.js';

const file = (path: string, lines: number): ChangedFile => ({ path, lines: Array.from({ length: lines }, (_, index) => index + 1) });

describe('planShards', () => {
  it('gives each file whole to one shard, the largest first to the cheapest shard so far', () => {
    const files = [file('a.ts', 10), file('b.ts', 40), file('c.ts', 30), file('d.ts', 20), file('e.ts', 5)];
    // b (40) → 1, c (30) → 2, d (20) → 2 (30 < 40), a (10) → 1 (40 < 50), e (5) → 1 (50 = 50: the lower index).
    expect(planShards(files, 2)).toEqual([
      ['a.ts', 'b.ts', 'e.ts'],
      ['c.ts', 'd.ts'],
    ]);
  });

  it('is the same plan whatever order the files come in, ties between files broken by path', () => {
    const files = [file('z.ts', 3), file('m.ts', 3), file('a.ts', 3), file('k.ts', 3)];
    expect(planShards(files, 3)).toEqual([['a.ts', 'z.ts'], ['k.ts'], ['m.ts']]);
    expect(planShards([...files].reverse(), 3)).toEqual(planShards(files, 3));
  });

  it('leaves a shard empty when there are fewer files than shards, and puts everything in one shard of one', () => {
    expect(planShards([file('a.ts', 1)], 3)).toEqual([['a.ts'], [], []]);
    expect(planShards([file('b.ts', 1), file('a.ts', 2)], 1)).toEqual([['a.ts', 'b.ts']]);
  });

  it('keeps the largest shard within 20% of the mean on a pull request of many files', () => {
    const files = Array.from({ length: 120 }, (_, index) => file(`src/module${index}.ts`, 5 + ((index * 37) % 40)));
    const costs = planShards(files, 4).map((paths) =>
      paths.reduce((sum, path) => sum + (files.find((each) => each.path === path)?.lines.length ?? 0), 0),
    );
    const mean = costs.reduce((sum, cost) => sum + cost, 0) / 4;
    expect(Math.max(...costs) / mean).toBeLessThan(1.2);
    expect(costs.reduce((sum, cost) => sum + cost, 0)).toBe(files.reduce((sum, each) => sum + each.lines.length, 0));
  });
});

describe('filesOfShard', () => {
  it("keeps the files of the run's shard, in the order given", () => {
    const files = [file('b.ts', 1), file('a.ts', 1), file('c.ts', 1)];
    expect(filesOfShard(files, [['a.ts', 'b.ts'], ['c.ts']], { index: 1, count: 2 })).toEqual([file('b.ts', 1), file('a.ts', 1)]);
    expect(filesOfShard(files, [['a.ts', 'b.ts'], ['c.ts']], { index: 2, count: 2 })).toEqual([file('c.ts', 1)]);
  });
});
