import type { Logger } from '../logger.ts';
import type { RedisConnections } from '../redis/redis-connections.ts';
import type { ContactChangeEvent } from './contact-change.ts';
import type { EventId } from './event-id.ts';
import { createMemoryChangeBus } from './memory-change-bus.ts';
import { createRedisChangeBus } from './redis-change-bus.ts';
import type { DropReason } from './redis-message.ts';
import type { PublishedVia } from './stream-metrics.ts';

/** A change as it is kept for replay: its id and the event. */
export interface StoredChange {
  id: EventId;
  event: ContactChangeEvent;
}

export type ReplayPage = { changes: StoredChange[]; next?: EventId } | 'gone';

/**
 * Receives each change of an instance. `id` is undefined only for a change Redis refused during an
 * outage, delivered on its own replica: no other replica has it, so it cannot be resumed from.
 */
export type ChangeListener = (event: ContactChangeEvent, id: EventId | undefined) => void;

/** Contact changes between replicas: a Redis stream with REDIS_URL, this process's ring buffer without. */
export interface ChangeBus {
  /**
   * Publishes the change `event()` describes; never throws, never waits. Without Redis and without
   * replay, the event is built only while a stream of this replica listens on the instance.
   */
  publish(instanceId: string, event: () => ContactChangeEvent): void;
  /**
   * Publishes `event` unless a change with the same `key` was published within `ttlSeconds`, by any
   * replica (checked and published in one step): true when published, false for a duplicate.
   * Rejects when Redis refuses: nothing was published, and the caller may try again.
   */
  publishOnce(key: string, ttlSeconds: number, event: ContactChangeEvent): Promise<boolean>;
  /** Calls `listener` with each change of the instance made through any replica; returns the unsubscribe. */
  listen(instanceId: string, listener: ChangeListener): () => void;
  /**
   * Whether every change after `after` is still kept: within the replay window, not trimmed, and
   * not ahead of the newest change (an id this bus never gave). Rejects when Redis cannot answer.
   */
  canReplay(after: EventId): Promise<boolean>;
  /**
   * Up to `count` kept changes after `after`, of every instance, oldest first, and where the next
   * page starts when there may be more; `gone` when some change after `after` is no longer kept
   * (trimmed while a replay was read). Rejects when Redis cannot answer.
   */
  readAfter(after: EventId, count: number): Promise<ReplayPage>;
  /** Stops reading from Redis (shutdown). */
  close(): void;
}

export interface BusOptions {
  redis?: RedisConnections;
  logger: Logger;
  /** The largest message from Redis taken for a change event, in UTF-8 bytes. */
  maxMessageBytes: number;
  /** How long changes are kept for replay, in milliseconds (SUBSCRIPTIONS_REPLAY_SECONDS). */
  replayWindowMs: number;
  /** The most changes kept (SUBSCRIPTIONS_REPLAY_MAX_EVENTS). */
  replayMaxEvents: number;
  published: (via: PublishedVia) => void;
  /** A message from Redis that was not delivered, and why. */
  dropped: (reason: DropReason) => void;
}

/** The replica's change bus: over Redis Streams with REDIS_URL, in this process without. */
export function createChangeBus(options: BusOptions): ChangeBus {
  return options.redis ? createRedisChangeBus(options.redis, options) : createMemoryChangeBus(options);
}

/** Listeners by instance id; every bus delivers through one. */
export function createListeners() {
  const byInstance = new Map<string, Set<ChangeListener>>();
  return {
    has: (instanceId: string) => byInstance.has(instanceId),
    add(instanceId: string, listener: ChangeListener): () => void {
      const set = byInstance.get(instanceId) ?? new Set<ChangeListener>();
      byInstance.set(instanceId, set);
      // A listener added twice must be removed twice: wrap it so each registration is its own.
      const own: ChangeListener = (event, id) => listener(event, id);
      set.add(own);
      return () => {
        set.delete(own);
        if (set.size === 0 && byInstance.get(instanceId) === set) byInstance.delete(instanceId);
      };
    },
    dispatch(event: ContactChangeEvent, id: EventId | undefined): void {
      const set = byInstance.get(event.instanceId);
      if (set === undefined) return;
      for (const listener of [...set]) listener(event, id);
    },
  };
}
