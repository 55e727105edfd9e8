import type { Approval } from '../core/findings/finding.js';
import type { GateEvent } from '../core/gate-event.js';
import type { Approvals } from './ports.js';

/** Asks GitHub at most once per run, and only when there is something to approve. */
export interface ApprovalCheck {
  /** Whether the findings are approved (asks GitHub on first use). */
  isApproved(): Promise<boolean>;
  /** The answer, if anyone asked. */
  answer(): Approval | undefined;
}

export function approvalCheck(approvals: Approvals, event: GateEvent): ApprovalCheck {
  let answer: Approval | undefined;
  async function ask(): Promise<Approval> {
    const pullRequest = event.pullRequest;
    if (pullRequest?.number === undefined || pullRequest.headSha === undefined) {
      return { state: 'not-approved', reason: `a ${event.name || 'local'} run has no pull request review to approve findings with` };
    }
    return approvals.find({ pullNumber: pullRequest.number, headSha: pullRequest.headSha, authorLogin: pullRequest.authorLogin });
  }
  return {
    async isApproved() {
      answer ??= await ask();
      return answer.state === 'approved';
    },
    answer: () => answer,
  };
}
