import type { ScoredReport } from '../judge/report.js';
import type { IsolationLevel } from '../stryker/isolation.js';
import { escapeMarkdown } from './markdown.js';

const WHAT_IT_MEANT: Readonly<Record<IsolationLevel, string>> = {
  'separate-user':
    "the code under test ran as a user of its own in Stryker's own PID namespace, without the gate's token, inputs or " +
    "workflow files; it could not see the gate or read its files, could write only the project, the run's own files and what " +
    'every user may, and nothing it started outlived Stryker',
  'pid-namespace':
    "the code under test ran in Stryker's own PID namespace, without the gate's token, inputs or workflow files; " +
    'it could not see the gate, and nothing it started outlived Stryker',
  'process-group':
    "the code under test ran without the gate's token, inputs or workflow files, but could see the gate's process; " +
    "processes it started outside Stryker's process group were looked for by a marker only",
};

/** Which isolation the run had, in one line under the comparison; nothing when Stryker did not run. */
export function isolationLines(report: ScoredReport): string[] {
  const { isolation } = report;
  if (isolation === undefined) return [];
  return ['', `Isolation: **${isolation.level}**: ${WHAT_IT_MEANT[isolation.level]} (${escapeMarkdown(isolation.detail)}).`];
}
