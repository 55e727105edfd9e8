import { describe, expect, it } from 'vitest';
import { ancestorFolders, packageOf, workspacePatterns } from '../../../src/core/diff/workspace-packages.js';

describe('workspacePatterns', () => {
  it("reads npm's and Yarn's workspaces, and pnpm-workspace.yaml's packages, without ./ or a trailing slash", () => {
    expect(workspacePatterns('{ "workspaces": ["packages/*", "./tools/cli//", "a/./b"] }', undefined)).toEqual([
      'packages/*',
      'tools/cli',
      'a/./b',
    ]);
    expect(workspacePatterns('{ "workspaces": { "packages": ["apps/*"], "nohoist": ["**/x"] } }', undefined)).toEqual(['apps/*']);
    expect(workspacePatterns('{ "name": "root" }', 'packages:\n  - \'packages/*\'\n  - "!**/test/**"\n')).toEqual([
      'packages/*',
      '!**/test/**',
    ]);
  });

  it('is empty for a root that declares no packages, or files that do not parse', () => {
    expect(workspacePatterns(undefined, undefined)).toEqual([]);
    expect(workspacePatterns('{ "name": "app" }', undefined)).toEqual([]);
    expect(workspacePatterns('{ not json', 'packages: [unclosed')).toEqual([]);
    expect(workspacePatterns('["packages/*"]', '- packages/*')).toEqual([]);
    expect(workspacePatterns('{ "workspaces": [1, "a/*"] }', 'packages: "b/*"')).toEqual(['a/*']);
  });
});

describe('ancestorFolders', () => {
  it('lists the folders above a path, nearest first', () => {
    expect(ancestorFolders('packages/app/src/a.ts')).toEqual(['packages/app/src', 'packages/app', 'packages']);
    expect(ancestorFolders('a.ts')).toEqual([]);
  });
});

describe('packageOf', () => {
  const manifests = new Set(['packages/app', 'packages/app/fixtures/demo', 'packages/legacy', 'tools']);

  it('is the nearest folder with a package.json that a workspace glob matches', () => {
    expect(packageOf('packages/app/src/a.ts', ['packages/*'], manifests)).toBe('packages/app');
    expect(packageOf('packages/app/fixtures/demo/b.ts', ['packages/*'], manifests)).toBe('packages/app');
    expect(packageOf('packages/app/fixtures/demo/b.ts', ['packages/**'], manifests)).toBe('packages/app/fixtures/demo');
    expect(packageOf('packages/.hidden/c.ts', ['packages/*'], new Set(['packages/.hidden']))).toBe('packages/.hidden');
    expect(packageOf('packages/app/src/a.ts', ['apps/*', 'packages/*'], manifests)).toBe('packages/app');
    expect(packageOf('packages/app/src/a.ts', ['p*/*'], manifests)).toBe('packages/app');
  });

  it("is the root's for a file in no package, under a folder without package.json, or in an excluded one", () => {
    expect(packageOf('scripts/build.ts', ['packages/*'], manifests)).toBeUndefined();
    expect(packageOf('tools/x.ts', ['packages/*'], manifests)).toBeUndefined();
    expect(packageOf('packages/new/x.ts', ['packages/*'], manifests)).toBeUndefined();
    expect(packageOf('packages/legacy/x.ts', ['packages/*', '!packages/legacy'], manifests)).toBeUndefined();
    expect(packageOf('packages/.hidden/c.ts', ['packages/*', '!packages/*'], new Set(['packages/.hidden']))).toBeUndefined();
    // An exclusion alone includes nothing.
    expect(packageOf('packages/app/x.ts', ['!packages/legacy'], manifests)).toBeUndefined();
  });
});
