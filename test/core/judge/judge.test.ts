import { describe, expect, it } from 'vitest';
import type { Attribution, LineAttribution, LineClass } from '../../../src/core/attribution/attribution.js';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { type Evidence, judge } from '../../../src/core/judge/judge.js';
import type { RunSetup } from '../../../src/core/stryker/run-setup.js';
import type { MutantResult, MutationTestResult } from '../../../src/core/stryker/stryker-report.js';
import { configFrom } from '../../support/config.js';

const SOURCE = 'const a = x > 1;\nconst b = y > 2;\nconst c = z > 3;\n';

function mutant(id: string, line: number, status: MutantResult['status'], tests: Partial<MutantResult> = {}): MutantResult {
  return {
    id,
    mutatorName: 'EqualityOperator',
    replacement: '>=',
    status,
    location: { start: { line, column: 11 }, end: { line, column: 16 } },
    ...tests,
  };
}

function classed(path: string, classes: Record<number, LineClass>): [string, ReadonlyMap<number, LineAttribution>] {
  return [
    path,
    new Map(
      Object.entries(classes).map(([line, lineClass]) => [Number(line), { line: Number(line), class: lineClass, evidence: `e${line}` }]),
    ),
  ];
}

const TARGETED: ChangedFile[] = [
  { path: 'src/a.ts', lines: [1, 2] },
  { path: 'src/b.ts', lines: [3] },
];

const ATTRIBUTION: Attribution = new Map([classed('src/a.ts', { 1: 'ai', 2: 'unknown' }), classed('src/b.ts', { 3: 'human' })]);

const STRYKER_REPORT: MutationTestResult = {
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: {
    'src/a.ts': {
      language: 'typescript',
      source: SOURCE,
      mutants: [
        mutant('1', 1, 'Killed', { coveredBy: ['t1', 't2'], killedBy: ['t1'] }),
        mutant('2', 2, 'Survived', { coveredBy: ['t2'] }),
        // Line 3 of src/a.ts did not change: never judged.
        mutant('3', 3, 'Survived', { coveredBy: ['t3'] }),
      ],
    },
    'src/b.ts': { language: 'typescript', source: SOURCE, mutants: [mutant('4', 3, 'NoCoverage'), mutant('5', 3, 'CompileError')] },
  },
  testFiles: {
    'test/a.test.ts': {
      tests: [
        { id: 't1', name: 'one' },
        { id: 't2', name: 'two', location: { start: { line: 8, column: 1 } } },
      ],
    },
  },
};

const SETUP: RunSetup = {
  config: 'app/stryker.config.json at aaaaaaaaaaaa',
  testRunner: { name: 'vitest', coverageAnalysis: 'perTest' },
  strykerVersion: '10.1.0',
  bundled: undefined,
  detected: undefined,
  runnerPlugin: { name: '@stryker-mutator/vitest-runner', version: '10.1.0' },
};

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    comparison: { base: 'main', baseSource: 'input "base"', mergeBase: 'a'.repeat(40), head: 'b'.repeat(40) },
    changedFiles: 4,
    scope: { selected: TARGETED, skipped: [{ path: 'README.md', reason: 'not-included' }] },
    untargetable: ['src/{x,y}.ts'],
    targeted: TARGETED,
    attribution: ATTRIBUTION,
    signals: { checked: ['commits'], unavailable: [] },
    repositoryPrefix: 'app/',
    strykerReport: STRYKER_REPORT,
    findings: [],
    testRunChanges: [],
    approval: undefined,
    isolation: { level: 'pid-namespace', detail: 'unshare, as root' },
    setup: SETUP,
    timeouts: [],
    unjudged: [],
    flaky: undefined,
    ...overrides,
  };
}

