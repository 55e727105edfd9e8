import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS } from '../../scripts/bundle.js';
import { PROJECT_ROOT } from '../../scripts/lib/git-repo.js';

describe('dist/', () => {
  it('is the current bundle of src/ (run npm run bundle and commit dist/ when this fails)', async () => {
    const result = await build({ ...BUNDLE_OPTIONS, write: false });
    const fresh = result.outputFiles?.[0]?.text;
    const committed = await readFile(join(PROJECT_ROOT, 'dist', 'index.js'), 'utf8');
    expect(fresh).toBeDefined();
    expect(committed === fresh, 'dist/index.js differs from a fresh bundle of src/').toBe(true);
  });

  it('declares itself an ES module, so it runs without the repository package.json', async () => {
    expect(JSON.parse(await readFile(join(PROJECT_ROOT, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  });
});
