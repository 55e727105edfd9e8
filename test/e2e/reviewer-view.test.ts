import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';
import { runAction } from '../support/action-run.js';
import { FakeGitHub, json, OWNER, PR, REPO } from '../support/fake-github.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// What reviewers see, from real fixture runs through action.yml: the job summary, annotations on the
// diff, the sticky PR comment (against a local stand-in for the GitHub REST API) and the HTML report.

const TOKEN = 'ghs_ThisTokenMustNeverShowUpAnywhere';
const CLAUDE = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';
const DANA = { name: 'Dana Developer', email: 'dana@example.com' };

const DISCOUNT = `export function discountRate(total: number, member: boolean): number {
  if (total >= 100) {
    return member ? 0.15 : 0.1;
  }
  return member ? 0.05 : 0;
}
`;

const test = (name: string, body: string): string =>
  `import { expect, it } from 'vitest';\nimport { discountRate } from '../src/discount.js';\n\nit(${JSON.stringify(name)}, () => {\n${body}\n});\n`;

const WEAK = test('gives a discount', '  expect(discountRate(150, true)).toBeGreaterThan(0);');
const STRONG = test(
  'gives each rate at its boundary',
  [
    '  expect(discountRate(100, false)).toBe(0.1);',
    '  expect(discountRate(100, true)).toBe(0.15);',
    '  expect(discountRate(99.99, true)).toBe(0.05);',
    '  expect(discountRate(99.99, false)).toBe(0);',
  ].join('\n'),
);

let github: FakeGitHub;

beforeEach(async () => {
  github = await FakeGitHub.start();
  github.login = undefined; // a GITHUB_TOKEN: GET /user is refused, the comments are github-actions[bot]'s
});

afterEach(async () => {
  await github.stop();
});

function onGitHub(): Record<string, string> {
  return {
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_RUN_ID: '4321',
    GITHUB_TOKEN: TOKEN,
  };
}

/**
 * Replaces what changes from run to run (commit SHAs) or machine to machine (the isolation it allows) so a
 * rendering can be compared with its golden copy.
 */
function normalize(text: string): string {
  return text
    .replaceAll(/^Isolation: .*$/gm, 'Isolation: <as the machine allows>')
    .replaceAll(/[0-9a-f]{40}/g, '<sha>')
    .replaceAll(/\b[0-9a-f]{12}\b/g, '<sha12>')
    .replaceAll(/commit [0-9a-f]{7}\b/g, 'commit <sha7>');
}

