import * as core from '@actions/core';
import { setOutputs, writeGateReport, writeJobSummary } from './adapters/action-results.js';
import { emitAnnotations } from './adapters/annotations.js';
import { COMMENT_LIMIT_CHARS, publishStickyComment } from './adapters/pr-comment.js';
import type { RunEnvironment } from './adapters/run-environment.js';
import { fileExists, type RunFiles } from './adapters/run-files.js';
import type { Config } from './core/config/config.js';
import type { GateEvent } from './core/diff/base-ref.js';
import { listMutants } from './core/judge/listed-mutants.js';
import type { GateOutcome } from './core/judge/report.js';
import { actionOutputs } from './core/render/action-outputs.js';
import { planAnnotations } from './core/render/annotations.js';
import { commentMarker, pullRequestNumber } from './core/render/comment-marker.js';
import { buildGateReport } from './core/render/json-report.js';
import { type RenderContext, renderReport, renderSummary } from './core/render/markdown-report.js';
import type { LinkBase } from './core/render/mutant-sections.js';

/** What publishing needs besides the outcome; config is undefined when the inputs were invalid. */
export interface Publication {
  readonly outcome: GateOutcome;
  readonly config: Config | undefined;
  readonly event: GateEvent;
  readonly files: RunFiles;
  readonly environment: RunEnvironment;
}

function linkBase(publication: Publication): LinkBase | undefined {
  const { outcome, environment } = publication;
  if (outcome.kind !== 'scored' || environment.repository === undefined) return undefined;
  return {
    serverUrl: environment.serverUrl,
    repository: environment.repository,
    sha: outcome.comparison.head,
    repositoryPrefix: outcome.repositoryPrefix,
  };
}

/** Annotations on the diff, when asked for; how many lines they had to leave out. */
function annotate(publication: Publication): number {
  const { outcome, config } = publication;
  if (outcome.kind !== 'scored' || config?.annotations !== true) return 0;
  const plan = planAnnotations(listMutants(outcome.mutants, outcome.attribution, outcome.gating), {
    gateFailed: outcome.verdict.kind === 'fail',
    repositoryPath: (path) => `${outcome.repositoryPrefix}${path}`,
  });
  emitAnnotations(plan.annotations);
  return plan.omitted;
}

/** The sticky PR comment, when the mode and the event call for one; a warning when it could not be posted. */
async function comment(publication: Publication, context: RenderContext): Promise<string | undefined> {
  const { outcome, config, event, environment } = publication;
  const issueNumber = pullRequestNumber(event);
  const [owner, repo] = environment.repository?.split('/') ?? [];
  if (config === undefined || config.comment === 'never' || issueNumber === undefined || owner === undefined || repo === undefined) {
    return undefined;
  }
  if (environment.token === '') {
    const warning = 'No github-token was given, so the PR comment was not posted; the verdict is unaffected.';
    core.warning(warning);
    return warning;
  }
  const marker = commentMarker(config.workingDirectory);
  const runUrl =
    environment.runId === undefined ? undefined : `${environment.serverUrl}/${environment.repository}/actions/runs/${environment.runId}`;
  const body = renderReport(
    outcome,
    { ...context, runUrl },
    { limit: COMMENT_LIMIT_CHARS - marker.length - 1, measure: (text) => text.length },
  );
  const result = await publishStickyComment({
    apiUrl: environment.apiUrl,
    token: environment.token,
    owner,
    repo,
    issueNumber,
    marker,
    body,
    mode: config.comment,
    failed: outcome.verdict.kind === 'fail' || outcome.verdict.kind === 'error',
  });
  if (result.outcome === 'failed') {
    core.warning(result.warning);
    return result.warning;
  }
  core.info(result.outcome === 'skipped' ? `No PR comment: ${result.reason}` : `PR comment ${result.outcome}: ${result.url}`);
  return undefined;
}

/** Everything the run leaves behind: the JSON report, annotations, the PR comment, the job summary, the outputs. */
export async function publish(publication: Publication): Promise<void> {
  const { outcome, files } = publication;
  await writeGateReport(files.gateReportPath, buildGateReport(outcome));
  const context: RenderContext = { links: linkBase(publication), unannotated: annotate(publication), notices: [], runUrl: undefined };
  const commentWarning = await comment(publication, context);
  await writeJobSummary(renderSummary(outcome, { ...context, notices: commentWarning === undefined ? [] : [commentWarning] }));
  const htmlReport = (await fileExists(files.htmlReportPath)) ? files.htmlReportPath : '';
  setOutputs(actionOutputs(outcome, { report: files.gateReportPath, htmlReport }));
  core.info(`Gate report: ${files.gateReportPath}${htmlReport === '' ? '' : `; Stryker's HTML report: ${htmlReport}`}`);
}
