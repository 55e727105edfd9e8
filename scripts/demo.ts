/**
 * npm run demo: the gate on the bundled example project, through action.yml exactly as a workflow
 * step runs it, on this machine. Prints the log, the job summary, the outputs and the verdict.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCompositeAction } from './lib/composite-action.js';
import { createExampleRepo } from './lib/example-repo.js';
import { PROJECT_ROOT } from './lib/git-repo.js';

const rule = (title: string): void => console.log(`\n──── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

rule('Setting up');
const example = await createExampleRepo();
console.log(`Example repository: ${example.repo.dir}`);
console.log(`Base commit ${example.baseSha.slice(0, 7)} on main; pull request head ${example.headSha.slice(0, 7)}:`);
const commits = example.repo.git(
  'log',
  '--reverse',
  '--format=%h %an: %s %(trailers:key=Co-Authored-By,separator=)',
  `${example.baseSha}..HEAD`,
);
for (const commit of commits.split('\n')) console.log(`  ${commit.trim()}`);
console.log('Workflow step: uses: mutation-gate   with: { threshold: 30, ai-threshold: 80, comment: never }');

rule('Job log');
const result = await runCompositeAction({
  actionPath: PROJECT_ROOT,
  workspace: example.repo.dir,
  // No PR comment: there is no GitHub to post it to here.
  inputs: { threshold: '30', 'ai-threshold': '80', comment: 'never' },
  env: {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_EVENT_NAME: 'pull_request',
    // Where the example would live on GitHub, so the summary shows its links; nothing is sent there.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'example-org/example-shop',
    GITHUB_EVENT_PATH: example.eventPath,
    RUNNER_TEMP: await mkdtemp(join(tmpdir(), 'runner-temp-')),
  },
  onOutput: (chunk) => process.stdout.write(chunk),
});

rule('Job summary (markdown)');
console.log(result.summary);

rule('Step outputs');
const nameWidth = Math.max(...Object.keys(result.outputs).map((name) => name.length));
for (const [name, value] of Object.entries(result.outputs)) console.log(`${name.padEnd(nameWidth)} ${value}`);

rule('Verdict');
const verdict = result.outputs.verdict ?? '';
console.log(
  `verdict: ${verdict}; the step exited with code ${result.exitCode}${result.exitCode === 0 ? '' : ', so this check would fail the pull request'}.`,
);
if (verdict === 'error' || verdict === '') process.exitCode = 1;
