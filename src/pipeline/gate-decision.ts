import { type Config, parseConfig, type RawInputs } from '../core/config/config.js';
import { nodeVersionProblem } from '../core/config/node-version.js';
import { type ErrorReport, errorReport, type Report } from '../core/judge/report.js';
import { type GateRun, runGate } from './gate.js';
import { GateError } from './gate-error.js';
import type { GatePorts } from './ports.js';

/** How a front end names its settings: the action's inputs, or the command's flags. */
export interface SettingWords {
  /** The plural, as in "2 input(s) are invalid". */
  readonly settings: string;
  /** A problem the input parser described, in the front end's words. */
  readonly problem: (problem: string) => string;
}

export const INPUT_WORDS: SettingWords = { settings: 'input(s)', problem: (problem) => problem };

/**
 * The settings of a run, or the error that stops it before any work: a Node.js too old for Stryker, or
 * bad settings, all named at once.
 */
export function settingsOf(
  raw: RawInputs,
  nodeVersion: string,
  words: SettingWords = INPUT_WORDS,
): { readonly config: Config } | { readonly stop: ErrorReport } {
  const nodeProblem = nodeVersionProblem(nodeVersion);
  if (nodeProblem !== undefined) return { stop: errorReport(undefined, nodeProblem) };
  const parsed = parseConfig(raw);
  if (!parsed.ok) {
    const problems = parsed.problems.map(words.problem);
    return { stop: errorReport(undefined, `${problems.length} ${words.settings} are invalid, so nothing was run.`, problems) };
  }
  return { config: parsed.config };
}

/**
 * The gate's answer for one run, the action's and the command's alike: every failure becomes an `error`
 * report with its reason (a stack trace for the unexpected), never an exception.
 */
export async function decide(config: Config, makeRun: () => Promise<GateRun>, ports: GatePorts): Promise<Report> {
  try {
    return await runGate(await makeRun(), ports);
  } catch (error) {
    if (error instanceof GateError) return errorReport(config, error.message, error.details, error.tampering);
    const unexpected = error instanceof Error ? error : new Error(String(error));
    return errorReport(config, `Unexpected failure: ${unexpected.message}`, unexpected.stack?.split('\n') ?? []);
  }
}
