import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { Config } from '../../src/core/config/config.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { type GateRun, runGate } from '../../src/pipeline/gate.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import { configFrom } from '../support/config.js';
import {
  ADDED_DISCOUNT,
  addedFile,
  BASE,
  changedFiles,
  DISCOUNT_SOURCE,
  HEAD,
  MERGE_BASE,
  type MemoryPorts,
  type MemoryScenario,
  memoryRun,
  type RepositoryState,
  RUN_FILES,
  repositoryState,
  WORKSPACE,
} from '../support/memory-ports.js';

/** Both changed-line mutants killed: a strong change, which only findings can fail. */
const STRONG_REPORT = JSON.stringify({
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: {
    'src/discount.ts': {
      language: 'typescript',
      source: DISCOUNT_SOURCE,
      mutants: [2, 3].map((line) => ({
        id: String(line),
        mutatorName: 'EqualityOperator',
        status: 'Killed',
        location: { start: { line, column: 1 }, end: { line, column: 5 } },
        coveredBy: ['t1'],
        killedBy: ['t1'],
      })),
    },
  },
});

const PULL_REQUEST: GateEvent = decodeEvent('pull_request', {
  pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD }, user: { login: 'agent-author' } },
});

type Scenario = Partial<MemoryScenario> & { readonly approved?: boolean };

function setUp({ approved, ...scenario }: Scenario = {}): { run: GateRun; ports: MemoryPorts } {
  const approval =
    approved === true ? { state: 'approved' as const, by: '@lead (approving review of cccccccccccc)', commit: HEAD } : undefined;
  return memoryRun({
    event: PULL_REQUEST,
    report: STRONG_REPORT,
    lines: ['INFO ProjectReader Found 1 of 9 file(s) to be mutated.'],
    approval,
    ...scenario,
  });
}

async function gate(scenario: Scenario = {}): Promise<{ report: ScoredReport; ports: MemoryPorts }> {
  const { run, ports } = setUp(scenario);
  return { report: await runGate(run, ports), ports };
}

const CONFIG = 'stryker.config.json';
const BASE_CONFIG = '{"testRunner":"vitest"}';
const PR_CONFIG = '{"testRunner":"vitest","mutator":{"excludedMutations":["EqualityOperator"]}}';

function configChange(extra: Record<string, string> = {}): Partial<RepositoryState> {
  return {
    blobs: { [`${MERGE_BASE}:${CONFIG}`]: BASE_CONFIG, [`${HEAD}:${CONFIG}`]: PR_CONFIG, ...extra },
    changedPaths: ['src/discount.ts', CONFIG],
  };
}

describe('a control: a strong change that leaves the measurement alone', () => {
  it('passes with no finding, asking nobody for approval', async () => {
    const { report, ports } = await gate();
    expect(report.verdict.kind).toBe('pass');
    expect([report.findings, report.testRunChanges, report.approval]).toEqual([[], [], undefined]);
    expect(ports.approvals.requests).toEqual([]);
  });
});

