import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GitRepo } from '../../scripts/lib/git-repo.js';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { Config } from '../../src/core/config/config.js';
import type { ScoredReport } from '../../src/core/judge/report.js';
import { configFrom } from '../support/config.js';
import { DISCOUNT, STRONG_DISCOUNT_TEST, WEAK_DISCOUNT_TEST } from '../support/discount-change.js';
import { MemoryApprovals } from '../support/memory-ports.js';
import { createPricingRepo, gateRun, runRealGate } from '../support/pricing-repo.js';

// Each way a pull request can try to change, hide from or suppress its own measurement, on a real git
// repository with the project's real Stryker (vitest runner), and the controls that must still pass.

interface Gated {
  readonly report: ScoredReport;
  readonly approvals: MemoryApprovals;
  readonly log: readonly string[];
}

/** Commits `files` as the pull request and runs the gate on it; `approved`: someone else approved the findings. */
async function gatePullRequest(
  files: Readonly<Record<string, string>>,
  options: { config?: Config; approved?: boolean; base?: (repo: GitRepo) => Promise<string>; workflowPath?: string } = {},
): Promise<Gated> {
  const created = await createPricingRepo();
  const baseSha = options.base === undefined ? created.baseSha : await options.base(created.repo);
  await created.repo.write(files);
  const head = created.repo.commit('The pull request');
  const event = decodeEvent('pull_request', {
    pull_request: { number: 7, base: { sha: baseSha }, head: { sha: head }, user: { login: 'coding-agent' } },
  });
  // No check for flaky tests unless a test asks: it is one more Stryker run, and section 4 tests it.
  const config = options.config ?? configFrom({ threshold: '80', concurrency: '2', 'flaky-check': '0' });
  const run = await gateRun(created.repo.dir, config, event);
  const approvals = new MemoryApprovals();
  if (options.approved === true) approvals.answer = { state: 'approved', by: '@lead (approving review)', commit: head };
  const report = await runRealGate({ ...run, workflowPath: options.workflowPath, ports: { ...run.ports, approvals } });
  return { report, approvals, log: run.log.lines };
}

const findingsOf = (report: ScoredReport): string[] =>
  report.findings.map((finding) => `${finding.kind} ${finding.path}${finding.line === undefined ? '' : `:${finding.line}`}`);

const STRONG = { 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG_DISCOUNT_TEST };
const WEAK = { 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK_DISCOUNT_TEST };

describe('controls that must pass', () => {
  it('a strong change that leaves the measurement alone passes with no finding and no approval asked', async () => {
    const { report, approvals } = await gatePullRequest(STRONG);
    expect(report.verdict.kind).toBe('pass');
    expect(report.findings).toEqual([]);
    expect(approvals.requests).toEqual([]);
  });

  it('a strong change with a harmless test-config change passes, with the notice shown', async () => {
    const vitestConfig =
      "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 10_000 } });\n";
    const { report } = await gatePullRequest({ ...STRONG, 'vitest.config.ts': vitestConfig });
    expect(report.verdict.kind).toBe('pass');
    expect(report.testRunChanges).toEqual([{ path: 'vitest.config.ts', change: 'configures or prepares the test run' }]);
  });

  it('a docs-only change gives no-mutants', async () => {
    const { report } = await gatePullRequest({ 'README.md': '# Pricing\n\nMore words.\n' });
    expect(report.verdict.kind).toBe('no-mutants');
    expect(report.findings).toEqual([]);
  });
});

describe('1. suppression comments', () => {
  const SUPPRESSED = DISCOUNT.replace(
    '  if (total >= 100) {',
    '  // Stryker disable next-line all: the boundary is obvious\n  if (total >= 100) {',
  );

  it('counts the mutants a "disable next-line" comment hides on changed lines as undetected, each line a finding', async () => {
    const { report } = await gatePullRequest({ 'src/discount.ts': SUPPRESSED, 'test/discount.test.ts': STRONG_DISCOUNT_TEST });
    expect(report.suppressed.length).toBeGreaterThan(2);
    expect(report.suppressed.every((mutant) => mutant.line === 3 && mutant.suppressed !== undefined)).toBe(true);
    expect(findingsOf(report)).toEqual(['suppression src/discount.ts:3']);
    expect(report.findings[0]?.change).toMatch(
      /^Stryker did not test \d+ mutant\(s\) here \(.*\), because .*: they count as not detected$/,
    );
    expect(report.score.total.ignored).toBe(0);
    expect(report.verdict.kind).toBe('fail');
  });

  it('catches new code added under a "disable all" the base already had', async () => {
    const rates = '// Stryker disable all\nexport const VAT = 0.2;\n';
    const { report } = await gatePullRequest(
      { 'src/rates.ts': `${rates}export function withVat(amount: number): number {\n  return amount * (1 + VAT);\n}\n` },
      {
        base: async (repo) => {
          await repo.write({ 'src/rates.ts': rates });
          return repo.commit('Rates');
        },
      },
    );
    expect(findingsOf(report)).toEqual(['suppression src/rates.ts:3', 'suppression src/rates.ts:4']);
    expect(report.score.total.mutants).toBe(report.suppressed.length);
    expect(report.verdict.kind).toBe('fail');
  });

  it('leaves approved suppressions out of the score, saying who approved', async () => {
    const { report } = await gatePullRequest(
      { 'src/discount.ts': SUPPRESSED, 'test/discount.test.ts': STRONG_DISCOUNT_TEST },
      { approved: true },
    );
    expect(report.score.total.ignored).toBe(report.suppressed.length);
    expect(report.verdict.kind).toBe('pass');
    expect(report.verdict.reason).toContain('1 finding(s) approved by @lead (approving review).');
  });
});

