import { defineConfig } from 'vitest/config';

// The unit lane (npm run test:unit): pure core, pipeline with in-memory ports, properties, adapters and
// build checks. No Stryker runs here, so test files run in parallel.
export default defineConfig({
  test: {
    include: ['test/{core,pipeline,publish,property,adapters,build}/**/*.test.ts'],
    // The files share no state: reusing workers saves a process start per file.
    isolate: false,
    // Property tests run hundreds of cases; on a loaded two-core machine one can pass 5 s.
    testTimeout: 30_000,
  },
});