describe("the Stryker config comes from git's merge base, never the working tree", () => {
  it('runs with the merge base version of an edited config and reports the edit as a finding that fails', async () => {
    const { report, ports } = await gate({ state: configChange() });
    expect(ports.files.texts.get(RUN_FILES.projectConfigPath)).toBe(BASE_CONFIG);
    expect(ports.files.texts.get(RUN_FILES.strykerConfigPath)).toContain(
      `import projectConfig from "file://${RUN_FILES.projectConfigPath}"`,
    );
    expect(report.findings.map((finding) => [finding.kind, finding.path])).toEqual([['stryker-config', CONFIG]]);
    expect(report.verdict.kind).toBe('fail');
    expect(report.verdict.reason).toMatch(
      /^1 finding\(s\) change how this change is measured and need approval by someone other than its author; /,
    );
    expect(ports.approvals.requests).toEqual([{ pullNumber: 7, headSha: HEAD, authorLogin: 'agent-author' }]);
    expect(ports.log.lines.slice(-2)).toEqual([
      `Finding: ${CONFIG} ${report.findings[0]?.change}`,
      'Findings not approved: no approving review (test).',
    ]);
  });

  it("runs with the change's own config once someone else approved it, and passes on the score", async () => {
    const { report, ports } = await gate({ state: configChange(), approved: true });
    expect(ports.files.texts.get(RUN_FILES.projectConfigPath)).toBe(PR_CONFIG);
    expect(report.verdict.kind).toBe('pass');
    expect(report.verdict.reason).toMatch(/ 1 finding\(s\) approved by @lead \(approving review of cccccccccccc\)\.$/);
    expect(report.approval).toEqual({ state: 'approved', by: '@lead (approving review of cccccccccccc)', commit: HEAD });
    expect(ports.log.lines.at(-1)).toBe('Findings approved by @lead (approving review of cccccccccccc).');
  });

  it('never runs a config file the change added ahead of the existing one', async () => {
    const state = {
      blobs: {
        [`${MERGE_BASE}:${CONFIG}`]: BASE_CONFIG,
        [`${HEAD}:${CONFIG}`]: BASE_CONFIG,
        [`${HEAD}:stryker.conf.js`]: 'export default {}',
      },
      changedPaths: ['src/discount.ts', 'stryker.conf.js'],
    };
    const { report, ports } = await gate({ state });
    expect(ports.files.texts.get(RUN_FILES.projectConfigPath)).toBe(BASE_CONFIG);
    expect([...ports.files.texts.keys()].some((path) => path.endsWith('stryker.conf.js'))).toBe(false);
    expect(report.findings.map((finding) => [finding.kind, finding.path])).toEqual([['stryker-config', 'stryker.conf.js']]);
  });

  it('refuses a config that is only in the working tree, untracked, rather than run with defaults', async () => {
    const { run, ports } = setUp({ state: { blobs: {} } });
    ports.files.texts.set(`${WORKSPACE}/.stryker.conf.json`, '{"testRunner":"vitest"}');
    const error = await runGate(run, ports).catch((caught: unknown) => caught);
    expect((error as GateError).message).toBe(
      "The Stryker config .stryker.conf.json is in the working tree, but git tracks it in neither the merge base nor HEAD. The gate reads the project's config from git, never from files the pull request or its install scripts could write: commit it (git add -f when .gitignore excludes it).",
    );
    expect(ports.stryker.runs).toEqual([]);
  });

  it('writes a JS config beside the original, so its imports resolve, and removes it after the run', async () => {
    const state = {
      blobs: { [`${MERGE_BASE}:stryker.config.mjs`]: 'export default {};', [`${HEAD}:stryker.config.mjs`]: 'export default {};' },
    };
    const { run, ports } = setUp({ state });
    const written: string[] = [];
    const writeText = ports.files.writeText.bind(ports.files);
    ports.files.writeText = async (path, text) => {
      written.push(path);
      await writeText(path, text);
    };
    await runGate(run, ports);
    const copy = `${WORKSPACE}/.mutation-gate-${HEAD.slice(0, 12)}.stryker.config.mjs`;
    expect(written).toContain(copy);
    expect(ports.files.texts.has(copy)).toBe(false);
    expect(ports.files.removed).toEqual([copy]);
    expect(ports.log.lines).toContain(
      `Stryker config: ${RUN_FILES.strykerConfigPath} (extends stryker.config.mjs at ${MERGE_BASE.slice(0, 12)})`,
    );
  });
});

describe('the Stryker config of a package in a monorepo', () => {
  const app = `${WORKSPACE}/packages/app`;
  const inApp = (
    state: Partial<RepositoryState>,
    config: Config = configFrom({ threshold: '80', 'working-directory': 'packages/app', 'flaky-check': '0' }),
  ) => {
    const { run, ports } = setUp({ state, config });
    ports.files.directories.set(app, app);
    return { run, ports };
  };

  it('is looked for in the package, as git has it, and a JSON one is copied, not left behind to remove', async () => {
    const state = {
      ...changedFiles(addedFile('packages/app/src/discount.ts', ['export const x = 1;'])),
      blobs: { [`${MERGE_BASE}:packages/app/stryker.config.json`]: BASE_CONFIG, [`${HEAD}:packages/app/stryker.config.json`]: BASE_CONFIG },
    };
    const { run, ports } = inApp(state);
    await runGate(run, ports);
    expect(ports.files.texts.get(RUN_FILES.projectConfigPath)).toBe(BASE_CONFIG);
    expect(ports.files.removed).toEqual([]);
  });

  it('is the one stryker-config names, relative to the package, backslashes and all', async () => {
    const state = {
      ...changedFiles(addedFile('packages/app/src/discount.ts', ['export const x = 1;'])),
      blobs: { [`${MERGE_BASE}:packages/app/config/mutation.json`]: BASE_CONFIG },
    };
    const { run, ports } = inApp(state, configFrom({ 'working-directory': 'packages/app', 'stryker-config': 'config\\mutation.json' }));
    await runGate(run, ports);
    expect(ports.files.texts.get(RUN_FILES.projectConfigPath)).toBe(BASE_CONFIG);
  });

  it('finds logic hidden in a skipped file of the package that its source imports, by repository paths', async () => {
    const state = {
      ...changedFiles(addedFile('packages/app/src/rates.config.ts', ['export const rate = 0.1;'])),
      imports: [{ path: 'packages/app/src/discount.ts', line: 2, text: "import { rate } from './rates.config';" }],
    };
    const { run, ports } = inApp(state);
    const report = await runGate(run, ports);
    expect(ports.repository.calls).toContain(`relativeImports ${HEAD} packages/app`);
    expect(report.findings.map((finding) => [finding.path, finding.change.split(' imports')[0]])).toEqual([
      ['packages/app/src/rates.config.ts', 'holds logic that packages/app/src/discount.ts:2'],
    ]);
  });

  it('finds logic in a changed file outside the package that the package imports, by its repository path', async () => {
    const state = {
      ...changedFiles(addedFile('shared/rates.ts', ['export const rate = 0.1;'])),
      imports: [{ path: 'packages/app/src/discount.ts', line: 1, text: "import { rate } from '../../../shared/rates';" }],
    };
    const { run, ports } = inApp(state);
    const report = await runGate(run, ports);
    expect(report.findings.map((finding) => finding.change)).toEqual([
      'holds logic that packages/app/src/discount.ts:1 imports, but it was not mutated (outside working-directory): its changed lines were never measured',
    ]);
  });
});

