import { readdir, readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS, bundle, DIST, LICENSES_PATH, licenceNotices } from '../../scripts/bundle.js';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';

const committed = (name: string): Promise<string> => readFile(join(DIST, name), 'utf8');

describe('dist/', () => {
  it('is the current bundle of src/ and its source maps, and nothing more (run npm run bundle and commit dist/ when this fails)', async () => {
    const fresh = new Map((await bundle()).map((file) => [file.path, file.text]));
    const committedCode = (await readdir(DIST, { recursive: true }))
      .filter((name) => /\.js(\.map)?$/.test(name))
      .map((name) => join(DIST, name));
    expect(committedCode.sort()).toEqual([...fresh.keys()].sort());
    expect([...fresh.keys()]).toEqual(expect.arrayContaining([join(DIST, 'index.js'), join(DIST, 'cli.js')]));
    for (const [path, text] of fresh) expect(text === (await readFile(path, 'utf8')), `${path} differs from a fresh bundle`).toBe(true);
  });

  it('starts the command with a shebang, so that npm can link it as mutation-gate', async () => {
    expect((await committed('cli.js')).split('\n')[0]).toBe('#!/usr/bin/env node');
    const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ 'mutation-gate': 'dist/cli.js' });
  });

  it('declares itself an ES module, so it runs without the repository package.json', async () => {
    expect(JSON.parse(await committed('package.json'))).toEqual({ type: 'module' });
  });

  describe('source map', () => {
    /** Every file of code in dist/, its lines and its map. */
    let bundles: { name: string; lines: string[]; map: SourceMap }[];
    beforeAll(async () => {
      const names = (await readdir(DIST, { recursive: true })).filter((name) => name.endsWith('.js'));
      bundles = await Promise.all(
        names.map(async (name) => ({
          name,
          lines: (await committed(name)).split('\n'),
          map: new SourceMap(JSON.parse(await committed(`${name}.map`))),
        })),
      );
    });

    it('is linked from each file of the bundle', () => {
      for (const { name, lines } of bundles) expect(lines.at(-2)).toBe(`//# sourceMappingURL=${basename(name)}.map`);
    });

    it('maps the code of every src/ module back to that file', () => {
      let modules = 0;
      for (const { name, lines, map } of bundles) {
        // esbuild starts each module's code with a `// <path>` line.
        const starts = lines.flatMap((line, index) => (/^\/\/ src\/.*\.ts$/.test(line) ? [{ path: line.slice(3), index }] : []));
        modules += starts.length;
        const up = '../'.repeat(name.split('/').length);
        for (const { path, index } of starts) {
          const codeLine = lines.findIndex((line, at) => at > index && line.trim() !== '');
          const entry = map.findEntry(codeLine, lines[codeLine]?.search(/\S/) ?? 0);
          expect('originalSource' in entry ? entry.originalSource : undefined, path).toBe(`${up}${path}`);
        }
      }
      expect(modules).toBeGreaterThan(40);
    });
  });

  describe('licence notices', () => {
    it('are the current notices of the production dependencies', async () => {
      expect((await readFile(LICENSES_PATH, 'utf8')) === (await licenceNotices()), 'dist/licenses.txt is stale').toBe(true);
    });

    it('name every package the bundle contains, at its version', async () => {
      const result = await build({ ...BUNDLE_OPTIONS, write: false, metafile: true });
      const notices = await readFile(LICENSES_PATH, 'utf8');
      const packageDirectories = new Set(
        Object.keys(result.metafile?.inputs ?? {}).flatMap((input) => {
          const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
          return match?.[1] === undefined ? [] : [match[1]];
        }),
      );
      expect(packageDirectories.size).toBeGreaterThan(10);
      for (const directory of packageDirectories) {
        const { name, version } = JSON.parse(await readFile(join(PROJECT_ROOT, directory, 'package.json'), 'utf8')) as {
          name: string;
          version: string;
        };
        expect(notices).toContain(` - ${name}@${version}\n`);
      }
    });
  });
});
