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

/** The bundled example project as a git repository: a base commit on main and a pull request commit. */
export async function createExampleRepo(): Promise<ExampleRepo> {
  const repo = await GitRepo.create('mutation-gate-example-');
  await repo.copyIn(join(PROJECT_ROOT, 'example', 'project'));
  await repo.write({ '.gitignore': 'node_modules\n.stryker-tmp\nreports\n' });
  await repo.linkNodeModules();
  const baseSha = repo.commit('Cart subtotal and item count');
  repo.git('checkout', '--quiet', '-b', 'feature/shipping');
  await repo.copyIn(join(PROJECT_ROOT, 'example', 'pull-request'));
  const headSha = repo.commit('Add shipping cost and order total');
  const eventPath = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-event.json`);
  await writeFile(
    eventPath,
    JSON.stringify({
      pull_request: { number: 1, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature/shipping', sha: headSha } },
    }),
  );
  return { repo, baseSha, headSha, eventPath };
}
