import { readFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS, bundle, DIST, LICENSES_PATH, licenceNotices } from '../../scripts/bundle.js';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';

const committed = (name: string): Promise<string> => readFile(join(DIST, name), 'utf8');

describe('dist/', () => {
  it('is the current bundle of src/ and its source map (run npm run bundle and commit dist/ when this fails)', async () => {
    const fresh = new Map((await bundle()).map((file) => [file.path, file.text]));
    expect([...fresh.keys()].sort()).toEqual([join(DIST, 'index.js'), join(DIST, 'index.js.map')]);
    for (const [path, text] of fresh) expect(text === (await readFile(path, 'utf8')), `${path} differs from a fresh bundle`).toBe(true);
  });

  it('declares itself an ES module, so it runs without the repository package.json', async () => {
    expect(JSON.parse(await committed('package.json'))).toEqual({ type: 'module' });
  });

  describe('source map', () => {
    let lines: string[];
    let map: SourceMap;
    beforeAll(async () => {
      lines = (await committed('index.js')).split('\n');
      map = new SourceMap(JSON.parse(await committed('index.js.map')));
    });

    it('is linked from the bundle', () => {
      expect(lines.at(-2)).toBe('//# sourceMappingURL=index.js.map');
    });

    it('maps the code of every src/ module back to that file', () => {
      // esbuild starts each module's code with a `// <path>` line.
      const modules = lines.flatMap((line, index) => (/^\/\/ src\/.*\.ts$/.test(line) ? [{ path: line.slice(3), index }] : []));
      expect(modules.length).toBeGreaterThan(40);
      for (const { path, index } of modules) {
        const codeLine = lines.findIndex((line, at) => at > index && line.trim() !== '');
        const entry = map.findEntry(codeLine, lines[codeLine]?.search(/\S/) ?? 0);
        expect('originalSource' in entry ? entry.originalSource : undefined, path).toBe(`../${path}`);
      }
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
