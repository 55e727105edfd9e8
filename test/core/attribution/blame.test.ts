import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BlamedLine, parseBlamePorcelain } from '../../../src/core/attribution/blame.js';

const RENAME = 'b228b5e6d9eb01bc64977eb8fdf216a32ae912b3';
const BASE = '1dcc5f2b712e1b8343480553ae39fed1b30c7b06';
const FEATURE = 'bbecba0b1bd00254cce90a4f6e13f00259a120d5';
const MORE = '5739ec470ed230287373f1be56168c876cac413e';

/** One line's record in `git blame --line-porcelain`: header, the commit's fields, then the tab-led content. */
function porcelain(header: string, fields: readonly string[], content: string): string {
  return [header, ...fields, `\t${content}`].join('\n');
}

function person(name: string, email: string): string[] {
  return [
    `author ${name}`,
    `author-mail <${email}>`,
    'author-time 1704067200',
    'author-tz +0000',
    `committer ${name}`,
    `committer-mail <${email}>`,
    'committer-time 1704067200',
    'committer-tz +0000',
  ];
}

const QUOTED = 'filename "src/my \\"cart\\".ts"';

/**
 * Real output of `git blame --line-porcelain -w -M -C main..feature -- src/cart.ts` after the file was
 * renamed from `src/my "cart".ts` and a header line added: lines 2 and 4 are boundary lines, lines 7-9
 * come from one commit (only the first header has the group size).
 */
const BLAME = `${[
  porcelain(
    `${RENAME} 1 1 1`,
    [...person('Ada Lovelace', 'ada@example.com'), 'summary rename', `previous ${FEATURE} "src/my \\"cart\\".ts"`, 'filename src/cart.ts'],
    '// header',
  ),
  porcelain(`${BASE} 1 2 1`, [...person('Ada Lovelace', 'ada@example.com'), 'summary base', 'boundary', QUOTED], 'const a = 1;'),
  porcelain(
    `${FEATURE} 2 3 1`,
    [...person('Ada Lovelace', 'ada@example.com'), 'summary feat: change b', `previous ${BASE} "src/my \\"cart\\".ts"`, QUOTED],
    'const b = 20;',
  ),
  porcelain(`${BASE} 3 4 1`, [...person('Ada Lovelace', 'ada@example.com'), 'summary base', 'boundary', QUOTED], 'const c = 3;'),
  porcelain(`${MORE} 7 7 3`, [...person('X', 'x@y'), 'summary more', `previous ${RENAME} src/cart.ts`, 'filename src/cart.ts'], 'x'),
  porcelain(`${MORE} 8 8`, [...person('X', 'x@y'), 'summary more', `previous ${RENAME} src/cart.ts`, 'filename src/cart.ts'], 'y'),
  porcelain(`${MORE} 9 9`, [...person('X', 'x@y'), 'summary more', `previous ${RENAME} src/cart.ts`, 'filename src/cart.ts'], 'z'),
].join('\n')}\n`;

function blamed(line: number, sha: string, originalLine: number, originalPath: string, boundary = false): BlamedLine {
  return { line, sha, boundary, originalPath, originalLine };
}