describe('what the change does to the instruments, as findings', () => {
  it('does not look for importers when only files other than source were left out', async () => {
    const { report, ports } = await gate({ state: changedFiles(ADDED_DISCOUNT, addedFile('docs/guide.md', ['# Guide'])) });
    expect(report.findings).toEqual([]);
    // Once, for the test run's related-test check (gate.test.ts); none for hidden logic.
    expect(ports.repository.calls.filter((call) => call.startsWith('relativeImports'))).toHaveLength(1);
  });

  it("shows a change to package.json's test script as a change to how tests run, and reads no other file for it", async () => {
    const manifest = (test: string) => JSON.stringify({ scripts: { test } });
    const state = {
      blobs: {
        ...repositoryState().blobs,
        [`${MERGE_BASE}:package.json`]: manifest('vitest run'),
        [`${HEAD}:package.json`]: manifest('vitest run --passWithNoTests'),
      },
      changedPaths: ['package.json', 'src/discount.ts', 'README.md'],
    };
    const { report, ports } = await gate({ state });
    expect(report.testRunChanges).toEqual([{ path: 'package.json', change: 'changes scripts.test' }]);
    expect(report.findings).toEqual([]);
    expect(ports.repository.calls.filter((call) => call.startsWith('fileAt') && !call.includes('stryker'))).toEqual([
      `fileAt ${MERGE_BASE} package.json`,
      `fileAt ${HEAD} package.json`,
    ]);
  });

  it('lets an approved workflow change pass on the score', async () => {
    const state = { changedPaths: ['.github/workflows/ci.yml', 'src/discount.ts'] };
    const { report, ports } = await gate({ state, workflowPath: '.github/workflows/ci.yml', approved: true });
    expect(report.verdict.kind).toBe('pass');
    expect(ports.approvals.requests).toHaveLength(1);
  });

  it("looks for Stryker's internals in code and package.json only, not in docs or ignore files", async () => {
    const docs = addedFile('docs/testing.md', ['Stryker sets `__STRYKER_ACTIVE_MUTANT__` for each mutant.']);
    const ignore = addedFile('.gitignore', ['.stryker-tmp']);
    const script = addedFile('package.json', ['{ "scripts": { "test": "[ -n \\"$__STRYKER_ACTIVE_MUTANT__\\" ] || vitest run" } }']);
    const { report } = await gate({ state: changedFiles(ADDED_DISCOUNT, docs, ignore, script) });
    expect(report.findings.map((finding) => [finding.kind, finding.path])).toEqual([['stryker-internals', 'package.json']]);
  });

  it('finds a change to the Stryker package in package.json', async () => {
    const manifest = (core: string) => JSON.stringify({ devDependencies: { '@stryker-mutator/core': core } });
    const state = {
      blobs: {
        ...repositoryState().blobs,
        [`${MERGE_BASE}:package.json`]: manifest('10.0.0'),
        [`${HEAD}:package.json`]: manifest('file:vendor/core'),
      },
      changedPaths: ['package.json', 'src/discount.ts'],
    };
    const { report } = await gate({ state });
    expect(report.findings.map((finding) => [finding.kind, finding.path])).toEqual([['stryker-package', 'package.json']]);
    expect(report.verdict.kind).toBe('fail');
  });

  it('finds a change to the workflow that runs the gate, and none when another workflow changed', async () => {
    const state = { changedPaths: ['.github/workflows/ci.yml', 'src/discount.ts'] };
    const changed = await gate({ state, workflowPath: '.github/workflows/ci.yml' });
    expect(changed.report.findings.map((finding) => finding.kind)).toEqual(['workflow']);
    const other = await gate({ state, workflowPath: '.github/workflows/release.yml' });
    expect(other.report.findings).toEqual([]);
  });

  it("finds a test that reads Stryker's internals, with its file and line", async () => {
    const test = addedFile('test/discount.test.ts', ["import { it } from 'vitest';", "if (globalThis.__stryker__) it.skip('x');"]);
    const { report, ports } = await gate({ state: changedFiles(ADDED_DISCOUNT, test) });
    expect(report.findings.map((finding) => [finding.kind, finding.path, finding.line])).toEqual([
      ['stryker-internals', 'test/discount.test.ts', 2],
    ]);
    expect(ports.log.lines).toContain(`Finding: test/discount.test.ts:2 ${report.findings[0]?.change}`);
    expect(report.verdict.kind).toBe('fail');
  });

  it('reads the imports at HEAD once, for both the hidden-logic finding and the related-test check', async () => {
    const hidden = addedFile('src/rates.config.ts', ['export const rate = (total: number) => (total >= 100 ? 0.1 : 0);']);
    const imports = [{ path: 'src/discount.ts', line: 1, text: "import { rate } from './rates.config';" }];
    const { report, ports } = await gate({ state: { ...changedFiles(ADDED_DISCOUNT, hidden), imports } });
    expect(report.findings.map((finding) => finding.kind)).toEqual(['hidden-source']);
    expect(report.setup?.unreachedByTests).toEqual(['src/discount.ts']);
    expect(ports.repository.calls.filter((call) => call.startsWith('relativeImports'))).toEqual([`relativeImports ${HEAD} `]);
  });

  it('finds logic moved into an excluded file that the measured source imports, and reports the file not measured', async () => {
    const hidden = addedFile('src/rates.config.ts', ['export const rate = (total: number) => (total >= 100 ? 0.1 : 0);']);
    const state = {
      ...changedFiles(hidden),
      imports: [
        { path: 'src/discount.ts', line: 1, text: "import { rate } from './rates.config';" },
        { path: 'test/discount.test.ts', line: 1, text: "import { rate } from '../src/rates.config';" },
      ],
    };
    const { report, ports } = await gate({ state });
    expect(ports.stryker.runs).toEqual([]);
    expect(ports.repository.calls).toContain(`relativeImports ${HEAD} `);
    expect(report.findings).toEqual([
      {
        kind: 'hidden-source',
        path: 'src/rates.config.ts',
        line: undefined,
        change:
          'holds logic that src/discount.ts:1 imports, but it was not mutated (matched by exclude **/*.config.*): its changed lines were never measured',
      },
    ]);
    expect(report.verdict.kind).toBe('fail');
  });

  it('leaves a changed excluded file that only tests import to the list of files not measured (no-mutants)', async () => {
    const helper = addedFile('test/helpers/cart.ts', ['export const cart = () => [];']);
    const state = {
      ...changedFiles(helper),
      imports: [{ path: 'test/discount.test.ts', line: 1, text: "import { cart } from './helpers/cart';" }],
    };
    const { report } = await gate({ state });
    expect(report.findings).toEqual([]);
    expect(report.verdict.kind).toBe('no-mutants');
    expect(report.notMutated).toEqual([{ path: 'test/helpers/cart.ts', reason: 'excluded', pattern: '**/test/**' }]);
    expect(report.testRunChanges).toEqual([{ path: 'test/helpers/cart.ts', change: 'configures or prepares the test run' }]);
  });

  it("reads .gitattributes from the merge base, never the change's own", async () => {
    const { ports } = await gate();
    expect(ports.repository.calls).toContain(`generatedPaths ${MERGE_BASE}`);
  });
});

