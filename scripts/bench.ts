/**
 * npm run bench: what the gate costs on top of Stryker. On the example project it times, several runs
 * each, the whole gate (in-process, the action's code path after input parsing), the Stryker run inside
 * it, and a bare Stryker run with the same mutate ranges; then the pure core alone on a synthetic large
 * pull request, and the command's commit of the working tree in a 20,000-file repository. Prints medians and ratios. BENCH_RUNS sets the number of runs (default 5). BENCH_LARGE=1
 * adds a generated project with a pull request of over 1,000 source lines: one run, shards, budgets and a re-run
 * after a push (BENCH_LARGE=shards,budget,reuse picks parts).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createGit } from '../src/adapters/git.js';
import { findProjectStrykerCli } from '../src/adapters/project-packages.js';
import { commitWorkingTree } from '../src/adapters/working-tree.js';
import { attributeChangedLines } from '../src/core/attribution/attribution.js';
import { parseBlamePorcelain } from '../src/core/attribution/blame.js';
import { parseCommitLog } from '../src/core/attribution/commits.js';
import { parseChangedLines } from '../src/core/diff/changed-lines.js';
import { scopeChangedFiles } from '../src/core/diff/file-scope.js';
import { toMutatePatterns } from '../src/core/diff/mutate-ranges.js';
import { judge } from '../src/core/judge/judge.js';
import { renderSummary } from '../src/core/render/markdown-report.js';
import type { MutantStatus, MutationTestResult } from '../src/core/stryker/stryker-report.js';
import { gatherAttributionSources } from '../src/pipeline/attribution-sources.js';
import { PROBE_RUN_TITLE } from '../src/pipeline/flaky-check.js';
import { exampleGate } from './lib/example-gate.js';
import { GitRepo } from './lib/git-repo.js';
import { benchLargePullRequest, LARGE_BENCH_PARTS, type LargeBenchPart } from './lib/large-bench.js';
import { QuietLog } from './lib/quiet-log.js';

const RUNS = Number.parseInt(process.env.BENCH_RUNS ?? '5', 10);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const ms = (value: number): string => `${value.toFixed(0).padStart(7)} ms`;

/** A quiet log that measures how long the Stryker groups took: all of them, and the check for flaky tests. */
class TimingLog extends QuietLog {
  strykerMs = 0;
  probeMs = 0;
  override async untrustedGroup<T>(title: string, work: (emit: (line: string) => void) => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await super.untrustedGroup(title, work);
    } finally {
      const took = performance.now() - start;
      this.strykerMs += took;
      if (title === PROBE_RUN_TITLE) this.probeMs += took;
    }
  }
}

function runBareStryker(cli: string, configPath: string, cwd: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'run', configPath], { cwd, stdio: 'ignore', env: { ...process.env, FORCE_COLOR: '0' } });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(performance.now() - start) : reject(new Error(`Stryker exited with ${code}`))));
  });
}

const gate = await exampleGate('bench-runner-temp-');
const { example, event, config } = gate;

console.log(`Example project: ${example.repo.dir}; ${RUNS} run(s) each.\n`);
const gateTotals: number[] = [];
const gateStryker: number[] = [];
const gateProbe: number[] = [];
let lastConfigPath = '';
for (let run = 1; run <= RUNS; run += 1) {
  const log = new TimingLog();
  const start = performance.now();
  const { report, runFiles } = await gate.run(log);
  const total = performance.now() - start;
  gateTotals.push(total);
  gateStryker.push(log.strykerMs);
  gateProbe.push(log.probeMs);
  lastConfigPath = runFiles.strykerConfigPath;
  console.log(
    `gate run ${run}: ${ms(total)} (Stryker ${ms(log.strykerMs)}, of which the flaky-test check ${ms(log.probeMs)}), verdict ${report.verdict.kind}, ${report.score.total.mutants} mutants`,
  );
}

