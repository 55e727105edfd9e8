import { describe, expect, it } from 'vitest';
import {
  type ChangedFile,
  parseAddedLines,
  parseChangedLines,
  parseNumstatPaths,
  unquoteGitPath,
} from '../../../src/core/diff/changed-lines.js';

/** Joins diff lines as git prints them: one per line, ending in a newline. */
function diff(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

// Each block below is real `git diff --unified=0 --find-renames` output.

const NEW_FILE = diff(
  'diff --git a/added.ts b/added.ts',
  'new file mode 100644',
  'index 0000000..2fe4df4',
  '--- /dev/null',
  '+++ b/added.ts',
  '@@ -0,0 +1,2 @@',
  '+n1',
  '+n2',
);

const DELETED_FILE = diff(
  'diff --git a/gone.ts b/gone.ts',
  'deleted file mode 100644',
  'index b77b4eb..0000000',
  '--- a/gone.ts',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-x',
  '-y',
);

/** Line 2 modified, lines 4-5 added after 3, old line 5 deleted. */
const MODIFIED_FILE = diff(
  'diff --git a/mod.ts b/mod.ts',
  'index 9405325..afcc5c2 100644',
  '--- a/mod.ts',
  '+++ b/mod.ts',
  '@@ -2 +2 @@ a',
  '-b',
  '+B',
  '@@ -3,0 +4,2 @@ c',
  '+new1',
  '+new2',
  '@@ -5 +6,0 @@ d',
  '-e',
);

const ONLY_DELETIONS = diff(
  'diff --git a/only-del.ts b/only-del.ts',
  'index de98044..0f7bc76 100644',
  '--- a/only-del.ts',
  '+++ b/only-del.ts',
  '@@ -2 +1,0 @@ a',
  '-b',
);

const PURE_RENAME = diff(
  'diff --git a/old-name.ts b/new-name.ts',
  'similarity index 100%',
  'rename from old-name.ts',
  'rename to new-name.ts',
);

const RENAME_WITH_EDITS = diff(
  'diff --git a/was.ts b/now.ts',
  'similarity index 71%',
  'rename from was.ts',
  'rename to now.ts',
  'index 7458ec6..6564032 100644',
  '--- a/was.ts',
  '+++ b/now.ts',
  '@@ -3 +3 @@ q',
  '-r',
  '+R',
  '@@ -6,0 +7 @@ u',
  '+v',
);

// git ends ---/+++ lines of a path with a space with a tab.
const SPACE_IN_NAME = diff(
  'diff --git a/my file.ts b/my file.ts',
  'index b68fde2..ab8f396 100644',
  '--- a/my file.ts\t',
  '+++ b/my file.ts\t',
  '@@ -1,0 +2 @@ k',
  '+l',
);

const QUOTED_DOUBLE_QUOTE = diff(
  'diff --git "a/tab\\"q.ts" "b/tab\\"q.ts"',
  'new file mode 100644',
  'index 0000000..b680253',
  '--- /dev/null',
  '+++ "b/tab\\"q.ts"',
  '@@ -0,0 +1 @@',
  '+z',
);

const QUOTED_TAB = diff(
  'diff --git "a/tab\\tname.ts" "b/tab\\tname.ts"',
  'new file mode 100644',
  'index 0000000..718f4d2',
  '--- /dev/null',
  '+++ "b/tab\\tname.ts"',
  '@@ -0,0 +1 @@',
  '+t',
);

const QUOTED_BACKSLASH = diff(
  'diff --git "a/back\\\\slash.ts" "b/back\\\\slash.ts"',
  'new file mode 100644',
  'index 0000000..6178079',
  '--- /dev/null',
  '+++ "b/back\\\\slash.ts"',
  '@@ -0,0 +1 @@',
  '+b',
);

/** core.quotePath=true (git's default): non-ASCII bytes as octal escapes. */
const QUOTED_NON_ASCII = diff(
  'diff --git "a/src/\\303\\274ber.ts" "b/src/\\303\\274ber.ts"',
  'new file mode 100644',
  'index 0000000..be761e0',
  '--- /dev/null',
  '+++ "b/src/\\303\\274ber.ts"',
  '@@ -0,0 +1 @@',
  '+ü',
);

/** core.quotePath=false, as the gate runs git: non-ASCII paths as they are. */
const RAW_NON_ASCII = diff(
  'diff --git a/src/über.ts b/src/über.ts',
  'new file mode 100644',
  'index 0000000..be761e0',
  '--- /dev/null',
  '+++ b/src/über.ts',
  '@@ -0,0 +1 @@',
  '+ü',
);

const BINARY = diff('diff --git a/bin.dat b/bin.dat', 'index bdc955b..8835708 100644', 'Binary files a/bin.dat and b/bin.dat differ');

const MODE_ONLY = diff('diff --git a/mode.sh b/mode.sh', 'old mode 100644', 'new mode 100755');

/** One hunk of src/f.ts replacing `deleted` lines 1.. with `added` lines 1.. */
function hunk(deleted: readonly string[], added: readonly string[]): string {
  return diff(
    'diff --git a/src/f.ts b/src/f.ts',
    'index 1111111..2222222 100644',
    '--- a/src/f.ts',
    '+++ b/src/f.ts',
    `@@ -1,${deleted.length} +1,${added.length} @@`,
    ...deleted.map((line) => `-${line}`),
    ...added.map((line) => `+${line}`),
  );
}

const SYMLINK = diff(
  'diff --git a/link.ts b/link.ts',
  'new file mode 120000',
  'index 0000000..1111111',
  '--- /dev/null',
  '+++ b/link.ts',
  '@@ -0,0 +1 @@',
  '+crlf.ts',
  '\\ No newline at end of file',
);
const SUBMODULE = diff(
  'diff --git a/vendor/lib b/vendor/lib',
  'new file mode 160000',
  'index 0000000..1234567',
  '--- /dev/null',
  '+++ b/vendor/lib',
  '@@ -0,0 +1 @@',
  '+Subproject commit 1234567890123456789012345678901234567890',
);

describe('parseAddedLines: re-indentation and spacing', () => {
  it('sets aside a line only re-indented (or given trailing blanks) in the same hunk', () => {
    expect(parseAddedLines(hunk(['  if (a) {', '  return b;'], ['    if (a) {', '\treturn b;  ']))).toEqual([]);
  });

  it('keeps a line whose spacing changed inside it: that may be in a string or a regular expression', () => {
    expect(parseAddedLines(hunk(["  return 'a b';", '  x = /a b/;'], ["  return 'a  b';", '  x = /a  b/;']))).toEqual([
      {
        path: 'src/f.ts',
        added: [
          { line: 1, text: "  return 'a  b';" },
          { line: 2, text: '  x = /a  b/;' },
        ],
      },
    ]);
  });

  it('keeps lines swapped while re-indented: the order of statements changed', () => {
    expect(parseChangedLines(hunk(['  a();', '  b();'], ['    b();', '    a();']))).toEqual([{ path: 'src/f.ts', lines: [2] }]);
  });

  it('pairs each re-indented line with one deleted line, so a duplicated line is added', () => {
    expect(parseChangedLines(hunk(['  a();'], ['    a();', '    a();']))).toEqual([{ path: 'src/f.ts', lines: [2] }]);
  });

  it('compares with the deleted lines, never with lines added in the same hunk', () => {
    expect(parseChangedLines(hunk(['x();'], ['  y();', 'y();']))).toEqual([{ path: 'src/f.ts', lines: [1, 2] }]);
  });

  it('keeps the text of every added line, without the + git puts in front', () => {
    expect(parseAddedLines(NEW_FILE)).toEqual([
      {
        path: 'added.ts',
        added: [
          { line: 1, text: 'n1' },
          { line: 2, text: 'n2' },
        ],
      },
    ]);
  });
});

describe('parseChangedLines', () => {
  it('leaves out a new symlink and a new submodule, whatever their one line says', () => {
    expect(parseChangedLines(SYMLINK + SUBMODULE + NEW_FILE)).toEqual([{ path: 'added.ts', lines: [1, 2] }]);
  });

  it('returns nothing for an empty diff', () => {
    expect(parseChangedLines('')).toEqual([]);
  });

  it('lists every line of a new file', () => {
    expect(parseChangedLines(NEW_FILE)).toEqual([{ path: 'added.ts', lines: [1, 2] }]);
  });

  it('lists modified and added lines on the new side, not deleted ones', () => {
    expect(parseChangedLines(MODIFIED_FILE)).toEqual([{ path: 'mod.ts', lines: [2, 4, 5] }]);
  });

  it('leaves out a deleted file', () => {
    expect(parseChangedLines(DELETED_FILE)).toEqual([]);
  });

  it('leaves out a file with deletions only', () => {
    expect(parseChangedLines(ONLY_DELETIONS)).toEqual([]);
  });

  it('leaves out a pure rename with no hunks', () => {
    expect(parseChangedLines(PURE_RENAME)).toEqual([]);
  });

  it('lists the edited lines of a rename under the new name', () => {
    expect(parseChangedLines(RENAME_WITH_EDITS)).toEqual([{ path: 'now.ts', lines: [3, 7] }]);
  });

  it('leaves out binary and mode-only changes', () => {
    expect(parseChangedLines(BINARY + MODE_ONLY)).toEqual([]);
  });

  it('keeps a space in a file name and drops the tab git appends', () => {
    expect(parseChangedLines(SPACE_IN_NAME)).toEqual([{ path: 'my file.ts', lines: [2] }]);
  });

  it('keeps a leading space in a file name', () => {
    const leading = diff(
      'diff --git a/ lead.ts b/ lead.ts',
      'new file mode 100644',
      'index 0000000..b680253',
      '--- /dev/null',
      '+++ b/ lead.ts\t',
      '@@ -0,0 +1 @@',
      '+z',
    );
    expect(parseChangedLines(leading)).toEqual([{ path: ' lead.ts', lines: [1] }]);
  });

  // parse-diff trims the name, so only the exact numstat paths keep a trailing space.
  it('keeps a trailing space in a file name, from the exact numstat paths', () => {
    const trailing = diff(
      'diff --git a/trail.ts  b/trail.ts ',
      'new file mode 100644',
      'index 0000000..b680253',
      '--- /dev/null',
      '+++ b/trail.ts \t',
      '@@ -0,0 +1 @@',
      '+z',
    );
    expect(parseChangedLines(trailing)).toEqual([{ path: 'trail.ts', lines: [1] }]);
    expect(parseChangedLines(trailing, parseNumstatPaths('1\t0\ttrail.ts \0'))).toEqual([{ path: 'trail.ts ', lines: [1] }]);
  });

  it('falls back to the patch names when the numstat paths do not line up with its files', () => {
    expect(parseChangedLines(NEW_FILE, ['a.ts', 'b.ts'])).toEqual(parseChangedLines(NEW_FILE));
  });

  it('unquotes a C-quoted path holding a double quote', () => {
    expect(parseChangedLines(QUOTED_DOUBLE_QUOTE)).toEqual([{ path: 'tab"q.ts', lines: [1] }]);
  });

  it('unquotes a C-quoted path holding a tab', () => {
    expect(parseChangedLines(QUOTED_TAB)).toEqual([{ path: 'tab\tname.ts', lines: [1] }]);
  });

  it('unquotes a C-quoted path holding a backslash', () => {
    expect(parseChangedLines(QUOTED_BACKSLASH)).toEqual([{ path: 'back\\slash.ts', lines: [1] }]);
  });

  it('decodes an octal-escaped non-ASCII path as UTF-8', () => {
    expect(parseChangedLines(QUOTED_NON_ASCII)).toEqual([{ path: 'src/über.ts', lines: [1] }]);
  });

  it('keeps a raw non-ASCII path', () => {
    expect(parseChangedLines(RAW_NON_ASCII)).toEqual([{ path: 'src/über.ts', lines: [1] }]);
  });

  it('lists the files of a whole diff in diff order, skipping those without added lines', () => {
    const whole = [
      NEW_FILE,
      DELETED_FILE,
      MODIFIED_FILE,
      SPACE_IN_NAME,
      PURE_RENAME,
      RENAME_WITH_EDITS,
      BINARY,
      QUOTED_NON_ASCII,
      QUOTED_DOUBLE_QUOTE,
    ].join('');
    const expected: ChangedFile[] = [
      { path: 'added.ts', lines: [1, 2] },
      { path: 'mod.ts', lines: [2, 4, 5] },
      { path: 'my file.ts', lines: [2] },
      { path: 'now.ts', lines: [3, 7] },
      { path: 'src/über.ts', lines: [1] },
      { path: 'tab"q.ts', lines: [1] },
    ];
    expect(parseChangedLines(whole)).toEqual(expected);
  });

  it('parses a diff with CRLF line endings', () => {
    expect(parseChangedLines((NEW_FILE + MODIFIED_FILE).replaceAll('\n', '\r\n'))).toEqual([
      { path: 'added.ts', lines: [1, 2] },
      { path: 'mod.ts', lines: [2, 4, 5] },
    ]);
  });

  it('sorts lines ascending and counts each once', () => {
    // Hunks out of order (as a hand-made or combined diff may have them), one line added twice.
    const unordered = diff(
      'diff --git a/u.ts b/u.ts',
      'index 1111111..2222222 100644',
      '--- a/u.ts',
      '+++ b/u.ts',
      '@@ -9,0 +10,2 @@',
      '+ten',
      '+eleven',
      '@@ -1,0 +2 @@',
      '+two',
      '@@ -9,0 +10 @@',
      '+ten again',
    );
    expect(parseChangedLines(unordered)).toEqual([{ path: 'u.ts', lines: [2, 10, 11] }]);
  });

  it('orders line numbers numerically, not as strings', () => {
    const hunks = diff(
      'diff --git a/n.ts b/n.ts',
      'index 1111111..2222222 100644',
      '--- a/n.ts',
      '+++ b/n.ts',
      '@@ -99,0 +100 @@',
      '+hundred',
      '@@ -8,0 +9 @@',
      '+nine',
    );
    expect(parseChangedLines(hunks)).toEqual([{ path: 'n.ts', lines: [9, 100] }]);
  });
});

describe('unquoteGitPath', () => {
  it('returns a path without backslashes unchanged', () => {
    expect(unquoteGitPath('src/über file.ts')).toBe('src/über file.ts');
  });

  it.each([
    ['a\\tb', 'a\tb'],
    ['a\\nb', 'a\nb'],
    ['a\\rb', 'a\rb'],
    ['a\\vb', 'a\vb'],
    ['a\\fb', 'a\fb'],
    ['a\\bb', 'a\bb'],
    ['a\\ab', 'a\x07b'],
    ['a\\"b', 'a"b'],
    ['a\\\\b', 'a\\b'],
  ])('turns the C escape %j into %j', (quoted, path) => {
    expect(unquoteGitPath(quoted)).toBe(path);
  });

  it('decodes octal escapes as UTF-8 bytes: \\303\\274 is ü', () => {
    expect(unquoteGitPath('\\303\\274ber.ts')).toBe('über.ts');
  });

  it('decodes a three-byte and a four-byte UTF-8 sequence', () => {
    expect(unquoteGitPath('\\342\\202\\254.ts')).toBe('€.ts');
    expect(unquoteGitPath('\\360\\237\\230\\200.ts')).toBe('😀.ts');
  });

  it('decodes an octal escape of a control character', () => {
    expect(unquoteGitPath('a\\001b')).toBe('a\x01b');
  });

  it('reads exactly three octal digits, leaving following digits as text', () => {
    expect(unquoteGitPath('\\1011.ts')).toBe('A1.ts');
    expect(unquoteGitPath('\\303\\2741.ts')).toBe('ü1.ts');
  });

  it('mixes escapes, octal bytes and plain (also non-ASCII) characters', () => {
    expect(unquoteGitPath('dir/\\303\\274 \\"q\\" \\\\ ä\\t.ts')).toBe('dir/ü "q" \\ ä\t.ts');
  });

  it('reads an octal escape only right after the backslash, not digits after another escape', () => {
    expect(unquoteGitPath('\\"123.ts')).toBe('"123.ts');
    expect(unquoteGitPath('mode\\t755.ts')).toBe('mode\t755.ts');
  });

  it('keeps an unknown escape as the escaped character', () => {
    expect(unquoteGitPath('a\\qb')).toBe('aqb');
  });

  it('drops a lone trailing backslash', () => {
    expect(unquoteGitPath('a\\')).toBe('a');
  });
});

describe('parseNumstatPaths', () => {
  it('reads plain, renamed and binary entries, raw, in order', () => {
    const numstat = ['3\t1\tsrc/a b.ts', '0\t0\t', 'old name.ts', 'new\tname.ts', '-\t-\tlogo.png', ''].join('\0');
    expect(parseNumstatPaths(numstat)).toEqual(['src/a b.ts', 'new\tname.ts', 'logo.png']);
  });

  it('is empty for an empty diff', () => {
    expect(parseNumstatPaths('')).toEqual([]);
  });
});
