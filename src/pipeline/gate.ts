import { relative, sep } from 'node:path';
import { type AiApprovalCheck, withApprovalCheck } from '../core/approvals/ai-approvals.js';
import { attributeChangedLines } from '../core/attribution/attribution.js';
import { describeSignals } from '../core/attribution/signal-report.js';
import type { Config } from '../core/config/config.js';
import { type ChangedFile, parseAddedLines, parseNumstatPaths } from '../core/diff/changed-lines.js';
import { type FileScope, type ScopedFiles, type SkippedFile, scopeChangedFiles } from '../core/diff/file-scope.js';
import { toMutatePatterns } from '../core/diff/mutate-ranges.js';
import type { ImportLine } from '../core/diff/relative-imports.js';
import { filesNoTestReaches } from '../core/diff/untested-imports.js';
import type { UnmeasuredSource } from '../core/findings/hidden-source.js';
import type { GateEvent } from '../core/gate-event.js';
import { type Evidence, judge } from '../core/judge/judge.js';
import { type Comparison, NOT_MUTATED_REASONS, notMutatedFiles, type ScoredReport } from '../core/judge/report.js';
import { judgeWorkspace, type PackageEvidence, type WorkspaceEvidence } from '../core/judge/workspace.js';
import type { ReuseOfRun } from '../core/reuse/reuse-plan.js';
import { withReusedResults } from '../core/reuse/reused-results.js';
import { gatingOf } from '../core/scoring/ai-split.js';
import { filesOfShard, planShards } from '../core/shards/shard-plan.js';
import type { DetectedConfig } from '../core/stryker/runner-detection.js';
import { STRYKER_CONFIG_NAMES } from '../core/stryker/trusted-config.js';
import { changeAiLines, checkAiApprovals } from './ai-approvals.js';
import { type ApprovalCheck, approvalCheck } from './approval.js';
import { gatherAttributionSources } from './attribution-sources.js';
import { type BudgetChoice, budgetSeed, chooseWithBudget, hasBudget } from './budget.js';
import { compare, type LocalChange, refuseUntrustedCode } from './comparison.js';
import { settleFlakyTests } from './flaky-check.js';
import { GateError } from './gate-error.js';
import { gatherMeasurementChanges } from './measurement-changes.js';
import { type Measurement, mutate } from './mutate.js';
import { packageRunFiles } from './package-run-files.js';
import type { GatePorts, Git, RunFiles } from './ports.js';
import { readRunStates, reusePlanFor, type SavedStates, saveRunStates } from './reuse.js';
import { detectProjectConfig } from './run-setup.js';
import { gatherShards, writeShardResult } from './shards.js';
import { bundledSet, chosenCli, projectStrykerCli, type StrykerChoice } from './stryker-choice.js';
import type { StrykerContext } from './stryker-run.js';
import { trustedStrykerConfig } from './trusted-config.js';
import { resolveWorkingDirectory } from './working-directory.js';
import { type ChangedPackages, changedWorkspacePackages } from './workspace.js';

/** One run of the gate: its settings, its event and where it works. */
export interface GateRun {
  readonly config: Config;
  readonly event: GateEvent;
  /** GITHUB_WORKSPACE, against which a relative working-directory is resolved. */
  readonly workspace: string;
  /** The files this run owns: generated Stryker config and Stryker's report. */
  readonly runFiles: RunFiles;
  /** The workflow file running the gate, relative to the repository root (from GITHUB_WORKFLOW_REF). */
  readonly workflowPath: string | undefined;
  /** The commit the workflow run's event is for (GITHUB_SHA); undefined outside a runner. */
  readonly eventCommit: string | undefined;
  /** Shared by the packages of a workspace run, so that GitHub is asked at most once; else the run makes its own. */
  readonly approval?: ApprovalCheck;
  /** The earlier runs' states, read before any Stryker run; undefined when reuse is off. */
  readonly earlierStates?: SavedStates;
  /** The local command's default base and uncommitted work; undefined in a workflow. */
  readonly local?: LocalChange;
  /** The AI-touched changed lines of the whole change, once counted (ai-approvals): a workspace's packages share them. */
  readonly changeAiLines?: number;
}

/** What the gather phase found: one directory's evidence, or each workspace package's. */
export type Gathered = Evidence | WorkspaceEvidence;

