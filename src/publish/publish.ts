import type { RunEnvironment } from '../adapters/run-environment.js';
import { Outputs } from '../constants.js';
import type { GateEvent } from '../core/gate-event.js';
import type { Report } from '../core/judge/report.js';
import { actionOutputs } from '../core/render/action-outputs.js';
import { type Annotation, planAnnotations } from '../core/render/annotations.js';
import { commentMarker } from '../core/render/comment-marker.js';
import { buildGateReport } from '../core/render/json-report.js';
import { COMMENT_LIMIT_CHARS, type RenderContext, renderReport, renderSummary } from '../core/render/markdown-report.js';
import type { LinkBase } from '../core/render/mutant-sections.js';
import { packageRunFiles } from '../pipeline/package-run-files.js';
import type { RunFiles } from '../pipeline/ports.js';
import type { PublishPorts } from './ports.js';

/** PUBLISH: what the run leaves behind, all read from the one Report. */
export interface Publication {
  readonly report: Report;
  readonly event: GateEvent;
  readonly runFiles: RunFiles;
  readonly environment: RunEnvironment;
}

function linkBase({ report, environment }: Publication): LinkBase | undefined {
  if (report.kind !== 'scored' || environment.repository === undefined) return undefined;
  return {
    serverUrl: environment.serverUrl,
    repository: environment.repository,
    sha: report.comparison.head,
    repositoryPrefix: report.repositoryPrefix,
  };
}

/** Annotations on the diff, when asked for, and how many lines they had to leave out. */
function annotationPlan({ report }: Publication): { annotations: readonly Annotation[]; omitted: number } {
  if (report.kind !== 'scored' || !report.config.annotations) return { annotations: [], omitted: 0 };
  return planAnnotations(report.mutants, {
    gateFailed: report.verdict.kind === 'fail',
    repositoryPath: (path) => `${report.repositoryPrefix}${path}`,
  });
}

/** The sticky PR comment, when the mode and the event call for one; a warning when it could not be posted. */
async function comment(publication: Publication, context: RenderContext, ports: PublishPorts): Promise<string | undefined> {
  const { report, event, environment } = publication;
  const { config } = report;
  const issueNumber = event.pullRequest?.number;
  const [owner, repo] = environment.repository?.split('/') ?? [];
  if (config === undefined || config.comment === 'never' || issueNumber === undefined || owner === undefined || repo === undefined) {
    return undefined;
  }
  if (environment.token === '') {
    const warning = 'No github-token was given, so the PR comment was not posted; the verdict is unaffected.';
    ports.log.warning(warning);
    return warning;
  }
  const marker = commentMarker(config.workingDirectory);
  const runUrl =
    environment.runId === undefined ? undefined : `${environment.serverUrl}/${environment.repository}/actions/runs/${environment.runId}`;
  const body = renderReport(
    report,
    { ...context, runUrl },
    { limit: COMMENT_LIMIT_CHARS - marker.length - 1, measure: (text) => text.length },
  );
  const result = await ports.postComment({
    apiUrl: environment.apiUrl,
    token: environment.token,
    owner,
    repo,
    issueNumber,
    marker,
    body,
    mode: config.comment,
    failed: report.verdict.kind === 'fail' || report.verdict.kind === 'error',
  });
  if (result.outcome === 'failed') {
    ports.log.warning(result.warning);
    return result.warning;
  }
  ports.log.info(result.outcome === 'skipped' ? `No PR comment: ${result.reason}` : `PR comment ${result.outcome}: ${result.url}`);
  return undefined;
}

/**
 * The publishing steps: a fault in one (an unwritable file, a full disk) is a warning, kept for the
 * summary, never a lost verdict: the exit status stays what the measurement decided.
 */
class PublishingSteps {
  /** What could not be done, for the summary. */
  readonly faults: string[] = [];

  constructor(private readonly log: PublishPorts['log']) {}

  /** Runs one step; whether it worked. */
  async attempt(what: string, work: () => unknown): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      const warning = `Could not ${what} (${error instanceof Error ? error.message : String(error)}); the verdict is unaffected.`;
      this.log.warning(warning);
      this.faults.push(warning);
      return false;
    }
  }
}

/**
 * Everything the run leaves behind: the outputs first (nothing that can fail while publishing may lose
 * the verdict, score and counts), then the JSON report, annotations, the PR comment and the job summary.
 */
export async function publish(publication: Publication, ports: PublishPorts): Promise<void> {
  const { report, runFiles } = publication;
  // A workspace run has one per package: the output lists them a line each, as upload-artifact's `path` takes them.
  const htmlReports =
    report.kind === 'scored' && report.packages.length > 0
      ? report.packages.map(({ folder }) => packageRunFiles(runFiles, folder).htmlReportPath)
      : [runFiles.htmlReportPath];
  const existing = await Promise.all(htmlReports.map(async (path) => ((await ports.fileExists(path)) ? [path] : [])));
  const htmlReport = existing.flat().join('\n');
  const shardResult = report.kind === 'scored' && report.shard !== undefined ? runFiles.shardResultPath : '';
  const { [Outputs.Report]: reportPath, ...measured } = actionOutputs(report, { report: runFiles.gateReportPath, htmlReport, shardResult });
  const steps = new PublishingSteps(ports.log);
  await steps.attempt('set the step outputs', () => ports.setOutputs(measured));
  const reportWritten = await steps.attempt('write the gate report', () => ports.writeGateReport(reportPath, buildGateReport(report)));
  await steps.attempt('set the report output', () => ports.setOutputs({ [Outputs.Report]: reportWritten ? reportPath : '' }));
  const plan = annotationPlan(publication);
  await steps.attempt('annotate the diff', () => ports.annotate(plan.annotations));
  const context: RenderContext = { links: linkBase(publication), unannotated: plan.omitted, notices: [], runUrl: undefined };
  const commentWarning = await comment(publication, context, ports);
  const notices = [...steps.faults, ...(commentWarning === undefined ? [] : [commentWarning])];
  await steps.attempt('write the job summary', () => ports.writeJobSummary(renderSummary(report, { ...context, notices })));
  ports.log.info(
    `Gate report: ${reportWritten ? reportPath : 'not written'}${htmlReport === '' ? '' : `; Stryker's HTML report: ${htmlReport.replaceAll('\n', ', ')}`}`,
  );
}