/** Compares with test/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead (then review it by eye). */
async function expectGolden(name: string, text: string): Promise<void> {
  const path = join(PROJECT_ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') await writeFile(path, text);
  expect(text).toBe(await readFile(path, 'utf8'));
}

describe('the sticky PR comment', () => {
  it('is created when the gate fails, then updated in place once the PR is fixed', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': WEAK });
    repo.commit(`Add discount rate${CLAUDE}`, DANA);

    const failing = await runAction(
      repo.dir,
      baseSha,
      { threshold: '80', concurrency: '2' },
      { env: onGitHub(), pullRequest: { number: PR } },
    );

    expect(failing.exitCode).toBe(1);
    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    const lines = comment?.body.split('\n') ?? [];
    expect(lines[0]).toBe('<!-- mutation-gate working-directory=. -->');
    expect(lines[1]).toMatch(/^## ❌ mutation-gate failed: AI-touched lines score \d+\.\d\d%, under the ai-threshold 80%/);
    expect(comment?.body).toContain('[Full report in the job summary](https://github.example/octo-org/app/actions/runs/4321)');
    expect(comment?.body).toContain('### Surviving mutants');
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(failing.log).toContain(`PR comment created: https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-`);
    expect(github.requests.find((request) => request.method === 'POST')?.headers.authorization).toBe(`token ${TOKEN}`);
    await expectGolden('failing-pr-comment.md', normalize(comment?.body ?? ''));

    await repo.write({ 'test/discount.test.ts': STRONG });
    repo.commit('Pin every rate at its boundary', DANA);
    const fixed = await runAction(
      repo.dir,
      baseSha,
      { threshold: '80', concurrency: '2' },
      { env: onGitHub(), pullRequest: { number: PR } },
    );

    expect(fixed.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.id).toBe(comment?.id);
    expect(github.comments[0]?.body.split('\n')[1]).toMatch(
      /^## ✅ mutation-gate passed: AI-touched lines score 100\.00%, ai-threshold 80%/,
    );
    expect(github.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
    for (const text of [failing.log, failing.summary, fixed.log, fixed.summary]) expect(text).not.toContain(TOKEN);
  });

  it('cannot be posted with a read-only token: a warning in the log and the summary, and the verdict stays the gate’s', async () => {
    github.answers.create = { status: 403, body: json({ message: 'Resource not accessible by integration' }) };
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG });
    repo.commit('Add discount rate, tested', DANA);

    const result = await runAction(
      repo.dir,
      baseSha,
      { threshold: '80', comment: 'always', concurrency: '2' },
      { env: onGitHub(), pullRequest: { number: PR } },
    );

    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(github.comments).toHaveLength(0);
    expect(result.log).toMatch(
      /::warning::Creating the gate's comment on pull request #7 .* failed: HTTP 403: Resource not accessible by integration\./,
    );
    expect(result.log).toContain('Pull requests from forks get a read-only token');
    expect(result.summary).toContain("> ⚠️ Creating the gate's comment on pull request &#35;7");
    expect(result.summary.split('\n')[0]).toMatch(/^## ✅ mutation-gate passed/);
  });

  it('is not written with comment: never, nor for a passing PR without an earlier comment', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG });
    repo.commit('Add discount rate, tested', DANA);

    const passing = await runAction(
      repo.dir,
      baseSha,
      { threshold: '80', concurrency: '2' },
      { env: onGitHub(), pullRequest: { number: PR } },
    );
    expect(passing.exitCode).toBe(0);
    expect(passing.log).toContain('No PR comment: ');
    expect(github.writes()).toEqual([]);

    await repo.write({ 'test/discount.test.ts': WEAK });
    repo.commit('Weaker test', DANA);
    const never = await runAction(
      repo.dir,
      baseSha,
      { threshold: '80', comment: 'never', concurrency: '2' },
      { env: onGitHub(), pullRequest: { number: PR } },
    );
    expect(never.exitCode).toBe(1);
    expect(github.requests.filter((request) => request.method !== 'GET' || request.path !== '/user')).toHaveLength(
      github.requests.filter((request) => request.method === 'GET' && request.path.includes('/comments')).length,
    );
    expect(github.writes()).toEqual([]);
  });
});

