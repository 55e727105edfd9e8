import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import { Inputs } from '../../src/constants.js';
import type { RawInputs } from '../../src/core/config/config.js';
import { decide, INPUT_WORDS, settingsOf } from '../../src/pipeline/gate-decision.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import { BASE, discountReport, HEAD, memoryRun, discountMutant as mutantOf } from '../support/memory-ports.js';

const raw = (inputs: Partial<Record<string, string>> = {}): RawInputs =>
  Object.fromEntries(Object.values(Inputs).map((name) => [name, inputs[name] ?? ''])) as RawInputs;

const REPORT = discountReport([
  mutantOf('1', 2, 'total >= 100', 'total > 100', 'Survived'),
  mutantOf('2', 3, 'total > 500', 'total >= 500', 'Killed'),
]);

describe('settingsOf', () => {
  it('is the parsed config for good settings', () => {
    const settings = settingsOf(raw({ threshold: '70' }), 'v24.1.0');
    expect('config' in settings && settings.config.threshold).toBe(70);
  });

  it('stops on a Node.js older than 22, before reading the settings', () => {
    const settings = settingsOf(raw({ threshold: 'bad' }), 'v20.19.0');
    expect('stop' in settings && settings.stop.verdict.reason).toContain('needs Node.js 22 or newer');
  });

  it('names every bad setting at once, in the words of the front end', () => {
    const action = settingsOf(raw({ threshold: 'bad', concurrency: '0' }), 'v24.1.0', INPUT_WORDS);
    expect('stop' in action && action.stop.verdict.reason).toBe('2 input(s) are invalid, so nothing was run.');
    expect('stop' in action && action.stop.details[0]).toMatch(/^Input "threshold" has value "bad"/);
    const flags = settingsOf(raw({ threshold: 'bad' }), 'v24.1.0', { settings: 'flag(s)', problem: (problem) => `[${problem}]` });
    expect('stop' in flags && [flags.stop.verdict.reason, flags.stop.details[0]?.[0]]).toEqual([
      '1 flag(s) are invalid, so nothing was run.',
      '[',
    ]);
  });
});

describe('decide', () => {
  const event = decodeEvent('pull_request', { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } });

  it('is the gate’s judged report when the run goes through', async () => {
    const { run, ports } = memoryRun({ event, report: REPORT, lines: [] });
    const report = await decide(run.config, async () => run, ports);
    expect(report.kind).toBe('scored');
    expect(report.verdict.kind).toBe('fail');
  });

  it('turns a GateError, even one thrown while making the run, into an error report with its details and tampering', async () => {
    const config = configFrom();
    const report = await decide(
      config,
      async () => {
        throw new GateError('No base.', ['detail'], { tampering: true });
      },
      memoryRun({ event, report: REPORT, lines: [] }).ports,
    );
    expect(report).toEqual({ kind: 'error', verdict: { kind: 'error', reason: 'No base.' }, details: ['detail'], config, tampering: true });
  });

  it('turns anything else into an unexpected failure with its stack', async () => {
    const report = await decide(
      configFrom(),
      async () => {
        throw new TypeError('x is undefined');
      },
      memoryRun({ event, report: REPORT, lines: [] }).ports,
    );
    expect(report.verdict.reason).toBe('Unexpected failure: x is undefined');
    expect(report.kind === 'error' && report.details[0]).toBe('TypeError: x is undefined');
    const thrownValue = await decide(configFrom(), () => Promise.reject('plain'), memoryRun({ event, report: REPORT, lines: [] }).ports);
    expect(thrownValue.verdict.reason).toBe('Unexpected failure: plain');
  });

  it('compares with the local command’s base and commit of the working tree, and names that base', async () => {
    const snapshot = 'd'.repeat(40);
    const { run, ports } = memoryRun({
      event: decodeEvent('', {}),
      report: REPORT,
      lines: [],
      state: { refs: { main: BASE, [snapshot]: snapshot } },
    });
    const report = await decide(
      run.config,
      async () => ({
        ...run,
        local: { base: { ref: 'main', source: 'branch main (there is no origin/HEAD)' }, uncommitted: { sha: snapshot, agent: 'claude' } },
      }),
      ports,
    );
    expect(report.kind === 'scored' && report.comparison).toEqual({
      base: 'main',
      baseSource: 'branch main (there is no origin/HEAD)',
      mergeBase: expect.any(String),
      head: snapshot,
    });
    expect(ports.repository.calls).not.toContain('resolveCommit HEAD');
    expect(ports.log.lines.join('\n')).toContain(`to the working tree (committed here as ${snapshot})`);
  });

  it('lets --base win over the local default', async () => {
    const { run, ports } = memoryRun({
      event: decodeEvent('', {}),
      report: REPORT,
      lines: [],
      config: configFrom({ base: BASE, 'flaky-check': '0' }),
    });
    const report = await decide(
      run.config,
      async () => ({ ...run, local: { base: { ref: 'main', source: 'default' }, uncommitted: undefined } }),
      ports,
    );
    expect(report.kind === 'scored' && [report.comparison.base, report.comparison.baseSource, report.comparison.head]).toEqual([
      BASE,
      'input "base"',
      HEAD,
    ]);
  });
});
