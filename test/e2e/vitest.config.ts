import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Real-browser tests (`npm run test:e2e`): slower and need Chromium, so kept out of `npm test`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    // As in test/vitest.config.ts: one copy of graphql for our sources, yoga and Pothos.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // One browser at a time: the files share the machine's CPU with Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
