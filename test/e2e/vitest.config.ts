import { defineConfig } from 'vitest/config';
import { projectBase } from '../vitest.config.ts';

// Real-browser tests (`npm run test:e2e`): slower and need Chromium, so kept out of `npm test`.
export default defineConfig({
  ...projectBase,
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // One browser at a time: the files share the machine's CPU with Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
