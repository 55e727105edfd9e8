import type { AiApprovalCheck } from '../core/approvals/ai-approvals.js';
import { countApprovals, needsApprovals } from '../core/approvals/ai-approvals.js';
import { attributeChangedLines, type UncommittedWork } from '../core/attribution/attribution.js';
import type { Config } from '../core/config/config.js';
import type { ChangedFile } from '../core/diff/changed-lines.js';
import type { GateEvent } from '../core/gate-event.js';
import type { Comparison } from '../core/judge/report.js';
import { gatingOf, isGatedAsAi } from '../core/scoring/ai-split.js';
import { gatherAttributionSources } from './attribution-sources.js';
import type { Approvals, Git, Log } from './ports.js';

/**
 * The AI-touched changed lines of every changed file (tests, docs and config too, not only the files
 * mutated), classed by the same attribution and gating as the mutated files' lines.
 */
export async function changeAiLines(
  git: Git,
  changed: readonly ChangedFile[],
  comparison: Comparison,
  config: Config,
  event: GateEvent,
  uncommitted: UncommittedWork | undefined,
): Promise<number> {
  const { sources } = await gatherAttributionSources(git, changed, (path) => path, comparison, config, event, undefined, uncommitted);
  const gating = gatingOf(config);
  let lines = 0;
  for (const file of attributeChangedLines(changed, sources).values()) {
    for (const line of file.values()) if (isGatedAsAi(line, gating)) lines += 1;
  }
  return lines;
}

/**
 * ai-approvals: under the minimum, nothing is asked; over it, the approvals that count, read from GitHub.
 * Without a pull request or a token the requirement stands, saying why; GitHub failing is a GateError.
 */
export async function checkAiApprovals(
  config: Config,
  event: GateEvent,
  aiLines: number,
  ports: { readonly approvals: Approvals; readonly log: Log },
): Promise<AiApprovalCheck | undefined> {
  if (config.aiApprovals === 0) return undefined;
  const check: AiApprovalCheck = {
    required: config.aiApprovals,
    minLines: config.aiApprovalsMinLines,
    aiLines,
    approvers: [],
    refused: [],
    unavailable: undefined,
  };
  if (!needsApprovals(check)) {
    ports.log.info(
      `ai-approvals: ${aiLines} AI-touched changed line(s), under ai-approvals-min-lines ${check.minLines}: no approval needed.`,
    );
    return check;
  }
  const pullRequest = event.pullRequest;
  if (pullRequest?.number === undefined || pullRequest.headSha === undefined) {
    return { ...check, unavailable: `a ${event.name || 'local'} run has no pull request reviews to count` };
  }
  const facts = await ports.approvals.reviewFacts({
    pullNumber: pullRequest.number,
    headSha: pullRequest.headSha,
    authorLogin: pullRequest.authorLogin,
  });
  if (typeof facts === 'string') return { ...check, unavailable: facts };
  const counted = { ...check, ...countApprovals(facts, { headSha: pullRequest.headSha, authorLogin: pullRequest.authorLogin }) };
  ports.log.info(
    `ai-approvals: ${aiLines} AI-touched changed line(s) need ${check.required} approval(s); ${counted.approvers.length} count` +
      `${counted.approvers.length === 0 ? '' : ` (${counted.approvers.map((login) => `@${login}`).join(', ')})`}.`,
  );
  return counted;
}