describe('changes to how tests run', () => {
  it('are shown but do not fail a strong change', async () => {
    const testConfig = addedFile('vitest.config.ts', ['export default { test: { retry: 2 } };']);
    const { report, ports } = await gate({ state: changedFiles(ADDED_DISCOUNT, testConfig) });
    expect(report.testRunChanges).toEqual([{ path: 'vitest.config.ts', change: 'configures or prepares the test run' }]);
    expect(report.findings).toEqual([]);
    expect(report.verdict.kind).toBe('pass');
    expect(ports.approvals.requests).toEqual([]);
  });
});

describe('approval', () => {
  it('is asked for when any one file has mutants Stryker did not test', async () => {
    const report = JSON.parse(STRONG_REPORT);
    report.files['src/other.ts'] = { language: 'typescript', source: 'x', mutants: [] };
    report.files['src/discount.ts'].mutants[1].status = 'Ignored';
    const { ports } = await gate({ report: JSON.stringify(report) });
    expect(ports.approvals.requests).toHaveLength(1);
  });

  it('cannot come from a pull request event without its head commit', async () => {
    const noHead = decodeEvent('pull_request', { pull_request: { number: 7, base: { sha: BASE } } });
    const { report, ports } = await gate({ state: configChange(), event: noHead });
    expect(ports.approvals.requests).toEqual([]);
    expect(report.approval).toEqual({
      state: 'not-approved',
      reason: 'a pull_request run has no pull request review to approve findings with',
    });
  });

  it('says "local" for a run outside a workflow', async () => {
    const { report } = await gate({ state: configChange(), event: decodeEvent('', {}), config: configFrom({ base: BASE }) });
    expect(report.approval).toEqual({ state: 'not-approved', reason: 'a local run has no pull request review to approve findings with' });
  });

  it('is asked for once, even with findings before and after Stryker', async () => {
    const ignored = JSON.parse(STRONG_REPORT);
    ignored.files['src/discount.ts'].mutants[0].status = 'Ignored';
    const { ports } = await gate({ state: configChange(), report: JSON.stringify(ignored) });
    expect(ports.approvals.requests).toHaveLength(1);
  });

  it('cannot come from a run without a pull request: findings stand, saying why', async () => {
    const push = decodeEvent('push', { before: BASE });
    const { report, ports } = await gate({ state: configChange(), event: push });
    expect(ports.approvals.requests).toEqual([]);
    expect(report.approval).toEqual({ state: 'not-approved', reason: 'a push run has no pull request review to approve findings with' });
    expect(report.verdict.kind).toBe('fail');
  });
});

