import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/core/judge/judge.js';
import {
  measurementSettings,
  mergeShardEvidence,
  parseShardResult,
  SHARD_RESULT_VERSION,
  type ShardResult,
  shardResultText,
  shardSetProblems,
} from '../../../src/core/shards/shard-result.js';
import type { MutantResult } from '../../../src/core/stryker/stryker-report.js';
import { configFrom } from '../../support/config.js';
import { coveredMutant, perLineBudget } from '../../support/workspace-evidence.js';

const CONFIG = configFrom({ threshold: '80' });
const SETTINGS = measurementSettings(CONFIG);
const PLAN = [['src/a.ts'], ['src/b.ts']];
const SELECTED = [
  { path: 'src/b.ts', lines: [1] },
  { path: 'src/a.ts', lines: [1] },
];

/** Shard `index`'s evidence: its one file, one mutant, and the suite's two tests as its runner numbered them. */
function shard(index: number, status: MutantResult['status'], overrides: Partial<Evidence> = {}): ShardResult {
  const path = PLAN[index - 1]?.[0] as string;
  // Each machine numbers the tests its own way, and has its own project root.
  const [first, second] = index === 1 ? ['0', '1'] : ['7', '8'];
  return {
    version: SHARD_RESULT_VERSION,
    shard: { index, count: 2 },
    plan: PLAN,
    settings: SETTINGS,
    evidence: {
      comparison: { base: 'main', baseSource: 'input "base"', mergeBase: 'a'.repeat(40), head: 'b'.repeat(40) },
      changedFiles: 3,
      scope: { selected: SELECTED, skipped: [{ path: 'README.md', reason: 'not-included' }] },
      untargetable: [],
      targeted: [{ path, lines: [1] }],
      attribution: new Map([[path, new Map([[1, { line: 1, class: 'ai', evidence: 'claude' }]])]]),
      signals: { checked: ['commits'], unavailable: [] },
      repositoryPrefix: '',
      strykerReport: {
        schemaVersion: '2',
        thresholds: { high: 80, low: 60 },
        projectRoot: `/checkouts/shard-${index}`,
        files: {
          [`/checkouts/shard-${index}/${path}`]: {
            language: 'typescript',
            source: 'const a = x > 1;\n',
            mutants: [coveredMutant('0', 1, status, first)],
          },
        },
        testFiles: {
          [`/checkouts/shard-${index}/test/suite.test.ts`]: {
            tests: [
              { id: first, name: 'first' },
              { id: second, name: 'second' },
            ],
          },
        },
      },
      findings: [{ kind: 'workflow', path: '.github/workflows/ci.yml', line: undefined, change: 'changed' }],
      testRunChanges: [],
      approval: { state: 'not-approved', reason: 'asked by the shard' },
      isolation: { level: 'process-group', detail: `runner ${index}` },
      setup: undefined,
      timeouts: [{ file: path, id: '0', line: 1, mutatorName: 'EqualityOperator', outcome: 'confirmed', status: 'Timeout' }],
      unjudged: [],
      flaky: { kind: 'checked', runs: index + 1, tests: [{ name: `flaky ${index}`, file: undefined, failures: 1 }], discounted: [] },
      shard: { index, count: 2, plan: PLAN },
      ...overrides,
    },
  };
}

describe('measurementSettings', () => {
  it('leaves out what only judges, publishes or splits the run, and keeps what decides the measurement', () => {
    const judging = configFrom({
      threshold: '90',
      'ai-threshold': '10',
      comment: 'never',
      annotations: 'false',
      shard: '1/2',
      concurrency: '4',
    });
    expect(measurementSettings(judging)).toBe(SETTINGS);
    expect(measurementSettings(configFrom({ include: 'src/**' }))).not.toBe(SETTINGS);
    expect(measurementSettings(configFrom({ 'ai-patterns': 'email:@bots.example.com' }))).toContain('email:@bots.example.com');
  });
});