const cli = await findProjectStrykerCli(example.repo.dir);
if (cli === undefined) throw new Error('The example project has no Stryker installed.');
const bare: number[] = [];
for (let run = 1; run <= RUNS; run += 1) {
  const duration = await runBareStryker(cli, lastConfigPath, example.repo.dir);
  bare.push(duration);
  console.log(`bare Stryker run ${run}: ${ms(duration)}`);
}

// Attribution alone on the example project: git blame, git log, notes lookup and classification.
const exampleGit = createGit(example.repo.dir);
const mergeBase = example.repo.git('merge-base', example.baseSha, 'HEAD');
const exampleChanged = parseChangedLines(await exampleGit.diff(mergeBase, example.headSha));
const exampleScope = scopeChangedFiles(exampleChanged, {
  workingDirectory: '',
  include: config.include,
  exclude: config.exclude,
  generated: new Set(),
});
const attributionTimes: number[] = [];
for (let run = 1; run <= RUNS; run += 1) {
  const start = performance.now();
  const gathered = await gatherAttributionSources(
    exampleGit,
    exampleScope.selected,
    (path) => path,
    { base: example.baseSha, baseSource: 'bench', mergeBase, head: example.headSha },
    config,
    event,
  );
  attributeChangedLines(exampleScope.selected, gathered.sources);
  attributionTimes.push(performance.now() - start);
}

const ownWork = gateTotals.map((total, index) => total - (gateStryker[index] as number));
console.log('\nExample project (medians)');
// Bare Stryker checks no test for flakiness: the ratio leaves that run out, and its cost is shown apart.
const measuring = gateTotals.map((total, index) => total - (gateProbe[index] as number));
console.log(`  gate, end to end            ${ms(median(gateTotals))}`);
console.log(`  of which flaky-test check   ${ms(median(gateProbe))}  (flaky-check: ${config.flakyCheck})`);
console.log(`  bare Stryker, same ranges   ${ms(median(bare))}`);
console.log(`  ratio gate / bare Stryker   ${(median(measuring) / median(bare)).toFixed(3)}  (without the flaky-test check)`);
console.log(
  `  gate's own work (no Stryker)${ms(median(ownWork))}  (${((median(ownWork) / median(gateTotals)) * 100).toFixed(1)}% of the gate)`,
);
console.log(
  `  of which AI attribution     ${ms(median(attributionTimes))}  (blame, log, notes, classify; ${((median(attributionTimes) / median(bare)) * 100).toFixed(1)}% of bare Stryker)`,
);

