import { AsyncLocalStorage } from 'node:async_hooks';

// The abort signal of the GraphQL request a Connect call belongs to (its deadline, or the client
// going away). Carried in async context rather than in `client.send(command, { abortSignal })`:
// any options object makes the SDK rebuild its middleware stack per call, which turns
// `cacheMiddleware: true` off. So no Connect call is ever sent with per-call options.
// The deadline's time travels with it, for the quota budget (how long a call may wait for a token),
// and the request's arrival, for the time of its answer (the GraphQL metrics).
const storage = new AsyncLocalStorage<{ signal: AbortSignal; deadlineAt?: number; startedAt?: number }>();

/**
 * Runs `fn` with `signal` as the abort signal of every Connect call it makes, `deadlineAt`
 * (performance.now() time) as their deadline and `startedAt` (the same clock) as the arrival of the
 * request they serve.
 */
export function runWithCallSignal<T>(signal: AbortSignal, fn: () => T, deadlineAt?: number, startedAt?: number): T {
  return storage.run({ signal, deadlineAt, startedAt }, fn);
}

/** The abort signal of the current request, if any (read by the request handler per attempt). */
export function currentCallSignal(): AbortSignal | undefined {
  return storage.getStore()?.signal;
}

/** When the current request's deadline passes (performance.now() time), if it has one. */
export function currentCallDeadline(): number | undefined {
  return storage.getStore()?.deadlineAt;
}

/** When the current HTTP request arrived (performance.now() time), if it came through request-scope.ts. */
export function currentRequestStart(): number | undefined {
  return storage.getStore()?.startedAt;
}
