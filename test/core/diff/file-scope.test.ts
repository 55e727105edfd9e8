import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../../src/constants.js';
import type { ChangedFile } from '../../../src/core/diff/changed-lines.js';
import { type FileScope, scopeChangedFiles } from '../../../src/core/diff/file-scope.js';

function changed(path: string, lines: number[] = [1]): ChangedFile {
  return { path, lines };
}

function scope(overrides: Partial<FileScope> = {}): FileScope {
  return { workingDirectory: '', include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE, generated: new Set(), ...overrides };
}

describe('scopeChangedFiles and generated files', () => {
  it('skips files .gitattributes marks linguist-generated, by their repository path, before include and exclude', () => {
    const files = [changed('app/src/api.generated.ts'), changed('app/src/a.ts'), changed('other/gen.ts')];
    expect(
      scopeChangedFiles(files, scope({ workingDirectory: 'app', generated: new Set(['app/src/api.generated.ts', 'other/gen.ts']) })),
    ).toEqual({
      selected: [{ path: 'src/a.ts', lines: [1] }],
      skipped: [
        { path: 'src/api.generated.ts', reason: 'generated' },
        { path: 'other/gen.ts', reason: 'outside-working-directory' },
      ],
    });
  });
});

describe('scopeChangedFiles at the repository root', () => {
  it('selects source files with their lines, paths unchanged', () => {
    const files = [changed('src/a.ts', [1, 2, 9]), changed('index.js', [3]), changed('lib/deep/x.mts', [4])];
    expect(scopeChangedFiles(files, scope())).toEqual({
      selected: [
        { path: 'src/a.ts', lines: [1, 2, 9] },
        { path: 'index.js', lines: [3] },
        { path: 'lib/deep/x.mts', lines: [4] },
      ],
      skipped: [],
    });
  });

  it.each(['a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'a.ts', 'a.tsx', 'a.mts', 'a.cts'])('selects %s by the default include', (path) => {
    expect(scopeChangedFiles([changed(`src/${path}`)], scope())).toEqual({
      selected: [{ path: `src/${path}`, lines: [1] }],
      skipped: [],
    });
  });

  it.each([['README.md'], ['package.json'], ['src/styles.css'], ['src/a.ts.orig']])(
    'does not select %s: not matched by the default include',
    (path) => {
      expect(scopeChangedFiles([changed(path)], scope())).toEqual({
        selected: [],
        skipped: [{ path, reason: 'not-included' }],
      });
    },
  );

  it.each([['.github/scripts/release.ts'], ['.storybook/main.ts'], ['src/.hidden.ts']])('does not select the dot-path file %s', (path) => {
    expect(scopeChangedFiles([changed(path)], scope())).toEqual({
      selected: [],
      skipped: [{ path, reason: 'not-included' }],
    });
  });

  it.each([
    ['src/a.test.ts', '**/*.test.*'],
    ['a.test.js', '**/*.test.*'],
    ['src/b.spec.tsx', '**/*.spec.*'],
    ['src/__tests__/helper.ts', '**/__tests__/**'],
    ['test/helper.ts', '**/test/**'],
    ['packages/x/test/helper.ts', '**/test/**'],
    ['tests/y.ts', '**/tests/**'],
    ['types/global.d.ts', '**/*.d.{ts,mts,cts}'],
    ['src/env.d.mts', '**/*.d.{ts,mts,cts}'],
    ['vitest.config.ts', '**/*.config.*'],
    ['eslint.config.mjs', '**/*.config.*'],
    ['node_modules/pkg/index.js', '**/node_modules/**'],
    ['dist/index.js', '**/dist/**'],
    ['packages/x/dist/index.js', '**/dist/**'],
    ['coverage/lcov-report/prettify.js', '**/coverage/**'],
  ])('excludes %s by the default glob %s', (path, pattern) => {
    expect(scopeChangedFiles([changed(path)], scope())).toEqual({
      selected: [],
      skipped: [{ path, reason: 'excluded', pattern }],
    });
  });

  it('does not take a name merely containing an excluded word as excluded', () => {
    const files = [changed('src/testing.ts'), changed('src/distance.ts'), changed('src/config.ts')];
    expect(scopeChangedFiles(files, scope())).toEqual({
      selected: [
        { path: 'src/testing.ts', lines: [1] },
        { path: 'src/distance.ts', lines: [1] },
        { path: 'src/config.ts', lines: [1] },
      ],
      skipped: [],
    });
  });

  it('reports the first exclude glob that matched', () => {
    const result = scopeChangedFiles([changed('src/gen/a.ts')], scope({ exclude: ['**/*.md', 'src/gen/**', '**/a.ts'] }));
    expect(result).toEqual({ selected: [], skipped: [{ path: 'src/gen/a.ts', reason: 'excluded', pattern: 'src/gen/**' }] });
  });

  it('checks include before exclude', () => {
    const result = scopeChangedFiles([changed('docs/a.md')], scope({ include: ['src/**'], exclude: ['**/*.md'] }));
    expect(result).toEqual({ selected: [], skipped: [{ path: 'docs/a.md', reason: 'not-included' }] });
  });

  it('selects a dot-folder file when an include glob names it', () => {
    const result = scopeChangedFiles([changed('.github/scripts/x.ts')], scope({ include: ['.github/**/*.ts'] }));
    expect(result).toEqual({ selected: [{ path: '.github/scripts/x.ts', lines: [1] }], skipped: [] });
  });

  it('selects by any of several include globs', () => {
    const files = [changed('src/a.ts'), changed('lib/b.js'), changed('other/c.ts')];
    expect(scopeChangedFiles(files, scope({ include: ['src/**', 'lib/**'] }))).toEqual({
      selected: [
        { path: 'src/a.ts', lines: [1] },
        { path: 'lib/b.js', lines: [1] },
      ],
      skipped: [{ path: 'other/c.ts', reason: 'not-included' }],
    });
  });

  it('selects everything included when exclude is empty', () => {
    expect(scopeChangedFiles([changed('src/a.test.ts')], scope({ exclude: [] }))).toEqual({
      selected: [{ path: 'src/a.test.ts', lines: [1] }],
      skipped: [],
    });
  });

  it('returns nothing for no changed files', () => {
    expect(scopeChangedFiles([], scope())).toEqual({ selected: [], skipped: [] });
  });

  it('keeps the changed files in order across selected and skipped', () => {
    const files = [changed('b.ts'), changed('a.test.ts'), changed('a.ts'), changed('z.md')];
    expect(scopeChangedFiles(files, scope())).toEqual({
      selected: [
        { path: 'b.ts', lines: [1] },
        { path: 'a.ts', lines: [1] },
      ],
      skipped: [
        { path: 'a.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: 'z.md', reason: 'not-included' },
      ],
    });
  });
});

describe('scopeChangedFiles in a working directory', () => {
  const app = scope({ workingDirectory: 'packages/app' });

  it('selects files under it with paths relative to it', () => {
    expect(scopeChangedFiles([changed('packages/app/src/a.ts', [5, 6])], app)).toEqual({
      selected: [{ path: 'src/a.ts', lines: [5, 6] }],
      skipped: [],
    });
  });

  it('skips files outside it with their repository path', () => {
    const files = [changed('packages/other/src/a.ts'), changed('src/root.ts'), changed('packages/app.ts')];
    expect(scopeChangedFiles(files, app)).toEqual({
      selected: [],
      skipped: [
        { path: 'packages/other/src/a.ts', reason: 'outside-working-directory' },
        { path: 'src/root.ts', reason: 'outside-working-directory' },
        { path: 'packages/app.ts', reason: 'outside-working-directory' },
      ],
    });
  });

  it('does not take a sibling folder sharing its name as a prefix as inside', () => {
    expect(scopeChangedFiles([changed('packages/application/src/a.ts')], app)).toEqual({
      selected: [],
      skipped: [{ path: 'packages/application/src/a.ts', reason: 'outside-working-directory' }],
    });
  });

  it('matches include and exclude against the path relative to it', () => {
    const files = [
      changed('packages/app/src/a.ts'),
      changed('packages/app/src/a.test.ts'),
      changed('packages/app/README.md'),
      changed('packages/app/lib/b.ts'),
    ];
    expect(scopeChangedFiles(files, scope({ workingDirectory: 'packages/app', include: ['src/**'] }))).toEqual({
      selected: [{ path: 'src/a.ts', lines: [1] }],
      skipped: [
        { path: 'src/a.test.ts', reason: 'excluded', pattern: '**/*.test.*' },
        { path: 'README.md', reason: 'not-included' },
        { path: 'lib/b.ts', reason: 'not-included' },
      ],
    });
  });

  it('does not exclude files because of a folder above the working directory', () => {
    // "test" is part of the working directory path, not of the path include and exclude see.
    const result = scopeChangedFiles([changed('test/app/src/a.ts')], scope({ workingDirectory: 'test/app' }));
    expect(result).toEqual({ selected: [{ path: 'src/a.ts', lines: [1] }], skipped: [] });
  });
});
