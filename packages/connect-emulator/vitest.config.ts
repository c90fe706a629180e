import { defineConfig } from 'vitest/config';

// `npm test` at the repository root runs these tests too (test/vitest.config.ts includes them).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
