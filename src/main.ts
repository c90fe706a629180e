// The process's entry point: it turns on Node's compile cache, then imports the gateway
// (src/start.ts). The cache only serves modules loaded after it is on, which is why this is a file
// of its own (docs/performance.md#start-up-and-memory).
import { enableCompileCache, flushCompileCache } from 'node:module';

// Node's compile cache keeps the V8 code of every module, and the TypeScript with its types
// stripped, on disk: a start with a warm cache skips most of the compiling. NODE_COMPILE_CACHE
// picks the directory (Node's default: the OS temp directory); NODE_DISABLE_COMPILE_CACHE=1 turns
// it off.
enableCompileCache();
await import('./start.ts');
// Written once the gateway is listening, not only at exit: a process that is killed never exits.
flushCompileCache();
