import { describe, expect, it } from 'vitest';
import { type Finding, sortFindings } from '../../../src/core/findings/finding.js';

const finding = (kind: Finding['kind'], path: string, line?: number): Finding => ({ kind, path, line, change: 'x' });

describe('sortFindings', () => {
  it('orders by kind as titled, then path, then line; file-wide findings first', () => {
    const sorted = sortFindings([
      finding('workflow', '.github/workflows/ci.yml'),
      finding('suppression', 'src/b.ts', 9),
      finding('stryker-internals', 'test/a.test.ts', 4),
      finding('suppression', 'src/b.ts', 10),
      finding('suppression', 'src/a.ts', 30),
      finding('stryker-config', 'stryker.config.json'),
      finding('suppression', 'src/b.ts'),
      finding('hidden-source', 'src/x.config.ts'),
      finding('stryker-package', 'package.json'),
    ]);
    expect(sorted.map((item) => `${item.kind} ${item.path}:${item.line ?? '-'}`)).toEqual([
      'suppression src/a.ts:30',
      'suppression src/b.ts:-',
      'suppression src/b.ts:9',
      'suppression src/b.ts:10',
      'stryker-config stryker.config.json:-',
      'stryker-package package.json:-',
      'hidden-source src/x.config.ts:-',
      'stryker-internals test/a.test.ts:4',
      'workflow .github/workflows/ci.yml:-',
    ]);
  });

  it('leaves the given list as it was', () => {
    const findings = [finding('workflow', 'b'), finding('suppression', 'a', 1)];
    sortFindings(findings);
    expect(findings.map((item) => item.kind)).toEqual(['workflow', 'suppression']);
  });
});