describe('shardResultText and parseShardResult', () => {
  it('gives back the result the shard wrote, its attribution a map again', () => {
    const result = shard(1, 'Killed');
    const parsed = parseShardResult(shardResultText(result));
    expect(parsed).toEqual(result);
    expect(typeof parsed !== 'string' && parsed.evidence.attribution.get('src/a.ts')?.get(1)?.class).toBe('ai');
  });

  it.each([
    ['{', 'it is not JSON'],
    ['[]', 'it is not a version 1 shard result'],
    ['{"version":2}', 'it is not a version 1 shard result'],
    ['{"version":1,"shard":{"index":"1","count":2}}', 'it names no shard'],
    ['{"version":1,"shard":{"index":1,"count":2},"plan":[[1]],"settings":"{}"}', 'it has no plan or settings'],
    ['{"version":1,"shard":{"index":1,"count":2},"plan":[],"settings":7}', 'it has no plan or settings'],
    ['{"version":1,"shard":{"index":1,"count":2},"plan":[],"settings":"{}","evidence":{"comparison":{}}}', 'it holds no evidence'],
  ])('refuses %s: %s', (text, problem) => {
    expect(parseShardResult(text)).toBe(problem);
  });

  it('refuses a result whose evidence has no comparison, and a plan of anything but paths', () => {
    const result = JSON.parse(shardResultText(shard(1, 'Killed')));
    const text = (changes: Record<string, unknown>): string => JSON.stringify({ ...result, ...changes });
    expect(parseShardResult(text({ evidence: { ...result.evidence, comparison: null } }))).toBe('it holds no evidence');
    expect(parseShardResult(text({ evidence: null }))).toBe('it holds no evidence');
    expect(parseShardResult(text({ plan: [['src/a.ts', 2]] }))).toBe('it has no plan or settings');
    expect(parseShardResult(text({ shard: null }))).toBe('it names no shard');
  });

  it('refuses malformed attribution and an invalid Stryker report', () => {
    const text = (evidence: Record<string, unknown>): string =>
      JSON.stringify({
        ...JSON.parse(shardResultText(shard(1, 'Killed'))),
        evidence: { ...JSON.parse(shardResultText(shard(1, 'Killed'))).evidence, ...evidence },
      });
    expect(parseShardResult(text({ attribution: {} }))).toBe('its attribution is malformed');
    expect(parseShardResult(text({ attribution: [['src/a.ts', [{ line: '1' }]]] }))).toBe('its attribution is malformed');
    expect(parseShardResult(text({ attribution: [[1, []]] }))).toBe('its attribution is malformed');
    const line = { line: 1, class: 'ai', evidence: 'e' };
    expect(parseShardResult(text({ attribution: [['src/a.ts', [line, { line: 2 }]]] }))).toBe('its attribution is malformed');
    expect(parseShardResult(text({ attribution: [['src/a.ts', [line, null]]] }))).toBe('its attribution is malformed');
    expect(parseShardResult(text({ attribution: [['src/a.ts', [{ class: 'ai' }]]] }))).toBe('its attribution is malformed');
    expect(parseShardResult(text({ strykerReport: { files: 3 } }))).toMatch(/^its Stryker report is invalid: /);
  });
});

