import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GateError } from '../gate-error.js';

const run = promisify(execFile);

/** The git operations the gate needs, run without a shell: refs and paths are arguments, never code. */
export interface Git {
  /** The repository's top-level directory. */
  topLevel(): Promise<string>;
  /** The commit a ref names, or undefined when the clone does not have it. */
  resolveCommit(ref: string): Promise<string | undefined>;
  /** Fetches one ref or SHA from origin; the fetched commit, or undefined when it could not be fetched. */
  fetchCommit(ref: string): Promise<string | undefined>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  isShallow(): Promise<boolean>;
  /** `git diff --unified=0` from one commit to another, rename detection on, paths unquoted where git allows. */
  diff(from: string, to: string): Promise<string>;
}

const DIFF_BUFFER_BYTES = 512 * 1024 * 1024;

export function createGit(cwd: string): Git {
  async function git(args: readonly string[]): Promise<string> {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      maxBuffer: DIFF_BUFFER_BYTES,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    return stdout;
  }
  async function attempt(args: readonly string[]): Promise<string | undefined> {
    try {
      return (await git(args)).trim();
    } catch {
      return undefined;
    }
  }
  return {
    async topLevel() {
      try {
        return (await git(['rev-parse', '--show-toplevel'])).trim();
      } catch (error) {
        throw new GateError(
          `${cwd} is not inside a git repository. Check out the repository (actions/checkout with fetch-depth: 0) before this step.`,
          [String(error)],
        );
      }
    },
    resolveCommit: (ref) => attempt(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]),
    async fetchCommit(ref) {
      const fetched = await attempt(['fetch', '--no-tags', '--quiet', 'origin', '--end-of-options', ref]);
      return fetched === undefined ? undefined : attempt(['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
    },
    mergeBase: (a, b) => attempt(['merge-base', '--end-of-options', a, b]),
    async isShallow() {
      return (await attempt(['rev-parse', '--is-shallow-repository'])) === 'true';
    },
    diff: (from, to) =>
      git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--end-of-options', from, to]),
  };
}
