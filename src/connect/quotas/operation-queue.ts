import { connectError } from '../errors.ts';
import type { BudgetMetrics, RefusalReason } from './budget-metrics.ts';
import type { BudgetWindow } from './budget-window.ts';
import type { ConnectQuota } from './quota-table.ts';
import type { WindowCounter } from './window-counter.ts';

/**
 * Time a call keeps for itself once it holds its token (half of a deadline shorter than twice
 * this): a token taken later would mostly be spent on a call the deadline then aborts.
 */
const CALL_RESERVE_MS = 1_000;

/**
 * How much later than its admitted wait a waiting call is given up. Timers count whole
 * milliseconds, and the queue wakes at a window's start and then counts the call: without this, a
 * call whose token comes within a millisecond or so of its limit could be refused after waiting.
 */
const WAIT_GRACE_MS = 25;

interface OperationQueueOptions {
  /** The Connect operation, e.g. UpdateContact. */
  operation: string;
  quota: ConnectQuota;
  window: BudgetWindow;
  counter: WindowCounter;
  queuePerCaller: number;
  metrics?: BudgetMetrics;
}

/** One operation's budget on this replica: the calls waiting for it, served in turn by caller. */
export interface OperationQueue {
  /**
   * Resolves when the call may be sent. Rejects with ThrottlingError, at once, when the budget
   * cannot serve it CALL_RESERVE_MS before `deadlineAt` (performance.now() time) or when the
   * caller has queuePerCaller calls waiting already; later, if it still waits at that point; with
   * the signal's reason when the request is aborted.
   */
  take(caller: string, deadlineAt: number, signal?: AbortSignal): Promise<void>;
}

interface Waiter {
  readonly caller: string;
  settle(error?: unknown): void;
}

export function createOperationQueue(options: OperationQueueOptions): OperationQueue {
  const { operation, quota, window, counter, queuePerCaller } = options;
  const { windowMs } = window;
  const wait = options.metrics?.wait.labels(operation);
  const queuedGauge = options.metrics?.queued.labels(operation);
  // Callers in turn: the first is served next, then goes to the back while it has calls waiting.
  const callers = new Map<string, Waiter[]>();
  let queued = 0;
  let draining = false;
  // What the counter last said: calls left in that window (all replicas' calls counted when shared).
  let last = { window: -1, remaining: 0 };

  const count = (change: number) => {
    queued += change;
    queuedGauge?.set(queued);
  };

  /** Calls served before a new one of `caller`: its own waiting ones, and as many turns of every other caller. */
  function aheadOf(caller: string): number {
    const own = callers.get(caller)?.length ?? 0;
    let ahead = own;
    for (const [other, waiters] of callers) if (other !== caller) ahead += Math.min(waiters.length, own + 1);
    return ahead;
  }

  /** When the call with `ahead` calls before it gets its token, as far as this replica can tell. */
  function waitMs(ahead: number): number {
    const now = Date.now();
    const index = Math.floor(now / windowMs);
    const points = counter.points(index);
    const left = last.window === index ? last.remaining : points;
    if (ahead < left) return 0;
    return (index + Math.floor((ahead - left) / points) + 1) * windowMs - now;
  }

  function refusal(reason: RefusalReason, ms: number): Error {
    options.metrics?.refused.inc({ operation, reason });
    const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1_000));
    const why =
      reason === 'caller_queue'
        ? `already holds ${queuePerCaller} waiting calls of this caller`
        : `cannot send this call before the request's deadline`;
    return connectError(
      'ThrottlingException',
      `The gateway's budget for Connect's ${operation} quota (${quota.rate}/s, burst ${quota.burst}) ${why}; Connect was not called. Retry after ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }

  function remove(waiter: Waiter): boolean {
    const waiters = callers.get(waiter.caller);
    const at = waiters?.indexOf(waiter) ?? -1;
    if (waiters === undefined || at < 0) return false;
    waiters.splice(at, 1);
    if (waiters.length === 0) callers.delete(waiter.caller);
    count(-1);
    return true;
  }

  /** The next caller's oldest call; that caller goes to the back of the turn. */
  function next(): Waiter | undefined {
    const first = callers.entries().next();
    if (first.done) return undefined;
    const [caller, waiters] = first.value;
    const waiter = waiters.shift();
    callers.delete(caller);
    if (waiters.length > 0) callers.set(caller, waiters);
    if (waiter) count(-1);
    return waiter;
  }

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      while (queued > 0) {
        const index = Math.floor(Date.now() / windowMs);
        const taken = await counter.take(index);
        last = { window: index, remaining: taken.remaining };
        if (taken.granted) next()?.settle();
        else
          await new Promise((resolve) => setTimeout(resolve, Math.max(1, (index + 1) * windowMs - Date.now())).unref());
      }
    } catch (error) {
      // Only the in-memory count is left, and it does not fail: if it did, answer rather than hold the calls.
      for (let waiter = next(); waiter; waiter = next()) waiter.settle(error);
    } finally {
      draining = false;
    }
  }

  return {
    take(caller, deadlineAt, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const expected = waitMs(aheadOf(caller));
      if ((callers.get(caller)?.length ?? 0) >= queuePerCaller)
        return Promise.reject(refusal('caller_queue', expected));
      const remainingMs = deadlineAt - performance.now();
      const maxWaitMs = Math.max(remainingMs - CALL_RESERVE_MS, remainingMs / 2, 0);
      if (expected > maxWaitMs) return Promise.reject(refusal('deadline', expected));
      return new Promise<void>((resolve, reject) => {
        const since = performance.now();
        let settled = false;
        const waiter: Waiter = {
          caller,
          settle(error) {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (error !== undefined) return reject(error);
            wait?.observe((performance.now() - since) / 1_000);
            resolve();
          },
        };
        // Later callers' turns, or other replicas sharing the window, can push a call past its estimate.
        const timer = setTimeout(() => {
          if (remove(waiter)) waiter.settle(refusal('deadline_waited', waitMs(aheadOf(caller))));
        }, maxWaitMs + WAIT_GRACE_MS);
        const onAbort = () => {
          if (remove(waiter)) waiter.settle(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const waiters = callers.get(caller);
        if (waiters) waiters.push(waiter);
        else callers.set(caller, [waiter]);
        count(1);
        void drain();
      });
    },
  };
}
