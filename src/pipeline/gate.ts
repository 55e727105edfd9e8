import { relative, sep } from 'node:path';
import { attributeChangedLines } from '../core/attribution/attribution.js';
import { describeSignals } from '../core/attribution/signal-report.js';
import type { Config } from '../core/config/config.js';
import { type ChangedFile, parseChangedLines, parseNumstatPaths } from '../core/diff/changed-lines.js';
import { scopeChangedFiles } from '../core/diff/file-scope.js';
import { toMutatePatterns } from '../core/diff/mutate-ranges.js';
import type { GateEvent } from '../core/gate-event.js';
import { type Evidence, judge } from '../core/judge/judge.js';
import type { ScoredReport } from '../core/judge/report.js';
import { gatherAttributionSources } from './attribution-sources.js';
import { compare, refuseUntrustedCode } from './comparison.js';
import { mutate, type StrykerSetup } from './mutate.js';
import type { GatePorts, RunFiles } from './ports.js';
import { resolveWorkingDirectory } from './working-directory.js';

/** One run of the gate: its settings, its event and where it works. */
export interface GateRun {
  readonly config: Config;
  readonly event: GateEvent;
  /** GITHUB_WORKSPACE, against which a relative working-directory is resolved. */
  readonly workspace: string;
  /** The files this run owns: generated Stryker config and Stryker's report. */
  readonly runFiles: RunFiles;
}

/**
 * GATHER: the changed lines, what they are compared with, the evidence for each line's class, and
 * Stryker's report on those lines. Throws GateError for anything that prevents an honest answer.
 */
export async function gatherEvidence(run: GateRun, ports: GatePorts): Promise<Evidence> {
  const { config, event } = run;
  const { log } = ports;
  const workingDirectory = await resolveWorkingDirectory(ports.files, run.workspace, config.workingDirectory);
  // A project that cannot run Stryker fails before any other work, whatever the change touches.
  const stryker: StrykerSetup = {
    cli: await ports.stryker.findCli(workingDirectory),
    project: await ports.stryker.findProjectConfig(workingDirectory, config.strykerConfig),
  };
  const topLevel = await ports.git(workingDirectory).topLevel();
  const repositoryRoot = (await ports.files.realDirectory(topLevel)) ?? topLevel;
  // Diff and blame paths are relative to the repository root: run git there.
  const git = ports.git(repositoryRoot);
  const comparison = await compare(git, config, event, log);
  await refuseUntrustedCode(git, config, event, comparison.head);
  log.info(`Comparing ${comparison.mergeBase} (merge base with ${comparison.base}) to HEAD ${comparison.head}.`);

  const changed = parseChangedLines(
    await git.diff(comparison.mergeBase, comparison.head),
    parseNumstatPaths(await git.diffNumstat(comparison.mergeBase, comparison.head)),
  );
  const workingDirectoryInRepository = relative(repositoryRoot, workingDirectory).split(sep).join('/');
  const scope = scopeChangedFiles(changed, {
    workingDirectory: workingDirectoryInRepository,
    include: config.include,
    exclude: config.exclude,
    generated: await git.generatedPaths(changed.map((file) => file.path)),
  });
  const { patterns, untargetable } = toMutatePatterns(scope.selected, workingDirectory);
  const unreachable = new Set(untargetable);
  const targeted: ChangedFile[] = scope.selected.filter((file) => !unreachable.has(file.path));
  log.info(`${changed.length} changed file(s); ${targeted.length} to mutate, ${scope.skipped.length + untargetable.length} not mutated.`);

  const repositoryPrefix = workingDirectoryInRepository === '' ? '' : `${workingDirectoryInRepository}/`;
  const gathered = await gatherAttributionSources(
    git,
    targeted,
    (path) => `${repositoryPrefix}${path}`,
    comparison,
    config,
    event,
    (message) => log.info(message),
  );
  const strykerReport =
    targeted.length === 0
      ? undefined
      : await mutate(ports, config, run.runFiles, workingDirectory, stryker, { patterns, files: targeted.length });
  return {
    comparison,
    changedFiles: changed.length,
    scope,
    untargetable,
    targeted,
    attribution: attributeChangedLines(targeted, gathered.sources),
    signals: describeSignals(gathered.availability),
    repositoryPrefix,
    strykerReport,
  };
}

/** The whole gate: gather the evidence, then judge it. Throws GateError for anything that prevents an honest answer. */
export async function runGate(run: GateRun, ports: GatePorts): Promise<ScoredReport> {
  const evidence = await gatherEvidence(run, ports);
  const report = judge(run.config, evidence);
  if (evidence.strykerReport !== undefined) {
    ports.log.info(`AI-touched: ${report.aiLines} changed line(s), ${report.aiScore.total.mutants} valid mutant(s).`);
  }
  return report;
}
