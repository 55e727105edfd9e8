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
  HEAD,
  MERGE_BASE,
  type MemoryPorts,
  memoryPorts,
  type RepositoryState,
  RUN_FILES,
  repositoryState,
  WORKSPACE,
} from '../support/memory-ports.js';

const SOURCE = [
  '// Discounts.',
  'export const rate = (total: number): number => (total >= 100 ? 0.1 : 0);',
  'export const free = (total: number): boolean => total > 500;',
  '',
].join('\n');

/** Both changed-line mutants killed: a strong change, which only findings can fail. */
const STRONG_REPORT = JSON.stringify({
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: {
    'src/discount.ts': {
      language: 'typescript',
      source: SOURCE,
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

interface Scenario {
  readonly state?: Partial<RepositoryState>;
  readonly config?: Config;
  readonly event?: GateEvent;
  readonly report?: string;
  readonly lines?: readonly string[];
  readonly workflowPath?: string;
  readonly approved?: boolean;
}

function setUp(scenario: Scenario = {}): { run: GateRun; ports: MemoryPorts } {
  const ports = memoryPorts(repositoryState(scenario.state));
  ports.stryker.behaviour = {
    lines: scenario.lines ?? ['INFO ProjectReader Found 1 of 9 file(s) to be mutated.'],
    report: scenario.report ?? STRONG_REPORT,
  };
  if (scenario.approved === true)
    ports.approvals.answer = { state: 'approved', by: '@lead (approving review of cccccccccccc)', commit: HEAD };
  const run = {
    config: scenario.config ?? configFrom({ threshold: '80' }),
    event: scenario.event ?? PULL_REQUEST,
    workspace: WORKSPACE,
    runFiles: RUN_FILES,
    workflowPath: scenario.workflowPath,
  };
  return { run, ports };
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
  });

  it("runs with the change's own config once someone else approved it, and passes on the score", async () => {
    const { report, ports } = await gate({ state: configChange(), approved: true });
    expect(ports.files.texts.get(RUN_FILES.projectConfigPath)).toBe(PR_CONFIG);
    expect(report.verdict.kind).toBe('pass');
    expect(report.verdict.reason).toMatch(/ 1 finding\(s\) approved by @lead \(approving review of cccccccccccc\)\.$/);
    expect(report.approval).toEqual({ state: 'approved', by: '@lead (approving review of cccccccccccc)', commit: HEAD });
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
    expect(ports.log.lines).toContain(
      `Stryker config: ${RUN_FILES.strykerConfigPath} (extends stryker.config.mjs at ${MERGE_BASE.slice(0, 12)})`,
    );
  });
});

describe('what the change does to the instruments, as findings', () => {
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
    const { report } = await gate({ state: changedFiles(ADDED_DISCOUNT, test) });
    expect(report.findings.map((finding) => [finding.kind, finding.path, finding.line])).toEqual([
      ['stryker-internals', 'test/discount.test.ts', 2],
    ]);
    expect(report.verdict.kind).toBe('fail');
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
    const state = changedFiles(ADDED_DISCOUNT, addedFile('src/ignored.ts', ['export const x = 1 + 1;']));
    const { run, ports } = setUp({ state, lines: ['INFO ProjectReader Found 1 of 9 file(s) to be mutated.'] });
    const error = await runGate(run, ports).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toBe(
      'Stryker found 1 of the 2 changed file(s) it was asked to mutate, so some changed code was never measured (not in its report: src/ignored.ts). Check ignorePatterns in the Stryker config and that the files are in the working directory.',
    );
  });

  it('is fine when Stryker found every file, whatever the tests print later', async () => {
    const lines = ['INFO ProjectReader Found 1 of 9 file(s) to be mutated.', 'Found 0 of 9 file(s) to be mutated.'];
    const { report } = await gate({ lines });
    expect(report.verdict.kind).toBe('pass');
  });
});
