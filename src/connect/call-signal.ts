import { AsyncLocalStorage } from 'node:async_hooks';

// The abort signal of the GraphQL request a Connect call belongs to (its deadline, or the client
// going away). Carried in async context rather than in `client.send(command, { abortSignal })`:
// any options object makes the SDK rebuild its middleware stack per call, which turns
// `cacheMiddleware: true` off. So no Connect call is ever sent with per-call options.
const storage = new AsyncLocalStorage<AbortSignal>();

/** Runs `fn` with `signal` as the abort signal of every Connect call it makes. */
export function runWithCallSignal<T>(signal: AbortSignal, fn: () => T): T {
  return storage.run(signal, fn);
}

/** The abort signal of the current request, if any (read by the request handler per attempt). */
export function currentCallSignal(): AbortSignal | undefined {
  return storage.getStore();
}
