import { describe, expect, it } from 'vitest';
import { isPackageFile, strykerPackageChange } from '../../../src/core/findings/stryker-package.js';

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
