/** In-memory implementations of the ports of the gather and publish phases: every branch in milliseconds. */
import type { OutputName } from '../../src/constants.js';
import type { ReviewFacts } from '../../src/core/approvals/ai-approvals.js';
import type { Config } from '../../src/core/config/config.js';
import type { Approval } from '../../src/core/findings/finding.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import type { Annotation } from '../../src/core/render/annotations.js';
import type { BundledSet } from '../../src/core/stryker/bundled-stryker.js';
import type { StrykerExit } from '../../src/core/stryker/failure-diagnosis.js';
import type { HandedReport } from '../../src/core/stryker/handed-report.js';
import type { Isolation } from '../../src/core/stryker/isolation.js';
import type { ProjectManager } from '../../src/core/stryker/package-manager.js';
import { evidenceOf } from '../../src/core/stryker/stryker-output.js';
import type { MutantResult } from '../../src/core/stryker/stryker-report.js';
import type { GateRun } from '../../src/pipeline/gate.js';
import { GateError } from '../../src/pipeline/gate-error.js';
import type {
  ApprovalRequest,
  Approvals,
  Files,
  GatePorts,
  Git,
  RunFiles,
  Stryker,
  StrykerOutcome,
  StrykerRun,
} from '../../src/pipeline/ports.js';
import type { PublishPorts, StickyCommentRequest, StickyCommentResult } from '../../src/publish/ports.js';
import { configFrom } from './config.js';
import { RecordingLog } from './recording-log.js';

export const WORKSPACE = '/home/runner/_work/shop/shop';
export const BASE = 'b'.repeat(40);
export const HEAD = 'c'.repeat(40);
export const MERGE_BASE = 'a'.repeat(40);

export const RUN_FILES: RunFiles = {
  directory: '/tmp/gate',
  strykerConfigPath: '/tmp/gate/stryker.config.mjs',
  projectConfigPath: '/tmp/gate/project-stryker.conf.json',
  mutationReportPath: '/tmp/gate/mutation.json',
  sealModulePath: '/tmp/gate/report-seal.mjs',
  htmlReportPath: '/tmp/gate/mutation-report.html',
  recheckConfigPath: '/tmp/gate/recheck-stryker.config.mjs',
  recheckHtmlReportPath: '/tmp/gate/recheck-report.html',
  probeConfigPath: '/tmp/gate/probe-stryker.config.mjs',
  probeReportPath: '/tmp/gate/probe-mutation.json',
  probeHtmlReportPath: '/tmp/gate/probe-report.html',
  probeModuleName: 'mutation-gate-test-probe.cjs',
  enumerateConfigPath: '/tmp/gate/enumerate-stryker.config.mjs',
  enumerateReportPath: '/tmp/gate/enumerate-mutation.json',
  gateReportPath: '/tmp/gate/mutation-gate-report.json',
  shardResultPath: '/tmp/gate/mutation-gate-shard.json',
};

/** A repository's answers: what resolves, what origin has, the merge base, the diff. */
export interface RepositoryState {
  /** Refs and SHAs the clone has, and the commit each names. */
  refs: Record<string, string>;
  /** What origin would hand out on a fetch. */
  origin: Record<string, string>;
  /** The merge base of the base and HEAD once the history is there; undefined: no shared history. */
  mergeBase: string | undefined;
  shallow: boolean;
  /** A shallow clone lacks the merge base until it is unshallowed, unless it is deep enough to hold it. */
  deepEnough: boolean;
  /** Whether unshallowing works. */
  canUnshallow: boolean;
  /** What `git rev-parse --show-toplevel` prints (a link to the workspace, say). */
  topLevel: string;
  /** Commits in HEAD's history (for isAncestor). */
  history: string[];
  /** `git diff --unified=0` and its `--numstat -z` twin. */
  diff: string;
  numstat: string;
  generated: string[];
  /** `git blame --line-porcelain` output by repository path; none: empty. */
  blame: Record<string, string>;
  /** `git log` output for the commits blame names. */
  commitLog: string;
  /** git-ai notes by commit; refs/notes/ai exists when there is any. */
  notes: Record<string, string>;
  /** File contents by `commit:path`. */
  blobs: Record<string, string>;
  /** Every path the change touches; undefined: the paths of numstat. */
  changedPaths: string[] | undefined;
  /** Lines of the project's files at HEAD that load relative modules. */
  imports: { path: string; line: number; text: string }[];
}

