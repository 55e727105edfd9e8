import type { RunEnvironment } from '../adapters/run-environment.js';
import type { GateEvent } from '../core/gate-event.js';
import type { Report } from '../core/judge/report.js';
import { actionOutputs } from '../core/render/action-outputs.js';
import { planAnnotations } from '../core/render/annotations.js';
import { commentMarker } from '../core/render/comment-marker.js';
import { buildGateReport } from '../core/render/json-report.js';
import { COMMENT_LIMIT_CHARS, type RenderContext, renderReport, renderSummary } from '../core/render/markdown-report.js';
import type { LinkBase } from '../core/render/mutant-sections.js';
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

/** Annotations on the diff, when asked for; how many lines they had to leave out. */
function annotate({ report }: Publication, ports: PublishPorts): number {
  if (report.kind !== 'scored' || !report.config.annotations) return 0;
  const plan = planAnnotations(report.mutants, {
    gateFailed: report.verdict.kind === 'fail',
    repositoryPath: (path) => `${report.repositoryPrefix}${path}`,
  });
  ports.annotate(plan.annotations);
  return plan.omitted;
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

/** Everything the run leaves behind: the JSON report, annotations, the PR comment, the job summary, the outputs. */
export async function publish(publication: Publication, ports: PublishPorts): Promise<void> {
  const { report, runFiles } = publication;
  await ports.writeGateReport(runFiles.gateReportPath, buildGateReport(report));
  const context: RenderContext = {
    links: linkBase(publication),
    unannotated: annotate(publication, ports),
    notices: [],
    runUrl: undefined,
  };
  const commentWarning = await comment(publication, context, ports);
  await ports.writeJobSummary(renderSummary(report, { ...context, notices: commentWarning === undefined ? [] : [commentWarning] }));
  const htmlReport = (await ports.fileExists(runFiles.htmlReportPath)) ? runFiles.htmlReportPath : '';
  ports.setOutputs(actionOutputs(report, { report: runFiles.gateReportPath, htmlReport }));
  ports.log.info(`Gate report: ${runFiles.gateReportPath}${htmlReport === '' ? '' : `; Stryker's HTML report: ${htmlReport}`}`);
}
