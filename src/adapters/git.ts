import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GateError } from '../pipeline/gate-error.js';
import type { Git } from '../pipeline/ports.js';

const run = promisify(execFile);

const DIFF_BUFFER_BYTES = 512 * 1024 * 1024;

/** What diff and its numstat twin share, so their files come in the same order. */
const DIFF_OPTIONS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--find-renames',
  // Re-indenting or converting line endings changes no behaviour: such lines are not changed lines.
  '--ignore-space-change',
  '--ignore-cr-at-eol',
];

/** Git run in `cwd`, without a shell: refs and paths are arguments, never code. */
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
    isAncestor: async (a, b) => (await attempt(['merge-base', '--is-ancestor', '--end-of-options', a, b])) !== undefined,
    async isShallow() {
      return (await attempt(['rev-parse', '--is-shallow-repository'])) === 'true';
    },
    unshallow: async () => (await attempt(['fetch', '--quiet', '--no-tags', '--unshallow', 'origin'])) !== undefined,
    diff: (from, to) => git(['diff', '--unified=0', ...DIFF_OPTIONS, '--end-of-options', from, to]),
    diffNumstat: (from, to) => git(['diff', '--numstat', '-z', ...DIFF_OPTIONS, '--end-of-options', from, to]),
    blame: (path, ranges, from, to) =>
      git([
        'blame',
        '--line-porcelain',
        // A root commit after the merge base (an unrelated history merged in, a shallow clone's graft)
        // introduced its lines: without --root git would mark them as boundary, like base code.
        '--root',
        '-w',
        '-M',
        '-C',
        ...ranges.flatMap((range) => ['-L', `${range.start},${range.end}`]),
        `${from}..${to}`,
        '--',
        path,
      ]),
    commitLog: (shas, format) =>
      shas.length === 0 ? Promise.resolve('') : git(['log', '--no-walk=unsorted', `--format=${format}`, '--end-of-options', ...shas]),
    async fetchAiNotes() {
      const hasNotes = async (): Promise<boolean> => (await attempt(['rev-parse', '--verify', '--quiet', 'refs/notes/ai'])) !== undefined;
      // Notes the workflow already fetched (or made) are kept; only a clone without them asks origin.
      if (await hasNotes()) return true;
      await attempt(['fetch', '--quiet', '--no-tags', 'origin', 'refs/notes/ai:refs/notes/ai']);
      return hasNotes();
    },
    async generatedPaths(paths) {
      if (paths.length === 0) return new Set();
      // -z: NUL-separated "path, attribute, value" triples, whatever the paths contain.
      const fields = (await git(['check-attr', '-z', 'linguist-generated', '--', ...paths])).split('\0');
      const generated = new Set<string>();
      for (let index = 0; index + 2 < fields.length; index += 3) {
        if (fields[index + 2] === 'set' || fields[index + 2] === 'true') generated.add(fields[index] as string);
      }
      return generated;
    },
    aiNote: (sha) => attempt(['notes', '--ref=ai', 'show', '--end-of-options', sha]),
  };
}
