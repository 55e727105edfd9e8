import { describe, expect, it } from 'vitest';
import type { ScoredReport } from '../../../src/core/judge/report.js';
import { actionOutputs } from '../../../src/core/render/action-outputs.js';
import { buildGateReport } from '../../../src/core/render/json-report.js';
import { renderSummary } from '../../../src/core/render/markdown-report.js';
import { reusedCount, reuseLines } from '../../../src/core/render/reuse-lines.js';
import type { ReuseOfRun } from '../../../src/core/reuse/reuse-plan.js';
import { scored } from '../../support/scored-fixtures.js';

const report = scored({ 'src/a.ts': { lines: [1] } });
const EARLIER = '0123456789abcdef0123456789abcdef01234567';

function reuse(fields: Partial<ReuseOfRun>): ReuseOfRun {
  return { from: EARLIER, files: 3, mutants: 40, rerun: { changed: 0, 'tests-changed': 0, new: 0 }, why: undefined, ...fields };
}

const withReuse = (given: ReuseOfRun): ScoredReport => ({ ...report, reuse: given });

describe('reuseLines', () => {
  it('says how many results came from which run, and why the rest was measured now', () => {
    const lines = reuseLines(withReuse(reuse({ rerun: { changed: 2, 'tests-changed': 1, new: 1 } })));
    expect(lines).toEqual([
      '',
      '**Reused** 40 mutant result(s) in 3 file(s) from the run on <code>0123456789ab</code>: those files, and every test file ' +
        'that ran their mutants, are unchanged since. Measured now: 2 changed since, 1 whose tests, or files any test may read, ' +
        'changed, 1 not measured by that run.',
    ]);
    expect(renderSummary(withReuse(reuse({})))).toContain('**Reused** 40 mutant result(s) in 3 file(s)');
    expect(reuseLines(withReuse(reuse({})))[1]).toMatch(/unchanged since\.$/);
  });

  it('says why nothing was reused', () => {
    const none = reuse({
      from: undefined,
      files: 0,
      mutants: 0,
      rerun: { changed: 0, 'tests-changed': 0, new: 4 },
      why: 'the merge base moved (from x_y)',
    });
    expect(reuseLines(withReuse(none))).toEqual(['', 'Nothing was reused from an earlier run: the merge base moved (from x&#95;y).']);
    const allStale = reuse({ from: undefined, files: 0, mutants: 0, rerun: { changed: 1, 'tests-changed': 2, new: 0 } });
    expect(reuseLines(withReuse(allStale))[1]).toBe(
      'Nothing was reused from an earlier run: no file and its tests were unchanged since. Measured now: 1 changed since, 2 whose ' +
        'tests, or files any test may read, changed.',
    );
  });

  it("names every package's reason and commit once", () => {
    const workspace: ScoredReport = {
      ...report,
      packages: ['no earlier run', 'the merge base moved', 'no earlier run'].map((why, index) => ({
        folder: `packages/${index}`,
        report: withReuse(reuse({ from: undefined, files: 0, mutants: 0, why })),
      })),
    };
    expect(reuseLines(workspace)[1]).toBe('Nothing was reused from an earlier run: no earlier run; the merge base moved.');
    const twoCommits: ScoredReport = {
      ...report,
      packages: [EARLIER, 'f'.repeat(40), EARLIER].map((from, index) => ({
        folder: `packages/${index}`,
        report: withReuse(reuse({ from })),
      })),
    };
    expect(reuseLines(twoCommits)[1]).toContain('from the run on <code>0123456789ab</code>, <code>ffffffffffff</code>:');
  });

  it('sums the packages of a workspace run', () => {
    const workspace: ScoredReport = {
      ...report,
      packages: [
        { folder: 'packages/a', report: withReuse(reuse({ files: 1, mutants: 5, rerun: { changed: 1, 'tests-changed': 0, new: 0 } })) },
        { folder: 'packages/b', report: withReuse(reuse({ files: 2, mutants: 7 })) },
        { folder: 'packages/c', report: withReuse(reuse({ from: undefined, files: 0, mutants: 0, why: 'no earlier run' })) },
      ],
    };
    expect(reuseLines(workspace)[1]).toMatch(
      /^\*\*Reused\*\* 12 mutant result\(s\) in 3 file\(s\) from the run on <code>0123456789ab<\/code>: .* Measured now: 1 changed since\.$/,
    );
    expect(reusedCount(workspace)).toBe('12');
  });

  it('says nothing, and leaves the output empty, when reuse is off', () => {
    expect(reuseLines(report)).toEqual([]);
    expect(reusedCount(report)).toBe('');
  });

  it('gives the count as the reused output and the reuse in the JSON report', () => {
    const given = reuse({});
    const outputs = actionOutputs(withReuse(given), { report: 'r.json', htmlReport: '', shardResult: '' });
    expect(outputs.reused).toBe('40');
    expect(
      actionOutputs(withReuse(reuse({ mutants: 0, from: undefined })), { report: 'r.json', htmlReport: '', shardResult: '' }).reused,
    ).toBe('0');
    expect(buildGateReport(withReuse(given))).toMatchObject({ reuse: given });
  });
});