/** Git over a RepositoryState; every call is recorded. */
export class MemoryGit implements Git {
  readonly calls: string[] = [];

  constructor(readonly state: RepositoryState) {}

  private record(call: string): void {
    this.calls.push(call);
  }

  async topLevel(): Promise<string> {
    this.record('topLevel');
    return this.state.topLevel;
  }
  async resolveCommit(ref: string): Promise<string | undefined> {
    this.record(`resolveCommit ${ref}`);
    return this.state.refs[ref];
  }
  async fetchCommit(ref: string): Promise<string | undefined> {
    this.record(`fetchCommit ${ref}`);
    const sha = this.state.origin[ref];
    if (sha !== undefined) this.state.refs[ref] = sha;
    return sha;
  }
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    this.record(`mergeBase ${a} ${b}`);
    return this.state.shallow && !this.state.deepEnough ? undefined : this.state.mergeBase;
  }
  async isAncestor(a: string, b: string): Promise<boolean> {
    this.record(`isAncestor ${a} ${b}`);
    return this.state.history.includes(a);
  }
  async isShallow(): Promise<boolean> {
    return this.state.shallow;
  }
  async unshallow(): Promise<boolean> {
    this.record('unshallow');
    if (this.state.canUnshallow) this.state.shallow = false;
    return this.state.canUnshallow;
  }
  async diff(from: string, to: string): Promise<string> {
    this.record(`diff ${from} ${to}`);
    return this.state.diff;
  }
  async diffNumstat(): Promise<string> {
    return this.state.numstat;
  }
  async blame(path: string, ranges: readonly { start: number; end: number }[], from: string, to: string): Promise<string> {
    this.record(`blame ${path} ${ranges.map((range) => `${range.start}-${range.end}`).join(',')} ${from}..${to}`);
    return this.state.blame[path] ?? '';
  }
  async commitLog(shas: readonly string[]): Promise<string> {
    this.record(`commitLog ${shas.join(' ')}`);
    return this.state.commitLog;
  }
  async generatedPaths(paths: readonly string[], commit: string): Promise<ReadonlySet<string>> {
    this.record(`generatedPaths ${commit}`);
    return new Set(paths.filter((path) => this.state.generated.includes(path)));
  }
  async changedPaths(): Promise<string[]> {
    return (
      this.state.changedPaths ??
      this.state.numstat
        .split('\0')
        .flatMap((entry) => entry.split('\t').slice(2))
        .filter((path) => path !== '')
    );
  }
  async fileAt(commit: string, path: string): Promise<string | undefined> {
    this.record(`fileAt ${commit} ${path}`);
    return this.state.blobs[`${commit}:${path}`];
  }
  async pathsAt(commit: string, paths: readonly string[]): Promise<ReadonlySet<string>> {
    return new Set(paths.filter((path) => this.state.blobs[`${commit}:${path}`] !== undefined));
  }
  async relativeImports(commit: string, directory: string): Promise<{ path: string; line: number; text: string }[]> {
    this.record(`relativeImports ${commit} ${directory}`);
    return this.state.imports;
  }
  async fetchAiNotes(): Promise<boolean> {
    this.record('fetchAiNotes');
    return Object.keys(this.state.notes).length > 0;
  }
  async aiNote(sha: string): Promise<string | undefined> {
    this.record(`aiNote ${sha}`);
    return this.state.notes[sha];
  }
}

/** Directories (by path, with their real path) and files as text. */
export class MemoryFiles implements Files {
  readonly directories = new Map<string, string>([[WORKSPACE, WORKSPACE]]);
  readonly texts = new Map<string, string>();
  /** Every path removed, in order. */
  readonly removed: string[] = [];

