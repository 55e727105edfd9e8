import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { ReviewFacts } from '../../src/core/approvals/ai-approvals.js';
import { changeAiLines, checkAiApprovals } from '../../src/pipeline/ai-approvals.js';
import { decide } from '../../src/pipeline/gate-decision.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import {
  ADDED_DISCOUNT,
  addedFile,
  BASE,
  changedFiles,
  discountReport,
  HEAD,
  MemoryApprovals,
  memoryPorts,
  memoryRun,
  discountMutant as mutantOf,
} from '../support/memory-ports.js';
import { RecordingLog } from '../support/recording-log.js';

const PULL_REQUEST = decodeEvent('pull_request', {
  pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD }, user: { login: 'agent-author' } },
});
const KILLED = discountReport([
  mutantOf('1', 2, 'total >= 100', 'total > 100', 'Killed'),
  mutantOf('2', 3, 'total > 500', 'total >= 500', 'Killed'),
]);

const approving = (...logins: string[]): ReviewFacts => ({
  reviews: logins.map((login) => ({ login, isBot: false, state: 'APPROVED', commit: HEAD })),
  commits: [],
  accounts: new Map(logins.map((login) => [login, { permission: 'write', publicEmail: undefined }])),
});

function ports(facts: MemoryApprovals['facts'] = approving()): { approvals: MemoryApprovals; log: RecordingLog } {
  const approvals = new MemoryApprovals();
  approvals.facts = facts;
  return { approvals, log: new RecordingLog() };
}

describe('checkAiApprovals', () => {
  const config = configFrom({ 'ai-approvals': '2', 'ai-approvals-min-lines': '5' });

  it('asks nothing when ai-approvals is off, or the change is under the minimum', async () => {
    const off = ports();
    expect(await checkAiApprovals(configFrom(), PULL_REQUEST, 50, off)).toBeUndefined();
    const under = ports();
    expect(await checkAiApprovals(config, PULL_REQUEST, 4, under)).toEqual({
      required: 2,
      minLines: 5,
      aiLines: 4,
      approvers: [],
      refused: [],
      unavailable: undefined,
    });
    expect([off.approvals.factRequests, under.approvals.factRequests]).toEqual([[], []]);
    expect(under.log.lines).toContain('ai-approvals: 4 AI-touched changed line(s), under ai-approvals-min-lines 5: no approval needed.');
  });

  it('counts the approvals of the pull request’s head commit, for its author', async () => {
    const given = ports(approving('lead', 'agent-author'));
    const check = await checkAiApprovals(config, PULL_REQUEST, 5, given);
    expect(check).toMatchObject({ approvers: ['lead'], refused: [{ login: 'agent-author', why: "the pull request's author" }] });
    expect(given.approvals.factRequests).toEqual([{ pullNumber: 7, headSha: HEAD, authorLogin: 'agent-author' }]);
    expect(given.log.lines).toContain('ai-approvals: 5 AI-touched changed line(s) need 2 approval(s); 1 count (@lead).');
  });

  it('logs that none counts when none does', async () => {
    const given = ports(approving());
    await checkAiApprovals(config, PULL_REQUEST, 5, given);
    expect(given.log.lines).toContain('ai-approvals: 5 AI-touched changed line(s) need 2 approval(s); 0 count.');
  });

  it('keeps the requirement, saying why, without a pull request, its head commit, or a token', async () => {
    expect((await checkAiApprovals(config, decodeEvent('', {}), 9, ports()))?.unavailable).toBe(
      'a local run has no pull request reviews to count',
    );
    const noHead = decodeEvent('pull_request', { pull_request: { number: 7, base: { sha: BASE } } });
    expect((await checkAiApprovals(config, noHead, 9, ports()))?.unavailable).toBe(
      'a pull_request run has no pull request reviews to count',
    );
    expect((await checkAiApprovals(config, decodeEvent('push', { before: BASE }), 9, ports()))?.unavailable).toBe(
      'a push run has no pull request reviews to count',
    );
    expect(
      (await checkAiApprovals(config, PULL_REQUEST, 9, ports('no github-token or repository to read the reviews with')))?.unavailable,
    ).toBe('no github-token or repository to read the reviews with');
  });
});

describe('changeAiLines', () => {
  it('counts the changed lines gated as AI-touched, in every changed file', async () => {
    const git = memoryPorts().repository;
    const changed = [
      { path: 'src/a.ts', lines: [1, 2] },
      { path: 'docs/b.md', lines: [4] },
    ];
    const comparison = { base: BASE, baseSource: 'test', mergeBase: BASE, head: HEAD };
    expect(await changeAiLines(git, changed, comparison, configFrom({ 'ai-detection': 'all' }), PULL_REQUEST, undefined)).toBe(3);
    expect(await changeAiLines(git, changed, comparison, configFrom({ 'ai-detection': 'off' }), PULL_REQUEST, undefined)).toBe(0);
  });
});

describe('ai-approvals in a whole run, every port in memory', () => {
  /** Two added lines in the mutated file and three in a test: five AI-touched lines of the change. */
  const state = changedFiles(ADDED_DISCOUNT, addedFile('test/discount.test.ts', 3));
  const run = (required: string, facts: MemoryApprovals['facts']) => {
    const scenario = memoryRun({
      event: PULL_REQUEST,
      report: KILLED,
      lines: [],
      state,
      config: configFrom({
        'ai-approvals': required,
        'ai-approvals-min-lines': '5',
        'ai-detection': 'all',
        'flaky-check': '0',
        threshold: '80',
      }),
    });
    scenario.ports.approvals.facts = facts;
    return decide(scenario.run.config, async () => scenario.run, scenario.ports);
  };

  it('fails a change its tests pass when it lacks approvals, counting the AI-touched lines of every changed file', async () => {
    const report = await run('2', approving('lead'));
    expect(report.verdict.kind).toBe('fail');
    expect(report.verdict.reason).toMatch(
      /^This AI-touched change needs 2 approval\(s\) .*\(5 AI-touched changed line\(s\), ai-approvals-min-lines 5\): has 1, from @lead\. The tests: /,
    );
    expect(report.kind === 'scored' && report.aiApprovals).toMatchObject({ aiLines: 5, approvers: ['lead'] });
  });

  it('passes it with enough approvals, naming them', async () => {
    const report = await run('1', approving('lead'));
    expect(report.verdict.kind).toBe('pass');
    expect(report.verdict.reason).toMatch(/Approved by @lead, as ai-approvals asks\.$/);
  });

  it('ends in an error, never a pass, when GitHub cannot be read', async () => {
    const report = await run('1', new GateError('The reviews ai-approvals counts could not be read: HTTP 502.'));
    expect(report.verdict).toEqual({ kind: 'error', reason: 'The reviews ai-approvals counts could not be read: HTTP 502.' });
  });
});
