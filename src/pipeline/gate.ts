import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createGit, type Git } from '../adapters/git.js';
import type { Log } from '../adapters/log.js';
import { type RunFiles, readJsonFile, writeTextFile } from '../adapters/run-files.js';
import { findProjectConfig, findStrykerCli, runStrykerProcess } from '../adapters/stryker.js';
import { attributeChangedLines } from '../core/attribution/attribution.js';
import { describeSignals } from '../core/attribution/signal-report.js';
import type { Config } from '../core/config/config.js';
import { type GateEvent, pullRequestHeadSha, resolveBase } from '../core/diff/base-ref.js';
import { type ChangedFile, parseChangedLines, parseNumstatPaths } from '../core/diff/changed-lines.js';
import { scopeChangedFiles } from '../core/diff/file-scope.js';
import { toMutatePatterns } from '../core/diff/mutate-ranges.js';
import type { Comparison, ScoredOutcome } from '../core/judge/report.js';
import { type Gating, splitByGate } from '../core/scoring/ai-split.js';
import { keepChangedLineMutants } from '../core/scoring/changed-mutants.js';
import { scoreChangedLines } from '../core/scoring/scoring.js';
import { decideVerdict, nothingToMutateVerdict } from '../core/scoring/verdict.js';
import { describeStrykerFailure } from '../core/stryker/failure-diagnosis.js';
import { type ProjectConfigReference, renderGeneratedConfig } from '../core/stryker/generated-config.js';
import { type MutationTestResult, parseMutationReport } from '../core/stryker/stryker-report.js';
import { indexTests } from '../core/stryker/test-index.js';
import { gatherAttributionSources } from './attribution-sources.js';
import { GateError } from './gate-error.js';

export interface GateRun {
  readonly config: Config;
  readonly event: GateEvent;
  /** GITHUB_WORKSPACE, against which a relative working-directory is resolved. */
  readonly workspace: string;
  readonly log: Log;
  /** The files this run owns: generated Stryker config and Stryker's report. */
  readonly files: RunFiles;
}

async function resolveWorkingDirectory(workspace: string, workingDirectory: string): Promise<string> {
  const path = resolve(workspace, workingDirectory);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new GateError(`Input "working-directory" is ${JSON.stringify(workingDirectory)}, but ${path} is not a directory.`);
  }
  const real = await realpath(path);
  const inside = relative(await realpath(workspace), real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new GateError(
      `Input "working-directory" is ${JSON.stringify(workingDirectory)}, which resolves to ${real}, outside the workspace ${workspace}.`,
    );
  }
  return real;
}

/**
 * Under pull_request_target the token can write, so running the PR's own code (its tests, its Stryker
 * config) would hand that token to whoever opened the PR. Refused unless the workflow says otherwise.
 */
async function refuseUntrustedCode(git: Git, run: GateRun, head: string): Promise<void> {
  if (run.event.name !== 'pull_request_target' || run.config.allowUntrustedCode) return;
  const prHead = pullRequestHeadSha(run.event);
  if (prHead === undefined || !(await git.isAncestor(prHead, head))) return;
  throw new GateError(
    "Refusing to run: this is a pull_request_target event and the checked-out code includes the pull request's own " +
      "commits. Running them (their tests, their Stryker config) with this event's write token would let anyone who " +
      'opens a pull request act with it. Use the pull_request event instead; only if every pull request comes from ' +
      'trusted authors, set allow-untrusted-code: true.',
  );
}

async function resolveBaseCommit(git: Git, base: string, log: Log): Promise<string> {
  const local = await git.resolveCommit(base);
  if (local !== undefined) return local;
  log.info(`Base ${base} is not in the clone; fetching it from origin.`);
  const fetched = await git.fetchCommit(base);
  if (fetched !== undefined) return fetched;
  throw new GateError(
    `The base ${base} is not in the clone and could not be fetched. Check out with full history ` +
      '(actions/checkout with fetch-depth: 0), or set the "base" input to a commit that exists.',
  );
}

async function compare(git: Git, run: GateRun): Promise<Comparison> {
  const resolution = resolveBase(run.config.base, run.event);
  if (!resolution.ok) throw new GateError(resolution.problem);
  const baseCommit = await resolveBaseCommit(git, resolution.base, run.log);
  const head = await git.resolveCommit('HEAD');
  if (head === undefined) throw new GateError('HEAD does not name a commit: check out the commit to test before this step.');
  let mergeBase = await git.mergeBase(baseCommit, head);
  if (mergeBase === undefined && (await git.isShallow())) {
    // actions/checkout fetches one commit by default: fetch the rest, so the result is a full clone's.
    run.log.info(
      'The clone is shallow and lacks the merge base: fetching its full history (fetch-depth: 0 on actions/checkout saves this step).',
    );
    if (await git.unshallow()) mergeBase = await git.mergeBase(baseCommit, head);
  }
  if (mergeBase === undefined) {
    const shallow = (await git.isShallow()) ? ' The clone is shallow and its history could not be fetched:' : '';
    throw new GateError(
      `HEAD and the base ${resolution.base} share no history in this clone.${shallow} use actions/checkout with fetch-depth: 0.`,
    );
  }
  return { base: resolution.base, baseSource: resolution.source, mergeBase, head };
}

/** The project's Stryker: its CLI script and its own config, found before any other work. */
interface StrykerSetup {
  readonly cli: string;
  readonly project: ProjectConfigReference | undefined;
}