// The pure core on a pull request far larger than the example: 2,000 files, 20,000 changed lines, 10,000 mutants.
const FILES = 2000;
const diff = Array.from({ length: FILES }, (_, file) => {
  const added = Array.from({ length: 10 }, (_, line) => `+const value${line} = compute(${line}) >= limit;`).join('\n');
  return `diff --git a/src/module${file}.ts b/src/module${file}.ts\nindex 1111111..2222222 100644\n--- a/src/module${file}.ts\n+++ b/src/module${file}.ts\n@@ -10,0 +11,10 @@\n${added}`;
}).join('\n');
const statuses: MutantStatus[] = ['Killed', 'Survived', 'NoCoverage', 'Timeout', 'Killed'];
const source = Array.from({ length: 30 }, (_, line) => `const value${line} = compute(${line}) >= limit;`).join('\n');
const report: MutationTestResult = {
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: Object.fromEntries(
    Array.from({ length: FILES }, (_, file) => [
      `src/module${file}.ts`,
      {
        language: 'typescript',
        source,
        mutants: Array.from({ length: 5 }, (_, index) => ({
          id: `${file}-${index}`,
          mutatorName: 'EqualityOperator',
          replacement: '>',
          status: statuses[index] as MutantStatus,
          location: { start: { line: 11 + index, column: 16 }, end: { line: 11 + index, column: 40 } },
        })),
      },
    ]),
  ),
};
// Synthetic blame: each file's lines alternate between an agent's commit and a plain one.
const AGENT_SHA = 'a'.repeat(40);
const PLAIN_SHA = 'b'.repeat(40);
const blamePorcelain = Array.from({ length: 10 }, (_, line) =>
  [`${line % 2 === 0 ? AGENT_SHA : PLAIN_SHA} ${11 + line} ${11 + line} 1`, 'author x', 'filename src/module.ts', '\tcode'].join('\n'),
).join('\n');
const commitLog = [
  `${AGENT_SHA}\x1f\x1fDev\x1fdev@example.com\x1fDev\x1fdev@example.com\x1fAdd\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n\x1e`,
  `${PLAIN_SHA}\x1f\x1fDev\x1fdev@example.com\x1fDev\x1fdev@example.com\x1fTweak\n\x1e`,
].join('');
const coreTimes: number[] = [];
for (let run = 1; run <= RUNS; run += 1) {
  const start = performance.now();
  const changed = parseChangedLines(diff);
  const scope = scopeChangedFiles(changed, {
    workingDirectory: '',
    include: config.include,
    exclude: config.exclude,
    generated: new Set(),
  });
  toMutatePatterns(scope.selected, '/workspace');
  const commits = new Map(parseCommitLog(commitLog).map((commit) => [commit.sha, commit]));
  const blame = new Map(scope.selected.map((file) => [file.path, parseBlamePorcelain(blamePorcelain)]));
  const attribution = attributeChangedLines(scope.selected, {
    detection: 'auto',
    patterns: config.aiPatterns,
    aiLabels: config.aiLabels,
    pullRequest: undefined,
    blame,
    commits,
    notes: new Map(),
  });
  const judged = judge(config, {
    comparison: { base: 'main', baseSource: 'bench', mergeBase: 'a'.repeat(40), head: 'b'.repeat(40) },
    changedFiles: changed.length,
    scope,
    untargetable: [],
    targeted: scope.selected,
    attribution,
    signals: { checked: [], unavailable: [] },
    repositoryPrefix: '',
    strykerReport: report,
    findings: [],
    testRunChanges: [],
    approval: undefined,
    isolation: undefined,
    setup: undefined,
    timeouts: [],
    unjudged: [],
    flaky: undefined,
  });
  renderSummary(judged);
  coreTimes.push(performance.now() - start);
}
console.log(`\nPure core on a synthetic PR (${FILES} files, ${FILES * 10} changed lines, ${FILES * 5} mutants), median of ${RUNS}:`);
console.log(`  diff, scope, ranges, attribution, mutants, scores, verdict, summary ${ms(median(coreTimes))}`);

// The command's commit of the working tree, in a repository of 20,000 tracked files with one changed.
const tree = await GitRepo.create('bench-working-tree-');
for (let folder = 0; folder < 200; folder += 1) {
  await tree.write(
    Object.fromEntries(
      Array.from({ length: 100 }, (_, file) => [`src/d${folder}/f${file}.ts`, `export const v = ${folder * 100 + file};\n`]),
    ),
  );
}
tree.commit('20,000 files');
await tree.write({ 'src/d5/f5.ts': 'export const v = -1;\n', 'src/new.ts': 'export const w = 1;\n' });
const snapshotTimes: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  await commitWorkingTree(tree.dir);
  snapshotTimes.push(performance.now() - start);
}
console.log(`\nThe command's commit of the working tree (20,000 tracked files, one changed, one new), median of ${RUNS}:`);
console.log(`  commit through a copy of the index                                ${ms(median(snapshotTimes))}`);

const largeParts =
  process.env.BENCH_LARGE === '1' ? [...LARGE_BENCH_PARTS] : (process.env.BENCH_LARGE ?? '').split(',').filter((part) => part !== '');
const unknownParts = largeParts.filter((part) => !(LARGE_BENCH_PARTS as readonly string[]).includes(part));
if (unknownParts.length > 0)
  throw new Error(`BENCH_LARGE: unknown part(s) ${unknownParts.join(', ')}; 1, or some of ${LARGE_BENCH_PARTS.join(', ')}`);
if (largeParts.length > 0) {
  await benchLargePullRequest(new Set(largeParts as LargeBenchPart[]));
} else {
  console.log('\nBENCH_LARGE=1 adds a generated project with a pull request of over 1,000 source lines (several minutes).');
}
