import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GitRepo, PROJECT_ROOT } from './git-repo.js';

export interface ExampleRepo {
  readonly repo: GitRepo;
  readonly baseSha: string;
  readonly headSha: string;
  /** A pull_request event payload for the change, as GITHUB_EVENT_PATH would hold it. */
  readonly eventPath: string;
}

/**
 * The bundled example project as a git repository: a base commit on main, then a pull request of two
 * commits, a developer's and one co-authored by Claude Code.
 */
export async function createExampleRepo(): Promise<ExampleRepo> {
  const repo = await GitRepo.create('mutation-gate-example-');
  await repo.copyIn(join(PROJECT_ROOT, 'example', 'project'));
  await repo.write({ '.gitignore': 'node_modules\n.stryker-tmp\nreports\n' });
  await repo.linkNodeModules();
  const baseSha = repo.commit('Cart subtotal and item count');
  repo.git('checkout', '--quiet', '-b', 'feature/shipping');
  const developer = { name: 'Dana Developer', email: 'dana@example.com' };
  await repo.copyIn(join(PROJECT_ROOT, 'example', 'pull-request', '1-person'));
  repo.commit('Add the order total', developer);
  await repo.copyIn(join(PROJECT_ROOT, 'example', 'pull-request', '2-claude-code'));
  const headSha = repo.commit('Add shipping cost\n\nCo-Authored-By: Claude <noreply@anthropic.com>', developer);
  const eventPath = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-event.json`);
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: {
        number: 1,
        base: { ref: 'main', sha: baseSha },
        head: { ref: 'feature/shipping', sha: headSha },
        user: { login: 'dana', id: 1001 },
        labels: [],
        body: 'Order total and shipping cost.',
      },
    }),
  );
  return { repo, baseSha, headSha, eventPath };
}
