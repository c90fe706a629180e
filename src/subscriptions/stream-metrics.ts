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
/** How a subscription reached the gateway: GraphQL over SSE, or graphql-ws over WebSocket. */
export type Transport = 'sse' | 'websocket';
/** How a change left this replica: Redis, or this process only (no REDIS_URL, or Redis refused it). */
export type PublishedVia = 'redis' | 'local' | 'local_fallback';

/** The subscription metrics; every label has a fixed set of values. */
export interface StreamMetrics {
  opened(transport: Transport): void;
  ended(reason: EndReason, transport: Transport): void;
  delivered(transport: Transport): void;
  /** A stream resumed from a Last-Event-ID the client sent. */
  resumed(transport: Transport): void;
  refused(reason: RefusalReason, transport: Transport): void;
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
    help: 'Subscription streams open on this replica, by transport (sse, websocket)',
    labelNames: ['transport'],
    registers,
  });
  const ended = new Counter({
    name: 'subscription_streams_ended_total',
    help: 'Subscription streams ended, by reason (client, token_expired, overflow, shutdown, replay_window_exceeded, replay_unavailable) and transport',
    labelNames: ['reason', 'transport'],
    registers,
  });
  const delivered = new Counter({
    name: 'subscription_events_delivered_total',
    help: 'Contact change events handed to subscribers on this replica, by transport',
    labelNames: ['transport'],
    registers,
  });
  const resumed = new Counter({
    name: 'subscription_streams_resumed_total',
    help: 'Subscription streams opened with a Last-Event-ID, whose missed changes are replayed first, by transport',
    labelNames: ['transport'],
    registers,
  });
  const refused = new Counter({
    name: 'subscription_streams_refused_total',
    help: 'Subscriptions refused before a stream opened, by reason (connection_cap, subject_cap, shutting_down) and transport',
    labelNames: ['reason', 'transport'],
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
    opened: (transport) => open.inc({ transport }),
    ended: (reason, transport) => {
      open.dec({ transport });
      ended.inc({ reason, transport });
    },
    delivered: (transport) => delivered.inc({ transport }),
    resumed: (transport) => resumed.inc({ transport }),
    refused: (reason, transport) => refused.inc({ reason, transport }),
    published: (via) => published.inc({ via }),
    dropped: (reason) => dropped.inc({ reason }),
  };
}
