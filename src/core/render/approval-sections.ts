import { type AiApprovalCheck, needsApprovals } from '../approvals/ai-approvals.js';
import type { ScoredReport } from '../judge/report.js';
import { escapeMarkdown } from './markdown.js';

const who = (logins: readonly string[]): string => logins.map((login) => escapeMarkdown(`@${login}`)).join(', ');

function notCounted(check: AiApprovalCheck): string[] {
  if (check.unavailable !== undefined)
    return [`- No review could be counted: ${escapeMarkdown(check.unavailable)}. The requirement stands.`];
  return check.refused.map(({ login, why }) => `- Not counted: ${who([login])}, ${escapeMarkdown(why)}`);
}

/**
 * ai-approvals at the top of the summary and the comment: how much of the change is AI-touched, how many
 * approvals that needs, who counts and who does not, and why. Empty when ai-approvals is off.
 */
export function approvalSection(report: ScoredReport): string[] {
  const check = report.aiApprovals;
  if (check === undefined) return [];
  const lines = `${check.aiLines} AI-touched changed line(s)`;
  if (!needsApprovals(check)) {
    return ['', `**ai-approvals**: ${lines}, under ai-approvals-min-lines ${check.minLines}: no approval needed.`];
  }
  const met = check.approvers.length >= check.required;
  return [
    '',
    met
      ? `### 👥 AI-touched change approved by ${check.approvers.length} of the ${check.required} needed`
      : `### 👥 AI-touched change: needs ${check.required} approval(s) from people who did not write it, has ${check.approvers.length}`,
    '',
    `${lines} (ai-approvals-min-lines ${check.minLines}), so ai-approvals asks for ${check.required} approving review(s) of the ` +
      'head commit, each the reviewer’s latest, by distinct people with write access who are not the author, a bot, or an author or ' +
      `co-author of any commit here.${met ? '' : ' Until then the gate fails, whatever the tests score.'}`,
    '',
    ...(check.approvers.length === 0 ? [] : [`- Counted: ${who(check.approvers)}`]),
    ...notCounted(check),
  ];
}
