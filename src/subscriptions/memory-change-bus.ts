import Denque from 'denque';
import { LRUCache } from 'lru-cache';
import type { BusOptions, ChangeBus, StoredChange } from './change-bus.ts';
import { createListeners } from './change-bus.ts';
import { compareEventIds, type EventId, localIdSource } from './event-id.ts';

/**
 * Changes within one process (no REDIS_URL): listeners are called at once, and the changes of the
 * replay window are kept in a ring of at most `replayMaxEvents`, so a client that reconnects to this
 * replica resumes. Another replica knows none of them.
 */
export function createMemoryChangeBus(options: BusOptions, now: () => number = Date.now): ChangeBus {
  const { replayWindowMs, replayMaxEvents } = options;
  const listeners = createListeners();
  const nextId = localIdSource(now);
  // A double-ended queue: once the ring is full, every change drops the oldest, which an array's
  // splice(0, 1) would pay for by moving all the others (10,000 by default).
  const kept = new Denque<StoredChange>();
  // Changes up to `floor` are not kept (made before this process, or dropped from the ring).
  let floor: EventId = { ms: BigInt(now()), seq: 0n };
  let newest: EventId = floor;

  const forgetOld = () => {
    const oldest = BigInt(now() - replayWindowMs);
    for (let first = kept.peekFront(); first; first = kept.peekFront()) {
      if (kept.length <= replayMaxEvents && first.id.ms >= oldest) return;
      floor = first.id;
      kept.shift();
    }
  };

  /** Index of the first kept change after `after` (binary search: ids increase). */
  const firstAfter = (after: EventId) => {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const change = kept.peekAt(middle);
      if (change !== undefined && compareEventIds(change.id, after) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  // Keys of changes published once (publishOnce), for their TTL; the oldest go first past the bound.
  const published = new LRUCache<string, true>({ max: 100_000, ttl: 1_000 });

  const bus: ChangeBus = {
    async publishOnce(key, ttlSeconds, event) {
      if (published.has(key)) return false;
      published.set(key, true, { ttl: ttlSeconds * 1_000 });
      bus.publish(event.instanceId, () => event);
      return true;
    },
    publish(instanceId, build) {
      if (replayWindowMs === 0 && !listeners.has(instanceId)) return;
      const event = Object.freeze(build());
      const id = nextId();
      newest = id;
      if (replayWindowMs > 0) kept.push({ id, event });
      forgetOld();
      if (replayWindowMs === 0) floor = id;
      if (listeners.has(instanceId)) {
        listeners.dispatch(event, id);
        options.published('local');
      }
    },
    listen: (instanceId, listener) => listeners.add(instanceId, listener),
    async canReplay(after) {
      forgetOld();
      const inWindow = after.ms >= BigInt(now() - replayWindowMs);
      return inWindow && compareEventIds(after, floor) >= 0 && compareEventIds(after, newest) <= 0;
    },
    async readAfter(after, count) {
      if (compareEventIds(after, floor) < 0) return 'gone';
      const start = firstAfter(after);
      const changes: StoredChange[] = [];
      for (let i = start; changes.length < count; i++) {
        const change = kept.peekAt(i);
        if (change === undefined) break;
        changes.push(change);
      }
      const last = changes.length === count ? changes.at(-1) : undefined;
      return last === undefined ? { changes } : { changes, next: last.id };
    },
    close() {},
  };
  return bus;
}
