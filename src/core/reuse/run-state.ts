import type { ChangedFile } from '../diff/changed-lines.js';
import type { Evidence } from '../judge/judge.js';
import { renamedMutant } from '../judge/merged-runs.js';
import { keepChangedLineMutants, normalizeReportPath } from '../scoring/changed-mutants.js';
import type { FlakyCheck } from '../stryker/flaky-tests.js';
import type { Isolation } from '../stryker/isolation.js';
import type { RunSetup } from '../stryker/run-setup.js';
import { type MutationTestResult, parseMutationReport } from '../stryker/stryker-report.js';
import type { TimeoutCheck, UnjudgedMutant } from '../stryker/timeout-recheck.js';

export const RUN_STATE_VERSION = 1;

/**
 * What one measurement leaves for the run on the next push (input reuse): the Stryker results of the
 * files it mutated, and what decides whether they still hold. Only the gate writes it, once every
 * process of the code under test has stopped; the next run reads it before any starts.
 */
export interface RunState {
  readonly version: typeof RUN_STATE_VERSION;
  /** measurementSettings of the run: results hold only for the same settings. */
  readonly settings: string;
  /** The working directory's repository path with a trailing slash; '' for the root. */
  readonly repositoryPrefix: string;
  readonly mergeBase: string;
  readonly head: string;
  /** The files mutated and their changed lines, relative to the working directory. */
  readonly targeted: readonly ChangedFile[];
  /** Their results: names relative to the working directory, ids numbered afresh (`m1`…, `t1`…). */
  readonly report: MutationTestResult;
  readonly timeouts: readonly TimeoutCheck[];
  readonly unjudged: readonly UnjudgedMutant[];
  readonly setup: RunSetup;
  readonly isolation: Isolation;
  readonly flaky: FlakyCheck | undefined;
}

/** The state's file name for a working directory, one per directory in the state folder. */
export function runStateFileName(repositoryPrefix: string): string {
  return `run-state-${encodeURIComponent(repositoryPrefix === '' ? '.' : repositoryPrefix.replace(/\/$/, ''))}.json`;
}

/**
 * The report with its names relative to the working directory and its ids numbered afresh, so that
 * results carried from run to run keep short ids; how each mutant id was renamed.
 */
function renumbered(report: MutationTestResult): { report: MutationTestResult; mutantIds: Map<string, string> } {
  const testIds = new Map<string, string>();
  const testFiles = Object.fromEntries(
    Object.entries(report.testFiles ?? {}).map(([name, testFile]) => [
      normalizeReportPath(name, report.projectRoot),
      {
        ...testFile,
        tests: testFile.tests.map((test) => {
          const id = `t${testIds.size + 1}`;
          testIds.set(test.id, id);
          return { ...test, id };
        }),
      },
    ]),
  );
  const mutantIds = new Map<string, string>();
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => [
      normalizeReportPath(name, report.projectRoot),
      {
        ...file,
        mutants: file.mutants.map((mutant) => {
          const id = `m${mutantIds.size + 1}`;
          mutantIds.set(mutant.id, id);
          return renamedMutant(mutant, id, (test) => testIds.get(test) ?? test);
        }),
      },
    ]),
  );
  return { report: { schemaVersion: report.schemaVersion, thresholds: report.thresholds, files, testFiles }, mutantIds };
}

/** A measured run's state; undefined when Stryker measured nothing. */
export function runStateOf(evidence: Evidence, settings: string): RunState | undefined {
  const { strykerReport, setup, isolation } = evidence;
  if (strykerReport === undefined || setup === undefined || isolation === undefined) return undefined;
  // Only what counts: the changed-line mutants of the files Stryker reported on.
  const reported = new Set(Object.keys(strykerReport.files).map((name) => normalizeReportPath(name, strykerReport.projectRoot)));
  const changedLineFiles = Object.entries(keepChangedLineMutants(strykerReport, evidence.targeted)).filter(([path]) => reported.has(path));
  const { report, mutantIds } = renumbered({ ...strykerReport, files: Object.fromEntries(changedLineFiles) });
  // Mutants left out of the report (judged by no test) keep an id of their own.
  const idOf = (id: string): string => {
    if (!mutantIds.has(id)) mutantIds.set(id, `m${mutantIds.size + 1}`);
    return mutantIds.get(id) as string;
  };
  return {
    version: RUN_STATE_VERSION,
    settings,
    repositoryPrefix: evidence.repositoryPrefix,
    mergeBase: evidence.comparison.mergeBase,
    head: evidence.comparison.head,
    targeted: evidence.targeted,
    report,
    timeouts: evidence.timeouts.map((timeout) => ({ ...timeout, id: idOf(timeout.id) })),
    unjudged: evidence.unjudged.map((mutant) => ({ ...mutant, id: idOf(mutant.id) })),
    setup,
    isolation,
    flaky: evidence.flaky,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isListOf = (value: unknown, fields: readonly string[]): boolean =>
  Array.isArray(value) && value.every((item) => isRecord(item) && fields.every((field) => typeof item[field] === 'string'));

const isChangedFiles = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every((file) => isRecord(file) && typeof file.path === 'string' && Array.isArray(file.lines) && file.lines.every(Number.isInteger));

/**
 * The state in `text`, or what is wrong with it. It comes from a cache, not from this run: every field
 * the gate reads is checked, so a damaged state is not reused rather than misread.
 */
export function parseRunState(text: string): RunState | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  if (!isRecord(json) || json.version !== RUN_STATE_VERSION) return `it is not a version ${RUN_STATE_VERSION} state`;
  const strings = ['settings', 'repositoryPrefix', 'mergeBase', 'head'] as const;
  if (!strings.every((field) => typeof json[field] === 'string')) return 'it does not say which run wrote it';
  if (!isChangedFiles(json.targeted)) return 'its changed lines are malformed';
  const report = parseMutationReport(json.report);
  if (!report.ok) return `its Stryker report is invalid: ${report.problem}`;
  if (!isListOf(json.timeouts, ['file', 'id', 'outcome']) || !isListOf(json.unjudged, ['file', 'id', 'outcome'])) {
    return 'its timeouts or unjudged mutants are malformed';
  }
  if (!isRecord(json.setup) || !isRecord(json.isolation) || (json.flaky !== undefined && !isRecord(json.flaky))) {
    return 'it does not say how the run was set up';
  }
  return { ...(json as unknown as RunState), report: report.report };
}
