import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings/finding.js';
import { findingsSection, HOW_TO_APPROVE, testRunSection, unmeasuredSourceSection } from '../../../src/core/render/finding-sections.js';
import { renderSummary } from '../../../src/core/render/markdown-report.js';
import { scored } from '../../support/scored-fixtures.js';

const CONFIG_FINDING: Finding = {
  kind: 'stryker-config',
  path: 'stryker.config.json',
  line: undefined,
  change: 'edits the Stryker config',
};
const SUPPRESSION: Finding = {
  kind: 'suppression',
  path: 'src/a.ts',
  line: 3,
  change: 'Stryker did not test 2 mutant(s) here (`x` | @team)',
};

describe('findingsSection', () => {
  it('lists every finding with its place, what it changes and how to get it approved', () => {
    const report = scored(
      {},
      { findings: [SUPPRESSION, CONFIG_FINDING], approval: { state: 'not-approved', reason: 'no approving review' } },
    );
    expect(findingsSection(report)).toEqual([
      '',
      '### 🚩 2 finding(s): this change alters how it is measured',
      '',
      `**Not approved** (no approving review), so the gate fails. ${HOW_TO_APPROVE}`,
      '',
      '- **Mutants suppressed on changed lines** <code>src/a.ts:3</code>: Stryker did not test 2 mutant(s) here (&#96;x&#96; &#124; &#64;team)',
      "- **Stryker's configuration changed** <code>stryker.config.json</code>: edits the Stryker config",
    ]);
  });

  it('names who approved', () => {
    const report = scored(
      {},
      { findings: [CONFIG_FINDING], approval: { state: 'approved', by: '@lead (approving review of abc)', commit: 'c'.repeat(40) } },
    );
    expect(findingsSection(report)[3]).toBe('**Approved** by &#64;lead (approving review of abc): the score decides the verdict.');
  });

  it('titles every kind of finding', () => {
    const kinds = ['suppression', 'stryker-config', 'stryker-package', 'hidden-source', 'stryker-internals', 'workflow'] as const;
    const report = scored({}, { findings: kinds.map((kind) => ({ ...CONFIG_FINDING, kind })) });
    expect(
      findingsSection(report)
        .slice(5)
        .map((line) => line.split('**')[1]),
    ).toEqual([
      'Mutants suppressed on changed lines',
      "Stryker's configuration changed",
      'The installed Stryker changed',
      'Logic outside the measured scope',
      "Code that reads Stryker's internals",
      'The workflow that runs the gate changed',
    ]);
    expect(findingsSection(report)[3]).toBe(`**Not approved** (nobody was asked), so the gate fails. ${HOW_TO_APPROVE}`);
    expect(HOW_TO_APPROVE).toMatch(
      /^To approve: a person other than the pull request's author, with write access, .*<code>pull_request_review<\/code> trigger\)\.$/,
    );
  });

  it('is empty without findings', () => {
    expect(findingsSection(scored({}))).toEqual([]);
  });
});

describe('testRunSection', () => {
  it('lists the changes to how tests run, saying they do not fail the gate', () => {
    const report = scored({}, { testRunChanges: [{ path: 'package.json', change: 'changes scripts.test' }] });
    expect(testRunSection(report)).toEqual([
      '',
      '**ℹ️ This change alters how tests run** (this alone does not fail the gate; check that the tests still test):',
      '- <code>package.json</code>: changes scripts.test',
    ]);
    expect(testRunSection(scored({}))).toEqual([]);
  });
});

describe('unmeasuredSourceSection', () => {
  it('lists the changed JS and TS files left out, not other files', () => {
    const report = scored(
      {},
      {
        skipped: [
          { path: 'src/rates.config.ts', reason: 'excluded', pattern: '**/*.config.*' },
          { path: 'README.md', reason: 'not-included' },
        ],
        untargetable: ['src/{a,b}.mjs'],
      },
    );
    expect(unmeasuredSourceSection(report)).toEqual([
      '',
      '**Changed source not measured (2):**',
      '- <code>src/{a,b}.mjs</code>: its path cannot be given to Stryker (a {a,b} brace list or a backslash)',
      '- <code>src/rates.config.ts</code>: matched by exclude <code>&#42;&#42;/&#42;.config.&#42;</code>',
    ]);
  });
});

describe('the summary with findings', () => {
  it('puts the findings first, right under the verdict, and keeps them whole when the rest is cut to counts', () => {
    const findings = Array.from({ length: 3 }, (_, index) => ({ ...SUPPRESSION, line: index + 1 }));
    const report = scored({}, { findings, approval: { state: 'not-approved', reason: 'none' } });
    const summary = renderSummary(report);
    const lines = summary.split('\n');
    expect(lines[2]).toBe('### 🚩 3 finding(s): this change alters how it is measured');
    const small = renderSummary(report, undefined, summary.length - 1);
    for (const line of [1, 2, 3]) expect(small).toContain(`<code>src/a.ts:${line}</code>`);
  });
});