  async realDirectory(path: string): Promise<string | undefined> {
    return this.directories.get(path);
  }
  async readText(path: string): Promise<string | undefined> {
    return this.texts.get(path);
  }
  async writeText(path: string, text: string): Promise<void> {
    this.texts.set(path, text);
  }
  async remove(path: string): Promise<void> {
    this.removed.push(path);
    this.texts.delete(path);
  }
  async filesIn(directory: string, suffix: string): Promise<string[] | undefined> {
    if (!this.directories.has(directory)) return undefined;
    return [...this.texts.keys()].filter((path) => path.startsWith(`${directory}/`) && path.endsWith(suffix)).sort();
  }
}

/** Reviews as GitHub would answer: `answer` for every request, each request recorded. */
export class MemoryApprovals implements Approvals {
  readonly requests: ApprovalRequest[] = [];
  answer: Approval = { state: 'not-approved', reason: 'no approving review (test)' };

  /** What reviewFacts gives: the facts, why there are none, or the error it throws. */
  facts: ReviewFacts | string | Error = { reviews: [], commits: [], accounts: new Map() };
  readonly factRequests: ApprovalRequest[] = [];

  async find(request: ApprovalRequest): Promise<Approval> {
    this.requests.push(request);
    return this.answer;
  }

  async reviewFacts(request: ApprovalRequest): Promise<ReviewFacts | string> {
    this.factRequests.push(request);
    if (this.facts instanceof Error) throw this.facts;
    return this.facts;
  }
}

/** What the stand-in Stryker does when run: print these lines, write this report, end like this. */
export interface StrykerBehaviour {
  readonly lines?: readonly string[];
  /** The text of the report Stryker hands over sealed; undefined: none handed over. */
  readonly report?: string;
  /** What reached the gate instead of a sealed report (a forgery). */
  readonly handed?: HandedReport;
  readonly exit?: Partial<StrykerExit>;
}

/** The isolation the stand-in reports. */
export const MEMORY_ISOLATION: Isolation = { level: 'pid-namespace', detail: 'test' };

/** Where the stand-in's own Stryker for a set is. */
export const bundledCliPath = (set: BundledSet): string => `/gate-stryker/${set}/node_modules/@stryker-mutator/core/bin/stryker.js`;

export class MemoryStryker implements Stryker {
  readonly runs: StrykerRun[] = [];
  /** Undefined: Stryker is not installed. */
  cli: string | undefined = `${WORKSPACE}/node_modules/@stryker-mutator/core/bin/stryker.js`;
  behaviour: StrykerBehaviour = {};
  /** What later runs do (a re-run of timed-out mutants), in order; each run after the first takes the next. */
  readonly laterBehaviours: StrykerBehaviour[] = [];

  /** The project's package manager, as the stand-in reports it. */
  manager: ProjectManager = { manager: 'pnpm', plugAndPlay: false };
  /** Each set the gate asked to bring, in order. */
  readonly bundledRequests: BundledSet[] = [];
  /** Set: bringing the gate's own Stryker fails with this message. */
  bundledFailure: string | undefined;

  async projectCli(): Promise<string | undefined> {
    return this.cli;
  }
  async packageManager(): Promise<ProjectManager> {
    return this.manager;
  }
  async bundledCli(set: BundledSet, _workingDirectory: string, progress: (message: string) => void): Promise<string> {
    this.bundledRequests.push(set);
    if (this.bundledFailure !== undefined) throw new GateError(this.bundledFailure);
    progress(`Installing the gate's Stryker for ${set} (test).`);
    return bundledCliPath(set);
  }
  async run(run: StrykerRun, onLine: (line: string) => void): Promise<StrykerOutcome> {
    this.runs.push(run);
    const behaviour = this.runs.length === 1 ? this.behaviour : (this.laterBehaviours[this.runs.length - 2] ?? this.behaviour);
    const { lines = [], report, handed } = behaviour;
    for (const line of lines) onLine(line);
    const sealed: HandedReport =
      report === undefined
        ? { kind: 'missing', reason: "Stryker's main process handed no report to the gate" }
        : { kind: 'sealed', text: report };
    return {
      exitCode: 0,
      signal: null,
      output: evidenceOf(lines),
      timedOut: false,
      ...behaviour.exit,
      report: handed ?? sealed,
      isolation: MEMORY_ISOLATION,
    };
  }
}

