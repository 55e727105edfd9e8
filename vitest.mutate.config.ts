import { defineConfig } from 'vitest/config';

// What `npm run mutate` (Stryker on the project's own code) runs for each mutant: the fast tests of the
// judge, the gather and publish phases (ports in memory), the event decoder and the report seal.
// Property and build tests are left out: they are slow per mutant.
export default defineConfig({
  test: {
    include: ['test/{core,pipeline,publish}/**/*.test.ts', 'test/adapters/github-event.test.ts', 'test/adapters/report-seal.test.ts'],
  },
});
