// The process's entry point: it sets up how Node loads and keeps the gateway, then imports it
// (src/start.ts). Both settings must be in place before the gateway's ~1,100 modules load, which
// is why they live in a file of their own (docs/performance.md#start-up-and-memory).
import { enableCompileCache, flushCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Node's compile cache keeps the V8 code of every module, and the TypeScript with its types
// stripped, on disk: a start with a warm cache skips most of the compiling. NODE_COMPILE_CACHE
// picks the directory (Node's default: the OS temp directory); NODE_DISABLE_COMPILE_CACHE=1 turns
// it off.
enableCompileCache();
// Loading allocates mostly long-lived objects; V8 answers by growing the young generation to its
// maximum, which then stays resident in an idle process. Held at its first size while loading, it
// grows again (V8's default factor, 2) when traffic asks for it.
setFlagsFromString('--semi-space-growth-factor=1');
await import('./start.ts');
setFlagsFromString('--semi-space-growth-factor=2');
// Written once the gateway is listening, not only at exit: a process that is killed never exits.
flushCompileCache();
