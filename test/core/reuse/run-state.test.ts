import { describe, expect, it } from 'vitest';
import { parseRunState, RUN_STATE_VERSION, runStateFileName, runStateOf } from '../../../src/core/reuse/run-state.js';
import { packageEvidence, MEASURED_SETUP as SETUP } from '../../support/workspace-evidence.js';

/** packages/a's run: src/index.ts changed on lines 1 to 3, a mutant on each. */
const measured = () =>
  packageEvidence('packages/a', ['Killed', 'Timeout', 'Survived'], { setup: SETUP, targeted: [{ path: 'src/index.ts', lines: [1, 2, 3] }] })
    .evidence;

describe('runStateFileName', () => {
  it('gives each working directory a file of its own, the root one too', () => {
    expect(runStateFileName('')).toBe('run-state-..json');
    expect(runStateFileName('packages/a/')).toBe('run-state-packages%2Fa.json');
    expect(runStateFileName('packages/a/')).not.toBe(runStateFileName('packages/b/'));
  });
});

describe('runStateOf', () => {
  it('keeps what decides reuse: settings, directory, commits, changed lines and what measured them', () => {
    const state = runStateOf(measured(), 'settings-text');
    expect(state).toMatchObject({
      version: RUN_STATE_VERSION,
      settings: 'settings-text',
      repositoryPrefix: 'packages/a/',
      mergeBase: 'a'.repeat(40),
      head: 'b'.repeat(40),
      targeted: [{ path: 'src/index.ts', lines: [1, 2, 3] }],
      setup: SETUP,
      isolation: { level: 'process-group', detail: 'packages/a' },
      flaky: { kind: 'off' },
    });
  });

  it('names files relative to the working directory and numbers mutants and tests afresh, their links kept', () => {
    const state = runStateOf(measured(), 's');
    expect(Object.keys(state?.report.files ?? {})).toEqual(['src/index.ts']);
    expect(state?.report.testFiles).toEqual({
      'test/index.test.ts': { tests: [{ id: 't1', name: 'packages/a works' }] },
      '': { tests: [{ id: 't2', name: 'packages/a has a test without a file' }] },
    });
    expect(state?.report.projectRoot).toBeUndefined();
    const mutants = state?.report.files['src/index.ts']?.mutants ?? [];
    expect(mutants.map((mutant) => [mutant.id, mutant.status, mutant.coveredBy, mutant.killedBy])).toEqual([
      ['m1', 'Killed', ['t1'], ['t1']],
      ['m2', 'Timeout', ['t1'], undefined],
      ['m3', 'Survived', ['t1'], undefined],
    ]);
    // The timeout check follows its mutant's new id.
    expect(state?.timeouts).toEqual([expect.objectContaining({ id: 'm2', file: 'src/index.ts' })]);
  });

  it('keeps only the mutants on changed lines, of the files Stryker reported on', () => {
    const evidence = measured();
    const state = runStateOf(
      {
        ...evidence,
        targeted: [
          { path: 'src/index.ts', lines: [2] },
          { path: 'src/gone.ts', lines: [1] },
        ],
      },
      's',
    );
    expect(Object.keys(state?.report.files ?? {})).toEqual(['src/index.ts']);
    expect(state?.report.files['src/index.ts']?.mutants.map((mutant) => mutant.status)).toEqual(['Timeout']);
  });

  it('gives a mutant left out of the report (judged by no test) an id of its own', () => {
    const evidence = measured();
    const unjudged = {
      file: 'src/index.ts',
      id: '9',
      line: 2,
      mutatorName: 'X',
      testsCompleted: 0,
      coveredBy: 1,
      outcome: 'not-judged',
      status: 'Survived',
    } as const;
    const state = runStateOf({ ...evidence, unjudged: [unjudged] }, 's');
    expect(state?.unjudged).toEqual([{ ...unjudged, id: 'm4' }]);
  });

  it('is undefined when Stryker measured nothing', () => {
    expect(runStateOf({ ...measured(), strykerReport: undefined }, 's')).toBeUndefined();
    expect(runStateOf({ ...measured(), setup: undefined }, 's')).toBeUndefined();
    expect(runStateOf({ ...measured(), isolation: undefined }, 's')).toBeUndefined();
  });
});

describe('parseRunState', () => {
  const unjudged = {
    file: 'src/index.ts',
    id: '3',
    line: 3,
    mutatorName: 'X',
    testsCompleted: 0,
    coveredBy: 1,
    outcome: 'judged',
    status: 'Killed',
  } as const;
  const text = JSON.stringify(runStateOf({ ...measured(), unjudged: [unjudged] }, 's'));

  it('reads back what runStateOf wrote', () => {
    expect(parseRunState(text)).toEqual(JSON.parse(text));
  });

  it('refuses a damaged or foreign state, saying what is wrong', () => {
    const state = JSON.parse(text) as Record<string, unknown>;
    const changed = (fields: Record<string, unknown>): string | object => parseRunState(JSON.stringify({ ...state, ...fields }));
    expect(parseRunState('{')).toBe('it is not JSON');
    expect(parseRunState('[]')).toBe('it is not a version 1 state');
    expect(changed({ version: 2 })).toBe('it is not a version 1 state');
    for (const field of ['settings', 'repositoryPrefix', 'mergeBase', 'head']) {
      expect(changed({ [field]: 7 }), field).toBe('it does not say which run wrote it');
    }
    expect(changed({ targeted: [{ path: 'a.ts', lines: ['1'] }] })).toBe('its changed lines are malformed');
    expect(changed({ targeted: [{ lines: [1] }] })).toBe('its changed lines are malformed');
    expect(changed({ targeted: [{ path: 'a.ts', lines: [1] }, { path: 'b.ts' }] })).toBe('its changed lines are malformed');
    expect(changed({ targeted: [{ path: 'a.ts', lines: [1, 'x'] }] })).toBe('its changed lines are malformed');
    expect(changed({ targeted: {} })).toBe('its changed lines are malformed');
    expect(changed({ report: { files: {} } })).toBe('its Stryker report is invalid: the report has no "schemaVersion"');
    expect(changed({ timeouts: [{ id: 'm1' }] })).toBe('its timeouts or unjudged mutants are malformed');
    expect(changed({ unjudged: {} })).toBe('its timeouts or unjudged mutants are malformed');
    expect(changed({ unjudged: [{ id: 'm1', outcome: 'judged' }] })).toBe('its timeouts or unjudged mutants are malformed');
    expect(changed({ setup: null })).toBe('it does not say how the run was set up');
    expect(changed({ isolation: 'none' })).toBe('it does not say how the run was set up');
    expect(changed({ flaky: 'off' })).toBe('it does not say how the run was set up');
    expect(changed({ flaky: undefined })).toEqual(expect.objectContaining({ head: 'b'.repeat(40) }));
  });
});
