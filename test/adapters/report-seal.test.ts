import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSealLine, newSealKey, openSealedReport, SEAL_MARKER, sealModuleSource } from '../../src/adapters/report-seal.js';

const KEY = Buffer.alloc(32, 7);
const REPORT = '{"schemaVersion":"2","files":{}}';
const sealOf = (text: string, key: Buffer = KEY): string => `${SEAL_MARKER} ${createHmac('sha256', key).update(text).digest('hex')}`;

describe('openSealedReport', () => {
  it('hands over the report whose one seal matches it', () => {
    expect(openSealedReport(KEY, REPORT, [sealOf(REPORT)])).toEqual({ kind: 'sealed', text: REPORT });
  });

  it('reads a seal line that ends in a carriage return (Windows) or blanks', () => {
    expect(openSealedReport(KEY, REPORT, [`${sealOf(REPORT)}\r`])).toEqual({ kind: 'sealed', text: REPORT });
    expect(openSealedReport(KEY, REPORT, [`  ${sealOf(REPORT)} `])).toEqual({ kind: 'sealed', text: REPORT });
  });

  it('says no report was handed over when no seal arrived', () => {
    expect(openSealedReport(KEY, REPORT, [])).toEqual({ kind: 'missing', reason: "Stryker's main process handed no report to the gate" });
  });

  it('refuses a report changed after it was sealed, or sealed with another key', () => {
    const changed = { kind: 'forged', reason: 'the report file was changed after Stryker wrote and sealed it' };
    expect(openSealedReport(KEY, REPORT.replace('{}', '{"a":1}'), [sealOf(REPORT)])).toEqual(changed);
    expect(openSealedReport(KEY, REPORT, [sealOf(REPORT, Buffer.alloc(32, 8))])).toEqual(changed);
  });

  it('refuses a sealed report that was removed', () => {
    expect(openSealedReport(KEY, undefined, [sealOf(REPORT)])).toEqual({
      kind: 'forged',
      reason: 'the report Stryker sealed was removed before the gate could read it',
    });
  });

  it.each([
    ['a second seal', [sealOf(REPORT), sealOf(REPORT)], 2],
    ['a malformed seal', [`${SEAL_MARKER} abc`], 1],
    ['a seal inside another line', [`noise${sealOf(REPORT)}`], 1],
  ])('refuses %s: something else wrote to Stryker’s output', (_what, lines, count) => {
    expect(openSealedReport(KEY, REPORT, lines)).toEqual({
      kind: 'forged',
      reason: `${count} line(s) claiming to seal the report reached Stryker's output where one was expected: something besides Stryker's main process wrote to it`,
    });
  });

  it('knows a seal line wherever the marker is in it', () => {
    expect(isSealLine(sealOf(REPORT))).toBe(true);
    expect(isSealLine(`INFO ${SEAL_MARKER}`)).toBe(true);
    expect(isSealLine('INFO Stryker done')).toBe(false);
  });

  it('makes a fresh 32-byte key each time', () => {
    const [first, second] = [newSealKey(), newSealKey()];
    expect(first).toHaveLength(32);
    expect(first.equals(second)).toBe(false);
  });
});