describe('shardSetProblems', () => {
  it('finds none in a complete, consistent set, in any order', () => {
    expect(shardSetProblems([shard(2, 'Killed'), shard(1, 'Killed')], SETTINGS)).toEqual([]);
  });

  it('names a missing shard, a repeated one, and an empty set', () => {
    expect(shardSetProblems([shard(2, 'Killed'), shard(2, 'Killed')], SETTINGS)).toEqual([
      'shard(s) 1 of 2 missing',
      'shard(s) 2 given more than once',
    ]);
    expect(shardSetProblems([], SETTINGS)).toEqual(['no shard result was given']);
  });

  it('names every way shards of different runs disagree', () => {
    const other = shard(2, 'Killed');
    const mixed: ShardResult = {
      ...other,
      shard: { index: 2, count: 3 },
      plan: [['src/a.ts'], ['src/b.ts'], []],
      evidence: { ...other.evidence, comparison: { ...other.evidence.comparison, mergeBase: 'c'.repeat(40), head: 'd'.repeat(40) } },
    };
    expect(shardSetProblems([shard(1, 'Killed'), mixed], SETTINGS)).toEqual([
      `the shards disagree on the merge base: ${'a'.repeat(40)} vs ${'c'.repeat(40)}`,
      `the shards disagree on the head commit: ${'b'.repeat(40)} vs ${'d'.repeat(40)}`,
      'the shards disagree on the shard count: 2 vs 3',
      'the shards disagree on the plan: [["src/a.ts"],["src/b.ts"]] vs [["src/a.ts"],["src/b.ts"],[]]',
    ]);
  });

  it("names settings that differ between the shards, or from the merge job's", () => {
    const include = measurementSettings(configFrom({ include: 'src/**' }));
    expect(shardSetProblems([shard(1, 'Killed'), { ...shard(2, 'Killed'), settings: include }], SETTINGS)).toEqual([
      'the shards ran with different settings',
    ]);
    expect(shardSetProblems([shard(1, 'Killed'), shard(2, 'Killed')], include)).toEqual([
      "the shards ran with other settings than this merge job's inputs",
    ]);
  });
});

