import { unquoteGitPath } from '../diff/changed-lines.js';

/** Which commit last touched one line of the file as HEAD has it. */
export interface BlamedLine {
  /** 1-based line in HEAD's file. */
  readonly line: number;
  readonly sha: string;
  /** The line lies at or before the range's start (the merge base): the change did not introduce it. */
  readonly boundary: boolean;
  /** Path and 1-based line in that commit's version of the file (git-ai notes use these). */
  readonly originalPath: string;
  readonly originalLine: number;
}

const HEADER = /^([0-9a-f]{40,64}) (\d+) (\d+)(?: \d+)?$/;

/** Parses `git blame --line-porcelain`: a header per line, its commit's fields, then the tab-led content. */
export function parseBlamePorcelain(text: string): BlamedLine[] {
  const lines: BlamedLine[] = [];
  let current: { sha: string; originalLine: number; line: number; boundary: boolean; originalPath: string } | undefined;
  for (const row of text.split('\n')) {
    const header = HEADER.exec(row);
    if (header && current === undefined) {
      current = { sha: header[1] as string, originalLine: Number(header[2]), line: Number(header[3]), boundary: false, originalPath: '' };
    } else if (current === undefined) {
    } else if (row.startsWith('\t')) {
      lines.push(current);
      current = undefined;
    } else if (row === 'boundary') {
      current.boundary = true;
    } else if (row.startsWith('filename ')) {
      const name = row.slice('filename '.length);
      // git quotes names with special characters C-style; unquoteGitPath reads the inside.
      current.originalPath = name.startsWith('"') && name.endsWith('"') ? unquoteGitPath(name.slice(1, -1)) : name;
    }
  }
  return lines;
}
