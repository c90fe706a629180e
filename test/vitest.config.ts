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

// `npm test` runs every project (CI runs only it and `npm run test:e2e`); `npm run test:unit`, or
// `--project <name>`, runs one. The projects inherit this file's options, the graphql alias too.
// Each test file keeps its own module graph (vitest's default isolation): test/schema/ adds
// operations to the shared schema builder, which must not leak into the next file.
export default defineConfig({
  ...projectBase,
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      // Pure functions, no stack: seconds.
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'bench/test/**/*.test.ts'],
          exclude: ['bench/test/peers.test.ts'],
        },
      },
      // Through real HTTP against the emulator (test/support/stack.ts); the bench's contestants as
      // the bench starts them.
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts', 'bench/test/peers.test.ts'],
          exclude: ['test/unit/**', 'test/e2e/**'],
        },
      },
      // The emulator package on its own (also `npm test -w @connect-gateway/connect-emulator`).
      { test: { name: 'emulator', include: ['packages/connect-emulator/test/**/*.test.ts'] } },
      // Connect's service model and its reader (also `npm test -w @connect-gateway/connect-model`).
      { test: { name: 'model', include: ['packages/connect-model/test/**/*.test.ts'] } },
    ],
  },
});
