/**
 * npm run bundle: src/ into one self-contained ES module, dist/index.js, which the action runs with
 * whatever Node.js is on PATH. It must load on old Node versions too, so that it can say which to use.
 */
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/git-repo.js';

export const BUNDLE_OPTIONS: BuildOptions = {
  entryPoints: [join(PROJECT_ROOT, 'src', 'index.ts')],
  outfile: join(PROJECT_ROOT, 'dist', 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __gateRequire } from 'node:module'; const require = __gateRequire(import.meta.url);" },
};

if (process.argv[1] === import.meta.filename) {
  await build(BUNDLE_OPTIONS);
}
