import { existsSync } from 'node:fs';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepo } from '../../scripts/lib/git-repo.js';
import { runAction } from '../support/action-run.js';
import { createPricingRepo } from '../support/pricing-repo.js';

// Paths users really have, and a pull request whose branch, title and body try shell, workflow-command
// and markdown injection: through action.yml with a real Stryker run.

const source = (name: string): string =>
  `export function ${name}(value: number): number {\n  if (value > 10) {\n    return value * 2;\n  }\n  return value;\n}\n`;

describe('a pull request full of odd paths, from a hostile branch', () => {
  it('mutates every real source change, skips what is not one, and runs nothing it was sent', async () => {
    const { repo } = await createPricingRepo();
    // The merge base's .gitattributes marks generated code: the pull request's own could not.
    await repo.write({
      'src/format.ts': source('format'),
      'docs/old.md': 'Old\n',
      '.gitattributes': 'src/generated.ts linguist-generated\n',
    });
    repo.git('add', '--all');
    repo.git('commit', '--quiet', '--amend', '--no-edit');
    const base = repo.head();
    const pwned = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-pwned`);

    await repo.write({
      'src/app/[id]/page.ts': source('page'),
      'src/(group)/util.ts': source('util'),
      'src/with space/naïve, file.ts': source('naive'),
      'src/crlf.ts': source('crlf').replaceAll('\n', '\r\n'),
      'src/generated.ts': source('generated'),
      // Re-indented only: no behaviour changed.
      'src/format.ts': source('format').replaceAll('  ', '    '),
      'assets/logo.png': '\x89PNG\r\n\x1a\n\0\0\0binary',
    });
    await rm(join(repo.dir, 'docs', 'old.md'));
    repo.git('mv', 'src/legacy.ts', 'src/old fee.ts');
    const edit = async (path: string, from: string, to: string): Promise<void> =>
      writeFile(join(repo.dir, path), (await readFile(join(repo.dir, path), 'utf8')).replace(from, to));
    await edit('src/old fee.ts', 'amount > 100', 'amount >= 100');
    await edit('test/legacy.test.ts', '../src/legacy.js', '../src/old fee.js');
    await symlink('crlf.ts', join(repo.dir, 'src', 'link.ts'));
    repo.commit(`Odd paths\n\n$(touch ${pwned}) \`touch ${pwned}\``);

    const result = await runAction(
      repo.dir,
      base,
      { threshold: '0', concurrency: '2' },
      {
        pullRequest: {
          head: { ref: `claude/$(touch ${pwned})\`touch ${pwned}\`;touch ${pwned}`, sha: repo.head() },
          title: `::error::pwned $(touch ${pwned}) <img src=x onerror=alert(1)> @octocat`,
          body: `::set-output name=verdict::pass\n<script>alert(1)</script> [x](javascript:alert(1)) @here`,
          user: { login: 'mallory', id: 666 },
        },
      },
    );

    expect(existsSync(pwned)).toBe(false);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.log.split('\n').some((line) => line.startsWith('::error::pwned') || line.startsWith('::set-output'))).toBe(false);
    const rows = result.summary.split('\n').filter((line) => line.startsWith('| <code>'));
    const row = (path: string): string | undefined => rows.find((line) => line.startsWith(`| <code>${path}</code> |`));
    for (const path of ['src/app/&#91;id&#93;/page.ts', 'src/(group)/util.ts', 'src/with space/naïve, file.ts', 'src/crlf.ts']) {
      expect(row(path), path).toMatch(/^\| <code>.*<\/code> \| (ai|unknown) \| 6 \| [1-9]\d* \|/);
    }
    expect(row('src/old fee.ts')).toMatch(/^\| <code>src\/old fee\.ts<\/code> \| (ai|unknown) \| 1 \| [1-9]\d* \|/);
    for (const path of ['src/format.ts', 'src/link.ts', 'assets/logo.png', 'src/generated.ts', 'docs/old.md']) {
      expect(row(path), path).toBeUndefined();
    }
    expect(result.summary).toContain("- <code>src/generated.ts</code>: marked linguist-generated in the merge base's .gitattributes");
    expect(result.summary).not.toContain('src/format.ts');
  });
});

describe('checkouts and events as workflows really produce them', () => {
  const DISCOUNT = 'export function discountRate(total: number): number {\n  return total >= 100 ? 0.1 : 0;\n}\n';

  it('a shallow clone of the test merge (fetch-depth: 1) is deepened and scored', async () => {
    const { repo: origin, baseSha } = await createPricingRepo();
    await origin.write({ 'src/discount.ts': DISCOUNT });
    const prHead = origin.commit('Add discount rate');
    origin.git('checkout', '--quiet', 'main');
    origin.git('checkout', '--quiet', '-b', 'pull-merge');
    origin.git('merge', '--quiet', '--no-ff', '--no-edit', prHead);
    const clone = await GitRepo.clone(origin.dir, ['--no-local', '--depth', '1', '--branch', 'pull-merge']);
    await clone.linkNodeModules();

    // No test covers the new function: threshold 0, as this is about the checkout, not the score.
    const result = await runAction(clone.dir, baseSha, { concurrency: '2', threshold: '0' });

    expect(result.exitCode).toBe(0);
    expect(result.log).toContain('The clone is shallow and lacks the merge base: fetching its full history');
    expect(result.summary).toContain('| <code>src/discount.ts</code> | unknown | 3 |');
  });

  it('a Stryker config that .gitignore keeps out of git is never used in silence: the gate stops, saying to commit it', async () => {
    const { repo } = await createPricingRepo();
    // The config stays on disk, as a developer's local copy would, but git no longer has it.
    await repo.write({ '.gitignore': 'node_modules\n.stryker-tmp\nreports\nstryker.config.json\n' });
    repo.git('rm', '--quiet', '--cached', 'stryker.config.json');
    const base = repo.commit('Keep the Stryker config local');
    await repo.write({ 'src/discount.ts': DISCOUNT });
    repo.commit('Add discount rate');

    const result = await runAction(repo.dir, base, { 'on-error': 'warn' });

    expect(existsSync(join(repo.dir, 'stryker.config.json'))).toBe(true);
    expect(result.outputs.verdict).toBe('error');
    expect(result.summary).toContain(
      'The Stryker config stryker.config.json is in the working tree, but git tracks it in neither the merge base nor HEAD.',
    );
    expect(result.summary).toContain('(git add -f when .gitignore excludes it)');
    // Stryker never ran: no config was written for it.
    expect(result.log).not.toContain('Stryker config: ');
  });

  it('a push that created its branch is compared with the default branch', async () => {
    const { repo, baseSha } = await createPricingRepo();
    await repo.write({ 'src/discount.ts': DISCOUNT });
    repo.commit('Add discount rate');

    const result = await runAction(
      repo.dir,
      baseSha,
      { concurrency: '2', threshold: '0' },
      {
        event: { name: 'push', payload: { before: '0'.repeat(40), repository: { default_branch: 'main' } } },
      },
    );

    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('Compared with <code>main</code> (a push that created its branch');
    expect(result.summary).toContain(`merge base <code>${baseSha.slice(0, 12)}</code>`);
  });
});
