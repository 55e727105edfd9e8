import { describe, expect, it } from 'vitest';
import { decodeEvent } from '../../src/adapters/github-event.js';
import type { RunEnvironment } from '../../src/adapters/run-environment.js';
import type { GateEvent } from '../../src/core/gate-event.js';
import { errorReport, type Report, type ScoredReport } from '../../src/core/judge/report.js';
import { commentMarker } from '../../src/core/render/comment-marker.js';
import { packageRunFiles } from '../../src/pipeline/package-run-files.js';
import type { StickyCommentResult } from '../../src/publish/ports.js';
import { publish } from '../../src/publish/publish.js';
import { configFrom } from '../support/config.js';
import { MemoryPublisher, RUN_FILES } from '../support/memory-ports.js';
import { CLAUDE, mutant, scored } from '../support/scored-fixtures.js';

const ENVIRONMENT: RunEnvironment = {
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  repository: 'octo/shop',
  runId: '42',
  token: 'ghs_token',
  workflowPath: '.github/workflows/ci.yml',
  eventCommit: 'c'.repeat(40),
};

const PULL_REQUEST: GateEvent = decodeEvent('pull_request', { pull_request: { number: 7 } });

/** A failing report: one AI-touched survivor and one uncovered mutant on changed lines of src/a.ts. */
function failing(annotations = 'true', comment = 'on-failure'): Report {
  const report = scored(
    {
      'src/a.ts': {
        lines: [1, 2],
        source: 'const a = x > 1;\nconst b = y > 2;\n',
        mutants: [mutant('1', 'Survived', 1, [11, 16], 'x >= 1'), mutant('2', 'NoCoverage', 2, [11, 16], 'y >= 2')],
        classes: { 1: ['ai', CLAUDE] },
      },
    },
    { repositoryPrefix: 'app/' },
  );
  return { ...report, config: configFrom({ annotations, comment, 'working-directory': 'app' }) };
}

async function published(
  report: Report,
  options: { event?: GateEvent; environment?: Partial<RunEnvironment>; answer?: StickyCommentResult } = {},
): Promise<MemoryPublisher> {
  const ports = new MemoryPublisher(options.answer);
  const environment = { ...ENVIRONMENT, ...options.environment };
  await publish({ report, event: options.event ?? PULL_REQUEST, runFiles: RUN_FILES, environment }, ports);
  return ports;
}

