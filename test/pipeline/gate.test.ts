import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import { measurementSettings, parseShardResult } from '../../src/core/shards/shard-result.js';
import { probeModule } from '../../src/core/stryker/flaky-tests.js';
import type { MutantResult } from '../../src/core/stryker/stryker-report.js';
import { type GateRun, gatherEvidence, runGate } from '../../src/pipeline/gate.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import {
  ADDED_DISCOUNT,
  addedFile,
  BASE,
  bundledCliPath,
  changedFiles,
  discountReport,
  HEAD,
  MEMORY_ISOLATION,
  MERGE_BASE,
  type MemoryPorts,
  type MemoryScenario,
  memoryRun,
  discountMutant as mutantOf,
  type RepositoryState,
  RUN_FILES,
  WORKSPACE,
} from '../support/memory-ports.js';

/** Stryker's report: the boundary on line 2 survives, the one on line 3 is killed; a mutant on unchanged line 1 too. */
const STRYKER_REPORT = discountReport([
  mutantOf('1', 2, 'total >= 100', 'total > 100', 'Survived'),
  mutantOf('2', 3, 'total > 500', 'total >= 500', 'Killed'),
  mutantOf('3', 1, 'Discounts', '', 'Survived'),
]);

const PULL_REQUEST = decodeEvent('pull_request', { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } });

function setUp(scenario: Partial<MemoryScenario> = {}): { run: GateRun; ports: MemoryPorts } {
  return memoryRun({ event: PULL_REQUEST, report: STRYKER_REPORT, lines: ['INFO 2/2 tested (1 survived, 0 timed out)'], ...scenario });
}

/** The mutate ranges of the Stryker config the gate wrote. */
function mutateRanges(ports: MemoryPorts): unknown {
  const mutate = /"mutate": (\[[^\]]*\])/.exec(ports.files.texts.get(RUN_FILES.strykerConfigPath) ?? '');
  return mutate === null ? undefined : JSON.parse(mutate[1] as string);
}

async function gateError(run: GateRun, ports: MemoryPorts): Promise<GateError> {
  const error = await runGate(run, ports).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GateError);
  return error as GateError;
}

