import { describe, expect, it } from 'vitest';
import { filesNoTestReaches } from '../../../src/core/diff/untested-imports.js';

const line = (path: string, text: string): { path: string; line: number; text: string } => ({ path, line: 1, text });

describe('filesNoTestReaches', () => {
  it('finds a file reached by a test directly, through other files, or through its folder index', () => {
    const imports = [
      line('test/price.test.ts', "import { net } from '../src/price.js';"),
      line('src/price.ts', "import { round } from './round';"),
      line('src/round.ts', "const cents = require('./util/cents.cjs');"),
      line('src/__tests__/tax.ts', "import tax from '../tax/index.js';"),
      line('lib/a.spec.mjs', "const b = await import('./b.mjs');"),
    ];
    expect(filesNoTestReaches(['src/price.ts', 'src/round.ts', 'src/util/cents.cjs', 'src/tax/index.ts', 'lib/b.mjs'], imports)).toEqual(
      [],
    );
  });

  it('names the files no test reaches: new, imported only by source, or by an import cycle of source', () => {
    const imports = [
      line('src/app.ts', "import { fee } from './fee';"),
      line('src/a.ts', "import { b } from './b';"),
      line('src/b.ts', "import { a } from './a';"),
      line('test/other.test.ts', "import { x } from '../src/other';"),
      line('src/helpers.test-data.ts', "import { c } from './c';"),
    ];
    expect(filesNoTestReaches(['src/new.ts', 'src/fee.ts', 'src/a.ts', 'src/c.ts', 'src/other.ts'], imports)).toEqual([
      'src/new.ts',
      'src/fee.ts',
      'src/a.ts',
      'src/c.ts',
    ]);
  });

  it('counts files under test/, tests/ and __tests__/ and named .test. or .spec. as tests, in any folder', () => {
    const tests = [
      ['src/x.test.ts', './y'],
      ['test/x.js', '../src/y'],
      ['pkg/tests/x.ts', '../../src/y'],
      ['src/__tests__/x.tsx', '../y'],
      ['src/x.test.mts', './y'],
      ['src/x.spec.cjs', './y.js'],
    ];
    for (const [test, specifier] of tests) {
      expect(filesNoTestReaches(['src/y.ts'], [line(test as string, `import y from '${specifier}';`)]), test).toEqual([]);
    }
    expect(filesNoTestReaches(['src/y.ts'], [line('src/testing.ts', "import y from './y';")])).toEqual(['src/y.ts']);
    expect(filesNoTestReaches(['src/y.ts'], [line('src/schema.spec.json.ts', "import y from './y';")])).toEqual(['src/y.ts']);
  });

  it('ends on an import cycle among the files above a changed one', () => {
    const imports = [
      line('src/b.ts', "import { a } from './a';"),
      line('src/c.ts', "import { b } from './b';"),
      line('src/b.ts', "import { c } from './c';"),
    ];
    expect(filesNoTestReaches(['src/a.ts'], imports)).toEqual(['src/a.ts']);
  });
});
