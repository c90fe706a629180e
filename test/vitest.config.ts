import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** What every test run shares (this one and test/e2e/vitest.config.ts). */
export const projectBase = {
  // The configs live in test/ to keep the repository root to the files a newcomer needs.
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    // graphql 16 ships both index.mjs and index.js. Node (and so yoga and Pothos) loads index.js;
    // without this alias vite would give our own sources index.mjs, and `instanceof GraphQLError`
    // would fail between the two copies.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
} satisfies ViteUserConfig;

export default defineConfig({
  ...projectBase,
  test: {
    // The workspace packages' tests run here too: CI runs only `npm test`.
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
