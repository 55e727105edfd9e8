import { defineConfig } from 'vitest/config';

// The pure core's unit tests alone: what `npm run mutate` (Stryker on src/core) runs for each mutant.
export default defineConfig({
  test: { include: ['test/core/**/*.test.ts'] },
});
