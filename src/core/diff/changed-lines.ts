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

/** One added line of the new side, with its text. */
export interface AddedLine {
  readonly line: number;
  readonly text: string;
}

/** A file of the new side of the diff and its added lines with their text, ascending. */
export interface AddedFile {
  readonly path: string;
  readonly added: readonly AddedLine[];
}

/**
 * The added lines of one hunk, less those that only re-indent a deleted line of the same hunk, paired in
 * order (lines swapped while re-indented stay changed). The diff ignores line endings and trailing
 * blanks only, so a change of spacing *inside* a line (which may be in a string, template or
 * regular-expression literal) is a changed line; only indentation is not.
 */
function addedInHunk(changes: readonly parseDiff.Change[]): AddedLine[] {
  const deleted = changes.flatMap((change) => (change.type === 'del' ? [change.content.slice(1).trim()] : []));
  let next = 0;
  const added: AddedLine[] = [];
  for (const change of changes) {
    if (change.type !== 'add') continue;
    const text = change.content.slice(1);
    const twin = deleted.indexOf(text.trim(), next);
    if (twin === -1) {
      added.push({ line: change.ln, text });
    } else {
      next = twin + 1;
    }
  }
  return added;
}

/**
 * The added lines of a `git diff --unified=0` on its new side, with their text. Deleted files and pure
 * renames add no lines and so no entries; a modified line is a deletion plus an addition and counts once;
 * a line only re-indented is not added. Symlinks and submodules are left out.
 */
export function parseAddedLines(diff: string, exactPaths?: readonly string[]): AddedFile[] {
  const files = parseDiff(diff);
  // parse-diff trims names and strips what looks like quotes or timestamps from them; numstat's raw
  // paths (same files, same order) are exact whenever the two agree on the number of files.
  const paths = exactPaths !== undefined && exactPaths.length === files.length ? exactPaths : undefined;
  const result: AddedFile[] = [];
  for (const [index, file] of files.entries()) {
    // A symlink's "content" is its target path and a submodule's a commit: neither is code to mutate.
    if (file.newMode === SYMLINK_MODE || file.newMode === SUBMODULE_MODE) continue;
    const byLine = new Map(file.chunks.flatMap((chunk) => addedInHunk(chunk.changes)).map((added) => [added.line, added]));
    if (byLine.size === 0) continue;
    // A file with added lines has a new side, so git always names it.
    const path = paths?.[index] ?? unquoteGitPath(file.to as string);
    result.push({ path, added: [...byLine.values()].sort((a, b) => a.line - b.line) });
  }
  return result;
}

/** The added or modified lines of each file of a `git diff --unified=0` (see parseAddedLines). */
export function parseChangedLines(diff: string, exactPaths?: readonly string[]): ChangedFile[] {
  return parseAddedLines(diff, exactPaths).map(({ path, added }) => ({ path, lines: added.map((line) => line.line) }));
}
