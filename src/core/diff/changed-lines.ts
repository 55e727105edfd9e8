import parseDiff from 'parse-diff';

/** A file of the new side of the diff and its added or modified lines (1-based, ascending). */
export interface ChangedFile {
  readonly path: string;
  readonly lines: readonly number[];
}

const C_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  '"': '"',
  '\\': '\\',
};

/**
 * git quotes a path holding `"`, `\` or control characters C-style; parse-diff drops the quotes but
 * keeps the escapes. A real backslash is always escaped by git, so any backslash here starts an escape.
 * Octal escapes are UTF-8 bytes (a path of non-ASCII names when core.quotePath is on).
 */
export function unquoteGitPath(path: string): string {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (const [, escaped = '', plain] of path.matchAll(/\\([0-7]{3}|.)|([^\\]+)/gs)) {
    if (plain !== undefined) bytes.push(...encoder.encode(plain));
    else if (escaped.length === 3) bytes.push(Number.parseInt(escaped, 8));
    else bytes.push(...encoder.encode(C_ESCAPES[escaped] ?? escaped));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

/**
 * The new-side path of each file of `git diff --numstat -z`, in diff order. There git writes paths raw,
 * NUL-terminated: `added TAB deleted TAB path NUL`, or for a rename `added TAB deleted TAB NUL old NUL new NUL`.
 */
export function parseNumstatPaths(numstat: string): string[] {
  const fields = numstat.split('\0');
  const paths: string[] = [];
  for (let index = 0; index < fields.length; index += 1) {
    const entry = /^(?:\d+|-)\t(?:\d+|-)\t([\s\S]*)$/.exec(fields[index] as string);
    if (entry === null) continue;
    if (entry[1] !== '') {
      paths.push(entry[1] as string);
    } else {
      paths.push(fields[index + 2] ?? '');
      index += 2;
    }
  }
  return paths;
}

/**
 * The added lines of a `git diff --unified=0` on its new side. Deleted files and pure renames add no
 * lines and so no entries; a modified line is a deletion plus an addition and counts once. Symlinks and
 * submodules are left out.
 */
export function parseChangedLines(diff: string, exactPaths?: readonly string[]): ChangedFile[] {
  const files = parseDiff(diff);
  // parse-diff trims names and strips what looks like quotes or timestamps from them; numstat's raw
  // paths (same files, same order) are exact whenever the two agree on the number of files.
  const paths = exactPaths !== undefined && exactPaths.length === files.length ? exactPaths : undefined;
  const changed: ChangedFile[] = [];
  for (const [index, file] of files.entries()) {
    // A symlink's "content" is its target path and a submodule's a commit: neither is code to mutate.
    if (file.newMode === SYMLINK_MODE || file.newMode === SUBMODULE_MODE) continue;
    const lines = file.chunks.flatMap((chunk) => chunk.changes.flatMap((change) => (change.type === 'add' ? [change.ln] : [])));
    if (lines.length === 0) continue;
    // A file with added lines has a new side, so git always names it.
    changed.push({ path: paths?.[index] ?? unquoteGitPath(file.to as string), lines: [...new Set(lines)].sort((a, b) => a - b) });
  }
  return changed;
}
