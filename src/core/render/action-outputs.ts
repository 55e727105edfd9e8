import { type OutputName, Outputs } from '../../constants.js';
import { approvalsRequired } from '../approvals/ai-approvals.js';
import type { Report, ScoredReport } from '../judge/report.js';
import { formatScore } from '../scoring/scoring.js';
import { reusedCount } from './reuse-lines.js';

/** Where the gate left its files; htmlReport is empty when Stryker wrote none. */
export interface OutputPaths {
  readonly report: string;
  readonly htmlReport: string;
  /** A shard run's result for the merge job; empty for any other run. */
  readonly shardResult: string;
}

/** The sets of the Stryker the gate brought, once each: a workspace run's packages may have needed several. */
function bundledSets(report: ScoredReport): string {
  const sets = [report, ...report.packages.map((entry) => entry.report)].map((judged) => judged.setup?.bundled);
  return [...new Set(sets.filter((set) => set !== undefined))].join(',');
}

/** The outputs that say what was measured: every one but the paths of the run's files. */
export type MeasuredOutputs = Record<
  Exclude<OutputName, typeof Outputs.Report | typeof Outputs.HtmlReport | typeof Outputs.ShardResult>,
  string
>;

/** ai-approvals' outputs: the approvals counted (only when some were needed) and how many were needed. */
function approvalOutputs(
  scored: ScoredReport | undefined,
): Pick<MeasuredOutputs, typeof Outputs.Approvals | typeof Outputs.ApprovalsRequired> {
  if (scored === undefined) return { [Outputs.Approvals]: '', [Outputs.ApprovalsRequired]: '' };
  const check = scored.aiApprovals;
  const required = check === undefined ? 0 : approvalsRequired(check);
  return {
    [Outputs.Approvals]: check === undefined || required === 0 ? '' : String(check.approvers.length),
    [Outputs.ApprovalsRequired]: String(required),
  };
}

/** What was measured, as the outputs give it; counts are empty when the run ended in an error. */
export function measuredOutputs(report: Report): MeasuredOutputs {
  const scored = report.kind === 'scored' ? report : undefined;
  const total = scored?.score.total;
  const ai = scored?.aiScore;
  const count = (value: number | undefined): string => (value === undefined ? '' : String(value));
  return {
    [Outputs.Verdict]: report.verdict.kind,
    [Outputs.Score]: total === undefined ? '' : formatScore(total),
    [Outputs.Mutants]: count(total?.mutants),
    [Outputs.Killed]: count(total?.killed),
    [Outputs.Survived]: count(total?.survived),
    [Outputs.NoCoverage]: count(total?.noCoverage),
    [Outputs.Timeout]: count(total?.timeout),
    [Outputs.AiDetected]: scored === undefined ? '' : String(scored.aiDetected),
    [Outputs.AiLines]: count(scored?.aiLines),
    [Outputs.AiMutants]: count(ai?.total.mutants),
    [Outputs.AiScore]: ai === undefined ? '' : formatScore(ai.total),
    [Outputs.Findings]: count(scored?.findings.length),
    [Outputs.BundledStryker]: scored === undefined ? '' : bundledSets(scored),
    [Outputs.Reused]: scored === undefined ? '' : reusedCount(scored),
    ...approvalOutputs(scored),
  };
}

/** Every output of the action, as strings. */
export function actionOutputs(report: Report, paths: OutputPaths): Record<OutputName, string> {
  return {
    ...measuredOutputs(report),
    [Outputs.Report]: paths.report,
    [Outputs.HtmlReport]: paths.htmlReport,
    [Outputs.ShardResult]: paths.shardResult,
  };
}