describe('publish, with every port in memory', () => {
  it('writes the JSON report, the summary and the outputs, all from the one report', async () => {
    const report = failing();
    const ports = await published(report);
    expect(ports.written.get(RUN_FILES.gateReportPath)).toEqual(expect.objectContaining({ version: 1, verdict: report.verdict }));
    expect(ports.summaries).toHaveLength(1);
    expect(ports.summaries[0]).toMatch(/^## ❌ mutation-gate failed: /);
    expect(ports.summaries[0]).toContain('](https://github.com/octo/shop/blob/');
    // The measurement first, then the report's path once it is written.
    expect(ports.outputs).toEqual([
      expect.objectContaining({ verdict: 'fail', mutants: '2', 'html-report': '' }),
      { report: RUN_FILES.gateReportPath },
    ]);
    expect(ports.outputs[0]).not.toHaveProperty('report');
    expect(ports.log.lines.at(-1)).toBe(`Gate report: ${RUN_FILES.gateReportPath}`);
  });

  it('keeps the verdict and outputs when the job summary cannot be written, with a warning', async () => {
    const ports = new MemoryPublisher();
    ports.failing.add('summary');
    await publish({ report: failing(), event: PULL_REQUEST, runFiles: RUN_FILES, environment: ENVIRONMENT }, ports);
    expect(ports.finalOutputs).toEqual(expect.objectContaining({ verdict: 'fail', mutants: '2', report: RUN_FILES.gateReportPath }));
    expect(ports.summaries).toEqual([]);
    expect(ports.comments).toHaveLength(1);
    expect(ports.log.warnings).toEqual([
      'Could not write the job summary (EACCES: permission denied (summary)); the verdict is unaffected.',
    ]);
  });

  it('sets an empty report output when the gate report cannot be written, and says so in the summary', async () => {
    const ports = new MemoryPublisher();
    ports.failing.add('report');
    await publish({ report: failing(), event: PULL_REQUEST, runFiles: RUN_FILES, environment: ENVIRONMENT }, ports);
    expect(ports.finalOutputs).toEqual(expect.objectContaining({ verdict: 'fail', report: '' }));
    const warning = 'Could not write the gate report (EACCES: permission denied (report)); the verdict is unaffected.';
    expect(ports.log.warnings).toEqual([warning]);
    expect(ports.summaries[0]).toContain(`> ⚠️ ${warning}`);
    expect(ports.log.lines.at(-1)).toBe('Gate report: not written');
  });

  it('says in the summary when the diff could not be annotated', async () => {
    const ports = new MemoryPublisher();
    ports.failing.add('annotations');
    await publish({ report: failing(), event: PULL_REQUEST, runFiles: RUN_FILES, environment: ENVIRONMENT }, ports);
    const warning = 'Could not annotate the diff (EACCES: permission denied (annotations)); the verdict is unaffected.';
    expect(ports.log.warnings).toEqual([warning]);
    expect(ports.summaries[0]).toContain(`> ⚠️ ${warning}`);
    expect(ports.finalOutputs.verdict).toBe('fail');
  });

  it('still writes the report and the summary when the outputs cannot be set', async () => {
    const ports = new MemoryPublisher();
    ports.failing.add('outputs');
    await publish({ report: failing(), event: PULL_REQUEST, runFiles: RUN_FILES, environment: ENVIRONMENT }, ports);
    expect(ports.written.has(RUN_FILES.gateReportPath)).toBe(true);
    expect(ports.summaries).toHaveLength(1);
    expect(ports.log.warnings).toEqual([
      'Could not set the step outputs (EACCES: permission denied (outputs)); the verdict is unaffected.',
      'Could not set the report output (EACCES: permission denied (outputs)); the verdict is unaffected.',
    ]);
  });

  it("names Stryker's HTML report when Stryker wrote one", async () => {
    const ports = new MemoryPublisher();
    ports.existing.add(RUN_FILES.htmlReportPath);
    await publish({ report: failing(), event: PULL_REQUEST, runFiles: RUN_FILES, environment: ENVIRONMENT }, ports);
    expect(ports.finalOutputs['html-report']).toBe(RUN_FILES.htmlReportPath);
    expect(ports.log.lines.at(-1)).toBe(`Gate report: ${RUN_FILES.gateReportPath}; Stryker's HTML report: ${RUN_FILES.htmlReportPath}`);
  });

  it("names each workspace package's HTML report that Stryker wrote, a line each, as upload-artifact takes them", async () => {
    const ports = new MemoryPublisher();
    const report = failing() as ScoredReport;
    const packages = ['packages/a', 'packages/b', 'packages/c'].map((folder) => ({ folder, report }));
    const [a, , c] = packages.map(({ folder }) => packageRunFiles(RUN_FILES, folder).htmlReportPath);
    ports.existing
      .add(a as string)
      .add(c as string)
      .add(RUN_FILES.htmlReportPath);
    await publish({ report: { ...report, packages }, event: PULL_REQUEST, runFiles: RUN_FILES, environment: ENVIRONMENT }, ports);
    expect([a, c]).toEqual(['/tmp/gate/mutation-report-packages-a.html', '/tmp/gate/mutation-report-packages-c.html']);
    expect(ports.finalOutputs['html-report']).toBe(`${a}\n${c}`);
    expect(ports.log.lines.at(-1)).toBe(`Gate report: ${RUN_FILES.gateReportPath}; Stryker's HTML report: ${a}, ${c}`);
  });

  it('annotates the undetected mutants at repository paths: an error where AI-touched code fails the gate', async () => {
    const ports = await published(failing());
    expect(ports.annotations.map(({ level, file, line }) => [level, file, line])).toEqual([
      ['error', 'app/src/a.ts', 1],
      ['warning', 'app/src/a.ts', 2],
    ]);
  });

  it('annotates nothing with annotations: false, nor for an error', async () => {
    expect((await published(failing('false'))).annotations).toEqual([]);
    expect((await published(errorReport(configFrom(), 'Stryker failed.'))).annotations).toEqual([]);
  });

  it('posts the sticky comment for a failing pull request, within the size limit, found by its marker', async () => {
    const ports = await published(failing());
    expect(ports.comments).toHaveLength(1);
    const [request] = ports.comments;
    expect(request).toEqual(
      expect.objectContaining({ apiUrl: 'https://api.github.com', token: 'ghs_token', owner: 'octo', repo: 'shop', issueNumber: 7 }),
    );
    expect(request?.marker).toBe(commentMarker('app'));
    expect(request?.mode).toBe('on-failure');
    expect(request?.failed).toBe(true);
    expect(request?.body).toContain('[Full report in the job summary](https://github.com/octo/shop/actions/runs/42)');
    // Whole, within its budget: no cut note, no notice of its own.
    expect(request?.body).not.toContain('The report was cut here');
    expect(request?.body).not.toContain('⚠️');
    expect(ports.log.lines).toContain('PR comment created: https://github.com/o/r/pull/7#issuecomment-1');
  });

  it('links no run from the comment outside a workflow run', async () => {
    const ports = await published(failing(), { environment: { runId: undefined } });
    expect(ports.comments[0]?.body).not.toContain('Full report in the job summary');
  });

  it('annotates a passing report with warnings only, even on AI-touched lines', async () => {
    const passing = { ...failing(), verdict: { kind: 'pass', reason: 'ok' } } as const;
    expect((await published(passing)).annotations.map(({ level }) => level)).toEqual(['warning', 'warning']);
  });

  it('says a passing or skipped comment in the log only', async () => {
    const passing = { ...failing(), verdict: { kind: 'pass', reason: 'ok' } } as const;
    const ports = await published(passing, { answer: { outcome: 'skipped', reason: 'nothing to update' } });
    expect(ports.comments[0]?.failed).toBe(false);
    expect(ports.log.lines).toContain('No PR comment: nothing to update');
    expect(ports.summaries[0]).not.toContain('⚠️');
  });

  it('marks an error as failed for the comment', async () => {
    const ports = await published(errorReport(configFrom(), 'Stryker failed.'));
    expect(ports.comments[0]?.failed).toBe(true);
  });

  it('shows a failed comment as a warning in the log and the summary, never as a verdict', async () => {
    const ports = await published(failing(), { answer: { outcome: 'failed', warning: 'Forbidden (403).' } });
    expect(ports.log.lines).toContain('warning: Forbidden (403).');
    expect(ports.summaries[0]).toContain('\n> ⚠️ Forbidden (403).');
    expect(ports.outputs[0]?.verdict).toBe('fail');
  });

  it('warns, and posts nothing, without a token', async () => {
    const ports = await published(failing(), { environment: { token: '' } });
    expect(ports.comments).toEqual([]);
    const warning = 'No github-token was given, so the PR comment was not posted; the verdict is unaffected.';
    expect(ports.log.lines).toContain(`warning: ${warning}`);
    expect(ports.summaries[0]).toContain(`> ⚠️ ${warning}`);
  });

  it.each([
    ['comment: never', failing('true', 'never'), {}],
    ['invalid inputs (no config)', errorReport(undefined, '2 input(s) are invalid, so nothing was run.'), {}],
    ['an event without a pull request', failing(), { event: decodeEvent('push', {}) }],
    ['a run outside a repository', failing(), { environment: { repository: undefined } }],
    ['a repository name without an owner', failing(), { environment: { repository: 'shop' } }],
  ])('posts no comment for %s', async (_what, report, options) => {
    const ports = await published(report, options);
    expect(ports.comments).toEqual([]);
    expect(ports.log.lines.filter((line) => line.includes('comment'))).toEqual([]);
  });

  it('writes an error with empty counts and its details in the summary', async () => {
    const ports = await published(errorReport(configFrom(), 'Stryker failed.', ['ERROR boom']), { environment: { repository: undefined } });
    expect(ports.outputs[0]).toEqual(expect.objectContaining({ verdict: 'error', score: '', mutants: '' }));
    expect(ports.summaries[0]).toContain('<pre>\nERROR boom\n</pre>');
  });
});
