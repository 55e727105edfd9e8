import { defineConfig } from 'vitest/config';

// The integration lane (npm run test:integration): real git, real Stryker, action.yml end to end.
export default defineConfig({
  test: {
    include: ['test/{integration,e2e}/**/*.test.ts'],
    // Each test runs Stryker, which uses the machine's cores itself: one test file at a time.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
