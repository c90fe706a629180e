import { Counter, Gauge, type Registry } from 'prom-client';
import type { RejectReason } from './stored-value.ts';

/** What a store call that failed was doing (Redis away or slow): label values. */
export type StoreOperation = 'get' | 'stamp' | 'put' | 'invalidate';

/** The Connect operations whose answers the cache keeps: label values. */
export type CachedOperation = 'DescribeContact' | 'ListContactReferences';

/** The read cache's metrics; every label has a fixed set of values. */
export interface ReadCacheMetrics {
  hits(operation: CachedOperation, count: number): void;
  misses(operation: CachedOperation, count: number): void;
  /** A miss answered by a read of the same entry already in flight on this replica. */
  joined(operation: CachedOperation): void;
  invalidated(scope: 'contact' | 'chain' | 'event'): void;
  rejected(reason: RejectReason): void;
  stored(bytes: number): void;
  failed(operation: StoreOperation): void;
}

const NO_METRICS: ReadCacheMetrics = {
  hits() {},
  misses() {},
  joined() {},
  invalidated() {},
  rejected() {},
  stored() {},
  failed() {},
};

/**
 * Creates the metrics in the gateway's registry; `bytes` reports the store's size at each scrape,
 * bounded in time by the caller.
 */
export function createReadCacheMetrics(registry: Registry | undefined, bytes: () => Promise<number>): ReadCacheMetrics {
  if (registry === undefined) return NO_METRICS;
  const registers = [registry];
  const hits = new Counter({
    name: 'connect_read_cache_hits_total',
    help: 'Reads answered from the read cache (CONNECT_READ_CACHE_SECONDS) without calling Connect, by the operation they spared',
    labelNames: ['operation'],
    registers,
  });
  const misses = new Counter({
    name: 'connect_read_cache_misses_total',
    help: 'Reads the read cache could not answer, so Connect was called, by operation',
    labelNames: ['operation'],
    registers,
  });
  const joined = new Counter({
    name: 'connect_read_cache_joined_total',
    help: 'Misses answered by a Connect read of the same entry already in flight on this replica, by operation',
    labelNames: ['operation'],
    registers,
  });
  const invalidations = new Counter({
    name: 'connect_read_cache_invalidations_total',
    help: 'Changes that dropped cached contacts: one contact, a whole chain (attributes), or an event from Connect',
    labelNames: ['scope'],
    registers,
  });
  const rejected = new Counter({
    name: 'connect_read_cache_rejected_total',
    help: 'Stored values not used (too large, or not a contact or listing of references): treated as misses',
    labelNames: ['reason'],
    registers,
  });
  const storedBytes = new Counter({
    name: 'connect_read_cache_stored_bytes_total',
    help: 'UTF-8 bytes of the answers stored in the read cache',
    registers,
  });
  const failures = new Counter({
    name: 'connect_read_cache_errors_total',
    help: 'Read cache operations that failed (Redis away or slow); reads then go to Connect',
    labelNames: ['operation'],
    registers,
  });
  new Gauge({
    name: 'connect_read_cache_bytes',
    help: 'UTF-8 bytes of the answers the read cache holds, as its bound counts them: this process in memory, every replica in Redis',
    registers,
    async collect() {
      // A store that cannot answer (in time) leaves the last value: the scrape itself must not fail.
      const held = await bytes().catch(() => undefined);
      if (held !== undefined) this.set(held);
    },
  });
  return {
    hits: (operation, count) => hits.inc({ operation }, count),
    misses: (operation, count) => misses.inc({ operation }, count),
    joined: (operation) => joined.inc({ operation }),
    invalidated: (scope) => invalidations.inc({ scope }),
    rejected: (reason) => rejected.inc({ reason }),
    stored: (count) => storedBytes.inc(count),
    failed: (operation) => failures.inc({ operation }),
  };
}