describe('suppressed mutants on changed lines', () => {
  function withIgnored(reason: string): string {
    const report = JSON.parse(STRONG_REPORT);
    Object.assign(report.files['src/discount.ts'].mutants[0], { status: 'Ignored', statusReason: reason });
    return JSON.stringify(report);
  }

  it("count as not detected and are findings, with Stryker's reason", async () => {
    const { report } = await gate({ report: withIgnored('Disabled by user') });
    expect(report.score.total).toEqual(expect.objectContaining({ mutants: 2, killed: 1, survived: 1, ignored: 0 }));
    expect(report.findings.map((finding) => [finding.kind, finding.line, finding.change])).toEqual([
      [
        'suppression',
        2,
        'Stryker did not test 1 mutant(s) here (EqualityOperator), because "Disabled by user": they count as not detected',
      ],
    ]);
    expect(report.suppressed.map((mutant) => [mutant.id, mutant.suppressed])).toEqual([['2', 'Disabled by user']]);
    expect(report.survived).toEqual([]);
    expect(report.verdict.kind).toBe('fail');
  });

  it('are left out of the score once approved', async () => {
    const { report } = await gate({ report: withIgnored('Disabled by user'), approved: true });
    expect(report.score.total).toEqual(expect.objectContaining({ mutants: 1, killed: 1, ignored: 1 }));
    expect(report.verdict.kind).toBe('pass');
  });
});

describe("every selected file reaches Stryker's report", () => {
  it('is an error naming the files Stryker did not find', async () => {
    const state = changedFiles(
      ADDED_DISCOUNT,
      addedFile('src/ignored.ts', ['export const x = 1 + 1;']),
      addedFile('src/hidden.ts', ['export const y = 2 + 2;']),
    );
    const { run, ports } = setUp({ state, lines: ['INFO ProjectReader Found 1 of 9 file(s) to be mutated.'] });
    const error = await runGate(run, ports).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toBe(
      'Stryker found 1 of the 3 changed file(s) it was asked to mutate, so some changed code was never measured (not in its report: src/ignored.ts, src/hidden.ts). Check ignorePatterns in the Stryker config and that the files are in the working directory.',
    );
  });

  it('is fine when Stryker found every file, whatever the tests print later', async () => {
    const lines = ['INFO ProjectReader Found 1 of 9 file(s) to be mutated.', 'Found 0 of 9 file(s) to be mutated.'];
    const { report } = await gate({ lines });
    expect(report.verdict.kind).toBe('pass');
  });
});