describe('the job summary, annotations and HTML report of a mixed PR', () => {
  it('shows the split, the silent tests, each survivor with its diff, tests and hint, and annotates the diff', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT, 'test/discount.test.ts': STRONG });
    repo.commit('Discount rate, tested', DANA);
    await repo.write({
      'src/fee.ts':
        'export function fee(amount: number): number {\n  if (amount > 1000) {\n    return 0;\n  }\n  return amount < 10 ? 1 : 2;\n}\n',
      'test/fee.test.ts': [
        "import { expect, it } from 'vitest';",
        "import { fee } from '../src/fee.js';",
        '',
        "it('charges a fee', () => {",
        '  expect(fee(50)).toBeGreaterThan(0);',
        '});',
        '',
        "it('copes with big amounts', () => {",
        '  expect(fee(2000)).not.toBeNaN();',
        '});',
        '',
      ].join('\n'),
    });
    repo.commit(`Add a fee${CLAUDE}`, DANA);

    const result = await runAction(repo.dir, baseSha, { threshold: '50', concurrency: '2' }, { env: onGitHub() });

    expect(result.exitCode).toBe(1);
    const summary = result.summary;
    expect(summary).toContain('### 🔇 Tests that noticed nothing (1)');
    expect(summary).toMatch(
      /- <code>copes with big amounts<\/code> \(test\/fee\.test\.ts:8\): ran \d+ mutant\(s\) of the changed code and failed on none/,
    );
    expect(summary).not.toContain('- <code>charges a fee</code> (test/fee.test.ts:4): ran');
    expect(summary).toMatch(
      /\[src\/fee\.ts:2\]\(https:\/\/github\.example\/octo-org\/app\/blob\/[0-9a-f]{40}\/src\/fee\.ts#L2\) · \*\*ai\*\* · /,
    );
    expect(summary).toContain('```diff\n-   if (amount > 1000) {\n+   if (amount >= 1000) {\n```');
    expect(summary).toContain(
      '- Tests that ran it and still passed: <code>charges a fee</code> (test/fee.test.ts:4), <code>copes with big amounts</code> (test/fee.test.ts:8)',
    );
    expect(summary).toContain('A boundary moved (&#62; became &#62;=) and no test failed: no test uses the boundary value itself.');
    // Annotations: errors on AI-touched lines of a failing gate, one per line, nothing on killed-only lines.
    const annotations = result.log.split('\n').filter((line) => /^::(error|warning) [^:]*file=/.test(line));
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      expect(annotation).toMatch(
        /^::error title=AI-touched%3A mutant (survived|is not covered by any test),file=src\/fee\.ts,line=[2-5]::/,
      );
    }
    expect(new Set(annotations.map((line) => /line=(\d+)/.exec(line)?.[1])).size).toBe(annotations.length);
    // The HTML report Stryker wrote for the changed files.
    expect(result.outputs['html-report']).toMatch(/mutation-report\.html$/);
    expect(await readFile(result.outputs['html-report'] ?? '', 'utf8')).toContain('<mutation-test-report-app');
    await expectGolden('mixed-pr-summary.md', normalize(summary));

    const quiet = await runAction(
      repo.dir,
      baseSha,
      { threshold: '50', annotations: 'false', 'github-token': '', concurrency: '2' },
      { env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}` } },
    );
    expect(quiet.summary).toContain('> ⚠️ No github-token was given, so the PR comment was not posted; the verdict is unaffected.');
    expect(quiet.log.split('\n').filter((line) => /^::(error|warning) [^:]*file=/.test(line))).toEqual([]);
  });

  it('never lets file names, test names or code inject markup, mentions or broken tables', async () => {
    const { repo, baseSha } = await createPricingRepo();
    const hostileFile = 'src/[id]/we|ird <b>name</b> @octocat.ts';
    const hostileTest = '@octocat <img src=x onerror=alert(1)> | `code` **bold** [link](javascript:alert(1)) #1';
    await repo.write({
      [hostileFile]: 'export const pick = (flag: boolean): string => (flag ? "<script>alert(1)</script>" : "@here | `x`");\n',
      'test/hostile.test.ts': `import { expect, it } from 'vitest';\nimport { pick } from '../src/[id]/we|ird <b>name</b> @octocat.js';\n\nit(${JSON.stringify(hostileTest)}, () => {\n  expect(typeof pick(true)).toBe('string');\n});\n`,
    });
    repo.commit('Hostile names', DANA);

    const result = await runAction(repo.dir, baseSha, { threshold: '80', concurrency: '1' });

    expect(result.outputs.verdict).toBe('fail');
    const summary = result.summary;
    expect(summary).toContain('we&#124;ird &#60;b&#62;name&#60;/b&#62; &#64;octocat.ts');
    expect(summary).toContain(
      '&#64;octocat &#60;img src=x onerror=alert(1)&#62; &#124; &#96;code&#96; &#42;&#42;bold&#42;&#42; &#91;link&#93;(javascript:alert(1)) &#35;1',
    );
    // Outside fenced code (where nothing renders) and once entities are set aside, nothing raw is left.
    const rendered = summary
      .split(/```[\s\S]*?```/)
      .join('')
      .replaceAll(/&#\d+;/g, ' ');
    for (const raw of ['<img', '<b>', '<script>', '@octocat', '@here', '](javascript', '**bold**', '#1', '`code`']) {
      expect(rendered).not.toContain(raw);
    }
    // Every pipe left is a cell border: file rows keep their nine cells, rows of the tests' tally their three.
    const rows = summary.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.split('|')).toHaveLength(/ \| (ai|human|unknown|mixed) \| /.test(row) ? 11 : 5);
  });
});