/** The changed files the gate will not mutate, as repository paths with the reason in words. */
function unmeasuredFiles(scope: FileScope, skipped: readonly SkippedFile[], untargetable: readonly string[]): UnmeasuredSource[] {
  const prefix = scope.workingDirectory === '' ? '' : `${scope.workingDirectory}/`;
  return notMutatedFiles(skipped, untargetable).map((file) => ({
    path: file.reason === 'outside-working-directory' ? file.path : `${prefix}${file.path}`,
    why: `${NOT_MUTATED_REASONS[file.reason]}${file.pattern === undefined ? '' : ` ${file.pattern}`}`,
  }));
}

/**
 * The files to mutate (working-directory paths) that no test reaches through relative imports, from
 * the files at HEAD: for them Jest's and Vitest's related-test narrowing would run no test.
 */
function filesNoTestImports(imports: readonly ImportLine[], workingDirectoryInRepository: string, files: readonly ChangedFile[]): string[] {
  const prefix = workingDirectoryInRepository === '' ? '' : `${workingDirectoryInRepository}/`;
  const unreached = new Set(
    filesNoTestReaches(
      files.map((file) => `${prefix}${file.path}`),
      imports,
    ),
  );
  return files.filter((file) => unreached.has(`${prefix}${file.path}`)).map((file) => file.path);
}

/**
 * With the default working-directory at the repository root, and no Stryker config at the root: the
 * workspace packages that hold changed source files (see changedWorkspacePackages).
 */
async function workspaceToMeasure(
  git: Git,
  run: GateRun,
  comparison: Comparison,
  workingDirectoryInRepository: string,
  scope: ScopedFiles,
): Promise<ChangedPackages | undefined> {
  const atRoot = run.config.workingDirectory === '.' && workingDirectoryInRepository === '' && run.config.strykerConfig === undefined;
  if (!atRoot || (await git.pathsAt(comparison.mergeBase, STRYKER_CONFIG_NAMES)).size > 0) return undefined;
  return changedWorkspacePackages(git, comparison.mergeBase, comparison.head, scope);
}

/** The run as if working-directory named the package. */
function inPackage(run: GateRun, folder: string): GateRun {
  return { ...run, config: Object.freeze({ ...run.config, workingDirectory: folder }) };
}

/**
 * Each package with changed source, measured one after another with its own Stryker setup, under one
 * approval check. One package, and no changed source outside it: measured as if working-directory named it.
 */
async function gatherPackages(run: GateRun, ports: GatePorts, workspace: ChangedPackages): Promise<Gathered> {
  const { log } = ports;
  const { packages } = workspace;
  const [only] = packages;
  if (only !== undefined && packages.length === 1 && workspace.elsewhere.every((file) => file.reason !== 'in-no-package')) {
    log.info(`Workspace monorepo: every changed source file is in ${only}; measuring it with its own Stryker setup.`);
    return gatherEvidence(inPackage(run, only), ports);
  }
  if (run.config.shard !== undefined) {
    throw new GateError(
      `The change touches source in ${packages.length} workspace packages (${packages.join(', ')}), and shard splits one ` +
        "directory's files: set working-directory to one package per matrix job, or leave shard empty.",
    );
  }
  if (run.config.maxMutants !== undefined) {
    throw new GateError(
      `The change touches source in ${packages.length} workspace packages (${packages.join(', ')}), and max-mutants draws one ` +
        "sample from one directory's mutants: set working-directory to one package per job, or leave max-mutants empty.",
    );
  }
  log.info(
    `Workspace monorepo: changed source in ${packages.length} package(s) (${packages.join(', ')}); measuring each with its own ` +
      'Stryker setup, one after another.',
  );
  const approval = run.approval ?? approvalCheck(ports.approvals, run.event);
  const measured: PackageEvidence[] = [];
  for (const [index, folder] of packages.entries()) {
    log.info(`Package ${index + 1} of ${packages.length}: ${folder}.`);
    const packageRun: GateRun = { ...inPackage(run, folder), runFiles: packageRunFiles(run.runFiles, folder), approval };
    const gathered = await gatherEvidence(packageRun, ports).catch((error: unknown) => {
      throw error instanceof GateError
        ? new GateError(`In ${folder}: ${error.message}`, error.details, { tampering: error.tampering })
        : error;
    });
    measured.push(...('packages' in gathered ? gathered.packages : [{ folder, evidence: gathered }]));
  }
  return { packages: measured, elsewhere: workspace.elsewhere };
}