describe('judge', () => {
  const report = judge(configFrom({ threshold: '30', 'ai-threshold': '80' }), evidence());

  it('judges the mutants on changed lines only, in a stable order, each with its class', () => {
    expect(report.mutants.map((listed) => [listed.file, listed.id, listed.status, listed.class, listed.aiGated])).toEqual([
      ['src/a.ts', '1', 'Killed', 'ai', true],
      ['src/a.ts', '2', 'Survived', 'unknown', false],
      ['src/b.ts', '4', 'NoCoverage', 'human', false],
      ['src/b.ts', '5', 'CompileError', 'human', false],
    ]);
    expect(report.survived.map((listed) => listed.id)).toEqual(['2']);
    expect(report.uncovered.map((listed) => listed.id)).toEqual(['4']);
  });

  it('scores all changed lines, the AI-touched ones and the others', () => {
    expect(report.score.total).toEqual(expect.objectContaining({ mutants: 3, killed: 1, survived: 1, noCoverage: 1, invalid: 1 }));
    expect(report.aiScore.total).toEqual(expect.objectContaining({ mutants: 1, killed: 1 }));
    expect(report.otherScore.total).toEqual(expect.objectContaining({ mutants: 2, survived: 1, noCoverage: 1 }));
    expect(report.aiLines).toBe(1);
    expect(report.aiDetected).toBe(true);
  });

  it('passes on how the change was measured and kept apart', () => {
    expect(report.setup).toBe(SETUP);
    expect(report.isolation).toEqual({ level: 'pid-namespace', detail: 'unshare, as root' });
  });

  it('fails a change with mutants no test judged, even run again, whatever the score', () => {
    const unjudged = [
      {
        file: 'src/b.ts',
        id: '9',
        line: 3,
        mutatorName: 'BooleanLiteral',
        testsCompleted: 0,
        coveredBy: 1,
        outcome: 'not-judged',
        status: 'Survived',
      },
    ] as const;
    const judged = judge(configFrom({ threshold: '30', 'ai-threshold': '0' }), evidence());
    expect(judged.verdict.kind).toBe('pass');
    const notMeasured = judge(configFrom({ threshold: '30', 'ai-threshold': '0' }), evidence({ unjudged }));
    expect(notMeasured.verdict.kind).toBe('fail');
    expect(notMeasured.verdict.reason).toMatch(/^1 mutant\(s\) on changed lines were judged by no test, even when run again/);
    expect(notMeasured.unjudged).toBe(unjudged);
    const rejudged = judge(
      configFrom({ threshold: '30', 'ai-threshold': '0' }),
      evidence({ unjudged: [{ ...unjudged[0], outcome: 'judged' }] }),
    );
    expect(rejudged.verdict.kind).toBe('pass');
  });

  it('gives each file its class and counts', () => {
    expect(report.files.map((file) => [file.path, file.class, file.changedLines, file.counts.mutants])).toEqual([
      ['src/a.ts', 'mixed', 2, 2],
      ['src/b.ts', 'human', 1, 1],
    ]);
  });

  it('decides the verdict from both thresholds', () => {
    expect(report.verdict.kind).toBe('pass');
    expect(judge(configFrom({ threshold: '34' }), evidence()).verdict.kind).toBe('fail');
    const aiFailing = evidence({
      attribution: new Map([classed('src/a.ts', { 1: 'unknown', 2: 'ai' }), classed('src/b.ts', { 3: 'human' })]),
    });
    expect(judge(configFrom({ threshold: '0' }), aiFailing).verdict.reason).toMatch(
      /^AI-touched lines score 0\.00%, under the ai-threshold 80%/,
    );
  });

  it('lists the tests that ran mutants and noticed nothing, named from the report, with every test run by default', () => {
    // t2 covered the survivor and the killed mutant, and failed on neither.
    expect(report.silentTests).toEqual([{ test: { id: 't2', name: 'two', file: 'test/a.test.ts', line: 8 }, covered: 2 }]);
    expect(report.testTally.map(({ test: { id }, ran, noticed }) => [id, ran, noticed])).toEqual([
      ['t2', 2, 0],
      ['t1', 1, 1],
    ]);
    expect(report.tests.get('t1')).toEqual({ id: 't1', name: 'one', file: 'test/a.test.ts', line: undefined });
    const bailed = judge(configFrom({ threshold: '30', 'every-test': 'false' }), evidence());
    expect(bailed.silentTests).toEqual([{ test: { id: 't2', name: 'two', file: 'test/a.test.ts', line: 8 }, covered: 1 }]);
  });

  it('lists the files not mutated: untargetable paths first, then those out of scope', () => {
    expect(report.notMutated).toEqual([
      { path: 'src/{x,y}.ts', reason: 'untargetable-path' },
      { path: 'README.md', reason: 'not-included' },
    ]);
  });

  it('carries what the renderers show as gathered', () => {
    expect(report.comparison.base).toBe('main');
    expect(report.changedLines).toBe(TARGETED);
    expect(report.signals).toEqual({ checked: ['commits'], unavailable: [] });
    expect(report.repositoryPrefix).toBe('app/');
    expect(report.gating).toEqual({ detection: 'auto', unknownAs: 'human' });
  });

  it('holds unknown lines to ai-threshold with unknown-as: ai, yet detects no AI without an ai line', () => {
    const noAi = evidence({
      attribution: new Map([classed('src/a.ts', { 1: 'unknown', 2: 'unknown' }), classed('src/b.ts', { 3: 'human' })]),
    });
    const gated = judge(configFrom({ 'unknown-as': 'ai' }), noAi);
    expect(gated.aiLines).toBe(2);
    expect(gated.aiDetected).toBe(false);
    expect(gated.mutants.filter((listed) => listed.aiGated).map((listed) => listed.id)).toEqual(['1', '2']);
  });

  it('gives no-mutants, and empty scores, when there was nothing to mutate', () => {
    const nothing = judge(configFrom({ threshold: '80' }), evidence({ targeted: [], attribution: new Map(), strykerReport: undefined }));
    expect(nothing.verdict).toEqual({
      kind: 'no-mutants',
      reason: 'No mutants: none of the 4 changed file(s) is source code to mutate (see include and exclude).',
    });
    expect(nothing.mutants).toEqual([]);
    expect(nothing.files).toEqual([]);
    expect(nothing.score.total.mutants).toBe(0);
    expect(nothing.aiLines).toBe(0);
    expect(nothing.aiDetected).toBe(false);
    expect(nothing.tests.size).toBe(0);
  });
});
