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
  if (!path.includes('\\')) return path;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < path.length; index += 1) {
    const char = path[index] as string;
    if (char !== '\\') {
      bytes.push(...encoder.encode(char));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(path.slice(index + 1));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      index += 3;
      continue;
    }
    const next = path[index + 1] ?? '';
    bytes.push(...encoder.encode(C_ESCAPES[next] ?? next));
    index += 1;
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * The added lines of a `git diff --unified=0` on its new side. Deleted files and pure renames add no
 * lines and so no entries; a modified line is a deletion plus an addition and counts once.
 */
export function parseChangedLines(diff: string): ChangedFile[] {
  const changed: ChangedFile[] = [];
  for (const file of parseDiff(diff)) {
    if (file.deleted || file.to === undefined || file.to === '/dev/null') continue;
    const lines = file.chunks.flatMap((chunk) => chunk.changes.flatMap((change) => (change.type === 'add' ? [change.ln] : [])));
    if (lines.length === 0) continue;
    changed.push({ path: unquoteGitPath(file.to), lines: [...new Set(lines)].sort((a, b) => a - b) });
  }
  return changed;
}