/** What the log says of what the run takes from an earlier one. */
function reuseLogLine(reuse: ReuseOfRun, files: number): string {
  if (reuse.from === undefined) return `Reuse: nothing from an earlier run${reuse.why === undefined ? '' : ` (${reuse.why})`}.`;
  return (
    `Reuse: ${reuse.mutants} mutant result(s) in ${reuse.files} of the ${files} file(s) to mutate, from the run on ${reuse.from}; ` +
    `measuring ${files - reuse.files} file(s) now.`
  );
}

/** What the log says of a run without a Stryker config. */
function detectionLine({ detected, missingPlugin, config }: DetectedConfig): string {
  const found = detected === undefined ? 'no test runner detected' : `detected ${detected.runner} (${detected.evidence})`;
  const missing = missingPlugin === undefined ? '' : `; ${missingPlugin} is not installed`;
  return `No Stryker config at the merge base: ${found}${missing}; running with ${JSON.stringify(config)}.`;
}

/**
 * GATHER: the changed lines, what they are compared with, the evidence for each line's class, and
 * Stryker's report on those lines. Throws GateError for anything that prevents an honest answer.
 */
export async function gatherEvidence(run: GateRun, ports: GatePorts): Promise<Gathered> {
  const { config, event } = run;
  const { log } = ports;
  const workingDirectory = await resolveWorkingDirectory(ports.files, run.workspace, config.workingDirectory);
  // `stryker: project` without Stryker fails before any other work, whatever the change touches.
  const projectCli = await projectStrykerCli(ports.stryker, config.stryker, workingDirectory);
  const topLevel = await ports.git(workingDirectory).topLevel();
  const repositoryRoot = (await ports.files.realDirectory(topLevel)) ?? topLevel;
  // Diff and blame paths are relative to the repository root: run git there.
  const git = ports.git(repositoryRoot);
  const comparison = await compare(git, config, event, log, run.local);
  await refuseUntrustedCode(git, config, event, comparison, run.eventCommit);
  const compared =
    run.local?.uncommitted === undefined ? `HEAD ${comparison.head}` : `the working tree (committed here as ${comparison.head})`;
  log.info(`Comparing ${comparison.mergeBase} (merge base with ${comparison.base}) to ${compared}.`);

  const added = parseAddedLines(
    await git.diff(comparison.mergeBase, comparison.head),
    parseNumstatPaths(await git.diffNumstat(comparison.mergeBase, comparison.head)),
  );
  const changed: ChangedFile[] = added.map(({ path, added: lines }) => ({ path, lines: lines.map((line) => line.line) }));
  const changedPaths = await git.changedPaths(comparison.mergeBase, comparison.head);
  const workingDirectoryInRepository = relative(repositoryRoot, workingDirectory).split(sep).join('/');
  const fileScope: FileScope = {
    workingDirectory: workingDirectoryInRepository,
    include: config.include,
    exclude: config.exclude,
    // The merge base's .gitattributes: a line the change adds cannot mark its own code generated.
    generated: await git.generatedPaths(
      changed.map((file) => file.path),
      comparison.mergeBase,
    ),
  };
  const scope = scopeChangedFiles(changed, fileScope);
  const aiLines =
    config.aiApprovals === 0
      ? undefined
      : (run.changeAiLines ?? (await changeAiLines(git, changed, comparison, config, event, run.local?.uncommitted)));
  const workspace = await workspaceToMeasure(git, run, comparison, workingDirectoryInRepository, scope);
  if (workspace !== undefined) return gatherPackages({ ...run, changeAiLines: aiLines }, ports, workspace);
  const { patterns: everyPattern, untargetable } = toMutatePatterns(scope.selected, workingDirectory);
  const unreachable = new Set(untargetable);
  const mutatable: ChangedFile[] = scope.selected.filter((file) => !unreachable.has(file.path));
  log.info(`${changed.length} changed file(s); ${mutatable.length} to mutate, ${scope.skipped.length + untargetable.length} not mutated.`);
  const shard = config.shard === undefined ? undefined : { ...config.shard, plan: planShards(mutatable, config.shard.count) };
  const targeted = shard === undefined ? mutatable : filesOfShard(mutatable, shard.plan, shard);
  const patterns = shard === undefined ? everyPattern : toMutatePatterns(targeted, workingDirectory).patterns;
  if (shard !== undefined) {
    log.info(`Shard ${shard.index} of ${shard.count}: ${targeted.length} of the ${mutatable.length} file(s) to mutate.`);
  }
  const repositoryPrefix = workingDirectoryInRepository === '' ? '' : `${workingDirectoryInRepository}/`;
  const reuse = await reusePlanFor(git, run, { comparison, repositoryPrefix, scope: fileScope, targeted });
  if (reuse !== undefined) log.info(reuseLogLine(reuse.summary, targeted.length));
  const toRun = reuse === undefined ? targeted : targeted.filter((file) => !reuse.files.has(file.path));
  const runPatterns = toRun.length === targeted.length ? patterns : toMutatePatterns(toRun, workingDirectory).patterns;

  const approval = run.approval ?? approvalCheck(ports.approvals, event);
  // Read at most once: the hidden-logic finding and the related-test check both need them.
  let imports: Promise<readonly ImportLine[]> | undefined;
  const importsAtHead = (): Promise<readonly ImportLine[]> => {
    imports ??= git.relativeImports(comparison.head, workingDirectoryInRepository);
    return imports;
  };
  const measurement = await gatherMeasurementChanges(git, {
    importsAtHead,
    comparison,
    changedPaths,
    added,
    unmeasured: unmeasuredFiles(fileScope, scope.skipped, untargetable),
    scope: fileScope,
    workflowPath: run.workflowPath,
  });
  const projectConfig = await trustedStrykerConfig(
    git,
    ports.files,
    comparison,
    { workingDirectoryInRepository, repositoryRoot, explicit: config.strykerConfig, changed: new Set(changedPaths) },
    run.runFiles,
    () => approval.isApproved(),
  );
  const detect = (): Promise<DetectedConfig> => detectProjectConfig(git, ports.files, comparison.mergeBase, repositoryPrefix, projectCli);
  const detected = projectConfig.reference === undefined ? await detect() : undefined;
  if (detected !== undefined) log.info(detectionLine(detected));
  const findings = [...measurement.findings, ...projectConfig.findings];
  if (findings.length > 0) await approval.isApproved();

  const gathered = await gatherAttributionSources(
    git,
    targeted,
    (path) => `${repositoryPrefix}${path}`,
    comparison,
    config,
    event,
    (message) => log.info(message),
    run.local?.uncommitted,
  );
  const attribution = attributeChangedLines(targeted, gathered.sources);
  try {
    // Stryker, the gate's own installed if need be, only when there is something to mutate.
    let context: StrykerContext | undefined;
    let measured: Measurement | undefined;
    let budgetChoice: BudgetChoice | undefined;
    if (toRun.length > 0) {
      // The gate's own Stryker runs the runner the config names, or (a config only running it would tell) the one detected.
      const choice: StrykerChoice =
        projectCli === undefined
          ? {
              kind: 'bundled',
              set: bundledSet(detected?.config.testRunner ?? projectConfig.testRunner ?? (await detect()).config.testRunner),
            }
          : { kind: 'project', cli: projectCli };
      context = {
        ports,
        config,
        runFiles: run.runFiles,
        workingDirectory,
        stryker: {
          cli: await chosenCli(choice, ports.stryker, workingDirectory, (line) => log.info(line)),
          bundled: choice.kind === 'bundled' ? choice.set : undefined,
          project: projectConfig,
          detected,
        },
      };
      const unreachedByTests = filesNoTestImports(await importsAtHead(), workingDirectoryInRepository, toRun);
      log.info(
        unreachedByTests.length === 0
          ? 'A test imports every changed file: the initial test run keeps the runner’s related-test narrowing (Jest, Vitest).'
          : `No test imports ${unreachedByTests.join(', ')}: the initial test run is the whole suite.`,
      );
      if (hasBudget(config)) {
        const seed = budgetSeed(comparison.mergeBase, added, new Set(toRun.map((file) => `${repositoryPrefix}${file.path}`)));
        budgetChoice = await chooseWithBudget(
          context,
          { patterns: runPatterns, files: toRun },
          { attribution, gating: gatingOf(config) },
          seed,
        );
      }
      measured = await mutate(context, {
        patterns: budgetChoice?.patterns ?? runPatterns,
        files: toRun,
        unreachedByTests,
        ...(budgetChoice === undefined ? {} : { chosen: budgetChoice.chosen }),
      });
    }
    const results = withReusedResults(measured, reuse);
    const strykerReport = results?.report;
    // Mutants Stryker did not test need approval too: ask now if nobody has yet.
    const hasIgnored = Object.values(strykerReport?.files ?? {}).some((file) => file.mutants.some((mutant) => mutant.status === 'Ignored'));
    if (hasIgnored) await approval.isApproved();
    const evidence: Evidence = {
      comparison,
      changedFiles: changed.length,
      scope,
      untargetable,
      targeted,
      attribution,
      signals: describeSignals(gathered.availability),
      repositoryPrefix,
      strykerReport,
      findings,
      testRunChanges: measurement.testRunChanges,
      approval: approval.answer(),
      // Every file reused: what measured them is the earlier run's.
      isolation: measured?.isolation ?? reuse?.state?.isolation,
      setup: measured?.setup ?? reuse?.state?.setup,
      timeouts: results?.timeouts ?? [],
      unjudged: results?.unjudged ?? [],
      flaky: measured === undefined ? reuse?.state?.flaky : undefined,
      ...(shard === undefined ? {} : { shard }),
      ...(reuse === undefined ? {} : { reuse: reuse.summary }),
      ...(budgetChoice === undefined ? {} : { budget: budgetChoice.budget }),
      ...(aiLines === undefined ? {} : { changeAiLines: aiLines }),
    };
    return measured === undefined || context === undefined || strykerReport === undefined
      ? evidence
      : await settleFlakyTests(context, { ...evidence, strykerReport }, measured.failedInitialRuns);
  } finally {
    // The check for flaky tests runs the project's config too: it goes once every Stryker run is over.
    if (projectConfig.written !== undefined) await ports.files.remove(projectConfig.written);
  }
}

