import { describe, expect, it } from 'vitest';
import { findHiddenSources } from '../../../src/core/findings/hidden-source.js';

const CONFIG_LOGIC = { path: 'src/pricing.config.ts', why: 'matched by exclude **/*.config.*' };

describe('findHiddenSources', () => {
  it.each([
    ["import { rate } from './pricing.config';", 'an ES import without extension'],
    ["import { rate } from './pricing.config.js';", "an ES import naming the compiled '.js'"],
    ["const { rate } = require('./pricing.config');", 'a require'],
    ["const { rate } = await import('./pricing.config.ts');", 'a dynamic import'],
    ["export { rate } from './pricing.config';", 'a re-export'],
  ])('finds a skipped file that measured source loads with %s (%s)', (text) => {
    expect(findHiddenSources([CONFIG_LOGIC], [{ path: 'src/cart.ts', line: 3, text }])).toEqual([
      {
        kind: 'hidden-source',
        path: 'src/pricing.config.ts',
        line: undefined,
        change:
          'holds logic that src/cart.ts:3 imports, but it was not mutated (matched by exclude **/*.config.*): its changed lines were never measured',
      },
    ]);
  });

  it('resolves parent folders and index files', () => {
    const unmeasured = [
      { path: 'lib/tests/rules/index.js', why: 'matched by exclude **/tests/**' },
      { path: 'lib/.hidden/rate.ts', why: 'not matched by include' },
    ];
    const imports = [
      { path: 'lib/app/cart.js', line: 1, text: "const rules = require('../tests/rules');" },
      { path: 'lib/app/cart.js', line: 2, text: "import { rate } from '../.hidden/rate';" },
    ];
    expect(findHiddenSources(unmeasured, imports).map((finding) => finding.path)).toEqual([
      'lib/tests/rules/index.js',
      'lib/.hidden/rate.ts',
    ]);
  });

  it('names one importer per file, the first', () => {
    const imports = [
      { path: 'src/a.ts', line: 1, text: "import './pricing.config';" },
      { path: 'src/b.ts', line: 9, text: "import './pricing.config';" },
    ];
    const findings = findHiddenSources([CONFIG_LOGIC], imports);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.change).toContain('src/a.ts:1 imports');
  });

  it('ignores files nobody imports, packages, other files and a file importing itself', () => {
    const imports = [
      { path: 'src/cart.ts', line: 1, text: "import { z } from 'zod';" },
      { path: 'src/cart.ts', line: 2, text: "import { x } from './pricing';" },
      { path: 'src/pricing.config.ts', line: 1, text: "export * from './pricing.config';" },
      { path: 'src/other/cart.ts', line: 1, text: "import { x } from './pricing.config';" },
    ];
    expect(findHiddenSources([CONFIG_LOGIC], imports)).toEqual([]);
  });
});

describe('findHiddenSources, how imports are written', () => {
  it.each([
    ["import{rate}from'./pricing.config'", 'without spaces'],
    ["const r = require  (  './pricing.config')", 'spaced require'],
    ["const r = await import  (  './pricing.config')", 'spaced dynamic import'],
    ["import   './pricing.config';", 'a side-effect import with spaces'],
  ])('finds %s (%s)', (text) => {
    expect(findHiddenSources([CONFIG_LOGIC], [{ path: 'src/cart.ts', line: 1, text }])).toHaveLength(1);
  });

  it('does not take a file for its extension found mid-path', () => {
    const unmeasured = [{ path: 'src/a.jsx.ts', why: 'excluded' }];
    expect(findHiddenSources(unmeasured, [{ path: 'src/cart.ts', line: 1, text: "import x from './a.ts';" }])).toEqual([]);
  });
});
