import { describe, expect, it } from 'vitest';
import type { AiApprovalCheck } from '../../../src/core/approvals/ai-approvals.js';
import { errorReport, type ScoredReport } from '../../../src/core/judge/report.js';
import { actionOutputs } from '../../../src/core/render/action-outputs.js';
import type { ChangedLinesScore, MutantCounts } from '../../../src/core/scoring/scoring.js';
import type { Verdict } from '../../../src/core/scoring/verdict.js';
import { scored as scoredFixture } from '../../support/scored-fixtures.js';

function counts(overrides: Partial<MutantCounts> = {}): MutantCounts {
  return {
    mutants: 0,
    killed: 0,
    timeout: 0,
    survived: 0,
    noCoverage: 0,
    detected: 0,
    invalid: 0,
    ignored: 0,
    score: Number.NaN,
    ...overrides,
  };
}

/** A score over files with these changed-line counts. */
function scoreOf(total: MutantCounts, changedLines: number[] = []): ChangedLinesScore {
  return { total, files: changedLines.map((lines, index) => ({ path: `f${index}.ts`, changedLines: lines, counts: total })) };
}

interface AiParts {
  readonly aiScore?: ChangedLinesScore;
  readonly aiLines?: number;
  readonly aiDetected?: boolean;
  readonly aiApprovals?: AiApprovalCheck;
}

/** A report with these counts and verdict; the AI-touched part as given, else none. */
function scored(total: MutantCounts, verdict: Verdict, parts: AiParts = {}): ScoredReport {
  return {
    ...scoredFixture({}),
    verdict,
    score: { total, files: [] },
    aiScore: parts.aiScore ?? scoreOf(counts()),
    otherScore: scoreOf(total),
    aiLines: parts.aiLines ?? 0,
    aiDetected: parts.aiDetected ?? false,
    ...(parts.aiApprovals === undefined ? {} : { aiApprovals: parts.aiApprovals }),
  };
}

const NO_AI_OUTPUTS = {
  'ai-detected': 'false',
  'ai-lines': '0',
  'ai-mutants': '0',
  'ai-score': '',
  findings: '0',
  'bundled-stryker': '',
  'shard-result': '',
  reused: '',
  approvals: '',
  'approvals-required': '0',
};

const REPORT = '/home/runner/_temp/mutation-gate/gate-report.json';
const HTML_REPORT = '/home/runner/_temp/mutation-gate/mutation.html';
const PATHS = { report: REPORT, htmlReport: HTML_REPORT, shardResult: '' };

describe('actionOutputs', () => {
  it('gives every count and the rounded-down score of a scored outcome', () => {
    const total = counts({
      mutants: 9,
      killed: 5,
      timeout: 1,
      survived: 2,
      noCoverage: 1,
      detected: 6,
      invalid: 4,
      ignored: 3,
      score: (6 / 9) * 100,
    });
    expect(actionOutputs(scored(total, { kind: 'fail', reason: 'under' }), PATHS)).toEqual({
      verdict: 'fail',
      score: '66.66',
      mutants: '9',
      killed: '5',
      survived: '2',
      'no-coverage': '1',
      timeout: '1',
      report: REPORT,
      'html-report': HTML_REPORT,
      ...NO_AI_OUTPUTS,
    });
  });

  it('gives a passing verdict and 100.00', () => {
    const total = counts({ mutants: 2, killed: 2, detected: 2, score: 100 });
    expect(actionOutputs(scored(total, { kind: 'pass', reason: 'ok' }), PATHS)).toEqual({
      verdict: 'pass',
      score: '100.00',
      mutants: '2',
      killed: '2',
      survived: '0',
      'no-coverage': '0',
      timeout: '0',
      report: REPORT,
      'html-report': HTML_REPORT,
      ...NO_AI_OUTPUTS,
    });
  });

  it('gives an empty score and zero counts with no valid mutant', () => {
    expect(actionOutputs(scored(counts({ invalid: 2 }), { kind: 'no-mutants', reason: 'none' }), PATHS)).toEqual({
      verdict: 'no-mutants',
      score: '',
      mutants: '0',
      killed: '0',
      survived: '0',
      'no-coverage': '0',
      timeout: '0',
      report: REPORT,
      'html-report': HTML_REPORT,
      ...NO_AI_OUTPUTS,
    });
  });

  it('gives empty counts and score on an error, still pointing at the report', () => {
    expect(actionOutputs(errorReport(undefined, 'Stryker failed.', ['ERROR x']), PATHS)).toEqual({
      verdict: 'error',
      score: '',
      mutants: '',
      killed: '',
      survived: '',
      'no-coverage': '',
      timeout: '',
      report: REPORT,
      'html-report': HTML_REPORT,
      'ai-detected': '',
      'ai-lines': '',
      'ai-mutants': '',
      'ai-score': '',
      findings: '',
      'bundled-stryker': '',
      'shard-result': '',
      reused: '',
      approvals: '',
      'approvals-required': '',
    });
  });

  it('sets exactly the outputs action.yml declares', () => {
    expect(Object.keys(actionOutputs(errorReport(undefined, 'x'), PATHS)).sort()).toEqual([
      'ai-detected',
      'ai-lines',
      'ai-mutants',
      'ai-score',
      'approvals',
      'approvals-required',
      'bundled-stryker',
      'findings',
      'html-report',
      'killed',
      'mutants',
      'no-coverage',
      'report',
      'reused',
      'score',
      'shard-result',
      'survived',
      'timeout',
      'verdict',
    ]);
  });

  it('gives each path as given, the HTML report empty when Stryker wrote none', () => {
    const outcome = scored(counts({ mutants: 1, killed: 1, detected: 1, score: 100 }), { kind: 'pass', reason: 'ok' });
    const outputs = actionOutputs(outcome, { report: '/tmp/r.json', htmlReport: '', shardResult: '' });
    expect([outputs.report, outputs['html-report']]).toEqual(['/tmp/r.json', '']);
    const error = actionOutputs(errorReport(undefined, 'x'), {
      report: '/tmp/r.json',
      htmlReport: '/tmp/m.html',
      shardResult: '/tmp/s.json',
    });
    expect([error.report, error['html-report']]).toEqual(['/tmp/r.json', '/tmp/m.html']);
  });
});