/**
 * ai-approvals for the whole change, once: not in a shard (its merge job counts them), from the lines
 * the gather phase counted (the shards' own, when merging).
 */
async function approvalsOfChange(run: GateRun, ports: GatePorts, gathered: Gathered): Promise<AiApprovalCheck | undefined> {
  if (run.config.aiApprovals === 0 || run.config.shard !== undefined) return undefined;
  const aiLines = 'packages' in gathered ? gathered.packages[0]?.evidence.changeAiLines : gathered.changeAiLines;
  if (aiLines === undefined) {
    throw new GateError(
      'ai-approvals is set, but the shard results hold no count of AI-touched lines: set the same ai-approvals on the shard jobs.',
    );
  }
  return checkAiApprovals(run.config, run.event, aiLines, ports);
}

/** The whole gate: gather the evidence, then judge it. Throws GateError for anything that prevents an honest answer. */
export async function runGate(given: GateRun, ports: GatePorts): Promise<ScoredReport> {
  const merging = given.config.mergeShards.length > 0;
  const run: GateRun = merging ? given : { ...given, earlierStates: await readRunStates(ports.files, given) };
  const gathered = merging ? await gatherShards(run, ports) : await gatherEvidence(run, ports);
  if (!merging)
    await saveRunStates(ports.files, run, 'packages' in gathered ? gathered.packages.map((entry) => entry.evidence) : [gathered]);
  const judged = 'packages' in gathered ? judgeWorkspace(run.config, gathered) : judge(run.config, gathered);
  const report = withApprovalCheck(judged, await approvalsOfChange(run, ports, gathered));
  if (!('packages' in gathered) && gathered.shard !== undefined) await writeShardResult(run, ports, { ...gathered, shard: gathered.shard });
  if ([report, ...report.packages.map((entry) => entry.report)].some((judged) => judged.setup !== undefined)) {
    ports.log.info(`AI-touched: ${report.aiLines} changed line(s), ${report.aiScore.total.mutants} valid mutant(s).`);
  }
  // The job log says it too, for whoever (or whatever agent) reads only the log.
  for (const finding of report.findings) {
    ports.log.info(`Finding: ${finding.path}${finding.line === undefined ? '' : `:${finding.line}`} ${finding.change}`);
  }
  if (report.approval !== undefined) {
    ports.log.info(
      report.approval.state === 'approved'
        ? `Findings approved by ${report.approval.by}.`
        : `Findings not approved: ${report.approval.reason}.`,
    );
  }
  return report;
}
