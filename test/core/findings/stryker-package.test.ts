import { describe, expect, it } from 'vitest';
import { isManifest, isPackageFile, strykerPackageChange } from '../../../src/core/findings/stryker-package.js';

const manifest = (devDependencies: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'shop', devDependencies, ...extra }, null, 2);

describe('isPackageFile', () => {
  it.each(['package.json', 'app/package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'])(
    'knows %s',
    (path) => expect(isPackageFile(path)).toBe(true),
  );
  it.each(['src/package.ts', 'package.json5', 'my-package.json', 'yarn.lock.bak'])('ignores %s', (path) =>
    expect(isPackageFile(path)).toBe(false),
  );
});

describe('isManifest', () => {
  it('knows package.json in any folder, and nothing else', () => {
    expect(['package.json', 'app/package.json'].map(isManifest)).toEqual([true, true]);
    expect(['my-package.json', 'package.json5', 'package-lock.json'].map(isManifest)).toEqual([false, false, false]);
  });
});

describe('strykerPackageChange in package.json', () => {
  it('finds a changed version of a Stryker package', () => {
    const finding = strykerPackageChange(
      'package.json',
      manifest({ '@stryker-mutator/core': '10.0.0' }),
      manifest({ '@stryker-mutator/core': 'file:./vendor/core' }),
    );
    expect(finding).toEqual({
      kind: 'stryker-package',
      path: 'package.json',
      line: undefined,
      change:
        'changes which @stryker-mutator package versions are asked for: the Stryker that measures this change would be the one it chose',
    });
  });

  it('finds an added Stryker package and an override of one', () => {
    const base = manifest({ '@stryker-mutator/core': '10.0.0' });
    expect(
      strykerPackageChange('package.json', base, manifest({ '@stryker-mutator/core': '10.0.0', '@stryker-mutator/api': '9.0.0' })),
    ).toBeDefined();
    expect(
      strykerPackageChange(
        'package.json',
        base,
        manifest({ '@stryker-mutator/core': '10.0.0' }, { overrides: { '@stryker-mutator/instrumenter': '1.0.0' } }),
      ),
    ).toBeDefined();
    expect(
      strykerPackageChange(
        'package.json',
        base,
        manifest({ '@stryker-mutator/core': '10.0.0' }, { pnpm: { overrides: { '@stryker-mutator/util': 'link:../util' } } }),
      ),
    ).toBeDefined();
  });

  it('says nothing when only other packages or fields changed', () => {
    const base = manifest({ '@stryker-mutator/core': '10.0.0', vitest: '3.0.0' });
    expect(
      strykerPackageChange('package.json', base, manifest({ '@stryker-mutator/core': '10.0.0', vitest: '3.2.0' }, { version: '2.0.0' })),
    ).toBeUndefined();
  });

  it('reads an unparsable manifest as having no Stryker package', () => {
    expect(strykerPackageChange('package.json', '{', manifest({ '@stryker-mutator/core': '10.0.0' }))).toBeDefined();
    expect(strykerPackageChange('package.json', undefined, '{')).toBeUndefined();
  });
});

describe('strykerPackageChange in lockfiles', () => {
  const npmLock = (version: string, integrity: string): string =>
    JSON.stringify(
      { packages: { 'node_modules/@stryker-mutator/core': { version, integrity }, 'node_modules/left-pad': { version: '1.0.0' } } },
      null,
      2,
    );

  it('finds a changed integrity of Stryker in package-lock.json', () => {
    const finding = strykerPackageChange('package-lock.json', npmLock('10.0.0', 'sha512-a'), npmLock('10.0.0', 'sha512-b'));
    expect(finding?.change).toBe(
      'changes which @stryker-mutator packages the lockfile installs: the Stryker that measures this change would be the one it chose',
    );
  });

  it('finds a changed resolution in yarn.lock and pnpm-lock.yaml', () => {
    const yarn = (resolved: string): string =>
      `"@stryker-mutator/core@^10.0.0":\n  version "10.0.0"\n  resolved "${resolved}"\n\nleft-pad@1:\n  version "1.0.0"\n`;
    expect(strykerPackageChange('yarn.lock', yarn('https://registry.npmjs.org/a.tgz'), yarn('https://evil.example/a.tgz'))).toBeDefined();
    const pnpm = (version: string): string =>
      `packages:\n  '@stryker-mutator/core@${version}':\n    resolution: {integrity: sha512-x}\n  left-pad@1.0.0:\n    resolution: {integrity: sha512-y}\n`;
    expect(strykerPackageChange('pnpm-lock.yaml', pnpm('10.0.0'), pnpm('10.1.0'))).toBeDefined();
  });

  it('says nothing when only other packages changed in a lockfile', () => {
    const before = `"@stryker-mutator/core@^10.0.0":\n  version "10.0.0"\n\nleft-pad@1:\n  version "1.0.0"\n`;
    const after = `"@stryker-mutator/core@^10.0.0":\n  version "10.0.0"\n\nleft-pad@1:\n  version "1.3.0"\n`;
    expect(strykerPackageChange('yarn.lock', before, after)).toBeUndefined();
    expect(strykerPackageChange('package-lock.json', npmLock('10.0.0', 'sha512-a'), npmLock('10.0.0', 'sha512-a'))).toBeUndefined();
  });
});

describe('strykerPackageChange, edge cases', () => {
  const manifestWith = (extra: Record<string, unknown>): string => JSON.stringify({ name: 'shop', ...extra });

  it('finds a Stryker package removed, and one overridden through pnpm.overrides alone', () => {
    const both = manifestWith({ devDependencies: { '@stryker-mutator/core': '10.0.0', '@stryker-mutator/vitest-runner': '10.0.0' } });
    const one = manifestWith({ devDependencies: { '@stryker-mutator/core': '10.0.0' } });
    expect(strykerPackageChange('package.json', both, one)).toBeDefined();
    expect(
      strykerPackageChange(
        'app/package.json',
        one,
        manifestWith({ ...JSON.parse(one), pnpm: { overrides: { '@stryker-mutator/core': '9.0.0' } } }),
      ),
    ).toBeDefined();
  });

  it('reads a manifest that is not an object, or has a section that is not one, as having no Stryker package', () => {
    const one = manifestWith({ devDependencies: { '@stryker-mutator/core': '10.0.0' } });
    expect(strykerPackageChange('package.json', 'null', one)).toBeDefined();
    expect(strykerPackageChange('package.json', '"text"', one)).toBeDefined();
    expect(strykerPackageChange('package.json', manifestWith({ devDependencies: 'none', overrides: null }), one)).toBeDefined();
    expect(strykerPackageChange('package.json', 'null', '[]')).toBeUndefined();
  });

  it('does not count a lockfile only re-indented, and reads an entry that ends the file', () => {
    const lock = (indent: string): string =>
      `lockfileVersion: '9.0'\n\npackages:\n${indent}'@stryker-mutator/core@10.0.0':\n${indent}${indent}resolution: {integrity: sha512-x}`;
    expect(strykerPackageChange('pnpm-lock.yaml', lock('  '), lock('    '))).toBeUndefined();
    expect(strykerPackageChange('pnpm-lock.yaml', lock('  '), `${lock('  ')}\n    cpu: [x64]`)).toBeDefined();
  });

  it('tells the lines of an entry apart from each other', () => {
    const entry = (lines: string[]): string => `"@stryker-mutator/core@10":\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
    expect(
      strykerPackageChange('yarn.lock', entry(['version "10.0.0"', 'resolved "a"']), entry(['version "10.0.0"resolved "a"'])),
    ).toBeDefined();
  });
});
