import type { AgentPattern, AiDetection } from './attribution.js';

/** What attribution could look at in this run. */
export interface SignalAvailability {
  readonly detection: AiDetection;
  readonly patterns: readonly AgentPattern[];
  readonly aiLabels: readonly string[];
  readonly pullRequest: boolean;
  readonly notes: boolean;
  readonly shallow: boolean;
  /** The local command found lines not committed yet, and looked for a coding agent in its environment. */
  readonly uncommitted?: boolean;
}

export interface SignalReport {
  readonly checked: readonly string[];
  readonly unavailable: readonly string[];
}

/** The signals attribution checked and those it could not, in words for the summary. */
export function describeSignals(availability: SignalAvailability): SignalReport {
  if (availability.detection !== 'auto') {
    return { checked: [`none: ai-detection is ${availability.detection}`], unavailable: [] };
  }
  const custom = availability.patterns.filter((pattern) => pattern.agent === 'ai-patterns').length;
  const agents = new Set(availability.patterns.filter((pattern) => pattern.agent !== 'ai-patterns').map((pattern) => pattern.agent));
  const table = `${availability.patterns.length - custom} signals of ${agents.size} agents${custom > 0 ? ` and ${custom} from ai-patterns` : ''}`;
  const checked = [
    `authors, committers and Co-authored-by of the commits that introduced each line, their trailers and messages, against ${table}`,
  ];
  const unavailable: string[] = [];
  if (availability.pullRequest) {
    checked.push(`PR labels (${availability.aiLabels.join(', ')}), PR author, head branch and description`);
  } else {
    unavailable.push('PR labels, author, branch and description: this run is not for a pull request');
  }
  if (availability.uncommitted === true) {
    checked.push('for lines not committed yet, the variables coding agents set in the environment running the command');
  }
  if (availability.notes) checked.push('git-ai notes (refs/notes/ai)');
  else unavailable.push('git-ai notes: refs/notes/ai is neither in the clone nor on origin');
  if (availability.shallow) unavailable.push('full history: the clone is shallow, so blame may credit the oldest commit it has');
  return { checked, unavailable };
}
