import { posix } from 'node:path';
import { SOURCE_FILE } from '../../constants.js';

/** A line of a project's file that loads another module by a relative path. */
export interface ImportLine {
  /** The importing file, relative to the repository root. */
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

const SPECIFIER = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\1/g;

/** A file's key in an import graph: its path without a source extension ('./x.js' may load x.ts). */
export const moduleKey = (path: string): string => path.replace(SOURCE_FILE, '');

/** For each relative specifier on the line, the module keys it can load: the file, as named, or its folder's index. */
export function importedKeys(importLine: ImportLine): string[][] {
  return [...importLine.text.matchAll(SPECIFIER)].map(([, , specifier]) => {
    const target = posix.normalize(posix.join(posix.dirname(importLine.path), specifier as string));
    return [moduleKey(target), target, `${target}/index`];
  });
}
