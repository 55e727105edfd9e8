import { defineConfig } from 'vitest/config';

// What `npm run mutate` (Stryker on the project's own code) runs for each mutant: the fast tests of the
// judge and the pipeline. Property and build tests are left out: they are slow per mutant and add little.
export default defineConfig({
  test: { include: ['test/{core,pipeline}/**/*.test.ts'] },
});
