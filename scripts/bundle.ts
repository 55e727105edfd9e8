/**
 * npm run bundle: src/ into self-contained ES modules: dist/index.js, which the action runs with
 * whatever Node.js is on PATH, and dist/cli.js, the mutation-gate command; the code they share is in
 * dist/chunks/. They must load on old Node versions too, so that they can say which to use.
 * Beside it: its source map (the action starts Node with --enable-source-maps, so a stack trace names
 * src/ files and lines) and the licence notices of the production dependencies the bundle is made of.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type BuildOptions, build, type OutputFile } from 'esbuild';
import { getLicenseFileText } from 'generate-license-file';
import { PROJECT_ROOT } from './lib/git-repo.js';

export const DIST = join(PROJECT_ROOT, 'dist');
export const LICENSES_PATH = join(DIST, 'licenses.txt');

export const BUNDLE_OPTIONS: BuildOptions = {
  entryPoints: [join(PROJECT_ROOT, 'src', 'index.ts'), join(PROJECT_ROOT, 'src', 'cli.ts')],
  outdir: DIST,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Mappings only: the sources are in the repository, and the map stays a fraction of the bundle's size.
  sourcemap: 'linked',
  sourcesContent: false,
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __gateRequire } from 'node:module'; const require = __gateRequire(import.meta.url);" },
};

/** The bundle and its source map, in memory. */
export async function bundle(options: BuildOptions = {}): Promise<readonly OutputFile[]> {
  const result = await build({ ...BUNDLE_OPTIONS, ...options, write: false });
  return result.outputFiles ?? [];
}

/**
 * The licence texts of every production dependency (all that can be bundled), each with the packages
 * it covers, from generate-license-file: it reads each package's own licence file and notices.
 */
export function licenceNotices(): Promise<string> {
  return getLicenseFileText(join(PROJECT_ROOT, 'package.json'), { lineEnding: 'lf' });
}

if (process.argv[1] === import.meta.filename) {
  // Chunks are named by their hash: the old ones go, or they would linger beside the new.
  await rm(join(DIST, 'chunks'), { recursive: true, force: true });
  for (const file of await bundle()) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.contents);
  }
  await writeFile(LICENSES_PATH, await licenceNotices());
}