describe('parseBlamePorcelain', () => {
  it('reads each line: its commit, boundary flag, and path and line in that commit', () => {
    expect(parseBlamePorcelain(BLAME)).toEqual([
      blamed(1, RENAME, 1, 'src/cart.ts'),
      blamed(2, BASE, 1, 'src/my "cart".ts', true),
      blamed(3, FEATURE, 2, 'src/my "cart".ts'),
      blamed(4, BASE, 3, 'src/my "cart".ts', true),
      blamed(7, MORE, 7, 'src/cart.ts'),
      blamed(8, MORE, 8, 'src/cart.ts'),
      blamed(9, MORE, 9, 'src/cart.ts'),
    ]);
  });

  it('reads nothing from empty output', () => {
    expect(parseBlamePorcelain('')).toEqual([]);
  });

  it('reads a 64-digit SHA-256 commit id', () => {
    const sha = 'f'.repeat(64);
    expect(parseBlamePorcelain(porcelain(`${sha} 5 6 1`, ['filename a.ts'], 'x'))).toEqual([blamed(6, sha, 5, 'a.ts')]);
  });

  it('does not take content that looks like a header or a field for one', () => {
    const text = [
      porcelain(`${FEATURE} 1 1 1`, ['filename a.ts'], `${BASE} 9 9 1`),
      porcelain(`${FEATURE} 2 2`, ['filename a.ts'], 'boundary'),
      porcelain(`${FEATURE} 3 3`, ['filename a.ts'], 'filename b.ts'),
    ].join('\n');
    expect(parseBlamePorcelain(text)).toEqual([
      blamed(1, FEATURE, 1, 'a.ts'),
      blamed(2, FEATURE, 2, 'a.ts'),
      blamed(3, FEATURE, 3, 'a.ts'),
    ]);
  });

  it('ignores rows before the first header and a header without its content line', () => {
    const text = [
      'boundary',
      'filename junk.ts',
      '\tstray',
      porcelain(`${FEATURE} 2 5 1`, ['filename a.ts'], 'x'),
      `${BASE} 1 6 1`,
      'boundary',
    ].join('\n');
    expect(parseBlamePorcelain(text)).toEqual([blamed(5, FEATURE, 2, 'a.ts')]);
  });

  it.each([
    ['a short SHA', `${FEATURE.slice(0, 39)} 1 1 1`],
    ['an upper-case SHA', `${FEATURE.toUpperCase()} 1 1 1`],
    ['a missing line number', `${FEATURE} 1`],
    ['a trailing word', `${FEATURE} 1 1 1 x`],
    ['a leading space', ` ${FEATURE} 1 1 1`],
  ])('does not take %s as a header', (_what, header) => {
    expect(parseBlamePorcelain(porcelain(header, ['filename a.ts'], 'x'))).toEqual([]);
  });

  it('unquotes a C-quoted filename with octal UTF-8 escapes', () => {
    const text = porcelain(`${FEATURE} 1 1 1`, ['filename "src/caf\\303\\251 \\"x\\"\\t.ts"'], 'x');
    expect(parseBlamePorcelain(text)).toEqual([blamed(1, FEATURE, 1, 'src/café "x"\t.ts')]);
  });

  it('keeps a filename that only starts or ends with a quote as it is', () => {
    const text = [porcelain(`${FEATURE} 1 1 1`, ['filename "a.ts'], 'x'), porcelain(`${FEATURE} 2 2`, ['filename b.ts"'], 'y')].join('\n');
    expect(parseBlamePorcelain(text).map((line) => line.originalPath)).toEqual(['"a.ts', 'b.ts"']);
  });

  it('gives an empty path when the record names no filename, whatever its other fields', () => {
    const fields = ['author Ada Lovelace', 'summary fix the cart totals', `previous ${BASE} src/cart.ts`];
    expect(parseBlamePorcelain(porcelain(`${FEATURE} 1 2 1`, fields, 'x'))).toEqual([blamed(2, FEATURE, 1, '')]);
  });

  it('reads multi-digit line numbers and group sizes', () => {
    const text = [
      porcelain(`${FEATURE} 120 1045 12`, ['filename a.ts'], 'x'),
      porcelain(`${FEATURE} 121 1046`, ['filename a.ts'], 'y'),
    ].join('\n');
    expect(parseBlamePorcelain(text)).toEqual([blamed(1045, FEATURE, 120, 'a.ts'), blamed(1046, FEATURE, 121, 'a.ts')]);
  });
});

describe('parseBlamePorcelain on a real git blame', () => {
  function git(cwd: string, args: readonly string[]): string {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Ada Lovelace',
        GIT_AUTHOR_EMAIL: 'ada@example.com',
        GIT_COMMITTER_NAME: 'Ada Lovelace',
        GIT_COMMITTER_EMAIL: 'ada@example.com',
        GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
        GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    });
  }

  it('reads boundary lines, repeated commits and a renamed, quoted, non-ASCII path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blame-test-'));
    try {
      const oldPath = 'src/café "cart".ts';
      git(dir, ['init', '-q', '-b', 'main']);
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, oldPath), 'const a = 1;\nconst b = 2;\nconst c = 3;\n');
      git(dir, ['add', '.']);
      git(dir, ['commit', '-q', '-m', 'base']);
      const base = git(dir, ['rev-parse', 'HEAD']).trim();
      writeFileSync(join(dir, oldPath), 'const a = 1;\nconst b = 20;\nconst c = 3;\nconst d = 4;\nconst e = 5;\n');
      git(dir, ['commit', '-q', '-am', 'change b, add d and e']);
      const change = git(dir, ['rev-parse', 'HEAD']).trim();
      git(dir, ['mv', oldPath, 'src/cart.ts']);
      writeFileSync(join(dir, 'src/cart.ts'), '// header\nconst a = 1;\nconst b = 20;\nconst c = 3;\nconst d = 4;\nconst e = 5;\n');
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', 'rename']);
      const rename = git(dir, ['rev-parse', 'HEAD']).trim();

      const output = git(dir, [
        'blame',
        '--line-porcelain',
        '-w',
        '-M',
        '-C',
        '-L',
        '1,3',
        '-L',
        '5,6',
        `${base}..HEAD`,
        '--',
        'src/cart.ts',
      ]);
      expect(output).toContain('filename "src/caf\\303\\251 \\"cart\\".ts"');
      expect(parseBlamePorcelain(output)).toEqual([
        blamed(1, rename, 1, 'src/cart.ts'),
        blamed(2, base, 1, oldPath, true),
        blamed(3, change, 2, oldPath),
        blamed(5, change, 4, oldPath),
        blamed(6, change, 5, oldPath),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
