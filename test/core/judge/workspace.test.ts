import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/core/judge/judge.js';
import { judgeWorkspace, mergeWorkspaceEvidence, type PackageEvidence } from '../../../src/core/judge/workspace.js';
import { configFrom } from '../../support/config.js';
import { packageEvidence, perLineBudget, WORKFLOW_FINDING as WORKFLOW } from '../../support/workspace-evidence.js';

const A = packageEvidence('packages/a', ['Killed', 'Survived']);
const B = packageEvidence('packages/b', ['Killed', 'Killed']);
const WORKSPACE = { packages: [A, B], elsewhere: [{ path: 'scripts/x.ts', reason: 'in-no-package' as const }] };

describe('mergeWorkspaceEvidence', () => {
  const merged = mergeWorkspaceEvidence(WORKSPACE);

  it('puts every path in the repository and names every id by its package', () => {
    expect(merged.repositoryPrefix).toBe('');
    expect(merged.targeted).toEqual([
      { path: 'packages/a/src/index.ts', lines: [1, 2] },
      { path: 'packages/b/src/index.ts', lines: [1, 2] },
    ]);
    expect([...merged.attribution.keys()]).toEqual(['packages/a/src/index.ts', 'packages/b/src/index.ts']);
    const files = merged.strykerReport?.files ?? {};
    expect(Object.keys(files)).toEqual(['packages/a/src/index.ts', 'packages/b/src/index.ts']);
    expect(files['packages/b/src/index.ts']?.mutants.map((each) => [each.id, each.coveredBy, each.killedBy])).toEqual([
      ['packages/b#1', ['packages/b#0'], ['packages/b#0']],
      ['packages/b#2', ['packages/b#0'], ['packages/b#0']],
    ]);
    expect(merged.strykerReport?.testFiles).toEqual({
      'packages/a/test/index.test.ts': { tests: [{ id: 'packages/a#0', name: 'packages/a works' }] },
      '': {
        tests: [
          { id: 'packages/a#1', name: 'packages/a has a test without a file' },
          { id: 'packages/b#1', name: 'packages/b has a test without a file' },
        ],
      },
      'packages/b/test/index.test.ts': { tests: [{ id: 'packages/b#0', name: 'packages/b works' }] },
    });
    expect(merged.timeouts.map((timeout) => [timeout.file, timeout.id])).toEqual([
      ['packages/a/src/index.ts', 'packages/a#2'],
      ['packages/b/src/index.ts', 'packages/b#2'],
    ]);
  });

  it("lists as not mutated only what no package measured: never another package's file", () => {
    expect(merged.scope.selected.map((file) => file.path)).toEqual(['packages/a/src/index.ts', 'packages/b/src/index.ts']);
    expect(merged.scope.skipped).toEqual([
      { path: 'packages/a/test/index.test.ts', reason: 'excluded', pattern: '**/*.test.ts' },
      { path: 'packages/b/test/index.test.ts', reason: 'excluded', pattern: '**/*.test.ts' },
      { path: 'scripts/x.ts', reason: 'in-no-package' },
    ]);
  });

  it("says what every package found about the whole change once, and drops logic 'hidden' in a package that was measured", () => {
    expect(merged.findings).toEqual([WORKFLOW, { kind: 'hidden-source', path: 'scripts/x.ts', line: undefined, change: 'imported here' }]);
    expect(merged.testRunChanges).toEqual([{ path: 'package.json', change: 'test script changed' }]);
    expect(merged.signals).toEqual({ checked: ['commits'], unavailable: ['notes in packages/a', 'notes in packages/b'] });
    expect(merged.approval).toEqual({ state: 'not-approved', reason: 'no review' });
  });

  it('leaves how each package was measured with the package', () => {
    expect([merged.setup, merged.isolation, merged.flaky]).toEqual([undefined, undefined, undefined]);
  });

  it('adds up what one mutant per line left in each package, and has no budget when none had one', () => {
    const budgeted = mergeWorkspaceEvidence({
      ...WORKSPACE,
      packages: [
        { ...A, evidence: { ...A.evidence, budget: perLineBudget(6, 2) } },
        { ...B, evidence: { ...B.evidence, budget: perLineBudget(4, 1) } },
      ],
    });
    expect(budgeted.budget).toEqual(perLineBudget(10, 3));
    expect(merged).not.toHaveProperty('budget');
  });

  it('merges a package that ran Stryker with one that had nothing to mutate, keeping what each says', () => {
    const idle = packageEvidence('packages/a', [], {
      strykerReport: undefined,
      timeouts: [],
      untargetable: ['src/{x,y}.ts'],
      findings: [{ kind: 'suppression', path: 'packages/b/src/index.ts', line: 1, change: 'a disable comment' }],
    });
    const unjudged = [
      {
        file: 'src/index.ts',
        id: '1',
        line: 1,
        mutatorName: 'EqualityOperator',
        testsCompleted: 0,
        coveredBy: 1,
        outcome: 'judged',
        status: 'Killed',
      },
    ] as const;
    const measuredB = packageEvidence('packages/b', ['Killed'], { unjudged });
    const withoutCoverage = measuredB.evidence.strykerReport?.files['/repo/packages/b/src/index.ts']?.mutants[0];
    if (withoutCoverage !== undefined) delete withoutCoverage.coveredBy;
    const mixed = mergeWorkspaceEvidence({ packages: [idle, measuredB], elsewhere: [] });
    expect(Object.keys(mixed.strykerReport?.files ?? {})).toEqual(['packages/b/src/index.ts']);
    expect(mixed.strykerReport?.files['packages/b/src/index.ts']?.mutants[0]).not.toHaveProperty('coveredBy');
    expect(mixed.untargetable).toEqual(['packages/a/src/{x,y}.ts']);
    // Only logic "hidden" in a measured file is dropped: another finding on it stands.
    expect(mixed.findings).toContainEqual({ kind: 'suppression', path: 'packages/b/src/index.ts', line: 1, change: 'a disable comment' });
    expect(mixed.unjudged.map((mutant) => [mutant.file, mutant.id])).toEqual([['packages/b/src/index.ts', 'packages/b#1']]);
  });

  it('has no Stryker report when no package ran Stryker, and takes the first approval any package has', () => {
    const idle = (folder: string, approval: Evidence['approval']): PackageEvidence =>
      packageEvidence(folder, [], { strykerReport: undefined, approval, timeouts: [] });
    const approved = { state: 'approved', by: 'reviewer', commit: 'b'.repeat(40) } as const;
    const none = mergeWorkspaceEvidence({ packages: [idle('packages/a', undefined), idle('packages/b', approved)], elsewhere: [] });
    expect(none.strykerReport).toBeUndefined();
    expect(none.approval).toEqual(approved);
  });
});

