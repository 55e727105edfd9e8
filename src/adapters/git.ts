import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  // A file .gitattributes marks binary (`-diff`) still shows its lines: nothing vanishes from the diff.
  '--text',
  // Line endings and trailing blanks change no behaviour. Spacing inside a line can (in a string or a
  // regular expression), so only re-indentation is set aside, by the diff's parser.
  '--ignore-cr-at-eol',
  '--ignore-space-at-eol',
];

/** `git grep -E` pattern for a line loading a relative module. */
const RELATIVE_IMPORT = `(from|require|import)[[:space:]]*\\(?[[:space:]]*['"]\\.\\.?/`;

/** Git run in `cwd`, without a shell: refs and paths are arguments, never code. */
export function createGit(cwd: string): Git {
  async function git(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<string> {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      maxBuffer: DIFF_BUFFER_BYTES,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extraEnv },
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
    async changedPaths(from, to) {
      const output = await git(['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--end-of-options', from, to]);
      return output.split('\0').filter((path) => path !== '');
    },
    async fileAt(commit, path) {
      try {
        return await git(['cat-file', 'blob', `${commit}:${path}`]);
      } catch {
        return undefined;
      }
    },
    async pathsAt(commit, paths) {
      if (paths.length === 0) return new Set();
      const output = await git(['ls-tree', '-z', '--name-only', '--full-tree', '--end-of-options', commit, '--', ...paths]);
      return new Set(output.split('\0').filter((path) => path !== ''));
    },
    async relativeImports(commit, directory) {
      let output: string;
      try {
        output = await git(['grep', '-z', '-n', '-I', '-E', RELATIVE_IMPORT, commit, '--', directory === '' ? '.' : directory]);
      } catch {
        // git grep exits 1 when nothing matches.
        return [];
      }
      // -z: "commit:path NUL line NUL text" per match, one match per output line.
      return output
        .split('\n')
        .filter((row) => row !== '')
        .map((row) => {
          const [location = '', line = '0', ...text] = row.split('\0');
          return { path: location.slice(commit.length + 1), line: Number(line), text: text.join('\0') };
        });
    },
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
    async generatedPaths(paths, commit) {
      if (paths.length === 0) return new Set();
      // The commit's .gitattributes, through a throw-away index of its tree (check-attr --source needs
      // git 2.40): --cached reads attributes from that index only, never the working tree.
      const directory = await mkdtemp(join(tmpdir(), 'mutation-gate-attributes-'));
      const index = { GIT_INDEX_FILE: join(directory, 'index') };
      let output: string;
      try {
        await git(['read-tree', '--end-of-options', commit], index);
        output = await git(['check-attr', '--cached', '-z', 'linguist-generated', '--', ...paths], index);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
      // -z: NUL-separated "path, attribute, value" triples, whatever the paths contain.
      const fields = output.split('\0');
      const generated = new Set<string>();
      for (let index = 0; index + 2 < fields.length; index += 3) {
        if (fields[index + 2] === 'set' || fields[index + 2] === 'true') generated.add(fields[index] as string);
      }
      return generated;
    },
    aiNote: (sha) => attempt(['notes', '--ref=ai', 'show', '--end-of-options', sha]),
  };
}
