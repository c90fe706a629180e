import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

// Gives back the memory V8 keeps after start-up and after a burst. V8 grows its heap (the young
// generation first) for a busy process and keeps it committed while the process idles: it shrinks
// only in a memory-reducing collection, which an idle process never runs by itself. Measured in
// docs/performance.md#idle-memory-2026-12-06: 154 MiB right after start and 356–380 MiB 90 s after
// a load had stopped, against 112–115 and 174 MiB with such collections (70–120 and 160 ms each).

/** A memory-reducing collection. */
export type Collect = () => void;

/**
 * V8's `gc({ flavor: 'last-resort' })` (its CollectAllAvailableGarbage), which exists only when node
 * runs with `--expose-gc` (`npm start` does); without it, undefined, and the gateway collects nothing.
 */
export const exposedCollect = (): Collect | undefined => {
  const gc = globalThis.gc;
  return gc === undefined ? undefined : () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
};

export interface IdleReleaseOptions {
  collect: Collect;
  /** How often the event loop's utilization is read. */
  everyMs?: number;
  /** How many readings in a row must be under `maxUtilization` for the process to count as idle. */
  quietReadings?: number;
  maxUtilization?: number;
  /** How much V8's committed heap must have grown since the last collection to be worth one. */
  minGrowthBytes?: number;
  /** Told what a collection gave back. */
  onRelease?: (released: { beforeBytes: number; afterBytes: number; ms: number }) => void;
}

/** One collection now, timed; returns V8's committed heap after it. */
function release(collect: Collect, onRelease: IdleReleaseOptions['onRelease']): number {
  const beforeBytes = getHeapStatistics().total_heap_size;
  const started = performance.now();
  collect();
  const afterBytes = getHeapStatistics().total_heap_size;
  onRelease?.({ beforeBytes, afterBytes, ms: performance.now() - started });
  return afterBytes;
}

/**
 * Collects once now (start-up is over: call it before listening, so no request waits for it),
 * then again whenever the process has been quiet for `quietReadings × everyMs` (30 s by default)
 * after its heap grew by `minGrowthBytes` (32 MiB). Quiet is the event loop's utilization under
 * 2 %, read without any per-request work. A collection pauses the loop for up to ~200 ms, which a
 * quiet process does not notice. Returns a stop function.
 */
export function releaseMemoryWhenIdle({
  collect,
  everyMs = 10_000,
  quietReadings = 3,
  maxUtilization = 0.02,
  minGrowthBytes = 32 * 2 ** 20,
  onRelease,
}: IdleReleaseOptions): () => void {
  let baseline = release(collect, onRelease);
  let last = performance.eventLoopUtilization();
  let quiet = 0;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    quiet = performance.eventLoopUtilization(now, last).utilization < maxUtilization ? quiet + 1 : 0;
    last = now;
    if (quiet < quietReadings || getHeapStatistics().total_heap_size - baseline < minGrowthBytes) return;
    baseline = release(collect, onRelease);
    // The collection's own pause is not load.
    last = performance.eventLoopUtilization();
    quiet = 0;
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
