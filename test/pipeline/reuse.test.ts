import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { runGate } from '../../src/pipeline/gate.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import {
  addedFile,
  BASE,
  discountMutant,
  discountReport,
  HEAD,
  type MemoryPorts,
  memoryRun,
  type RepositoryState,
  WORKSPACE,
} from '../support/memory-ports.js';

const STATE_DIR = '/home/runner/_work/_temp/mutation-gate-state/abc';
const STATE_FILE = `${STATE_DIR}/run-state-..json`;

/** Stryker's report: the boundary on line 2 survives, the one on line 3 is killed. */
const STRYKER_REPORT = discountReport([
  discountMutant('1', 2, 'total >= 100', '>', 'Survived'),
  discountMutant('2', 3, 'total > 500', '>=', 'Killed'),
]);

const PULL_REQUEST = decodeEvent('pull_request', { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } });

/** A run with reuse on and its state folder; `files` carries the folder over from an earlier run. */
function setUp(state: Partial<RepositoryState> = {}, inputs: Record<string, string> = {}, files?: MemoryPorts['files']) {
  const set = memoryRun({
    event: PULL_REQUEST,
    report: STRYKER_REPORT,
    lines: [],
    // The clone has the commit the saved run measured.
    state: { refs: { [BASE]: BASE, HEAD, [HEAD]: HEAD }, ...state },
    config: configFrom({ threshold: '80', 'flaky-check': '0', 'state-dir': STATE_DIR, ...inputs }),
  });
  set.ports.files.directories.set(STATE_DIR, STATE_DIR);
  for (const [path, text] of files?.texts ?? []) if (path.startsWith(STATE_DIR)) set.ports.files.texts.set(path, text);
  return set;
}

const statuses = (report: ScoredReport): string[] => report.mutants.map((mutant) => `${mutant.line} ${mutant.status}`);

describe('reuse across pushes, with every port in memory', () => {
  it('saves the run in the state folder, replacing the earlier state files only', async () => {
    const { run, ports } = setUp();
    const others = {
      [`${STATE_DIR}/notes.json`]: '{}',
      [`${STATE_DIR}/my-run-state-1.json`]: '{}',
      [`${STATE_DIR}/sub/run-state-x.json`]: '{}',
    };
    for (const [path, text] of Object.entries(others)) ports.files.texts.set(path, text);
    ports.files.texts.set(`${STATE_DIR}/run-state-packages%2Fgone.json`, '{}');
    const report = await runGate(run, ports);
    expect(report.reuse).toEqual({
      from: undefined,
      files: 0,
      mutants: 0,
      rerun: { changed: 0, 'tests-changed': 0, new: 1 },
      why: 'no earlier run of this pull request or its base branch was saved',
    });
    expect(ports.log.lines).toContain(
      'Reuse: nothing from an earlier run (no earlier run of this pull request or its base branch was saved).',
    );
    expect(ports.files.removed).toContain(`${STATE_DIR}/run-state-packages%2Fgone.json`);
    for (const path of Object.keys(others)) expect(ports.files.texts.get(path), path).toBe('{}');
    const saved = JSON.parse(ports.files.texts.get(STATE_FILE) as string) as { head: string; report: { files: Record<string, unknown> } };
    expect(saved.head).toBe(HEAD);
    expect(Object.keys(saved.report.files)).toEqual(['src/discount.ts']);
  });

  it('runs no Stryker when every file and test is unchanged since the saved run, with the same results', async () => {
    const first = setUp();
    const measured = await runGate(first.run, first.ports);
    const { run, ports } = setUp({ changedPaths: [] }, {}, first.ports.files);
    const report = await runGate(run, ports);
    expect(ports.stryker.runs).toEqual([]);
    expect(statuses(report)).toEqual(statuses(measured));
    expect(report.verdict).toEqual(measured.verdict);
    expect(report.reuse).toMatchObject({ from: HEAD, files: 1, mutants: 2 });
    expect(report.setup).toEqual(measured.setup);
    expect(report.isolation).toEqual(measured.isolation);
    expect(ports.log.lines).toContain(
      `Reuse: 2 mutant result(s) in 1 of the 1 file(s) to mutate, from the run on ${HEAD}; measuring 0 file(s) now.`,
    );
    // The state is saved again for the next push, as the run left it.
    expect(JSON.parse(ports.files.texts.get(STATE_FILE) as string)).toMatchObject({ head: HEAD });
  });

  it("measures everything when the clone lacks the saved run's commit", async () => {
    const first = setUp();
    await runGate(first.run, first.ports);
    const { run, ports } = setUp({ changedPaths: [], refs: { [BASE]: BASE, HEAD } }, {}, first.ports.files);
    const report = await runGate(run, ports);
    expect(ports.stryker.runs).toHaveLength(1);
    expect(report.reuse?.why).toBe(`this clone does not have the earlier run's commit ${HEAD}`);
  });

  it('measures a file again that changed since the saved run', async () => {
    const first = setUp();
    await runGate(first.run, first.ports);
    const { run, ports } = setUp({ changedPaths: ['src/discount.ts'] }, {}, first.ports.files);
    const report = await runGate(run, ports);
    expect(ports.stryker.runs).toHaveLength(1);
    expect(report.reuse).toMatchObject({ from: undefined, mutants: 0, rerun: { changed: 1, 'tests-changed': 0, new: 0 } });
  });

  it('keeps every result after a push that changed other source only, and none after one that changed a helper', async () => {
    const first = setUp();
    await runGate(first.run, first.ports);
    const source = setUp({ changedPaths: ['src/other.ts'] }, {}, first.ports.files);
    expect((await runGate(source.run, source.ports)).reuse).toMatchObject({ files: 1, mutants: 2 });
    expect(source.ports.stryker.runs).toEqual([]);
    const helper = setUp({ changedPaths: ['test/helpers.ts'] }, {}, first.ports.files);
    expect((await runGate(helper.run, helper.ports)).reuse).toMatchObject({ files: 0, rerun: { 'tests-changed': 1 } });
    expect(helper.ports.stryker.runs).toHaveLength(1);
  });

  it('starts from an empty state folder, and saves no state when nothing was measured', async () => {
    const { run, ports } = setUp({ ...addedFile('README.md', 1) });
    ports.files.directories.delete(STATE_DIR);
    const report = await runGate(run, ports);
    expect(report.verdict.kind).toBe('no-mutants');
    expect(ports.files.texts.has(STATE_FILE)).toBe(false);
  });

  it('neither reads nor writes a state with reuse off', async () => {
    const first = setUp();
    await runGate(first.run, first.ports);
    const { run, ports } = setUp({ changedPaths: [] }, { reuse: 'false' }, first.ports.files);
    ports.files.texts.delete(STATE_FILE);
    const report = await runGate(run, ports);
    expect(report.reuse).toBeUndefined();
    expect(ports.stryker.runs).toHaveLength(1);
    expect(ports.files.texts.has(STATE_FILE)).toBe(false);
  });

  it('refuses a state folder inside the workspace, where the pull request could commit a state', async () => {
    for (const stateDir of ['.mutation-gate', `${WORKSPACE}/state`]) {
      const { run, ports } = setUp({}, { 'state-dir': stateDir });
      const error = await runGate(run, ports).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(GateError);
      expect((error as GateError).message).toContain(`Input "state-dir" (${stateDir}) is inside the workspace`);
      expect((error as GateError).message).toContain("could pose as the gate's saved results. Leave state-dir empty");
      expect(ports.stryker.runs).toEqual([]);
    }
  });
});