describe('actionOutputs for AI-touched lines', () => {
  const total = counts({ mutants: 10, killed: 7, survived: 3, detected: 7, score: 70 });
  const verdict: Verdict = { kind: 'fail', reason: 'under' };

  it('gives the AI-touched changed lines over all files, their valid mutants and their rounded-down score', () => {
    const aiScore = scoreOf(counts({ mutants: 3, killed: 2, survived: 1, detected: 2, invalid: 5, score: (2 / 3) * 100 }), [2, 3]);
    const outcome = scored(total, verdict, { aiDetected: true, aiLines: 5, aiScore });
    expect(actionOutputs(outcome, PATHS)).toEqual({
      verdict: 'fail',
      score: '70.00',
      mutants: '10',
      killed: '7',
      survived: '3',
      'no-coverage': '0',
      timeout: '0',
      report: REPORT,
      'html-report': HTML_REPORT,
      'ai-detected': 'true',
      'ai-lines': '5',
      'ai-mutants': '3',
      'ai-score': '66.66',
      findings: '0',
      'bundled-stryker': '',
      'shard-result': '',
      reused: '',
      approvals: '',
      'approvals-required': '0',
    });
  });

  it('says no AI was detected while lines are still gated as AI-touched (unknown-as: ai)', () => {
    const aiScore = scoreOf(counts({ mutants: 1, killed: 1, detected: 1, score: 100 }), [2]);
    expect(actionOutputs(scored(total, verdict, { aiDetected: false, aiLines: 2, aiScore }), PATHS)).toEqual({
      verdict: 'fail',
      score: '70.00',
      mutants: '10',
      killed: '7',
      survived: '3',
      'no-coverage': '0',
      timeout: '0',
      report: REPORT,
      'html-report': HTML_REPORT,
      'ai-detected': 'false',
      'ai-lines': '2',
      'ai-mutants': '1',
      'ai-score': '100.00',
      findings: '0',
      'bundled-stryker': '',
      'shard-result': '',
      reused: '',
      approvals: '',
      'approvals-required': '0',
    });
  });

  it('gives the approvals counted and needed, only once the change needs some', () => {
    const check = { required: 2, minLines: 5, aiLines: 9, approvers: ['lead'], refused: [], unavailable: undefined };
    const needing = actionOutputs(scored(total, verdict, { aiApprovals: check }), PATHS);
    expect([needing.approvals, needing['approvals-required']]).toEqual(['1', '2']);
    const under = actionOutputs(scored(total, verdict, { aiApprovals: { ...check, aiLines: 4 } }), PATHS);
    expect([under.approvals, under['approvals-required']]).toEqual(['', '0']);
  });

  it('counts the findings of a scored outcome', () => {
    const finding = { kind: 'workflow' as const, path: '.github/workflows/ci.yml', line: undefined, change: 'x' };
    const outcome = { ...scored(total, verdict), findings: [finding, { ...finding, kind: 'stryker-config' as const }] };
    expect(actionOutputs(outcome, PATHS).findings).toBe('2');
  });

  it("names the set of the Stryker the gate brought, for action.yml to keep npm's cache", () => {
    const setup = {
      config: undefined,
      detected: undefined,
      bundled: 'jest',
      testRunner: undefined,
      strykerVersion: undefined,
      runnerPlugin: undefined,
    } as const;
    expect(actionOutputs({ ...scored(total, verdict), setup }, PATHS)['bundled-stryker']).toBe('jest');
  });
});