describe('the seal module, run by Node as the gate runs Stryker', () => {
  async function moduleIn(directory: string): Promise<{ module: string; report: string }> {
    const report = join(directory, 'mutation.json');
    const module = join(directory, 'report-seal.mjs');
    await writeFile(module, sealModuleSource(report));
    return { module, report };
  }

  it("takes the key from stdin in the main process, and seals what Stryker's reporter call hands it", async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gate-seal-'));
    const { module, report } = await moduleIn(directory);
    const url = pathToFileURL(module).href;
    const reporterCall = `const [plugin] = (await import(${JSON.stringify(url)})).strykerPlugins; new plugin.injectableClass().onMutationTestReportReady({ schemaVersion: '2', files: {} });`;
    const run = spawnSync(process.execPath, ['--import', url, '--input-type=module', '-e', reporterCall], { input: KEY, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const text = await readFile(report, 'utf8');
    expect(text).toBe(REPORT);
    const seals = run.stdout.split('\n').filter(isSealLine);
    expect(openSealedReport(KEY, text, seals)).toEqual({ kind: 'sealed', text: REPORT });
    expect(openSealedReport(Buffer.alloc(32, 1), text, seals).kind).toBe('forged');
  });

  it('declares its reporter and the test runner that lists mutants, neither with anything to inject', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gate-seal-'));
    const { module } = await moduleIn(directory);
    const listing = `const { strykerPlugins } = await import(${JSON.stringify(pathToFileURL(module).href)}); console.log(JSON.stringify(strykerPlugins.map((p) => [p.kind, p.name, p.injectableClass.inject])));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', listing], { input: '', encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual([
      ['Reporter', 'mutation-gate', []],
      ['Checker', 'mutation-gate-chosen', ['options']],
      ['TestRunner', 'mutation-gate-enumerate', []],
    ]);
  });

  it('passes the chosen mutants and fails every other, so that Stryker tests none of them', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gate-seal-'));
    const { module } = await moduleIn(directory);
    const mutant = (id: string, column: number, mutatorName: string, replacement: string) => ({
      id,
      fileName: '/repo/src/a.ts',
      mutatorName,
      replacement,
      location: { start: { line: 1, column }, end: { line: 1, column: column + 5 } },
    });
    const mutants = [
      mutant('1', 4, 'EqualityOperator', 'a >= b'),
      mutant('2', 4, 'EqualityOperator', 'a < b'),
      mutant('3', 2, 'ConditionalExpression', 'true'),
    ];
    const calls =
      `const { strykerPlugins } = await import(${JSON.stringify(pathToFileURL(module).href)}); ` +
      `const checker = new strykerPlugins[1].injectableClass({ mutationGateChosen: ['1:4-1:9 EqualityOperator a >= b'] }); ` +
      'const none = new strykerPlugins[1].injectableClass({}); ' +
      `await checker.init(); console.log(JSON.stringify([await checker.check(${JSON.stringify(mutants)}), await none.check(${JSON.stringify(mutants.slice(0, 1))})]));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', calls], { input: '', encoding: 'utf8' });
    const notChosen = { status: 'compileError', reason: 'not chosen by the budget (max-mutants, mutants-per-line)' };
    expect(JSON.parse(run.stdout)).toEqual([{ 1: { status: 'passed' }, 2: notChosen, 3: notChosen }, { 1: notChosen }]);
  });

  it('lists mutants with a test runner whose one test covers nothing, so that no mutant is tested', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gate-seal-'));
    const { module } = await moduleIn(directory);
    const calls =
      `const { strykerPlugins } = await import(${JSON.stringify(pathToFileURL(module).href)}); ` +
      'const runner = new strykerPlugins[2].injectableClass(); ' +
      'console.log(JSON.stringify([runner.capabilities(), await runner.dryRun(), await runner.mutantRun()]));';
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', calls], { input: '', encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual([
      { reloadEnvironment: true },
      {
        status: 'complete',
        tests: [{ id: 'mutation-gate-no-test', name: 'no test (listing mutants)', timeSpentMs: 0 }],
        mutantCoverage: { static: {}, perTest: { 'mutation-gate-no-test': {} } },
      },
      { status: 'survived', nrOfTests: 0 },
    ]);
  });

  it("reads no key in a worker Stryker forks (it has an IPC channel), so a worker's reporter writes nothing", async () => {
    const directory = await mkdtemp(join(tmpdir(), 'gate-seal-'));
    const { module, report } = await moduleIn(directory);
    const worker = join(directory, 'worker.mjs');
    await writeFile(
      worker,
      `const [plugin] = (await import(${JSON.stringify(pathToFileURL(module).href)})).strykerPlugins;\nnew plugin.injectableClass().onMutationTestReportReady({});\nprocess.disconnect();\n`,
    );
    const parent = `const { fork } = require('node:child_process'); fork(${JSON.stringify(worker)}, { stdio: ['pipe', 'inherit', 'inherit', 'ipc'] }).on('exit', (code) => process.exit(code));`;
    const run = spawnSync(process.execPath, ['-e', parent], { input: KEY, encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain(SEAL_MARKER);
    await expect(readFile(report, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
