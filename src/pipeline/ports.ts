/**
 * The I/O the gather phase needs, as small interfaces it is handed (like actions/checkout's
 * IGitCommandManager): main.ts wires the real adapters in src/adapters/, tests wire in-memory ones.
 */
import type { ReviewFacts } from '../core/approvals/ai-approvals.js';
import type { Config } from '../core/config/config.js';
import type { Approval } from '../core/findings/finding.js';
import type { BundledSet } from '../core/stryker/bundled-stryker.js';
import type { StrykerExit } from '../core/stryker/failure-diagnosis.js';
import type { HandedReport } from '../core/stryker/handed-report.js';
import type { Isolation } from '../core/stryker/isolation.js';
import type { ProjectManager } from '../core/stryker/package-manager.js';

/** The git operations the gate needs. */
export interface Git {
  /** The repository's top-level directory; GateError outside a repository. */
  topLevel(): Promise<string>;
  /** The commit a ref names, or undefined when the clone does not have it. */
  resolveCommit(ref: string): Promise<string | undefined>;
  /** Fetches one ref or SHA from origin; the fetched commit, or undefined when it could not be fetched. */
  fetchCommit(ref: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** Whether commit `a` is in the history of `b` (false when the clone does not have `a`). */
  isAncestor(a: string, b: string): Promise<boolean>;
  isShallow(): Promise<boolean>;
  /** Fetches the whole history of a shallow clone; whether that worked. */
  unshallow(): Promise<boolean>;
  /**
   * `git diff --unified=0` from one commit to another, every file as text (whatever .gitattributes says),
   * rename detection on, line endings and trailing blanks ignored, paths unquoted where git allows.
   */
  diff(from: string, to: string): Promise<string>;
  /** Every path the change touches, relative to the repository root: added, modified, deleted, both sides of a rename. */
  changedPaths(from: string, to: string): Promise<string[]>;
  /** A file's content at a commit (path relative to the repository root); undefined when it has no such file. */
  fileAt(commit: string, path: string): Promise<string | undefined>;
  /** Which of these paths (relative to the repository root) a commit has, in one call. */
  pathsAt(commit: string, paths: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * The lines of the files under `directory` (relative to the repository root, '' for all) at a commit
   * that load a relative module (`from './x'`, `require('../x')`, `import('./x')`).
   */
  relativeImports(commit: string, directory: string): Promise<{ path: string; line: number; text: string }[]>;
  /** `git diff --numstat -z` with the same options: the same files in the same order, paths raw. */
  diffNumstat(from: string, to: string): Promise<string>;
  /**
   * `git blame --line-porcelain` of some lines of a file (path relative to the repository root) over
   * `from..to`, ignoring whitespace and following moved or copied lines, so those blame to `from`.
   */
  blame(path: string, ranges: readonly { start: number; end: number }[], from: string, to: string): Promise<string>;
  /** `git log` of exactly these commits in the given format. */
  commitLog(shas: readonly string[], format: string): Promise<string>;
  /**
   * The paths (relative to the repository root) that the .gitattributes files of `commit` mark
   * linguist-generated: the working tree's (which the change controls) are not read.
   */
  generatedPaths(paths: readonly string[], commit: string): Promise<ReadonlySet<string>>;
  /** Fetches refs/notes/ai from origin when the clone lacks it; whether the clone has the ref afterwards. */
  fetchAiNotes(): Promise<boolean>;
  /** The refs/notes/ai note of a commit, or undefined. */
  aiNote(sha: string): Promise<string | undefined>;
}

export interface StrykerRun {
  readonly cli: string;
  readonly configPath: string;
  readonly workingDirectory: string;
  /** Undefined: no limit. */
  readonly timeoutMs: number | undefined;
  /** Where the gate's reporter module is written; the generated config lists it as a plugin. */
  readonly sealModulePath: string;
  /** Where that reporter writes the report it seals. */
  readonly reportPath: string;
  /** The run's own directory (the code under test may write there: with `isolation: user` it is handed to the test user). */
  readonly runDirectory: string;
  /** Variables the tests get beside the allow-list (the test-env input). */
  readonly testEnv: readonly string[];
  readonly isolation: Config['isolation'];
}

/** How a Stryker run ended, the report it handed over, and how the code under test was kept apart. */
export interface StrykerOutcome extends StrykerExit {
  readonly report: HandedReport;
  readonly isolation: Isolation;
}

/** Stryker: the project's own, or the one the gate brings. */
export interface Stryker {
  /** The CLI script of the project's own @stryker-mutator/core; undefined when it has none. */
  projectCli(workingDirectory: string): Promise<string | undefined>;
  /** The project's package manager, from the working directory up, for advice in its own words. */
  packageManager(workingDirectory: string): Promise<ProjectManager>;
  /**
   * The gate's own Stryker for a set, installed from the action's lockfile when it is not yet, with the
   * project's test runner linked in; its CLI script. GateError when it cannot be installed, or the
   * project's test runner is not installed.
   */
  bundledCli(set: BundledSet, workingDirectory: string, progress: (message: string) => void): Promise<string>;
  /**
   * Runs `stryker run <config>` with the allow-listed environment, passing on every line it prints, and
   * stops every process it started before taking its report; GateError when it cannot start.
   */
  run(run: StrykerRun, onLine: (line: string) => void): Promise<StrykerOutcome>;
}

/** The files the gate reads and writes. */
export interface Files {
  /** The real path (links resolved) of a directory; undefined when there is no directory there. */
  realDirectory(path: string): Promise<string | undefined>;
  /** A file's text; undefined when it cannot be read. */
  readText(path: string): Promise<string | undefined>;
  writeText(path: string, text: string): Promise<void>;
  /** Removes a file the gate wrote; nothing when it is already gone. */
  remove(path: string): Promise<void>;
  /** The files in a directory and the folders below it whose names end with `suffix`, sorted; undefined when it is no directory. */
  filesIn(directory: string, suffix: string): Promise<string[] | undefined>;
}

/** Where the gate's progress goes: the job log, or a test's recorder. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /**
   * Runs `work` inside a collapsed group of the job log; the lines it emits come from other programs
   * (Stryker, test names, code) and are shown, never obeyed as workflow commands.
   */
  untrustedGroup<T>(title: string, work: (emit: (line: string) => void) => Promise<T>): Promise<T>;
}

/** The paths of the files one gate run owns, in a directory of its own. */
export interface RunFiles {
  /** The run's own directory, which holds every file below. */
  readonly directory: string;
  readonly strykerConfigPath: string;
  /** A copy of the project's JSON Stryker config, as git has it at the trusted commit. */
  readonly projectConfigPath: string;
  /** Where the gate's reporter in Stryker writes the report it seals. */
  readonly mutationReportPath: string;
  /** The gate's module that Stryker's main process loads first: it takes the seal key and is the reporter. */
  readonly sealModulePath: string;
  /** Stryker's HTML report of the changed files. */
  readonly htmlReportPath: string;
  /** The config and HTML report of the re-run of rechecked mutants, apart from the first run's. */
  readonly recheckConfigPath: string;
  readonly recheckHtmlReportPath: string;
  /** The config and the reports of the check for flaky tests (mutation.json stays the measurement's). */
  readonly probeConfigPath: string;
  readonly probeReportPath: string;
  readonly probeHtmlReportPath: string;
  /** The name of the file that check writes in the working directory for the run, and removes after it. */
  readonly probeModuleName: string;
  /** The config and report of the run that lists the mutants for a budget's choice (no test runs). */
  readonly enumerateConfigPath: string;
  readonly enumerateReportPath: string;
  readonly gateReportPath: string;
  /** A shard run's result, for the merge job. */
  readonly shardResultPath: string;
}

/** The pull request whose findings need approval, as the event names it. */
export interface ApprovalRequest {
  readonly pullNumber: number;
  /** Only an approval of this commit counts: a later push needs a new one. */
  readonly headSha: string;
  readonly authorLogin: string;
}

/** Who approved the pull request's findings, read from GitHub (never from a file the PR controls). */
export interface Approvals {
  /** Never throws: without a token or API access the answer is not-approved, with the reason. */
  find(request: ApprovalRequest): Promise<Approval>;
  /**
   * What ai-approvals counts, every page: the reviews, the commits and the candidate approvers'
   * accounts; without a token or repository, why not. GateError when GitHub cannot be read.
   */
  reviewFacts(request: ApprovalRequest): Promise<ReviewFacts | string>;
}

/** Every port the gather phase uses. */
export interface GatePorts {
  readonly approvals: Approvals;
  /** Git, run in the given directory. */
  readonly git: (directory: string) => Git;
  readonly stryker: Stryker;
  readonly files: Files;
  readonly log: Log;
}