describe('mergeShardEvidence', () => {
  const merged = mergeShardEvidence([shard(2, 'Survived'), shard(1, 'Killed')]);

  it("has each shard's files in the change's order, their mutants with ids named by shard", () => {
    expect(merged.targeted).toEqual(SELECTED);
    expect([...merged.attribution.keys()]).toEqual(['src/a.ts', 'src/b.ts']);
    const files = merged.strykerReport?.files ?? {};
    expect(Object.keys(files)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(files['src/a.ts']?.mutants.map((each) => [each.id, each.status, each.killedBy])).toEqual([['1#0', 'Killed', ['1#0']]]);
    expect(merged.timeouts.map((timeout) => timeout.id)).toEqual(['1#0', '2#0']);
    expect(merged.strykerReport).not.toHaveProperty('projectRoot');
    // The merged run is no shard: it writes no shard result, and its verdict is the change's.
    expect(merged).not.toHaveProperty('shard');
  });

  it('adds up what each shard reused', () => {
    const one = shard(1, 'Killed');
    const two = shard(2, 'Survived');
    const reuse = (from: string | undefined, files: number, why: string | undefined) => ({
      from,
      files,
      mutants: files * 10,
      rerun: { changed: 1, 'tests-changed': 2, new: 3 },
      why,
    });
    const reused = mergeShardEvidence([
      { ...one, evidence: { ...one.evidence, reuse: reuse(undefined, 0, 'no earlier run') } },
      { ...two, evidence: { ...two.evidence, reuse: reuse('abc', 2, undefined) } },
    ]);
    expect(reused.reuse).toEqual({
      from: 'abc',
      files: 2,
      mutants: 20,
      rerun: { changed: 2, 'tests-changed': 4, new: 6 },
      why: 'no earlier run',
    });
    expect(merged).not.toHaveProperty('reuse');
  });

  it('adds up what one mutant per line left in each shard', () => {
    const one = shard(1, 'Killed');
    const two = shard(2, 'Survived');
    const budgeted = mergeShardEvidence([
      { ...one, evidence: { ...one.evidence, budget: perLineBudget(9, 4) } },
      { ...two, evidence: { ...two.evidence, budget: perLineBudget(5, 3) } },
    ]);
    expect(budgeted.budget).toEqual(perLineBudget(14, 7));
    expect(merged).not.toHaveProperty('budget');
  });

  it("takes each file from the shard that planned it, whatever another shard's report holds", () => {
    const two = shard(2, 'Survived');
    const report = two.evidence.strykerReport;
    const overreaching = {
      ...two,
      evidence: {
        ...two.evidence,
        strykerReport: report && {
          ...report,
          files: {
            ...report.files,
            'src/a.ts': { language: 'typescript', source: 'x', mutants: [coveredMutant('5', 1, 'Survived', '7')] },
          },
        },
      },
    };
    const files = mergeShardEvidence([shard(1, 'Killed'), overreaching]).strykerReport?.files ?? {};
    expect(files['src/a.ts']?.mutants.map((each) => [each.id, each.status])).toEqual([['1#0', 'Killed']]);
  });

  it('keeps one id for a test every shard ran, however each machine numbered it', () => {
    expect(merged.strykerReport?.testFiles).toEqual({
      'test/suite.test.ts': {
        tests: [
          { id: '1#0', name: 'first' },
          { id: '1#1', name: 'second' },
        ],
      },
    });
    expect(merged.strykerReport?.files['src/b.ts']?.mutants[0]?.coveredBy).toEqual(['1#0']);
  });

  it('says what every shard found once, takes no approval from a shard, and keeps every flaky test with the fewest runs', () => {
    expect(merged.findings).toHaveLength(1);
    expect(merged.approval).toBeUndefined();
    expect(merged.flaky).toEqual({
      kind: 'checked',
      runs: 2,
      tests: [
        { name: 'flaky 1', file: undefined, failures: 1 },
        { name: 'flaky 2', file: undefined, failures: 1 },
      ],
      discounted: [],
    });
  });

  it('has no Stryker report when no shard ran Stryker, and the first flaky check when none checked', () => {
    const idle = (index: number, flaky?: Evidence['flaky']): ShardResult =>
      shard(index, 'Killed', { strykerReport: undefined, flaky, timeouts: [] });
    const none = mergeShardEvidence([idle(1), idle(2, { kind: 'off' })]);
    expect(none.strykerReport).toBeUndefined();
    expect(none.flaky).toEqual({ kind: 'off' });
    expect(mergeShardEvidence([shard(1, 'Killed'), idle(2)]).strykerReport?.files).toHaveProperty(['src/a.ts']);
    // The first shard that ran Stryker gives the report its schema, whichever shard it is.
    expect(Object.keys(mergeShardEvidence([idle(1), shard(2, 'Killed')]).strykerReport?.files ?? {})).toEqual(['src/b.ts']);
  });

  it("keeps what a shard's report and evidence say of tests with no file, mutants no test covers, and files not mutated", () => {
    const one = shard(1, 'Killed');
    const report = one.evidence.strykerReport;
    const withoutFile = {
      ...one,
      evidence: {
        ...one.evidence,
        scope: { ...one.evidence.scope, selected: [...SELECTED, { path: 'src/{x,y}.ts', lines: [1] }] },
        testRunChanges: [{ path: 'package.json', change: 'test script changed' }],
        unjudged: [
          {
            file: 'src/a.ts',
            id: '0',
            line: 1,
            mutatorName: 'EqualityOperator',
            testsCompleted: 0,
            coveredBy: undefined,
            outcome: 'judged',
            status: 'Killed',
          },
        ],
        strykerReport: report && {
          ...report,
          files: {
            'src/a.ts': {
              language: 'typescript',
              source: 'x',
              mutants: [{ ...coveredMutant('0', 1, 'Survived', '0'), coveredBy: undefined }],
            },
          },
          testFiles: { '': { tests: [{ id: '0', name: 'nameless' }] } },
        },
      },
    } as ShardResult;
    const other = shard(2, 'Killed', { testRunChanges: [{ path: 'package.json', change: 'test script changed' }] });
    const merged = mergeShardEvidence([withoutFile, other]);
    expect(merged.strykerReport?.testFiles?.['']).toEqual({ tests: [{ id: '1#0', name: 'nameless' }] });
    expect(merged.strykerReport?.files['src/a.ts']?.mutants[0]?.coveredBy).toBeUndefined();
    expect(merged.targeted.map((file) => file.path)).toEqual(['src/b.ts', 'src/a.ts']);
    expect(merged.testRunChanges).toEqual([{ path: 'package.json', change: 'test script changed' }]);
    expect(merged.unjudged.map((mutant) => [mutant.file, mutant.id])).toEqual([['src/a.ts', '1#0']]);
  });
});
