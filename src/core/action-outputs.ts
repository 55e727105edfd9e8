import { type OutputName, Outputs } from '../constants.js';
import type { GateOutcome } from './outcome.js';
import { formatScore } from './scoring.js';

/** Every output of the action, as strings; counts are empty when the run ended in an error. */
export function actionOutputs(outcome: GateOutcome, reportPath: string): Record<OutputName, string> {
  const total = outcome.kind === 'scored' ? outcome.score.total : undefined;
  const count = (value: number | undefined): string => (value === undefined ? '' : String(value));
  return {
    [Outputs.Verdict]: outcome.verdict.kind,
    [Outputs.Score]: total === undefined ? '' : formatScore(total),
    [Outputs.Mutants]: count(total?.mutants),
    [Outputs.Killed]: count(total?.killed),
    [Outputs.Survived]: count(total?.survived),
    [Outputs.NoCoverage]: count(total?.noCoverage),
    [Outputs.Timeout]: count(total?.timeout),
    [Outputs.Report]: reportPath,
  };
}
