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
  for (const [, escape = '', plain] of path.matchAll(/\\([0-7]{3}|.)|([^\\]+)/gs)) {
    if (plain !== undefined) bytes.push(...encoder.encode(plain));
    else if (escape.length === 3) bytes.push(Number.parseInt(escape, 8));
    else bytes.push(...encoder.encode(C_ESCAPES[escape] ?? escape));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

/**
 * The added lines of a `git diff --unified=0` on its new side. Deleted files and pure renames add no
 * lines and so no entries; a modified line is a deletion plus an addition and counts once. Symlinks and
 * submodules are left out.
 */
export function parseChangedLines(diff: string): ChangedFile[] {
  const changed: ChangedFile[] = [];
  for (const file of parseDiff(diff)) {
    // A symlink's "content" is its target path and a submodule's a commit: neither is code to mutate.
    if (file.newMode === SYMLINK_MODE || file.newMode === SUBMODULE_MODE) continue;
    const lines = file.chunks.flatMap((chunk) => chunk.changes.flatMap((change) => (change.type === 'add' ? [change.ln] : [])));
    if (lines.length === 0) continue;
    // A file with added lines has a new side, so git always names it.
    changed.push({ path: unquoteGitPath(file.to as string), lines: [...new Set(lines)].sort((a, b) => a - b) });
  }
  return changed;
}