describe('the gather phase, with every port in memory', () => {
  it('mutates the changed lines only and judges the mutants on them', async () => {
    const { run, ports } = setUp();
    const report = await runGate(run, ports);
    expect(report.verdict.kind).toBe('fail');
    expect(report.comparison).toEqual({
      base: BASE,
      baseSource: 'pull_request event field pull_request.base.sha',
      mergeBase: MERGE_BASE,
      head: HEAD,
    });
    expect(report.mutants.map((mutant) => [mutant.id, mutant.line, mutant.status])).toEqual([
      ['1', 2, 'Survived'],
      ['2', 3, 'Killed'],
    ]);
    expect(report.score.total).toEqual(expect.objectContaining({ mutants: 2, killed: 1, survived: 1 }));
    expect(report.repositoryPrefix).toBe('');
    expect(ports.stryker.runs).toEqual([
      {
        cli: ports.stryker.cli,
        configPath: RUN_FILES.strykerConfigPath,
        workingDirectory: WORKSPACE,
        timeoutMs: undefined,
        sealModulePath: RUN_FILES.sealModulePath,
        reportPath: RUN_FILES.mutationReportPath,
        runDirectory: RUN_FILES.directory,
        testEnv: [],
        isolation: 'auto',
      },
    ]);
    expect(report.isolation).toEqual(MEMORY_ISOLATION);
    expect(report.setup).toEqual({
      config: `stryker.config.json at ${MERGE_BASE.slice(0, 12)}`,
      testRunner: undefined,
      strykerVersion: undefined,
      runnerPlugin: undefined,
      unreachedByTests: ['src/discount.ts'],
    });
    expect(mutateRanges(ports)).toEqual([`${WORKSPACE}/src/discount.ts:2-3`]);
    expect(ports.repository.calls).toContain(`diff ${MERGE_BASE} ${HEAD}`);
    expect(ports.log.lines).toEqual([
      `Comparing ${MERGE_BASE} (merge base with ${BASE}) to HEAD ${HEAD}.`,
      '1 changed file(s); 1 to mutate, 0 not mutated.',
      'No test imports src/discount.ts: the initial test run is the whole suite.',
      `Stryker config: ${RUN_FILES.strykerConfigPath} (extends stryker.config.json at ${MERGE_BASE.slice(0, 12)})`,
      'group: Stryker: 1 changed range(s) in 1 file(s)',
      'INFO 2/2 tested (1 survived, 0 timed out)',
      'endgroup',
      'Isolation: pid-namespace (test).',
      'No check for flaky tests: flaky-check is 0.',
      'AI-touched: 0 changed line(s), 0 valid mutant(s).',
    ]);
  });

  it('runs git at the repository root, found from the working directory', async () => {
    const { run, ports } = setUp();
    await runGate(run, ports);
    expect(ports.openedIn).toEqual([WORKSPACE, WORKSPACE]);
    expect(ports.repository.calls[0]).toBe('topLevel');
  });

  it('runs git at the real repository root when git names it through a link', async () => {
    const { run, ports } = setUp({ state: { topLevel: '/link/shop' } });
    ports.files.directories.set('/link/shop', WORKSPACE);
    const report = await runGate(run, ports);
    expect(ports.openedIn).toEqual([WORKSPACE, WORKSPACE]);
    expect(report.repositoryPrefix).toBe('');
  });

  it("says when the project has no Stryker config and Stryker's defaults apply, in the report and with a failure", async () => {
    const { run, ports } = setUp({ state: { blobs: {} } });
    ports.stryker.behaviour = {
      ...ports.stryker.behaviour,
      lines: ['12:00:00 (1) INFO DryRunExecutor Starting initial test run (command test runner with "perTest" coverage analysis).'],
    };
    const report = await runGate(run, ports);
    expect(ports.log.lines).toContain(`Stryker config: ${RUN_FILES.strykerConfigPath} (extends Stryker's defaults)`);
    expect(report.setup?.config).toBeUndefined();
    expect(report.setup?.testRunner).toEqual({ name: 'command', coverageAnalysis: 'perTest' });

    ports.stryker.behaviour = { lines: ['12:00:00 (1) ERROR Stryker boom'], exit: { exitCode: 1 } };
    expect((await gateError(run, ports)).message).toBe(
      "Stryker exited with code 1: boom No Stryker config was found at the merge base, so Stryker's defaults ran: its command " +
        "runner, running the project's test command (npm test) for every mutant.",
    );
  });

  it('runs a project without a Stryker config with the test runner the merge base shows, through its installed plugin', async () => {
    const blobs = {
      [`${MERGE_BASE}:vitest.config.ts`]: 'export default {};',
      [`${MERGE_BASE}:package.json`]: '{ "scripts": { "test": "jest" } }',
      // The working tree's (HEAD's) files never decide how the change is measured.
      [`${HEAD}:jest.config.js`]: 'module.exports = {};',
    };
    const { run, ports } = setUp({ state: { blobs } });
    ports.files.texts.set(`${WORKSPACE}/node_modules/@stryker-mutator/vitest-runner/package.json`, '{ "version": "10.1.1" }');
    const report = await runGate(run, ports);
    const detected = {
      detected: { runner: 'vitest', evidence: 'vitest.config.ts' },
      missingPlugin: undefined,
      config: { testRunner: 'vitest', coverageAnalysis: 'perTest', plugins: ['@stryker-mutator/vitest-runner'] },
    };
    expect(report.setup?.detected).toEqual(detected);
    expect(ports.files.texts.get(RUN_FILES.strykerConfigPath)).toContain(`const projectConfig = ${JSON.stringify(detected.config)};`);
    expect(ports.log.lines).toContain(
      `No Stryker config at the merge base: detected vitest (vitest.config.ts); running with ${JSON.stringify(detected.config)}.`,
    );
    expect(ports.log.lines).toContain(
      `Stryker config: ${RUN_FILES.strykerConfigPath} (extends the config for the vitest runner the gate detected)`,
    );

    ports.stryker.behaviour = { lines: ['12:00:00 (1) ERROR Stryker boom'], exit: { exitCode: 1 } };
    expect((await gateError(run, ports)).message).toBe(
      'Stryker exited with code 1: boom No Stryker config was found at the merge base, so the gate ran the vitest test runner it ' +
        "detected (vitest.config.ts) with its plugin's defaults: a Stryker config of the project's own may be what is missing.",
    );
  });

  it("runs the test script's node --test command alone with Stryker's command runner, and says so when it fails", async () => {
    const scripts = { test: 'npm run unit && tstyche', unit: 'c8 --100 node --test' };
    const { run, ports } = setUp({ state: { blobs: { [`${MERGE_BASE}:package.json`]: JSON.stringify({ scripts }) } } });
    const config = { testRunner: 'command', commandRunner: { command: 'node --test' } };
    expect(ports.files.texts.get(RUN_FILES.strykerConfigPath)).toBeUndefined();
    expect((await runGate(run, ports)).setup?.detected?.config).toEqual(config);
    expect(ports.files.texts.get(RUN_FILES.strykerConfigPath)).toContain(`const projectConfig = ${JSON.stringify(config)};`);
    ports.stryker.behaviour = { lines: ['12:00:00 (1) ERROR Stryker boom'], exit: { exitCode: 1 } };
    expect((await gateError(run, ports)).message).toBe(
      "Stryker exited with code 1: boom No Stryker config was found at the merge base, so Stryker's command runner ran node --test " +
        "(the test script's node --test command) for every mutant: a Stryker config of the project's own may be what is missing.",
    );
  });

  it("says which plugin is missing and runs Stryker's command runner when the detected runner's plugin is not installed", async () => {
    const { run, ports } = setUp({ state: { blobs: { [`${MERGE_BASE}:package.json`]: '{ "jest": {} }' } } });
    const report = await runGate(run, ports);
    expect(report.setup?.detected).toEqual({
      detected: { runner: 'jest', evidence: 'package.json "jest"' },
      missingPlugin: '@stryker-mutator/jest-runner',
      config: { testRunner: 'command' },
    });
    expect(ports.log.lines).toContain(
      'No Stryker config at the merge base: detected jest (package.json "jest"); @stryker-mutator/jest-runner is not installed; running with {"testRunner":"command"}.',
    );
  });

  it('detects nothing, and looks nowhere, when the project has its own Stryker config', async () => {
    const { run, ports } = setUp();
    const report = await runGate(run, ports);
    expect(report.setup?.detected).toBeUndefined();
    expect(ports.repository.calls.filter((call) => call.endsWith(' package.json'))).toEqual([]);
  });

  it('logs the progress of attribution on a large pull request', async () => {
    const many = Array.from({ length: 50 }, (_, index) => addedFile(`src/module${index}.ts`, 1));
    const state = { diff: many.map((file) => file.diff).join(''), numstat: many.map((file) => file.numstat).join('') };
    const { run, ports } = setUp({ state });
    await runGate(run, ports);
    expect(ports.log.lines).toContain('Attribution: blamed 50 of 50 changed files.');
  });

  it('passes the time limit to Stryker in milliseconds', async () => {
    const { run, ports } = setUp({ config: configFrom({ 'timeout-minutes': '1.5' }) });
    await runGate(run, ports);
    expect(ports.stryker.runs[0]?.timeoutMs).toBe(90_000);
  });

  it('logs the AI-touched lines and their mutants when lines are held to ai-threshold', async () => {
    const { run, ports } = setUp({ config: configFrom({ 'ai-detection': 'all' }) });
    const report = await runGate(run, ports);
    expect(report.aiLines).toBe(2);
    expect(ports.log.lines.at(-1)).toBe('AI-touched: 2 changed line(s), 2 valid mutant(s).');
  });

  describe('the working directory', () => {
    it('must be a directory', async () => {
      const { run, ports } = setUp({ config: configFrom({ 'working-directory': 'packages/nope' }) });
      const error = await gateError(run, ports);
      expect(error.message).toBe(`Input "working-directory" is "packages/nope", but ${WORKSPACE}/packages/nope is not a directory.`);
      expect(ports.repository.calls).toEqual([]);
    });

    it('must be inside the workspace, links resolved', async () => {
      const { run, ports } = setUp({ config: configFrom({ 'working-directory': 'linked' }) });
      ports.files.directories.set(`${WORKSPACE}/linked`, '/etc');
      const error = await gateError(run, ports);
      expect(error.message).toBe(`Input "working-directory" is "linked", which resolves to /etc, outside the workspace ${WORKSPACE}.`);
    });

    it('must not be the directory above the workspace', async () => {
      const { run, ports } = setUp({ config: configFrom({ 'working-directory': '..' }) });
      ports.files.directories.set('/home/runner/_work/shop', '/home/runner/_work/shop');
      expect((await gateError(run, ports)).message).toBe(
        `Input "working-directory" is "..", which resolves to /home/runner/_work/shop, outside the workspace ${WORKSPACE}.`,
      );
    });

    it('may be reached through a linked workspace', async () => {
      const { run, ports } = setUp();
      ports.files.directories.set('/link/shop', WORKSPACE);
      expect((await runGate({ ...run, workspace: '/link/shop' }, ports)).verdict.kind).toBe('fail');
      expect(ports.stryker.runs[0]?.workingDirectory).toBe(WORKSPACE);
    });

    it('scopes the change to a package, with repository paths for blame and links', async () => {
      const state = {
        diff: ADDED_IN_PACKAGE.diff,
        numstat: ADDED_IN_PACKAGE.numstat,
      };
      const { run, ports } = setUp({ state, config: configFrom({ 'working-directory': 'packages/app', 'ai-detection': 'auto' }) });
      ports.files.directories.set(`${WORKSPACE}/packages/app`, `${WORKSPACE}/packages/app`);
      const report = await runGate(run, ports);
      expect(report.repositoryPrefix).toBe('packages/app/');
      expect(report.changedLines).toEqual([{ path: 'src/discount.ts', lines: [2, 3] }]);
      expect(report.notMutated).toEqual([{ path: 'docs/guide.ts', reason: 'outside-working-directory' }]);
      expect(ports.repository.calls).toContain(`blame packages/app/src/discount.ts 2-3 ${MERGE_BASE}..${HEAD}`);
      expect(ports.stryker.runs[0]?.workingDirectory).toBe(`${WORKSPACE}/packages/app`);
      // Imports are read by repository path: a test of the package reaches the changed file.
      expect(report.setup?.unreachedByTests).toEqual(['src/discount.ts']);
      const imported = setUp({
        state: { ...state, imports: [{ path: 'packages/app/test/d.test.ts', line: 1, text: "import { rate } from '../src/discount';" }] },
        config: configFrom({ 'working-directory': 'packages/app' }),
      });
      imported.ports.files.directories.set(`${WORKSPACE}/packages/app`, `${WORKSPACE}/packages/app`);
      expect((await runGate(imported.run, imported.ports)).setup?.unreachedByTests).toEqual([]);
    });
  });

  describe('a workspace monorepo, with the default working-directory', () => {
    /** A root declaring packages/*, no Stryker config at the root, packages/app's own at the merge base. */
    const monorepo = (blobs: Record<string, string> = {}): Partial<RepositoryState> => ({
      ...changedFiles(
        {
          diff: ADDED_DISCOUNT.diff.replaceAll('src/discount.ts', 'packages/app/src/discount.ts'),
          numstat: '2\t0\tpackages/app/src/discount.ts\0',
        },
        addedFile('README.md', 1),
      ),
      blobs: {
        [`${MERGE_BASE}:package.json`]: '{ "private": true, "workspaces": ["packages/*"] }',
        [`${HEAD}:packages/app/package.json`]: '{ "name": "app" }',
        [`${HEAD}:packages/lib/package.json`]: '{ "name": "lib" }',
        [`${MERGE_BASE}:packages/app/stryker.config.json`]: '{ "testRunner": "vitest" }',
        [`${HEAD}:packages/app/stryker.config.json`]: '{ "testRunner": "vitest" }',
        ...blobs,
      },
    });

    it('measures the one package that holds every changed source file, with its own config', async () => {
      const { run, ports } = setUp({ state: monorepo() });
      ports.files.directories.set(`${WORKSPACE}/packages/app`, `${WORKSPACE}/packages/app`);
      const report = await runGate(run, ports);
      expect(ports.log.lines).toContain(
        'Workspace monorepo: every changed source file is in packages/app; measuring it with its own Stryker setup.',
      );
      expect(ports.stryker.runs.map((each) => each.workingDirectory)).toEqual([`${WORKSPACE}/packages/app`]);
      expect(report.repositoryPrefix).toBe('packages/app/');
      // The inputs as given; the package shows in every path.
      expect(report.config.workingDirectory).toBe('.');
      expect(report.setup?.config).toBe(`packages/app/stryker.config.json at ${MERGE_BASE.slice(0, 12)}`);
    });

    it('stays at the root when the root has a Stryker config of its own, or the input names a directory', async () => {
      const rooted = setUp({ state: monorepo({ [`${MERGE_BASE}:stryker.config.json`]: '{}', [`${HEAD}:stryker.config.json`]: '{}' }) });
      await runGate(rooted.run, rooted.ports);
      expect(rooted.ports.stryker.runs.map((each) => each.workingDirectory)).toEqual([WORKSPACE]);
      const named = setUp({ state: monorepo(), config: configFrom({ threshold: '80', 'flaky-check': '0', 'working-directory': './' }) });
      await runGate(named.run, named.ports);
      expect(named.ports.stryker.runs.map((each) => each.workingDirectory)).toEqual([WORKSPACE]);
      const configured = setUp({
        state: monorepo(),
        config: configFrom({ threshold: '80', 'flaky-check': '0', 'stryker-config': 'packages/app/stryker.config.json' }),
      });
      await runGate(configured.run, configured.ports);
      expect(configured.ports.stryker.runs.map((each) => each.workingDirectory)).toEqual([WORKSPACE]);
    });

    it('is no-mutants for a change that touches no source, as at any root', async () => {
      const { run, ports } = setUp({ state: { ...monorepo(), ...changedFiles(addedFile('packages/app/README.md', 1)) } });
      expect((await runGate(run, ports)).verdict.kind).toBe('no-mutants');
    });

    /** packages/lib's Stryker report: its one mutant on util.ts line 1 is killed by its own test t1. */
    const LIB_REPORT = JSON.stringify({
      schemaVersion: '2',
      thresholds: { high: 80, low: 60 },
      files: {
        'src/util.ts': {
          language: 'typescript',
          source: 'const line0 = 0;\nconst line1 = 1;\n',
          mutants: [
            {
              id: '1',
              mutatorName: 'ArithmeticOperator',
              replacement: '1',
              status: 'Killed',
              location: { start: { line: 1, column: 15 }, end: { line: 1, column: 16 } },
              coveredBy: ['t1'],
              killedBy: ['t1'],
            },
          ],
        },
      },
      testFiles: { 'test/util.test.ts': { tests: [{ id: 't1', name: 'utility' }] } },
    });

    /** Changes in packages/app (monorepo()), packages/lib and a root script; packages/lib detected as vitest. */
    function twoPackages(
      blobs: Record<string, string> = {},
      changedPaths?: string[],
      ...more: { diff: string; numstat: string }[]
    ): { run: GateRun; ports: MemoryPorts } {
      const state = monorepo({
        [`${MERGE_BASE}:packages/lib/package.json`]: '{ "devDependencies": { "vitest": "^3.0.0" } }',
        ...blobs,
      });
      const both = changedFiles(
        { diff: state.diff as string, numstat: state.numstat as string },
        addedFile('packages/lib/src/util.ts', 2),
        addedFile('scripts/build.ts', 1),
        ...more,
      );
      const scenario = setUp({ state: { ...state, ...both, ...(changedPaths === undefined ? {} : { changedPaths }) } });
      for (const folder of ['packages/app', 'packages/lib']) {
        scenario.ports.files.directories.set(`${WORKSPACE}/${folder}`, `${WORKSPACE}/${folder}`);
      }
      scenario.ports.stryker.laterBehaviours.push({ lines: [], report: LIB_REPORT });
      return scenario;
    }

    it('measures each package with changed source in turn, and judges them as one change', async () => {
      const { run, ports } = twoPackages();
      const report = await runGate(run, ports);
      expect(ports.stryker.runs.map((each) => [each.workingDirectory, each.configPath])).toEqual([
        [`${WORKSPACE}/packages/app`, RUN_FILES.strykerConfigPath],
        [`${WORKSPACE}/packages/lib`, RUN_FILES.strykerConfigPath],
      ]);
      expect(ports.log.lines).toContain(
        'Workspace monorepo: changed source in 2 package(s) (packages/app, packages/lib); measuring each with its own Stryker ' +
          'setup, one after another.',
      );
      expect(ports.log.lines).toContain('Package 2 of 2: packages/lib.');
      // Repository paths, and ids that name their package: both packages' t1 stay apart.
      expect(report.repositoryPrefix).toBe('');
      expect(report.mutants.map((mutant) => [mutant.file, mutant.id, mutant.status, mutant.killedBy])).toEqual([
        ['packages/app/src/discount.ts', 'packages/app#1', 'Survived', []],
        ['packages/app/src/discount.ts', 'packages/app#2', 'Killed', ['packages/app#t1']],
        ['packages/lib/src/util.ts', 'packages/lib#1', 'Killed', ['packages/lib#t1']],
      ]);
      expect(report.tests.get('packages/lib#t1')).toEqual({
        id: 'packages/lib#t1',
        name: 'utility',
        file: 'packages/lib/test/util.test.ts',
        line: undefined,
      });
      expect(report.score.total).toEqual(expect.objectContaining({ mutants: 3, killed: 2, survived: 1 }));
      expect(report.verdict.kind).toBe('fail');
      // The root's script is in no package: listed, never silently left out, and never "outside working-directory".
      expect(report.notMutated).toEqual([
        { path: 'scripts/build.ts', reason: 'in-no-package' },
        { path: 'README.md', reason: 'not-included' },
      ]);
      expect(report.packages.map(({ folder, report: alone }) => [folder, alone.verdict.kind, alone.score.total.mutants])).toEqual([
        ['packages/app', 'fail', 2],
        ['packages/lib', 'pass', 1],
      ]);
      expect(report.packages.map(({ report: alone }) => alone.setup?.config ?? alone.setup?.detected?.detected?.runner)).toEqual([
        `packages/app/stryker.config.json at ${MERGE_BASE.slice(0, 12)}`,
        'vitest',
      ]);
      expect(report.setup).toBeUndefined();
    });

    it('keeps each package’s HTML report apart and asks GitHub about approval once for all of them', async () => {
      const { run, ports } = twoPackages(
        { [`${HEAD}:packages/app/stryker.config.json`]: '{ "testRunner": "vitest", "ignoreStatic": true }' },
        ['packages/app/stryker.config.json', 'packages/app/src/discount.ts', 'packages/lib/src/util.ts'],
      );
      const report = await runGate(run, ports);
      expect(report.findings.map((finding) => [finding.kind, finding.path])).toEqual([
        ['stryker-config', 'packages/app/stryker.config.json'],
      ]);
      expect(ports.approvals.requests).toHaveLength(1);
      expect(report.verdict.reason).toContain('need approval by someone other than its author');
      expect(ports.files.texts.get(RUN_FILES.strykerConfigPath)).toContain('/tmp/gate/mutation-report-packages-lib.html');
    });

    it('names the package whose measurement failed', async () => {
      const { run, ports } = twoPackages();
      ports.stryker.laterBehaviours[0] = { lines: ['ERROR something broke'], exit: { exitCode: 1 } };
      expect((await gateError(run, ports)).message).toMatch(/^In packages\/lib: /);
    });

    it('lists a file a package left out once, by that package, and measures source at the root alone as any root', async () => {
      const withTest = twoPackages({}, undefined, addedFile('packages/lib/test/util.test.ts', 1));
      const report = await runGate(withTest.run, withTest.ports);
      expect(report.notMutated.filter((file) => file.path === 'packages/lib/test/util.test.ts')).toEqual([
        { path: 'packages/lib/test/util.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
      ]);
      const state = monorepo();
      const rootOnly = setUp({ state: { ...state, ...changedFiles(addedFile('scripts/build.ts', 1)) } });
      await runGate(rootOnly.run, rootOnly.ports);
      expect(rootOnly.ports.stryker.runs.map((each) => each.workingDirectory)).toEqual([WORKSPACE]);
    });

    it('reads the packages of a pnpm workspace from pnpm-workspace.yaml', async () => {
      const state = monorepo({
        [`${MERGE_BASE}:package.json`]: '{ "private": true }',
        [`${MERGE_BASE}:pnpm-workspace.yaml`]: 'packages:\n  - packages/*\n',
      });
      const { run, ports } = setUp({ state });
      ports.files.directories.set(`${WORKSPACE}/packages/app`, `${WORKSPACE}/packages/app`);
      expect((await runGate(run, ports)).repositoryPrefix).toBe('packages/app/');
    });

    it('measures one package as if working-directory named it, when the root holds no changed source', async () => {
      const { run, ports } = setUp({ state: monorepo() });
      ports.files.directories.set(`${WORKSPACE}/packages/app`, `${WORKSPACE}/packages/app`);
      const report = await runGate(run, ports);
      expect(report.packages).toEqual([]);
      expect(report.repositoryPrefix).toBe('packages/app/');
    });
  });

  it("keeps the runner's related-test narrowing only when a test imports every changed file", async () => {
    const imported = { imports: [{ path: 'test/discount.test.ts', line: 1, text: "import { rate } from '../src/discount.js';" }] };
    const related = setUp({ state: imported });
    const report = await runGate(related.run, related.ports);
    expect(related.ports.log.lines).toContain(
      'A test imports every changed file: the initial test run keeps the runner’s related-test narrowing (Jest, Vitest).',
    );
    expect(related.ports.files.texts.get(RUN_FILES.strykerConfigPath)).not.toContain('enableFindRelatedTests: false');
    expect(report.setup?.unreachedByTests).toEqual([]);
    const unrelated = setUp();
    await runGate(unrelated.run, unrelated.ports);
    expect(unrelated.ports.files.texts.get(RUN_FILES.strykerConfigPath)).toContain('enableFindRelatedTests: false');
  });

  describe('whose Stryker runs', () => {
    /** The blobs of a merge base whose Stryker config has this text, unchanged at HEAD. */
    const strykerConfig = (text: string): Record<string, string> => ({
      [`${MERGE_BASE}:stryker.config.json`]: text,
      [`${HEAD}:stryker.config.json`]: text,
    });

    it("with stryker: project, the project's own, missing before any other work, in its package manager's words", async () => {
      const { run, ports } = setUp({ config: configFrom({ threshold: '80', 'flaky-check': '0', stryker: 'project' }) });
      ports.stryker.cli = undefined;
      expect((await gateError(run, ports)).message).toBe(
        `Stryker is not installed in ${WORKSPACE}, and the input stryker is project. Add it to the project with the plugin of ` +
          'its test runner (for Vitest: pnpm add --dev @stryker-mutator/core @stryker-mutator/vitest-runner) and install ' +
          'dependencies (pnpm install --frozen-lockfile) before this step, or set the input stryker to auto and the gate brings its own.',
      );
      expect(ports.repository.calls).toEqual([]);
      expect(ports.stryker.bundledRequests).toEqual([]);
    });

    it("with stryker: project, the project's own when it has one", async () => {
      const { run, ports } = setUp({ config: configFrom({ threshold: '80', 'flaky-check': '0', stryker: 'project' }) });
      await runGate(run, ports);
      expect(ports.stryker.runs.map((each) => each.cli)).toEqual([ports.stryker.cli]);
      expect(ports.stryker.bundledRequests).toEqual([]);
    });

    it("by default, the project's own when it has one: the gate brings none", async () => {
      const { run, ports } = setUp();
      const report = await runGate(run, ports);
      expect(ports.stryker.runs.map((each) => each.cli)).toEqual([ports.stryker.cli]);
      expect(ports.stryker.bundledRequests).toEqual([]);
      expect(report.setup?.bundled).toBeUndefined();
    });

    it("by default, the gate's own when the project has none: the set of the runner its config names", async () => {
      const { run, ports } = setUp({ state: { blobs: strykerConfig('{ "testRunner": "jest", "coverageAnalysis": "perTest" }') } });
      ports.stryker.cli = undefined;
      const report = await runGate(run, ports);
      expect(ports.stryker.bundledRequests).toEqual(['jest']);
      expect(ports.stryker.runs.map((each) => each.cli)).toEqual([bundledCliPath('jest')]);
      expect(report.setup?.bundled).toBe('jest');
      expect(ports.log.lines).toContain("Installing the gate's Stryker for jest (test).");
      ports.stryker.behaviour = { lines: ['12:00:00 (1) ERROR Stryker Cannot find Checker plugin "typescript".'], exit: { exitCode: 1 } };
      expect((await gateError(run, ports)).message).toMatch(
        /^Stryker cannot find its Checker plugin "typescript": the Stryker the gate brought \(its jest set\)/,
      );
    });

    it("with stryker: bundled, the gate's own even beside the project's; Stryker alone for a config that names no runner", async () => {
      const config = configFrom({ threshold: '80', 'flaky-check': '0', stryker: 'bundled' });
      const { run, ports } = setUp({ config, state: { blobs: strykerConfig('{ "concurrency": 2 }') } });
      await runGate(run, ports);
      expect(ports.stryker.bundledRequests).toEqual(['command']);
      expect(ports.stryker.runs.map((each) => each.cli)).toEqual([bundledCliPath('command')]);
    });

    it('the set of the runner detected, without a config; of the one detected when the config does not say', async () => {
      const detectable = { [`${MERGE_BASE}:package.json`]: '{ "devDependencies": { "mocha": "^11.0.0" } }' };
      const none = setUp({ state: { blobs: detectable } });
      none.ports.stryker.cli = undefined;
      const report = await runGate(none.run, none.ports);
      expect(none.ports.stryker.bundledRequests).toEqual(['mocha']);
      // The gate brings the plugin, so none is missing.
      expect(report.setup?.detected?.config).toEqual({
        testRunner: 'mocha',
        coverageAnalysis: 'perTest',
        plugins: ['@stryker-mutator/mocha-runner'],
      });
      const computed = setUp({ state: { blobs: { ...detectable, ...strykerConfig('{ "testRunner": 12 }') } } });
      computed.ports.stryker.cli = undefined;
      await runGate(computed.run, computed.ports);
      expect(computed.ports.stryker.bundledRequests).toEqual(['mocha']);
    });

    it('is neither chosen nor installed when there is nothing to mutate, whatever runner the config names', async () => {
      const { run, ports } = setUp({
        state: { ...changedFiles(addedFile('README.md', 2)), blobs: strykerConfig('{ "testRunner": "karma" }') },
      });
      ports.stryker.cli = undefined;
      expect((await runGate(run, ports)).verdict.kind).toBe('no-mutants');
      expect(ports.stryker.bundledRequests).toEqual([]);
    });

    it('fails, naming the runners it brings, for a runner it has no plugin for, and when it cannot be installed', async () => {
      const karma = setUp({ state: { blobs: strykerConfig('{ "testRunner": "karma" }') } });
      karma.ports.stryker.cli = undefined;
      expect((await gateError(karma.run, karma.ports)).message).toBe(
        "The project's Stryker config runs the karma test runner, and the Stryker the gate brings has the plugins of vitest, jest, " +
          "mocha, jasmine, tap only: add Stryker and its karma plugin to the project's dev dependencies, and the gate runs the project's own.",
      );
      expect(karma.ports.stryker.runs).toEqual([]);
      const offline = setUp();
      offline.ports.stryker.cli = undefined;
      offline.ports.stryker.bundledFailure = 'npm could not install (test)';
      expect((await gateError(offline.run, offline.ports)).message).toBe('npm could not install (test)');
      expect(offline.ports.stryker.runs).toEqual([]);
    });
  });

  it('needs the config stryker-config names in the merge base or HEAD', async () => {
    const { run, ports } = setUp({ config: configFrom({ 'stryker-config': 'missing.json' }) });
    expect((await gateError(run, ports)).message).toBe(
      'Input "stryker-config" names missing.json, which is in neither the merge base nor HEAD.',
    );
    expect(ports.stryker.runs).toEqual([]);
  });

  describe('the base', () => {
    it('is fetched from origin once when the clone lacks it', async () => {
      const { run, ports } = setUp({ state: { refs: { HEAD }, origin: { [BASE]: BASE } } });
      const report = await runGate(run, ports);
      expect(report.comparison.mergeBase).toBe(MERGE_BASE);
      expect(ports.repository.calls.filter((call) => call.startsWith('fetchCommit'))).toEqual([`fetchCommit ${BASE}`]);
      expect(ports.log.lines[0]).toBe(`Base ${BASE} is not in the clone; fetching it from origin.`);
    });

    it('that cannot be fetched stops the run, saying how to check out', async () => {
      const { run, ports } = setUp({ state: { refs: { HEAD } } });
      expect((await gateError(run, ports)).message).toBe(
        `The base ${BASE} is not in the clone and could not be fetched. Check out with full history ` +
          '(actions/checkout with fetch-depth: 0), or set the "base" input to a commit that exists.',
      );
    });

    it('comes from the base input before the event', async () => {
      const { run, ports } = setUp({ state: { refs: { main: BASE, HEAD } }, config: configFrom({ base: 'main' }) });
      const report = await runGate(run, ports);
      expect(report.comparison).toEqual(expect.objectContaining({ base: 'main', baseSource: 'input "base"' }));
    });

    it('must be known for events that name none', async () => {
      const { run, ports } = setUp({ event: decodeEvent('workflow_dispatch', {}) });
      expect((await gateError(run, ports)).message).toContain('The "workflow_dispatch" event does not say what to compare with.');
      expect(ports.repository.calls).toEqual(['topLevel']);
    });
  });

  describe('the history', () => {
    it('needs HEAD to name a commit', async () => {
      const { run, ports } = setUp({ state: { refs: { [BASE]: BASE } } });
      expect((await gateError(run, ports)).message).toBe('HEAD does not name a commit: check out the commit to test before this step.');
    });

    it('of a shallow clone is fetched when it lacks the merge base', async () => {
      const { run, ports } = setUp({ state: { shallow: true } });
      const report = await runGate(run, ports);
      expect(report.comparison.mergeBase).toBe(MERGE_BASE);
      expect(ports.repository.calls).toContain('unshallow');
      expect(ports.log.lines[0]).toBe(
        'The clone is shallow and lacks the merge base: fetching its full history (fetch-depth: 0 on actions/checkout saves this step).',
      );
    });

    it('of a shallow clone deep enough to hold the merge base is not fetched', async () => {
      const { run, ports } = setUp({ state: { shallow: true, deepEnough: true } });
      expect((await runGate(run, ports)).comparison.mergeBase).toBe(MERGE_BASE);
      expect(ports.repository.calls).not.toContain('unshallow');
    });

    it('of a shallow clone that cannot be deepened stops the run', async () => {
      const { run, ports } = setUp({ state: { shallow: true, canUnshallow: false } });
      expect((await gateError(run, ports)).message).toBe(
        `HEAD and the base ${BASE} share no history in this clone. The clone is shallow and its history could not be fetched: use actions/checkout with fetch-depth: 0.`,
      );
    });

    it('must be shared by the base and HEAD', async () => {
      const { run, ports } = setUp({ state: { mergeBase: undefined } });
      expect((await gateError(run, ports)).message).toBe(
        `HEAD and the base ${BASE} share no history in this clone. use actions/checkout with fetch-depth: 0.`,
      );
      expect(ports.repository.calls).not.toContain('unshallow');
    });
  });

  describe('pull_request_target', () => {
    const target = decodeEvent('pull_request_target', { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } });

    const refusal = (eventCommit: string): string =>
      `Refusing to run: this is a pull_request_target event and the checked-out HEAD ${HEAD.slice(0, 12)} has commits that are ` +
      `not in the base branch's history (neither in ${BASE}'s nor in that of the event's commit${eventCommit}), ` +
      "such as the pull request's own. Running them (their tests, their Stryker config) with this event's write token would " +
      'let anyone who opens a pull request act with it. Use the pull_request event instead; only if every pull request ' +
      'comes from trusted authors, set allow-untrusted-code: true.';

    it("refuses to run commits outside the base branch's history, such as the pull request's own", async () => {
      const { run, ports } = setUp({ event: target, eventCommit: BASE, state: { history: [BASE, MERGE_BASE] } });
      const error = await gateError(run, ports);
      expect(error.message).toBe(refusal(` ${BASE.slice(0, 12)}`));
      expect([error.name, error.details]).toEqual(['GateError', []]);
      expect(ports.repository.calls).toContain(`isAncestor ${HEAD} ${BASE}`);
      expect(ports.stryker.runs).toEqual([]);
    });

    it('refuses when the branch was force-pushed after the event, so the payload names a head HEAD lacks', async () => {
      const forcePushed = decodeEvent('pull_request_target', {
        pull_request: { number: 7, base: { sha: BASE }, head: { sha: 'f'.repeat(40) } },
      });
      const { run, ports } = setUp({ event: forcePushed, state: { history: [BASE, MERGE_BASE] } });
      expect((await gateError(run, ports)).message).toBe(refusal(''));
      expect(ports.stryker.runs).toEqual([]);
    });

    it("runs on the base branch's tip, the commit the event ran on", async () => {
      const { run, ports } = setUp({ event: target, eventCommit: BASE, state: { history: [BASE, HEAD, MERGE_BASE] } });
      await runGate(run, ports);
      expect(ports.repository.calls).toContain(`isAncestor ${HEAD} ${BASE}`);
      expect(ports.stryker.runs).toHaveLength(1);
    });

    it("runs on a commit in the base's history without asking git more", async () => {
      const { run, ports } = setUp({ event: target, state: { mergeBase: HEAD } });
      await runGate(run, ports);
      expect(ports.repository.calls.some((call) => call.startsWith('isAncestor'))).toBe(false);
    });

    it('runs them when allow-untrusted-code says so', async () => {
      const { run, ports } = setUp({ event: target, config: configFrom({ 'allow-untrusted-code': 'true' }) });
      expect((await runGate(run, ports)).verdict.kind).toBe('pass');
      expect(ports.repository.calls.some((call) => call.startsWith('isAncestor'))).toBe(false);
    });

    it('refuses when the event carries no pull request, whatever it says', async () => {
      const { run, ports } = setUp({ event: decodeEvent('pull_request_target', {}), config: configFrom({ base: BASE }) });
      expect((await gateError(run, ports)).message).toBe(refusal(''));
    });
  });

  describe('shards', () => {
    const TWO_FILES = changedFiles(ADDED_DISCOUNT, addedFile('src/extra.ts', 1));
    const sharded = (shard: string): { run: GateRun; ports: MemoryPorts } =>
      setUp({ state: TWO_FILES, config: configFrom({ threshold: '80', 'flaky-check': '0', shard }) });

    it("mutates only the shard's files and writes its result for the merge job", async () => {
      const { run, ports } = sharded('1/2');
      const report = await runGate(run, ports);
      expect(mutateRanges(ports)).toEqual([`${WORKSPACE}/src/discount.ts:2-3`]);
      expect(ports.log.lines).toContain('Shard 1 of 2: 1 of the 2 file(s) to mutate.');
      expect(report.shard).toEqual({ index: 1, count: 2, plan: [['src/discount.ts'], ['src/extra.ts']] });
      const written = parseShardResult(ports.files.texts.get(RUN_FILES.shardResultPath) ?? '');
      if (typeof written === 'string') throw new Error(written);
      expect(written.shard).toEqual({ index: 1, count: 2 });
      expect(written.evidence.targeted).toEqual([{ path: 'src/discount.ts', lines: [2, 3] }]);
      expect(written.settings).toBe(measurementSettings(run.config));
    });

    it('writes no shard result for a run that is no shard', async () => {
      const { run, ports } = setUp({ state: TWO_FILES });
      await runGate(run, ports);
      expect(ports.files.texts.has(RUN_FILES.shardResultPath)).toBe(false);
    });

    it('merges the results without running Stryker, and asks GitHub about the findings once', async () => {
      const texts: string[] = [];
      for (const shard of ['1/2', '2/2']) {
        // Each shard finds that the change edits the workflow running the gate.
        const { run, ports } = setUp({
          state: { ...TWO_FILES, changedPaths: ['.github/workflows/ci.yml', 'src/discount.ts', 'src/extra.ts'] },
          config: configFrom({ threshold: '80', 'flaky-check': '0', shard }),
        });
        await runGate({ ...run, workflowPath: '.github/workflows/ci.yml' }, ports);
        texts.push(ports.files.texts.get(RUN_FILES.shardResultPath) ?? '');
      }
      const merge = setUp({
        state: TWO_FILES,
        config: configFrom({ threshold: '80', 'flaky-check': '0', 'merge-shards': 'shards' }),
      });
      merge.ports.files.directories.set(`${WORKSPACE}/shards`, `${WORKSPACE}/shards`);
      for (const [index, text] of texts.entries()) merge.ports.files.texts.set(`${WORKSPACE}/shards/${index + 1}.json`, text);
      const report = await runGate(merge.run, merge.ports);
      expect(merge.ports.stryker.runs).toEqual([]);
      expect(report.shard).toBeUndefined();
      expect(report.files.map((file) => file.path)).toEqual(['src/discount.ts', 'src/extra.ts']);
      expect(report.findings.map((finding) => finding.kind)).toEqual(['workflow']);
      expect(merge.ports.approvals.requests).toHaveLength(1);
      expect(report.approval).toEqual({ state: 'not-approved', reason: 'no approving review (test)' });
    });

    it('counts AI-touched lines in each shard and approvals once, in the merge job; shards that counted none are an error', async () => {
      const shardResults = async (approvals: string): Promise<string[]> => {
        const texts: string[] = [];
        for (const shard of ['1/2', '2/2']) {
          const { run, ports } = setUp({
            state: TWO_FILES,
            config: configFrom({ threshold: '80', 'flaky-check': '0', 'ai-detection': 'all', 'ai-approvals': approvals, shard }),
          });
          await runGate(run, ports);
          // A shard's own verdict is its files': the merge job asks GitHub.
          expect(ports.approvals.factRequests).toEqual([]);
          texts.push(ports.files.texts.get(RUN_FILES.shardResultPath) ?? '');
        }
        return texts;
      };
      const merge = async (texts: readonly string[]) => {
        const merging = setUp({
          state: TWO_FILES,
          config: configFrom({ threshold: '80', 'flaky-check': '0', 'ai-detection': 'all', 'ai-approvals': '1', 'merge-shards': 'shards' }),
        });
        merging.ports.files.directories.set(`${WORKSPACE}/shards`, `${WORKSPACE}/shards`);
        for (const [index, text] of texts.entries()) merging.ports.files.texts.set(`${WORKSPACE}/shards/${index + 1}.json`, text);
        return merging;
      };
      const counted = await merge(await shardResults('2'));
      const report = await runGate(counted.run, counted.ports);
      expect(counted.ports.approvals.factRequests).toHaveLength(1);
      expect(report.aiApprovals).toMatchObject({ required: 1, aiLines: 3, approvers: [] });
      expect(report.verdict.kind).toBe('fail');
      const uncounted = await merge(await shardResults('0'));
      expect((await gateError(uncounted.run, uncounted.ports)).message).toBe(
        'ai-approvals is set, but the shard results hold no count of AI-touched lines: set the same ai-approvals on the shard jobs.',
      );
    });

    /** Both shards' results, written as the merge job downloads them: a folder per artifact under shards/. */
    async function downloaded(): Promise<{ run: GateRun; ports: MemoryPorts }> {
      const merge = setUp({ state: TWO_FILES, config: configFrom({ threshold: '80', 'flaky-check': '0', 'merge-shards': 'shards' }) });
      merge.ports.files.directories.set(`${WORKSPACE}/shards`, `${WORKSPACE}/shards`);
      for (const shard of ['1/2', '2/2']) {
        const { run, ports } = sharded(shard);
        await runGate(run, ports);
        merge.ports.files.texts.set(
          `${WORKSPACE}/shards/shard-${shard[0]}/mutation-gate-shard.json`,
          ports.files.texts.get(RUN_FILES.shardResultPath) ?? '',
        );
      }
      return merge;
    }

    it('says what it merged, reads only .json files, and names the shards a set lacks', async () => {
      const merge = await downloaded();
      merge.ports.files.texts.set(`${WORKSPACE}/shards/README.txt`, 'not a result');
      await runGate(merge.run, merge.ports);
      expect(merge.ports.log.lines).toContain(`Merged 2 shard results: 2 file(s) mutated, from ${MERGE_BASE} to ${HEAD}.`);
      const partial = await downloaded();
      partial.ports.files.texts.delete(`${WORKSPACE}/shards/shard-2/mutation-gate-shard.json`);
      expect((await gateError(partial.run, partial.ports)).details).toEqual(['shard(s) 2 of 2 missing']);
      const empty = setUp({ state: TWO_FILES, config: configFrom({ threshold: '80', 'merge-shards': 'nothing' }) });
      empty.ports.files.directories.set(`${WORKSPACE}/nothing`, `${WORKSPACE}/nothing`);
      expect((await gateError(empty.run, empty.ports)).details).toEqual(['nothing: a directory with no .json file']);
    });

    it('asks GitHub about approval when a shard reports a mutant Stryker did not test, and only then', async () => {
      const quiet = await downloaded();
      await runGate(quiet.run, quiet.ports);
      expect(quiet.ports.approvals.requests).toEqual([]);
      const suppressed = JSON.parse(STRYKER_REPORT) as { files: Record<string, { mutants: MutantResult[] }> };
      for (const mutant of suppressed.files['src/discount.ts']?.mutants ?? []) mutant.status = 'Ignored';
      const { run, ports } = setUp({
        state: TWO_FILES,
        report: JSON.stringify(suppressed),
        config: configFrom({ threshold: '80', 'flaky-check': '0', shard: '1/2' }),
      });
      await runGate(run, ports);
      const merge = await downloaded();
      merge.ports.files.texts.set(
        `${WORKSPACE}/shards/shard-1/mutation-gate-shard.json`,
        ports.files.texts.get(RUN_FILES.shardResultPath) ?? '',
      );
      const report = await runGate(merge.run, merge.ports);
      expect(report.suppressed).toHaveLength(2);
      expect(merge.ports.approvals.requests).toHaveLength(1);
    });

    it('refuses a shard result it cannot read, naming the file', async () => {
      const merge = setUp({ state: TWO_FILES, config: configFrom({ threshold: '80', 'merge-shards': '/downloads/one.json' }) });
      const error = await gateError(merge.run, merge.ports);
      expect(error.message).toBe(
        "The shard results are not one complete set of this change's shards (1 problem(s)), so nothing was merged.",
      );
      expect(error.details).toEqual(['/downloads/one.json: it cannot be read']);
    });

    it('refuses to split a workspace run over several packages', async () => {
      const state = changedFiles(addedFile('packages/app/src/a.ts', 1), addedFile('packages/lib/src/b.ts', 1));
      const { run, ports } = setUp({
        state: {
          ...state,
          blobs: {
            [`${MERGE_BASE}:package.json`]: '{ "private": true, "workspaces": ["packages/*"] }',
            [`${HEAD}:packages/app/package.json`]: '{}',
            [`${HEAD}:packages/lib/package.json`]: '{}',
          },
        },
        config: configFrom({ threshold: '80', shard: '1/2' }),
      });
      expect((await gateError(run, ports)).message).toMatch(
        /^The change touches source in 2 workspace packages \(packages\/app, packages\/lib\), and shard/,
      );
    });
  });

  describe('nothing to mutate', () => {
    it('gives no-mutants without running Stryker when no changed file is source', async () => {
      const state = { diff: README_ONLY.diff, numstat: README_ONLY.numstat };
      const { run, ports } = setUp({ state });
      const evidence = await gatherEvidence(run, ports);
      if ('packages' in evidence) throw new Error('a single directory was measured');
      expect(evidence.strykerReport).toBeUndefined();
      expect([evidence.timeouts, evidence.unjudged, evidence.flaky]).toEqual([[], [], undefined]);
      expect(evidence.scope.skipped).toEqual([{ path: 'README.md', reason: 'not-included' }]);
      const report = await runGate(run, ports);
      expect(report.verdict).toEqual({
        kind: 'no-mutants',
        reason: 'No mutants: none of the 1 changed file(s) is source code to mutate (see include and exclude).',
      });
      expect(ports.stryker.runs).toEqual([]);
      expect(ports.log.lines.some((line) => line.startsWith('AI-touched'))).toBe(false);
    });

    it('gives no-mutants when the change adds no lines', async () => {
      const { run, ports } = setUp({ state: { diff: '', numstat: '' } });
      expect((await runGate(run, ports)).verdict).toEqual({
        kind: 'no-mutants',
        reason: 'No mutants: the change adds or modifies no lines.',
      });
    });

    it('leaves out generated files and paths Stryker cannot name, and says so', async () => {
      const state = {
        diff: `${ADDED_DISCOUNT.diff}${GENERATED_AND_BRACES.diff}`,
        numstat: `${ADDED_DISCOUNT.numstat}${GENERATED_AND_BRACES.numstat}`,
      };
      const { run, ports } = setUp({ state: { ...state, generated: ['src/generated.ts'] } });
      const report = await runGate(run, ports);
      expect(report.notMutated).toEqual([
        { path: 'src/{a,b}.ts', reason: 'untargetable-path' },
        { path: 'src/generated.ts', reason: 'generated' },
      ]);
      expect(report.files.map((file) => file.path)).toEqual(['src/discount.ts']);
      expect(ports.log.lines).toContain('3 changed file(s); 1 to mutate, 2 not mutated.');
      expect(mutateRanges(ports)).toEqual([`${WORKSPACE}/src/discount.ts:2-3`]);
    });
  });

  describe('mutants that time out', () => {
    /** The report of a run where the boundary mutant on line 2 timed out instead of surviving. */
    const TIMED_OUT = STRYKER_REPORT.replace('"Survived"', '"Timeout"');
    const rerunReport = (status: string): string => TIMED_OUT.replace('"Timeout"', `"${status}"`);

    it('run again, alone and with a longer budget, and count with what the re-run says', async () => {
      const { run, ports } = setUp({ report: TIMED_OUT });
      ports.stryker.laterBehaviours.push({ report: rerunReport('Survived') });
      const report = await runGate(run, ports);
      expect(ports.stryker.runs).toHaveLength(2);
      const config = ports.files.texts.get(RUN_FILES.recheckConfigPath) ?? '';
      const firstConfig = ports.files.texts.get(RUN_FILES.strykerConfigPath) ?? '';
      expect(firstConfig).not.toContain('timeoutMS');
      expect(firstConfig).toContain('"disableBail": true');
      expect(firstConfig).toContain(RUN_FILES.sealModulePath);
      expect(config).toContain(RUN_FILES.sealModulePath);
      expect(ports.stryker.runs.map((request) => request.configPath)).toEqual([RUN_FILES.strykerConfigPath, RUN_FILES.recheckConfigPath]);
      expect(mutateRanges(ports)).toEqual([`${WORKSPACE}/src/discount.ts:2-3`]);
      expect(/"mutate": (\[[^\]]*\])/.exec(config)?.[1]).toBe(`[\n    "${WORKSPACE}/src/discount.ts:2:48-2:60"\n  ]`);
      expect(config).toContain('"concurrency": 1');
      expect(config).toContain(RUN_FILES.recheckHtmlReportPath);
      expect(config).toContain('timeoutMS: (projectConfig.timeoutMS ?? 5000) * 3,');
      expect(ports.log.lines).toContain(
        '1 mutant(s) timed out or were judged by no test: running them again, one at a time, with 3 times the time budget.',
      );
      expect(ports.log.lines).toContain('group: Stryker: those mutants again');
      expect(report.timeouts).toEqual([
        { file: 'src/discount.ts', id: '1', line: 2, mutatorName: 'EqualityOperator', outcome: 'rerun', status: 'Survived' },
      ]);
      expect(report.score.total).toEqual(expect.objectContaining({ killed: 1, timeout: 0, survived: 1 }));
    });

    it('count as detected when they time out again', async () => {
      const { run, ports } = setUp({ report: TIMED_OUT });
      ports.stryker.laterBehaviours.push({ report: rerunReport('Timeout') });
      const report = await runGate(run, ports);
      expect(report.timeouts.map((check) => check.outcome)).toEqual(['confirmed']);
      expect(report.score.total).toEqual(expect.objectContaining({ killed: 1, timeout: 1, survived: 0 }));
      expect(report.verdict.kind).toBe('pass');
    });

    it.each([
      ['detected', 'pass', 1],
      ['survived', 'fail', 0],
    ] as const)('are not run again with timeouts: %s, and count so', async (timeouts, verdict, timeout) => {
      const { run, ports } = setUp({ report: TIMED_OUT, config: configFrom({ threshold: '80', timeouts, 'flaky-check': '0' }) });
      const report = await runGate(run, ports);
      expect(ports.stryker.runs).toHaveLength(1);
      expect(report.verdict.kind).toBe(verdict);
      expect(report.score.total.timeout).toBe(timeout);
    });

    it('run again with survivors no test judged, even under timeouts: detected, which count as the re-run judges them', async () => {
      const unjudged = STRYKER_REPORT.replace('"status":"Survived"', '"status":"Survived","testsCompleted":0');
      const { run, ports } = setUp({ report: unjudged, config: configFrom({ threshold: '80', timeouts: 'detected', 'flaky-check': '0' }) });
      ports.stryker.laterBehaviours.push({ report: STRYKER_REPORT.replace('"status":"Survived"', '"status":"Killed","testsCompleted":1') });
      const report = await runGate(run, ports);
      expect(ports.stryker.runs).toHaveLength(2);
      expect(report.unjudged.map((mutant) => [mutant.id, mutant.outcome, mutant.status])).toEqual([['1', 'judged', 'Killed']]);
      expect(report.verdict.kind).toBe('pass');
    });

    it("run again once more when tests fail in the re-run's initial test run, and those tests are flaky", async () => {
      const { run, ports } = setUp({ report: TIMED_OUT });
      ports.stryker.laterBehaviours.push(
        {
          lines: ['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:', '\tdiscounts big carts'],
          exit: { exitCode: 1 },
        },
        { report: rerunReport('Survived') },
      );
      const report = await runGate(run, ports);
      expect(ports.stryker.runs.map((request) => request.configPath)).toEqual([
        RUN_FILES.strykerConfigPath,
        RUN_FILES.recheckConfigPath,
        RUN_FILES.recheckConfigPath,
      ]);
      expect(ports.log.lines).toContain('group: Stryker: those mutants again, again');
      expect(report.flaky).toEqual({
        kind: 'checked',
        runs: 1,
        tests: [{ name: 'discounts big carts', file: undefined, failures: 1 }],
        discounted: [{ file: 'src/discount.ts', id: '2', line: 3, mutatorName: 'EqualityOperator', tests: ['discounts big carts'] }],
      });
    });

    it('stop the gate when the re-run fails, saying why', async () => {
      const { run, ports } = setUp({ report: TIMED_OUT });
      ports.stryker.laterBehaviours.push({ lines: ['12:00:00 (1) ERROR Stryker boom'], exit: { exitCode: 1 } });
      expect((await gateError(run, ports)).message).toBe('Stryker exited with code 1: boom');
    });
  });

  describe('tests that fail with no mutant active', () => {
    const PROBE_PATH = `${WORKSPACE}/${RUN_FILES.probeModuleName}`;
    /** Half the changed-line mutants are killed: a pass at 50%, unless a flaky test gave the kill. */
    const CHECKED = configFrom({ threshold: '50', 'flaky-check': '2' });
    /** The probe run's report: the killing test of the measured report failed in one of its two runs. */
    const PROBE_REPORT = JSON.stringify({
      schemaVersion: '2',
      thresholds: { high: 80, low: 60 },
      files: {
        [RUN_FILES.probeModuleName]: {
          language: 'javascript',
          source: '',
          mutants: [
            {
              id: '1',
              mutatorName: 'BooleanLiteral',
              status: 'Killed',
              killedBy: ['p1', 'p2'],
              location: { start: { line: 3, column: 1 }, end: { line: 3, column: 5 } },
            },
            {
              id: '2',
              mutatorName: 'BooleanLiteral',
              status: 'Survived',
              location: { start: { line: 4, column: 1 }, end: { line: 4, column: 5 } },
            },
          ],
        },
      },
      testFiles: {
        'test/discount.test.ts': { tests: [{ id: 'p1', name: 'discounts big carts' }] },
        'test/clock.test.ts': { tests: [{ id: 'p2', name: 'reads the clock' }] },
      },
    });
    const DISCOUNTED = { file: 'src/discount.ts', id: '2', line: 3, mutatorName: 'EqualityOperator', tests: ['discounts big carts'] };

    /** The probe file's text when each Stryker run started. */
    function probeTextAtEachRun(ports: MemoryPorts): (string | undefined)[] {
      const seen: (string | undefined)[] = [];
      const run = ports.stryker.run.bind(ports.stryker);
      ports.stryker.run = async (request, onLine) => {
        seen.push(ports.files.texts.get(PROBE_PATH));
        return run(request, onLine);
      };
      return seen;
    }

    it('run the whole suite again on a probe file no test imports, and lose the kills that only they gave', async () => {
      const { run, ports } = setUp({ config: CHECKED });
      ports.stryker.laterBehaviours.push({ report: PROBE_REPORT, lines: ['INFO probe'] });
      const probeTexts = probeTextAtEachRun(ports);
      const report = await runGate(run, ports);
      expect(ports.stryker.runs.map((request) => [request.configPath, request.reportPath])).toEqual([
        [RUN_FILES.strykerConfigPath, RUN_FILES.mutationReportPath],
        [RUN_FILES.probeConfigPath, RUN_FILES.probeReportPath],
      ]);
      expect(probeTexts).toEqual([undefined, probeModule(2)]);
      expect(ports.files.removed).toContain(PROBE_PATH);
      expect(ports.files.texts.has(PROBE_PATH)).toBe(false);
      const config = ports.files.texts.get(RUN_FILES.probeConfigPath) ?? '';
      expect(/"mutate": (\[[^\]]*\])/.exec(config)?.[1]).toBe(`[\n    "${RUN_FILES.probeModuleName}"\n  ]`);
      expect(config).toContain('"coverageAnalysis": "off"');
      expect(config).toContain('"disableBail": true');
      expect(config).toContain(RUN_FILES.probeHtmlReportPath);
      expect(report.flaky).toEqual({
        kind: 'checked',
        runs: 3,
        tests: [
          { name: 'discounts big carts', file: 'test/discount.test.ts', failures: 1 },
          { name: 'reads the clock', file: 'test/clock.test.ts', failures: 1 },
        ],
        discounted: [DISCOUNTED],
      });
      expect(report.mutants.map((mutant) => [mutant.id, mutant.status])).toEqual([
        ['1', 'Survived'],
        ['2', 'Survived'],
      ]);
      expect(ports.log.lines).toContain(
        'Checking the tests that killed mutants for flakiness: the whole suite runs 3 more time(s) with no mutant active.',
      );
      expect(ports.log.lines).toContain(
        '2 test(s) failed with no mutant active (named in the summary): their failures do not count as kills; 1 mutant(s) only they had failed on count as survived.',
      );
      expect(ports.log.lines).toContain('group: Stryker: the test suite with no mutant active');
      expect(ports.log.lines.filter((line) => line.startsWith('No check for flaky tests'))).toEqual([]);
    });

    it('keep their kills when no test failed with no mutant active', async () => {
      const { run, ports } = setUp({ config: CHECKED });
      ports.stryker.laterBehaviours.push({ report: PROBE_REPORT.replace('"Killed","killedBy":["p1","p2"]', '"Survived"') });
      const report = await runGate(run, ports);
      expect(report.flaky).toEqual({ kind: 'checked', runs: 3, tests: [], discounted: [] });
      expect(report.score.total).toEqual(expect.objectContaining({ killed: 1, survived: 1 }));
      expect(ports.log.lines).toContain('No test failed in 3 run(s) with no mutant active.');
      expect(ports.log.warnings).toEqual([]);
    });

    it("count only the runs that took place, and warn when Stryker ran no test against the check's mutants", async () => {
      const { run, ports } = setUp({ config: CHECKED });
      const uncovered = PROBE_REPORT.replace('"Killed","killedBy":["p1","p2"]', '"NoCoverage"').replace('"Survived"', '"NoCoverage"');
      ports.stryker.laterBehaviours.push({ report: uncovered });
      const report = await runGate(run, ports);
      expect(report.flaky).toEqual({ kind: 'checked', runs: 1, tests: [], discounted: [] });
      expect(ports.log.warnings).toEqual([
        "Only 1 of the 3 runs with no mutant active took place: Stryker ran no test against some of the check's mutants (its test runner reports coverage even when told not to collect it).",
      ]);
    });

    it('are the tests the probe run names when its own initial run fails', async () => {
      const { run, ports } = setUp({ config: CHECKED });
      ports.stryker.laterBehaviours.push({
        lines: ['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:', '\tdiscounts big carts'],
        exit: { exitCode: 1 },
      });
      const report = await runGate(run, ports);
      expect(report.flaky).toEqual({
        kind: 'checked',
        runs: 1,
        tests: [{ name: 'discounts big carts', file: undefined, failures: 1 }],
        discounted: [DISCOUNTED],
      });
    });

    it.each([
      ['an error', ['12:00:00 (1) ERROR Stryker boom'], { exitCode: 1 }, 'Stryker exited with code 1: boom'],
      [
        'a coverage threshold',
        [
          '12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:',
          '\tcoverage',
          'ERROR: Coverage for lines (80%) does not meet global threshold (100%)',
        ],
        { exitCode: 1 },
        "Stryker's initial test run failed on a coverage threshold",
      ],
      [
        'the time limit',
        ['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:', '\tadds'],
        { exitCode: null, signal: 'SIGKILL', timedOut: true },
        'Stryker did not finish',
      ],
    ])('stop the gate when the probe run ends in %s, and remove the probe file', async (_, lines, exit, cause) => {
      const { run, ports } = setUp({ config: CHECKED });
      ports.stryker.laterBehaviours.push({ lines, exit });
      const message = (await gateError(run, ports)).message;
      expect(message.startsWith(`The check for flaky tests (a run of the test suite with no mutant active) failed. ${cause}`)).toBe(true);
      expect(ports.files.removed).toContain(PROBE_PATH);
    });

    it('are the tests that failed in a first initial test run and passed in the second, whether the probe runs or not', async () => {
      const failedFirst = {
        lines: ['12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:', '\tdiscounts big carts'],
        exit: { exitCode: 1 },
      };
      const unprobed = setUp();
      unprobed.ports.stryker.behaviour = failedFirst;
      unprobed.ports.stryker.laterBehaviours.push({ report: STRYKER_REPORT });
      const found = await runGate(unprobed.run, unprobed.ports);
      expect(unprobed.ports.stryker.runs).toHaveLength(2);
      expect(found.flaky).toEqual({
        kind: 'checked',
        runs: 1,
        tests: [{ name: 'discounts big carts', file: undefined, failures: 1 }],
        discounted: [DISCOUNTED],
      });
      expect(found.score.total).toEqual(expect.objectContaining({ killed: 0, survived: 2 }));

      const probed = setUp({ config: CHECKED });
      probed.ports.stryker.behaviour = failedFirst;
      probed.ports.stryker.laterBehaviours.push({ report: STRYKER_REPORT }, { report: PROBE_REPORT });
      const combined = await runGate(probed.run, probed.ports);
      expect(probed.ports.stryker.runs.map((request) => request.configPath)).toEqual([
        RUN_FILES.strykerConfigPath,
        RUN_FILES.strykerConfigPath,
        RUN_FILES.probeConfigPath,
      ]);
      expect(combined.flaky).toEqual({
        kind: 'checked',
        runs: 4,
        tests: [
          { name: 'discounts big carts', file: 'test/discount.test.ts', failures: 2 },
          { name: 'reads the clock', file: 'test/clock.test.ts', failures: 1 },
        ],
        discounted: [DISCOUNTED],
      });
    });

    it('are not looked for when the gate fails counting every kill: they can only add kills', async () => {
      const { run, ports } = setUp({ config: configFrom({ threshold: '51', 'flaky-check': '2' }) });
      const report = await runGate(run, ports);
      expect(report.flaky).toEqual({ kind: 'fails-anyway' });
      expect(report.verdict.kind).toBe('fail');
      expect(ports.stryker.runs).toHaveLength(1);
      expect(ports.log.lines).toContain(
        'No check for flaky tests: the gate fails counting every kill, and a flaky test can only add kills.',
      );
    });

    it('are not looked for when no mutant was killed, nor with flaky-check: 0', async () => {
      const noKills = setUp({ config: CHECKED, report: STRYKER_REPORT.replace('"Killed"', '"Survived"') });
      expect((await runGate(noKills.run, noKills.ports)).flaky).toEqual({ kind: 'not-needed' });
      expect(noKills.ports.stryker.runs).toHaveLength(1);
      expect(noKills.ports.log.lines).toContain('No check for flaky tests: no mutant was killed, so no test failure decided anything.');
      const off = setUp({ config: configFrom({ threshold: '80', 'flaky-check': '0' }) });
      expect((await runGate(off.run, off.ports)).flaky).toEqual({ kind: 'off' });
      expect(off.ports.stryker.runs).toHaveLength(1);
    });
  });

  describe('a Stryker run without an answer', () => {
    it('that exits badly stops the gate, with its diagnosis and its last lines', async () => {
      const { run, ports } = setUp();
      const lines = ['12:00:00 (1) ERROR Stryker boom', '12:00:01 (1) INFO Stryker done'];
      ports.stryker.behaviour = { lines, exit: { exitCode: 1 } };
      const error = await gateError(run, ports);
      expect(error.message).toBe('Stryker exited with code 1: boom');
      expect(error.details).toEqual(['ERROR Stryker boom', '', '… the end of the output:', '12:00:01 (1) INFO Stryker done']);
      expect(ports.stryker.runs).toHaveLength(1);
    });

    it('whose tests fail in its initial test run twice stops the gate, naming them, after running Stryker once more', async () => {
      const { run, ports } = setUp();
      const lines = [
        '12:00:00 (1) ERROR DryRunExecutor One or more tests failed in the initial test run:',
        '\tadds',
        '\tsubtracts',
        '12:00:01 (1) INFO Stryker done',
      ];
      ports.stryker.behaviour = { lines, exit: { exitCode: 1 } };
      const error = await gateError(run, ports);
      expect(ports.stryker.runs.map((request) => request.configPath)).toEqual([RUN_FILES.strykerConfigPath, RUN_FILES.strykerConfigPath]);
      expect(ports.log.lines).toContain(
        "2 test(s) failed in Stryker's initial test run, with no mutant active (named in its output above): running Stryker once more, to tell a failing test from a flaky one.",
      );
      expect(ports.log.lines).toContain('group: Stryker: 1 changed range(s) in 1 file(s), again');
      expect(error.message).toMatch(
        /^Stryker ran once more after tests failed in its initial test run, and failed again\. The "adds", "subtracts" fail in Stryker's initial test run/,
      );
      expect(error.details).toEqual([
        'ERROR DryRunExecutor One or more tests failed in the initial test run:',
        '\tadds',
        '\tsubtracts',
        '',
        '… the end of the output:',
        '12:00:01 (1) INFO Stryker done',
      ]);
    });

    it('that runs out of time stops the gate, saying how far it got', async () => {
      const { run, ports } = setUp({ config: configFrom({ 'timeout-minutes': '2' }) });
      ports.stryker.behaviour = { lines: ['INFO 3/9 tested'], exit: { exitCode: null, signal: 'SIGKILL', timedOut: true } };
      expect((await gateError(run, ports)).message).toContain('after testing 3 of 9 mutant(s)');
    });

    it('that hands over no report stops the gate', async () => {
      const { run, ports } = setUp();
      ports.stryker.behaviour = { lines: ['INFO done'] };
      const error = await gateError(run, ports);
      expect(error.message).toBe("Stryker's main process handed no report to the gate; the output below may say why.");
      expect(error.details).toEqual(['INFO done']);
      expect(error.tampering).toBe(false);
    });

    it('that hands over a report that is not JSON stops the gate', async () => {
      const { run, ports } = setUp({ report: '{"files": ' });
      expect((await gateError(run, ports)).message).toMatch(/^Stryker's report is not valid JSON: /);
    });

    it('that hands over a report the schema refuses stops the gate', async () => {
      const { run, ports } = setUp({ report: JSON.stringify({ schemaVersion: '2', files: { 'src/discount.ts': { source: 1 } } }) });
      expect((await gateError(run, ports)).message).toMatch(/^Stryker's report is not a valid mutation testing report: /);
    });

    it('whose report was forged stops the gate as tampering, with what was wrong', async () => {
      const { run, ports } = setUp();
      ports.stryker.behaviour = {
        lines: ['INFO done'],
        handed: { kind: 'forged', reason: 'the report file was changed after Stryker wrote and sealed it' },
      };
      const error = await gateError(run, ports);
      expect(error.message).toBe(
        "Stryker's report cannot be trusted: the report file was changed after Stryker wrote and sealed it. Code this change runs " +
          '(its tests, or a process they started) tampered with the measurement, so no score is given, whatever on-error says.',
      );
      expect(error.details).toEqual(['INFO done']);
      expect(error.tampering).toBe(true);
    });
  });
});

const README_ONLY = addedFile('README.md', 1);

const ADDED_IN_PACKAGE = {
  diff: `${ADDED_DISCOUNT.diff.replaceAll('src/discount.ts', 'packages/app/src/discount.ts')}${addedFile('docs/guide.ts', 1).diff}`,
  numstat: `2\t0\tpackages/app/src/discount.ts\0${addedFile('docs/guide.ts', 1).numstat}`,
};

const GENERATED_AND_BRACES = {
  diff: `${addedFile('src/{a,b}.ts', 1).diff}${addedFile('src/generated.ts', 2).diff}`,
  numstat: `${addedFile('src/{a,b}.ts', 1).numstat}${addedFile('src/generated.ts', 2).numstat}`,
};