describe('judgeWorkspace', () => {
  const config = configFrom({ threshold: '80', 'ai-threshold': '0' });
  const report = judgeWorkspace(config, WORKSPACE);

  it('gives one verdict on the changed lines of every package together', () => {
    expect(report.score.total).toEqual(expect.objectContaining({ mutants: 4, killed: 3, survived: 1 }));
    expect(report.aiScore.total).toEqual(expect.objectContaining({ mutants: 2, killed: 2 }));
    expect(report.verdict.kind).toBe('fail');
    expect(report.tests.get('packages/a#0')?.name).toBe('packages/a works');
    expect(report.survived.map((each) => [each.file, each.id])).toEqual([['packages/a/src/index.ts', 'packages/a#2']]);
    expect(report.notMutated.map((file) => file.path)).toEqual([
      'packages/a/test/index.test.ts',
      'packages/b/test/index.test.ts',
      'scripts/x.ts',
    ]);
  });

  it('judges each package on its own beside it, with how it was measured', () => {
    expect(report.packages.map(({ folder, report: alone }) => [folder, alone.score.total.mutants, alone.isolation?.detail])).toEqual([
      ['packages/a', 2, 'packages/a'],
      ['packages/b', 2, 'packages/b'],
    ]);
    const passing = judgeWorkspace(configFrom({ threshold: '50', 'ai-threshold': '0' }), { ...WORKSPACE, packages: [B] });
    expect(passing.packages.map(({ report: alone }) => alone.flaky)).toEqual([{ kind: 'off' }]);
    expect(passing.score.total.mutants).toBe(2);
  });
});
