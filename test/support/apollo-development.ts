// Apollo Client 4 runs its development checks and warnings (possibleTypes misses, cache data loss,
// missing fields) only in its development build. Node picks that build with `--conditions=development`;
// without it Apollo reads `globalThis.__DEV__` once, when it loads. Import this module before
// anything that imports @apollo/client, so that the tests see every warning a developer would.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