/** src/discount.ts at HEAD: ADDED_DISCOUNT added its lines 2 and 3. */
export const DISCOUNT_SOURCE = [
  '// Discounts.',
  'export const rate = (total: number): number => (total >= 100 ? 0.1 : 0);',
  'export const free = (total: number): boolean => total > 500;',
  '',
].join('\n');

/** A mutant of `code` (its first occurrence) on a line of DISCOUNT_SOURCE, run by test t1, which killed it when Killed. */
export function discountMutant(
  id: string,
  line: number,
  code: string,
  replacement: string,
  status: MutantResult['status'],
  mutatorName = 'EqualityOperator',
): MutantResult {
  const column = (DISCOUNT_SOURCE.split('\n')[line - 1] as string).indexOf(code) + 1;
  return {
    id,
    mutatorName,
    replacement,
    status,
    location: { start: { line, column }, end: { line, column: column + code.length } },
    coveredBy: ['t1'],
    ...(status === 'Killed' ? { killedBy: ['t1'] } : {}),
  };
}

/** Stryker's report of src/discount.ts with these mutants, test t1 in test/discount.test.ts. */
export function discountReport(mutants: readonly MutantResult[]): string {
  return JSON.stringify({
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: { 'src/discount.ts': { language: 'typescript', source: DISCOUNT_SOURCE, mutants } },
    testFiles: { 'test/discount.test.ts': { tests: [{ id: 't1', name: 'discounts big carts' }] } },
  });
}

/** One added file, src/discount.ts, lines 2 and 3, as git diff and numstat write it. */
export const ADDED_DISCOUNT = {
  diff: [
    'diff --git a/src/discount.ts b/src/discount.ts',
    'index 1111111..2222222 100644',
    '--- a/src/discount.ts',
    '+++ b/src/discount.ts',
    '@@ -1,0 +2,2 @@',
    '+export const rate = (total: number): number => (total >= 100 ? 0.1 : 0);',
    '+export const free = (total: number): boolean => total > 500;',
    '',
  ].join('\n'),
  numstat: '2\t0\tsrc/discount.ts\0',
};

/** A new file with these lines (by default `const lineN = N;`), as git diff and numstat write it. */
export function addedFile(path: string, lines: number | readonly string[]): { diff: string; numstat: string } {
  const texts = typeof lines === 'number' ? Array.from({ length: lines }, (_, index) => `const line${index} = ${index};`) : lines;
  return {
    diff: [
      `diff --git a/${path} b/${path}`,
      'new file mode 100644',
      'index 0000000..3333333',
      '--- /dev/null',
      `+++ b/${path}`,
      `@@ -0,0 +1,${texts.length} @@`,
      ...texts.map((text) => `+${text}`),
      '',
    ].join('\n'),
    numstat: `${texts.length}\t0\t${path}\0`,
  };
}

/** The diff and numstat of several changed files together, in order. */
export function changedFiles(...files: { diff: string; numstat: string }[]): { diff: string; numstat: string } {
  return { diff: files.map((file) => file.diff).join(''), numstat: files.map((file) => file.numstat).join('') };
}

/** The state of a full clone of a pull request that adds lines 2 and 3 of src/discount.ts. */
export function repositoryState(overrides: Partial<RepositoryState> = {}): RepositoryState {
  return {
    refs: { [BASE]: BASE, HEAD },
    origin: {},
    mergeBase: MERGE_BASE,
    shallow: false,
    deepEnough: false,
    canUnshallow: true,
    topLevel: WORKSPACE,
    history: [BASE, HEAD, MERGE_BASE],
    ...ADDED_DISCOUNT,
    generated: [],
    blame: {},
    commitLog: '',
    notes: {},
    // The project's Stryker config, unchanged by the pull request.
    blobs: { [`${MERGE_BASE}:stryker.config.json`]: '{}', [`${HEAD}:stryker.config.json`]: '{}' },
    changedPaths: undefined,
    imports: [],
    ...overrides,
  };
}