describe('2. the Stryker configuration', () => {
  async function baseConfig(repo: GitRepo): Promise<Record<string, unknown>> {
    return JSON.parse(await readFile(join(repo.dir, 'stryker.config.json'), 'utf8')) as Record<string, unknown>;
  }

  it("measures with the merge base's config when the change excludes the mutators that would survive", async () => {
    const created = await createPricingRepo();
    const edited = {
      ...(await baseConfig(created.repo)),
      mutator: { excludedMutations: ['ConditionalExpression', 'EqualityOperator', 'BooleanLiteral'] },
      ignoreStatic: true,
    };
    const { report } = await gatePullRequest({ ...WEAK, 'stryker.config.json': JSON.stringify(edited) });
    expect(findingsOf(report)).toEqual(['stryker-config stryker.config.json']);
    expect(report.mutants.some((mutant) => mutant.mutator === 'EqualityOperator' && mutant.status === 'Survived')).toBe(true);
    expect(report.suppressed).toEqual([]);
    expect(report.verdict.kind).toBe('fail');
  });

  it('never runs a config the change added ahead of the existing one, with a planted incremental report', async () => {
    const planted = {
      'stryker.conf.json': JSON.stringify({ testRunner: 'vitest', mutate: [], incremental: true, incrementalFile: 'planted.json' }),
      'planted.json': '{}',
    };
    const { report, log } = await gatePullRequest({ ...WEAK, ...planted });
    expect(findingsOf(report)).toEqual(['stryker-config stryker.conf.json']);
    expect(log.some((line) => line.includes('(extends stryker.config.json at '))).toBe(true);
    expect(report.score.total.survived).toBeGreaterThan(3);
    expect(report.verdict.kind).toBe('fail');
  });

  it("uses an approved config change, still with the gate's own settings forced: no incremental, its reporters", async () => {
    const created = await createPricingRepo();
    const edited = {
      ...(await baseConfig(created.repo)),
      incremental: true,
      incrementalFile: 'planted.json',
      reporters: ['dashboard'],
      timeoutMS: 60_000,
    };
    const { report, log } = await gatePullRequest(
      { ...WEAK, 'stryker.config.json': JSON.stringify(edited), 'planted.json': '{"schemaVersion":"2"}' },
      { approved: true },
    );
    expect(findingsOf(report)).toEqual(['stryker-config stryker.config.json']);
    expect(
      log.some((line) => line.includes('(extends stryker.config.json at ') && !line.includes(report.comparison.mergeBase.slice(0, 12))),
    ).toBe(true);
    expect(report.score.total.survived).toBeGreaterThan(3);
    expect(report.verdict.kind).toBe('fail');
    expect(report.verdict.reason).toContain('approved by @lead');
  });
});

describe('3. hiding from the diff or the scope', () => {
  it('finds logic moved into a *.config.* file that the measured source imports', async () => {
    const { report } = await gatePullRequest({
      'src/discount.config.ts': DISCOUNT,
      'src/discount.ts': "export { discountRate } from './discount.config.js';\n",
      'test/discount.test.ts': WEAK_DISCOUNT_TEST,
    });
    expect(findingsOf(report)).toEqual(['hidden-source src/discount.config.ts']);
    expect(report.notMutated).toContainEqual({ path: 'src/discount.config.ts', reason: 'excluded', pattern: '**/*.config.*' });
    expect(report.verdict.kind).toBe('fail');
  });

  it('ignores a .gitattributes line the change adds to mark its own code generated and binary', async () => {
    const { report } = await gatePullRequest({ ...WEAK, '.gitattributes': 'src/discount.ts linguist-generated -diff\n' });
    expect(report.changedLines.map((file) => file.path)).toEqual(['src/discount.ts']);
    expect(report.score.total.survived).toBeGreaterThan(3);
    expect(report.verdict.kind).toBe('fail');
  });

  it('measures a whitespace-only change inside a string literal, but not a re-indented line', async () => {
    const greeting = (spacing: string, indent: string) =>
      `export function greet(name: string): string {\n${indent}return \`Hello,${spacing}\${name}\`;\n}\n`;
    const { report } = await gatePullRequest(
      { 'src/greet.ts': greeting('  ', '  '), 'src/format.ts': 'export const pad = (text: string): string =>\n      text.padStart(4);\n' },
      {
        base: async (repo) => {
          await repo.write({
            'src/greet.ts': greeting(' ', '  '),
            'src/format.ts': 'export const pad = (text: string): string =>\n  text.padStart(4);\n',
          });
          return repo.commit('Greeting and format');
        },
      },
    );
    expect(report.changedLines).toEqual([{ path: 'src/greet.ts', lines: [2] }]);
    expect(report.mutants.some((mutant) => mutant.mutator === 'StringLiteral' && mutant.line === 2)).toBe(true);
  });
});

