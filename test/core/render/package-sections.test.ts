import { describe, expect, it } from 'vitest';
import { judgeWorkspace } from '../../../src/core/judge/workspace.js';
import { actionOutputs } from '../../../src/core/render/action-outputs.js';
import { buildGateReport } from '../../../src/core/render/json-report.js';
import { renderSummary } from '../../../src/core/render/markdown-report.js';
import { packageLines } from '../../../src/core/render/package-sections.js';
import type { RunSetup } from '../../../src/core/stryker/run-setup.js';
import { configFrom } from '../../support/config.js';
import { packageEvidence } from '../../support/workspace-evidence.js';

const setup = (bundled: RunSetup['bundled'], config: string): RunSetup => ({
  config,
  testRunner: { name: 'vitest', coverageAnalysis: 'perTest' },
  strykerVersion: '10.1.1',
  bundled,
  detected: undefined,
  runnerPlugin: undefined,
});

/** packages/a with one survivor, a flaky test and the gate's vitest set; packages/b killing both, with the project's Stryker. */
const REPORT = judgeWorkspace(configFrom({ threshold: '80', 'ai-threshold': '0' }), {
  packages: [
    packageEvidence('packages/a', ['Killed', 'Survived'], {
      findings: [],
      setup: setup('vitest', 'packages/a/stryker.config.json at aaaaaaaaaaaa'),
      flaky: {
        kind: 'checked',
        runs: 2,
        tests: [{ name: 'reads | the clock', file: 'test/clock.test.ts', failures: 1 }],
        discounted: [],
      },
    }),
    packageEvidence('packages/b', ['Killed', 'Killed'], {
      findings: [],
      setup: setup(undefined, 'packages/b/stryker.config.json at aaaaaaaaaaaa'),
    }),
  ],
  elsewhere: [{ path: 'scripts/x.ts', reason: 'in-no-package' }],
});

describe('a workspace run, rendered', () => {
  const summary = renderSummary(REPORT);

  it('is a table with a row per package, its counts and the verdict it would have alone, then what measured each', () => {
    const lines = packageLines(REPORT);
    expect(lines.slice(0, 8)).toEqual([
      '',
      '**2 workspace packages** hold the changed source. Each was measured with its own Stryker setup, one after another; the ' +
        'verdict counts the changed lines of all of them together.',
      '',
      '| Package | Changed lines | Mutants | Score | AI-touched mutants | AI-touched score | Verdict on its own |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      '| <code>packages/a</code> | 2 | 2 | 50.00% | 1 | 100.00% | ❌ fail |',
      '| <code>packages/b</code> | 2 | 2 | 100.00% | 1 | 100.00% | ✅ pass |',
      '',
    ]);
    expect(lines[8]).toBe('**In <code>packages/a</code>:**');
  });

  it('says nothing of how a package was measured when Stryker did not run in it, and names every verdict alone', () => {
    const idle = packageEvidence('packages/c', [], {
      strykerReport: undefined,
      setup: undefined,
      isolation: undefined,
      flaky: undefined,
      findings: [],
    });
    const lines = packageLines(judgeWorkspace(configFrom({ threshold: '80' }), { packages: [idle], elsewhere: [] }));
    expect(lines.slice(5)).toEqual(['| <code>packages/c</code> | 2 | 0 | n/a | 0 | n/a | ➖ no mutants |']);
    const failed = {
      ...REPORT,
      packages: [{ folder: 'packages/d', report: { ...REPORT, verdict: { kind: 'error', reason: 'x' } } as const }],
    };
    expect(packageLines(failed as typeof REPORT)[5]).toContain('| ⚠️ error |');
    expect(packageLines({ ...REPORT, packages: [] })).toEqual([]);
  });

  it('has a row per package with its counts and the verdict it would have alone', () => {
    expect(summary).toContain('**2 workspace packages** hold the changed source.');
    expect(summary).toContain('| <code>packages/a</code> | 2 | 2 | 50.00% | 1 | 100.00% | ❌ fail |');
    expect(summary).toContain('| <code>packages/b</code> | 2 | 2 | 100.00% | 1 | 100.00% | ✅ pass |');
    expect(summary).toContain('| **All changed lines** | 4 | 4 | 3 | 0 | 1 | 0 | 75.00% | 80% | ❌ fail |');
  });

  it('says what measured each package, under its name, and names the package of its flaky tests', () => {
    const a = summary.indexOf('**In <code>packages/a</code>:**');
    const b = summary.indexOf('**In <code>packages/b</code>:**');
    expect(a).toBeGreaterThan(0);
    expect(summary.slice(a, b)).toContain('(brought by the gate, with its vitest set)');
    expect(summary.slice(a, b)).toContain('Isolation: **process-group**');
    expect(summary.slice(b)).toContain('configured by <code>packages/b/stryker.config.json at aaaaaaaaaaaa</code>');
    expect(summary).toContain('### Flaky tests in <code>packages/a</code> (1)');
    expect(summary).toContain('<code>reads &#124; the clock</code> in <code>test/clock.test.ts</code>');
  });

  it('lists the survivor and the root file by repository path', () => {
    expect(summary).toContain('packages/a/src/index.ts:2');
    expect(summary).toContain('<code>scripts/x.ts</code>: in no workspace package, and the root has no Stryker config');
  });

  it("gives each package's outputs in the JSON report, and every set the gate brought in the output", () => {
    const json = buildGateReport(REPORT) as { packages: { folder: string; outputs: Record<string, string> }[] };
    expect(json.packages.map(({ folder, outputs }) => [folder, outputs.verdict, outputs.score, outputs['bundled-stryker']])).toEqual([
      ['packages/a', 'fail', '50.00', 'vitest'],
      ['packages/b', 'pass', '100.00', ''],
    ]);
    expect(Object.keys(json.packages[0]?.outputs ?? {})).not.toContain('report');
    expect(json.packages[0]).toEqual(
      expect.objectContaining({
        setup: expect.objectContaining({ bundled: 'vitest' }),
        isolation: { level: 'process-group', detail: 'packages/a' },
        flakyCheck: expect.objectContaining({ kind: 'checked', runs: 2 }),
      }),
    );
    expect(json.packages[1]).toEqual(expect.objectContaining({ flakyCheck: { kind: 'off' } }));
    const idle = judgeWorkspace(configFrom({ threshold: '80' }), {
      packages: [packageEvidence('packages/c', [], { strykerReport: undefined, setup: undefined, isolation: undefined, flaky: undefined })],
      elsewhere: [],
    });
    expect((buildGateReport(idle) as { packages: unknown[] }).packages).toEqual([
      expect.objectContaining({ folder: 'packages/c', setup: null, isolation: null, flakyCheck: null }),
    ]);
    expect(actionOutputs(REPORT, { report: 'r.json', htmlReport: '', shardResult: '' })['bundled-stryker']).toBe('vitest');
  });

  it('names each set once', () => {
    const twice = { ...REPORT, packages: [...REPORT.packages, ...REPORT.packages] };
    const jest = { folder: 'packages/c', report: { ...REPORT, setup: setup('jest', 'c') } };
    expect(
      actionOutputs({ ...twice, packages: [...twice.packages, jest] }, { report: '', htmlReport: '', shardResult: '' })['bundled-stryker'],
    ).toBe('vitest,jest');
  });
});
