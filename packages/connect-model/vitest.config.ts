import { defineConfig } from 'vitest/config';

// `npm test` at the repository root runs these tests too (the `emulator` project of test/vitest.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
