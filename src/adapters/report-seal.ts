import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CHOSEN_CHECKER, CHOSEN_OPTION, ENUMERATING_RUNNER } from '../core/stryker/generated-config.js';
import type { HandedReport } from '../core/stryker/handed-report.js';

/**
 * How Stryker's report reaches the gate so that the code under test cannot forge it. The tests run as
 * the gate's user and can find and rewrite any file Stryker writes, also after Stryker exits. So the
 * gate gives Stryker's main process a fresh key on its stdin, which a module of the gate's reads before
 * Stryker loads anything else (`node --import`) and before any test exists; the module is also Stryker's
 * reporter for the run: it writes the report and prints its HMAC on the main process's stdout. The gate
 * reads only a report whose HMAC matches, and refuses one that arrives any other way or is changed later.
 * A hand-written module, not a library: what it must guarantee (read the key first, once, in the main
 * process only) is specific to how Stryker starts its workers.
 */

/** Starts the one line of Stryker's output that carries the seal. */
export const SEAL_MARKER = 'mutation-gate-seal';

export function newSealKey(): Buffer {
  return randomBytes(32);
}

function seal(key: Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

/**
 * The module's source for one run. Stryker's workers import every plugin module too, but they are
 * forked with an IPC channel and read no key; the main process is started by the gate without one.
 */
export function sealModuleSource(reportPath: string): string {
  return `// Written by mutation-gate for one run: hands Stryker's report to the gate, sealed with the key on stdin.
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync, writeSync } from 'node:fs';

const key = process.send === undefined ? readFileSync(0) : Buffer.alloc(0);

class MutationGateReporter {
  static inject = [];
  onMutationTestReportReady(report) {
    if (key.length === 0) return;
    const text = JSON.stringify(report);
    writeFileSync(${JSON.stringify(reportPath)}, text);
    writeSync(1, '\\n${SEAL_MARKER} ' + createHmac('sha256', key).update(text).digest('hex') + '\\n');
  }
}

// Lists the mutants without testing any: one test that covers nothing, so every mutant is NoCoverage.
class EnumeratingTestRunner {
  static inject = [];
  capabilities() {
    return { reloadEnvironment: true };
  }
  async dryRun() {
    const test = { id: 'mutation-gate-no-test', name: 'no test (listing mutants)', timeSpentMs: 0 };
    return { status: 'complete', tests: [test], mutantCoverage: { static: {}, perTest: { [test.id]: {} } } };
  }
  async mutantRun() {
    return { status: 'survived', nrOfTests: 0 };
  }
}

// Fails every mutant a budget did not choose, so that Stryker tests none of them: they are made only
// because a chosen mutant's range encloses them.
class ChosenChecker {
  static inject = ['options'];
  constructor(options) {
    this.chosen = new Set(options[${JSON.stringify(CHOSEN_OPTION)}] ?? []);
  }
  async init() {}
  async check(mutants) {
    const key = ({ location: { start, end }, mutatorName, replacement }) =>
      start.line + ':' + start.column + '-' + end.line + ':' + end.column + ' ' + mutatorName + ' ' + (replacement ?? '');
    const notChosen = { status: 'compileError', reason: 'not chosen by the budget (max-mutants, mutants-per-line)' };
    return Object.fromEntries(mutants.map((mutant) => [mutant.id, this.chosen.has(key(mutant)) ? { status: 'passed' } : notChosen]));
  }
}

export const strykerPlugins = [
  { kind: 'Reporter', name: 'mutation-gate', injectableClass: MutationGateReporter },
  { kind: 'Checker', name: ${JSON.stringify(CHOSEN_CHECKER)}, injectableClass: ChosenChecker },
  { kind: 'TestRunner', name: ${JSON.stringify(ENUMERATING_RUNNER)}, injectableClass: EnumeratingTestRunner },
];
`;
}

/** Whether a line of Stryker's output is (or pretends to be) a seal: it is kept out of the log and checked. */
export function isSealLine(line: string): boolean {
  return line.includes(SEAL_MARKER);
}

const SEAL_LINE = new RegExp(`^${SEAL_MARKER} ([0-9a-f]{64})$`);

/**
 * The report, when exactly one well-formed seal arrived on Stryker's output and it matches the file;
 * anything else is said plainly.
 */
export function openSealedReport(key: Buffer, text: string | undefined, sealLines: readonly string[]): HandedReport {
  if (sealLines.length === 0) {
    return { kind: 'missing', reason: "Stryker's main process handed no report to the gate" };
  }
  const seals = sealLines.map((line) => SEAL_LINE.exec(line.trim())?.[1]);
  const [hex] = seals;
  if (seals.length > 1 || hex === undefined) {
    return {
      kind: 'forged',
      reason: `${sealLines.length} line(s) claiming to seal the report reached Stryker's output where one was expected: something besides Stryker's main process wrote to it`,
    };
  }
  if (text === undefined) return { kind: 'forged', reason: 'the report Stryker sealed was removed before the gate could read it' };
  const expected = seal(key, text);
  const received = Buffer.from(hex, 'hex');
  if (!timingSafeEqual(expected, received)) {
    return { kind: 'forged', reason: 'the report file was changed after Stryker wrote and sealed it' };
  }
  return { kind: 'sealed', text };
}