/** Runs the project's Stryker on the changed-line ranges and returns its validated report. */
async function mutate(
  run: GateRun,
  workingDirectory: string,
  { cli, project }: StrykerSetup,
  patterns: readonly string[],
  files: number,
): Promise<MutationTestResult> {
  const runFiles = run.files;
  const settings = {
    mutate: patterns,
    jsonReportPath: runFiles.mutationReportPath,
    htmlReportPath: runFiles.htmlReportPath,
    concurrency: run.config.concurrency,
  };
  await writeTextFile(runFiles.strykerConfigPath, renderGeneratedConfig(project, settings));
  run.log.info(`Stryker config: ${runFiles.strykerConfigPath} (extends ${project?.url ?? "Stryker's defaults"})`);
  const { timeoutMinutes } = run.config;
  const timeoutMs = timeoutMinutes === undefined ? undefined : timeoutMinutes * 60_000;
  const exit = await run.log.untrustedGroup(`Stryker: ${patterns.length} changed range(s) in ${files} file(s)`, (emit) =>
    runStrykerProcess(cli, runFiles.strykerConfigPath, workingDirectory, emit, timeoutMs),
  );
  if (exit.timedOut || exit.exitCode !== 0) throw new GateError(describeStrykerFailure(exit, timeoutMinutes), exit.tail);
  const report = parseMutationReport(await readJsonFile(runFiles.mutationReportPath, "Stryker's mutation.json", exit.tail));
  if (!report.ok) {
    throw new GateError(`Stryker's mutation.json is not a valid mutation testing report: ${report.problem}.`, exit.tail);
  }
  return report.report;
}

/**
 * The whole gate: changed lines, Stryker on them, score and verdict. Throws GateError for anything
 * that prevents an honest answer.
 */
export async function runGate(run: GateRun): Promise<ScoredOutcome> {
  const workingDirectory = await resolveWorkingDirectory(run.workspace, run.config.workingDirectory);
  // A project that cannot run Stryker fails before any other work, whatever the change touches.
  const stryker: StrykerSetup = {
    cli: await findStrykerCli(workingDirectory),
    project: await findProjectConfig(workingDirectory, run.config.strykerConfig),
  };
  const repositoryRoot = await realpath(await createGit(workingDirectory).topLevel());
  // Diff and blame paths are relative to the repository root: run git there.
  const git = createGit(repositoryRoot);
  const comparison = await compare(git, run);
  await refuseUntrustedCode(git, run, comparison.head);
  run.log.info(`Comparing ${comparison.mergeBase} (merge base with ${comparison.base}) to HEAD ${comparison.head}.`);

  const changed = parseChangedLines(
    await git.diff(comparison.mergeBase, comparison.head),
    parseNumstatPaths(await git.diffNumstat(comparison.mergeBase, comparison.head)),
  );
  const workingDirectoryInRepository = relative(repositoryRoot, workingDirectory).split(sep).join('/');
  const scope = scopeChangedFiles(changed, {
    workingDirectory: workingDirectoryInRepository,
    include: run.config.include,
    exclude: run.config.exclude,
    generated: await git.generatedPaths(changed.map((file) => file.path)),
  });
  const { patterns, untargetable } = toMutatePatterns(scope.selected, workingDirectory);
  const unreachable = new Set(untargetable);
  const targeted: ChangedFile[] = scope.selected.filter((file) => !unreachable.has(file.path));
  run.log.info(
    `${changed.length} changed file(s); ${targeted.length} to mutate, ${scope.skipped.length + untargetable.length} not mutated.`,
  );

  const repositoryPrefix = workingDirectoryInRepository === '' ? '' : `${workingDirectoryInRepository}/`;
  const gathered = await gatherAttributionSources(
    git,
    targeted,
    (path) => `${repositoryPrefix}${path}`,
    comparison,
    run.config,
    run.event,
    (message) => run.log.info(message),
  );
  const attribution = attributeChangedLines(targeted, gathered.sources);
  const gating: Gating = { detection: run.config.aiDetection, unknownAs: run.config.unknownAs };
  const signals = describeSignals(gathered.availability);
  const outcome = {
    kind: 'scored',
    config: run.config,
    comparison,
    scope,
    untargetable,
    attribution,
    gating,
    signals,
    repositoryPrefix,
  } as const;
  if (targeted.length === 0) {
    const none = scoreChangedLines({}, []);
    const verdict = nothingToMutateVerdict(changed.length);
    return { ...outcome, verdict, mutants: {}, score: none, aiScore: none, otherScore: none, tests: new Map() };
  }

  const report = await mutate(run, workingDirectory, stryker, patterns, targeted.length);
  const mutants = keepChangedLineMutants(report, targeted);
  const score = scoreChangedLines(mutants, targeted);
  const portions = splitByGate(mutants, attribution, gating);
  const aiScore = scoreChangedLines(portions.ai.mutants, portions.ai.changed);
  const otherScore = scoreChangedLines(portions.other.mutants, portions.other.changed);
  const aiLines = portions.ai.changed.reduce((sum, file) => sum + file.lines.length, 0);
  run.log.info(`AI-touched: ${aiLines} changed line(s), ${aiScore.total.mutants} valid mutant(s).`);
  const verdict = decideVerdict(score.total, run.config.threshold, {
    counts: aiScore.total,
    lines: aiLines,
    threshold: run.config.aiThreshold,
  });
  return { ...outcome, verdict, mutants, score, aiScore, otherScore, tests: indexTests(report) };
}
