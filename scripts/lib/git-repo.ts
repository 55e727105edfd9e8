/** Real git repositories in temp directories, for the demo, the benchmark and the tests. */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Author {
  readonly name: string;
  readonly email: string;
}

const DEFAULT_AUTHOR: Author = { name: 'Base Author', email: 'base@example.com' };

/** This process's environment with git's author and committer set. */
export function identity(author: Author, committer: Author = author): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  };
}

export class GitRepo {
  constructor(readonly dir: string) {}

  static async create(prefix = 'gate-repo-'): Promise<GitRepo> {
    const repo = new GitRepo(await mkdtemp(join(tmpdir(), prefix)));
    repo.git('init', '--quiet', '--initial-branch=main');
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  /** `git clone` of another repository (which becomes its origin) into a fresh temp directory. */
  static async clone(source: string, options: readonly string[] = []): Promise<GitRepo> {
    const dir = join(await mkdtemp(join(tmpdir(), 'gate-clone-')), 'repo');
    execFileSync('git', ['clone', '--quiet', ...options, source, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    return new GitRepo(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  async write(files: Readonly<Record<string, string>>): Promise<void> {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(this.dir, path)), { recursive: true });
      await writeFile(join(this.dir, path), content);
    }
  }

  /** Copies a directory's contents into the repository. */
  async copyIn(source: string, target = '.'): Promise<void> {
    await cp(source, join(this.dir, target), { recursive: true });
  }

  /**
   * Lets the repository's projects use this project's installed Stryker, Vitest and runner plugin: a
   * node_modules directory of the repository's own (tools write caches there, and with `isolation: user`
   * only the repository is the test user's) whose packages link to this project's.
   */
  async linkNodeModules(target = '.', leaveOut: readonly string[] = []): Promise<void> {
    const installed = join(PROJECT_ROOT, 'node_modules');
    const linked = join(this.dir, target, 'node_modules');
    await mkdir(linked);
    for (const name of await readdir(installed)) {
      if ((name.startsWith('.') && name !== '.bin') || leaveOut.includes(name)) continue;
      await symlink(join(installed, name), join(linked, name), 'dir');
    }
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string, author: Author = DEFAULT_AUTHOR, committer: Author = author): string {
    this.git('add', '--all');
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: identity(author, committer),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }
}