/** One gather phase in memory: the repository, the inputs, the event, and what the stand-in Stryker does. */
export interface MemoryScenario {
  readonly state?: Partial<RepositoryState>;
  readonly config?: Config;
  readonly event: GateEvent;
  /** The text of Stryker's mutation.json. */
  readonly report: string;
  /** What Stryker prints. */
  readonly lines: readonly string[];
  readonly workflowPath?: string;
  /** GITHUB_SHA: the commit the event is for. */
  readonly eventCommit?: string;
  /** How GitHub answers when asked who approved the findings; by default nobody did. */
  readonly approval?: Approval;
}

/** A gate run over in-memory ports, as a test sets it up (threshold 80 unless its config says otherwise). */
export function memoryRun(scenario: MemoryScenario): { run: GateRun; ports: MemoryPorts } {
  const ports = memoryPorts(repositoryState(scenario.state));
  ports.stryker.behaviour = { lines: scenario.lines, report: scenario.report };
  if (scenario.approval !== undefined) ports.approvals.answer = scenario.approval;
  const run = {
    // No check for flaky tests unless a test asks: each would be one more Stryker run to script.
    config: scenario.config ?? configFrom({ threshold: '80', 'flaky-check': '0' }),
    event: scenario.event,
    workspace: WORKSPACE,
    runFiles: RUN_FILES,
    workflowPath: scenario.workflowPath,
    eventCommit: scenario.eventCommit,
  };
  return { run, ports };
}

/** Every port in memory, and the parts a test looks at. */
export interface MemoryPorts extends GatePorts {
  readonly git: (directory: string) => MemoryGit;
  readonly repository: MemoryGit;
  readonly stryker: MemoryStryker;
  readonly files: MemoryFiles;
  readonly log: RecordingLog;
  readonly approvals: MemoryApprovals;
  /** The directories git was opened in, in order. */
  readonly openedIn: string[];
}

export function memoryPorts(state: RepositoryState = repositoryState()): MemoryPorts {
  const files = new MemoryFiles();
  const repository = new MemoryGit(state);
  const openedIn: string[] = [];
  return {
    git: (directory) => {
      openedIn.push(directory);
      return repository;
    },
    repository,
    stryker: new MemoryStryker(),
    files,
    log: new RecordingLog(),
    approvals: new MemoryApprovals(),
    openedIn,
  };
}

/** Everything the publish phase left behind, in memory; comments answered by `answer`. */
export class MemoryPublisher implements PublishPorts {
  readonly written = new Map<string, Readonly<Record<string, unknown>>>();
  readonly summaries: string[] = [];
  /** Each setOutputs call's outputs, in order. */
  readonly outputs: Readonly<Partial<Record<OutputName, string>>>[] = [];
  /** Publishing steps that fail as an unwritable file would. */
  readonly failing = new Set<'report' | 'summary' | 'outputs' | 'annotations'>();
  readonly annotations: Annotation[] = [];
  readonly comments: StickyCommentRequest[] = [];
  readonly existing = new Set<string>();
  readonly log = new RecordingLog();

  constructor(private readonly answer: StickyCommentResult = { outcome: 'created', url: 'https://github.com/o/r/pull/7#issuecomment-1' }) {}

  /** The outputs as the runner ends up with them: a later value of an output wins. */
  get finalOutputs(): Readonly<Partial<Record<OutputName, string>>> {
    return Object.assign({}, ...this.outputs);
  }
  private fail(step: 'report' | 'summary' | 'outputs' | 'annotations'): void {
    if (this.failing.has(step)) throw new Error(`EACCES: permission denied (${step})`);
  }
  async writeGateReport(path: string, report: Readonly<Record<string, unknown>>): Promise<void> {
    this.fail('report');
    this.written.set(path, report);
  }
  async writeJobSummary(markdown: string): Promise<void> {
    this.fail('summary');
    this.summaries.push(markdown);
  }
  setOutputs(outputs: Readonly<Partial<Record<OutputName, string>>>): void {
    this.fail('outputs');
    this.outputs.push(outputs);
  }
  annotate(annotations: readonly Annotation[]): void {
    this.fail('annotations');
    this.annotations.push(...annotations);
  }
  async fileExists(path: string): Promise<boolean> {
    return this.existing.has(path);
  }
  async postComment(request: StickyCommentRequest): Promise<StickyCommentResult> {
    this.comments.push(request);
    return this.answer;
  }
}
