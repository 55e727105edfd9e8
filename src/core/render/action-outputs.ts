import { type OutputName, Outputs } from '../../constants.js';
import type { GateOutcome } from '../judge/report.js';
import { formatScore } from '../scoring/scoring.js';

/** Where the gate left its files; htmlReport is empty when Stryker wrote none. */
export interface OutputPaths {
  readonly report: string;
  readonly htmlReport: string;
}

/** Every output of the action, as strings; counts are empty when the run ended in an error. */
export function actionOutputs(outcome: GateOutcome, paths: OutputPaths): Record<OutputName, string> {
  const scored = outcome.kind === 'scored' ? outcome : undefined;
  const total = scored?.score.total;
  const ai = scored?.aiScore;
  const count = (value: number | undefined): string => (value === undefined ? '' : String(value));
  const aiDetected = scored && [...scored.attribution.values()].some((lines) => [...lines.values()].some((line) => line.class === 'ai'));
  return {
    [Outputs.Verdict]: outcome.verdict.kind,
    [Outputs.Score]: total === undefined ? '' : formatScore(total),
    [Outputs.Mutants]: count(total?.mutants),
    [Outputs.Killed]: count(total?.killed),
    [Outputs.Survived]: count(total?.survived),
    [Outputs.NoCoverage]: count(total?.noCoverage),
    [Outputs.Timeout]: count(total?.timeout),
    [Outputs.Report]: paths.report,
    [Outputs.HtmlReport]: paths.htmlReport,
    [Outputs.AiDetected]: aiDetected === undefined ? '' : String(aiDetected),
    [Outputs.AiLines]: count(ai?.files.reduce((sum, file) => sum + file.changedLines, 0)),
    [Outputs.AiMutants]: count(ai?.total.mutants),
    [Outputs.AiScore]: ai === undefined ? '' : formatScore(ai.total),
  };
}
