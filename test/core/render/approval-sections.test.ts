import { describe, expect, it } from 'vitest';
import { type AiApprovalCheck, withApprovalCheck } from '../../../src/core/approvals/ai-approvals.js';
import { renderBrief } from '../../../src/core/render/agent-brief.js';
import { approvalSection } from '../../../src/core/render/approval-sections.js';
import { renderSummary } from '../../../src/core/render/markdown-report.js';
import { mutant, scored } from '../../support/scored-fixtures.js';

const check = (overrides: Partial<AiApprovalCheck> = {}): AiApprovalCheck => ({
  required: 2,
  minLines: 10,
  aiLines: 40,
  approvers: ['lead'],
  refused: [{ login: 'pair_<b>', why: 'a co-author of commit 3333333 (pair@example.com)' }],
  unavailable: undefined,
  ...overrides,
});
const REPORT = scored({
  'src/a.ts': { lines: [1], source: 'const a = b > 1;\n', mutants: [mutant('1', 'Killed', 1, [11, 16], 'b >= 1')] },
});
const SHORT = 'Until then the gate fails, whatever the tests score.';

describe('approvalSection', () => {
  it('says how many approvals the AI-touched change needs, who counts and who does not and why, escaped', () => {
    expect(approvalSection(withApprovalCheck(REPORT, check()))).toEqual([
      '',
      '### 👥 AI-touched change: needs 2 approval(s) from people who did not write it, has 1',
      '',
      '40 AI-touched changed line(s) (ai-approvals-min-lines 10), so ai-approvals asks for 2 approving review(s) of the head commit, ' +
        'each the reviewer’s latest, by distinct people with write access who are not the author, a bot, or an author or co-author of ' +
        `any commit here. ${SHORT}`,
      '',
      '- Counted: &#64;lead',
      '- Not counted: &#64;pair&#95;&#60;b&#62;, a co-author of commit 3333333 (pair&#64;example.com)',
    ]);
  });

  it('says why no review was counted, that it is approved when it is, and that none was needed under the minimum', () => {
    expect(
      approvalSection(withApprovalCheck(REPORT, check({ approvers: [], unavailable: 'a push run has no pull request reviews to count' }))),
    ).toContain('- No review could be counted: a push run has no pull request reviews to count. The requirement stands.');
    const unavailable = approvalSection(withApprovalCheck(REPORT, check({ approvers: [], unavailable: 'no token' })));
    expect(unavailable.join('\n')).not.toContain('Counted');
    const approved = approvalSection(withApprovalCheck(REPORT, check({ approvers: ['lead', 'second'], refused: [] })));
    expect(approved.slice(1)).toEqual([
      '### 👥 AI-touched change approved by 2 of the 2 needed',
      '',
      '40 AI-touched changed line(s) (ai-approvals-min-lines 10), so ai-approvals asks for 2 approving review(s) of the head commit, ' +
        'each the reviewer’s latest, by distinct people with write access who are not the author, a bot, or an author or co-author of ' +
        'any commit here.',
      '',
      '- Counted: &#64;lead, &#64;second',
    ]);
    expect(approvalSection(withApprovalCheck(REPORT, check({ aiLines: 9 })))).toEqual([
      '',
      '**ai-approvals**: 9 AI-touched changed line(s), under ai-approvals-min-lines 10: no approval needed.',
    ]);
    expect(approvalSection(REPORT)).toEqual([]);
  });

  it('comes right after the summary’s heading, whose reason has both the approvals and the tests', () => {
    const summary = renderSummary(withApprovalCheck(REPORT, check())).split('\n');
    expect(summary[0]).toMatch(/^## ❌ mutation-gate failed: This AI-touched change needs 2 approval\(s\).* The tests: /);
    expect(summary[2]).toBe('### 👥 AI-touched change: needs 2 approval(s) from people who did not write it, has 1');
  });
});

describe('the brief with ai-approvals', () => {
  it('puts the missing approvals first, as a task for a person', () => {
    const brief = renderBrief(withApprovalCheck(REPORT, check()));
    expect(brief).toContain(
      '\nBefore the tests (1):\n- [ ] Reviews: this AI-touched change needs 2 approval(s) from people who did not write this change ' +
        '(40 AI-touched changed line(s), ai-approvals-min-lines 10): has 1, from @lead (@pair_<b>: a co-author of commit 3333333 ' +
        '(pair@example.com)). A person must review and approve it; no code change does this.\n',
    );
    expect(renderBrief(withApprovalCheck(REPORT, check({ approvers: ['a', 'b'] })))).not.toContain('Reviews:');
  });
});
