import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/core/render/markdown-report.js';
import { shardLines } from '../../../src/core/render/shard-lines.js';
import { scored } from '../../support/scored-fixtures.js';

describe('shardLines', () => {
  const report = scored({ 'src/a.ts': { lines: [1] } });

  it("says which shard ran, how much of the change it mutated, and that its verdict is not the change's", () => {
    const shard = { ...report, shard: { index: 2, count: 3, plan: [['src/b.ts', 'src/c.ts'], ['src/a.ts'], []] } };
    const lines = [
      '',
      "**Shard 2 of 3**: this run mutated 1 of the change's 3 file(s) to mutate, and its verdict covers those only. The job that " +
        "merges the shards' results (merge-shards) gives the change's verdict.",
    ];
    expect(shardLines(shard)).toEqual(lines);
    expect(renderSummary(shard)).toContain(lines[1]);
    expect(shardLines({ ...report, shard: { index: 3, count: 3, plan: [['src/a.ts'], [], []] } })[1]).toContain('mutated 0 of the change');
  });

  it('says nothing for a run that was not a shard', () => {
    expect(shardLines(report)).toEqual([]);
  });
});