describe('4. tests that know they are being measured', () => {
  it('finds a test that passes every mutant by reading the active mutant', async () => {
    const gaming = `${STRONG_DISCOUNT_TEST}\nit('guards the rate', () => {\n  if ((globalThis as { __stryker2__?: { activeMutant?: string } }).__stryker2__?.activeMutant) throw new Error('mutant');\n});\n`;
    const { report } = await gatePullRequest({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': gaming });
    expect(findingsOf(report)).toEqual([
      `stryker-internals test/discount.test.ts:${gaming.split('\n').findIndex((line) => line.includes('__stryker2__')) + 1}`,
    ]);
    expect(report.score.total.score).toBe(100);
    expect(report.verdict.kind).toBe('fail');
  });

  it('takes the kills of a test that passes its first run only out of the score: the check for flaky tests sees it fail', async () => {
    // No Stryker name in sight: it keeps a mark in the temp directory, one per copy of the project.
    const firstRunOnly = `import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { discountRate } from '../src/discount.js';

const mark = join(tmpdir(), \`seen-\${createHash('sha256').update(import.meta.url).digest('hex')}\`);

it('checks the rate once', () => {
  discountRate(100, true);
  discountRate(99, false);
  const seen = existsSync(mark);
  writeFileSync(mark, '');
  expect(seen).toBe(false);
});
`;
    const files = { ...WEAK, 'test/discount-once.test.ts': firstRunOnly };
    const unchecked = await gatePullRequest(files);
    expect(unchecked.report.score.total.score).toBe(100);
    const { report } = await gatePullRequest(files, { config: configFrom({ threshold: '80', concurrency: '2' }) });
    expect(report.findings).toEqual([]);
    expect(report.flaky?.kind === 'checked' && report.flaky.tests.map((test) => test.name)).toEqual(['checks the rate once']);
    const weak = await gatePullRequest(WEAK);
    expect(report.score.total).toEqual(weak.report.score.total);
    expect(report.verdict.kind).toBe('fail');
  });

  it("finds a setup file that reads Stryker's worker variable", async () => {
    const setup = 'export const underMutation = process.env.STRYKER_MUTATOR_WORKER !== undefined;\n';
    const { report } = await gatePullRequest({ ...STRONG, 'test/setup/mutation.ts': setup });
    expect(findingsOf(report)).toEqual(['stryker-internals test/setup/mutation.ts:1']);
    expect(report.testRunChanges.map((change) => change.path)).toEqual(['test/setup/mutation.ts']);
    expect(report.verdict.kind).toBe('fail');
  });
});

describe('5. the workflow that runs the gate', () => {
  const WORKFLOW = '.github/workflows/ci.yml';

  it('is a finding when the change edits it, and not when it edits another', async () => {
    const workflow =
      'on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: mutation-gate/mutation-gate@v1\n        with:\n          threshold: 0\n';
    const edited = await gatePullRequest({ ...STRONG, [WORKFLOW]: workflow }, { workflowPath: WORKFLOW });
    expect(findingsOf(edited.report)).toEqual([`workflow ${WORKFLOW}`]);
    expect(edited.report.verdict.kind).toBe('fail');
    const other = await gatePullRequest({ ...STRONG, '.github/workflows/release.yml': workflow }, { workflowPath: WORKFLOW });
    expect(other.report.findings).toEqual([]);
    expect(other.report.verdict.kind).toBe('pass');
  });
});

describe('6. code without an AI marker, with default inputs', () => {
  it('does not pass when most of its mutants go unnoticed', async () => {
    const { report } = await gatePullRequest(WEAK, { config: configFrom({ concurrency: '2' }) });
    expect(report.aiDetected).toBe(false);
    expect(report.score.total.score).toBeLessThan(50);
    expect(report.verdict.kind).toBe('fail');
    expect(report.verdict.reason).toContain('under the threshold 50%');
  });
});
