import { Counter, Gauge, type Registry } from 'prom-client';
import type { DropReason } from './redis-message.ts';

/**
 * Why a stream ended: the client left, or the gateway ended it (each with its last error code),
 * including a resume (Last-Event-ID) whose missed changes are no longer all kept, or could not be read.
 */
export type EndReason =
  | 'client'
  | 'token_expired'
  | 'overflow'
  | 'shutdown'
  | 'replay_window_exceeded'
  | 'replay_unavailable';
/** Why a subscription was refused before its stream opened. */
export type RefusalReason = 'connection_cap' | 'subject_cap' | 'shutting_down';
/** How a change left this replica: Redis, or this process only (no REDIS_URL, or Redis refused it). */
export type PublishedVia = 'redis' | 'local' | 'local_fallback';

/** The subscription metrics; every label has a fixed set of values. */
export interface StreamMetrics {
  opened(): void;
  ended(reason: EndReason): void;
  delivered(): void;
  /** A stream resumed from a Last-Event-ID the client sent. */
  resumed(): void;
  refused(reason: RefusalReason): void;
  published(via: PublishedVia): void;
  dropped(reason: DropReason): void;
}

const NO_METRICS: StreamMetrics = {
  opened() {},
  ended() {},
  delivered() {},
  resumed() {},
  refused() {},
  published() {},
  dropped() {},
};

/** Creates the subscription metrics in the gateway's registry; without one, counts nothing. */
export function createStreamMetrics(registry: Registry | undefined): StreamMetrics {
  if (registry === undefined) return NO_METRICS;
  const registers = [registry];
  const open = new Gauge({
    name: 'subscription_streams_open',
    help: 'Subscription streams open on this replica',
    registers,
  });
  const ended = new Counter({
    name: 'subscription_streams_ended_total',
    help: 'Subscription streams ended, by reason (client, token_expired, overflow, shutdown, replay_window_exceeded, replay_unavailable)',
    labelNames: ['reason'],
    registers,
  });
  const delivered = new Counter({
    name: 'subscription_events_delivered_total',
    help: 'Contact change events handed to subscribers on this replica',
    registers,
  });
  const resumed = new Counter({
    name: 'subscription_streams_resumed_total',
    help: 'Subscription streams opened with a Last-Event-ID, whose missed changes are replayed first',
    registers,
  });
  const refused = new Counter({
    name: 'subscription_streams_refused_total',
    help: 'Subscriptions refused before a stream opened, by reason (connection_cap, subject_cap, shutting_down)',
    labelNames: ['reason'],
    registers,
  });
  const published = new Counter({
    name: 'contact_changes_published_total',
    help: 'Contact change events published by this replica, by path (redis, local, local_fallback during a Redis outage); without Redis only those a stream of this replica receives',
    labelNames: ['via'],
    registers,
  });
  const dropped = new Counter({
    name: 'contact_change_messages_dropped_total',
    help: 'Entries of the contact change stream in Redis that were not delivered, by reason (too_large, too_deep, malformed)',
    labelNames: ['reason'],
    registers,
  });
  return {
    opened: () => open.inc(),
    ended: (reason) => {
      open.dec();
      ended.inc({ reason });
    },
    delivered: () => delivered.inc(),
    resumed: () => resumed.inc(),
    refused: (reason) => refused.inc({ reason }),
    published: (via) => published.inc({ via }),
    dropped: (reason) => dropped.inc({ reason }),
  };
}
