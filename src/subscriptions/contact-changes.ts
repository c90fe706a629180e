import type { Registry } from 'prom-client';
import type { Identity } from '../auth/identity.ts';
import { isInstanceAllowed } from '../auth/instance-access.ts';
import { hasScope } from '../auth/scopes.ts';
import type { GatewayConfig } from '../config.ts';
import { createEchoes, type Echoes } from '../connect-events/echoes.ts';
import type { Logger } from '../logger.ts';
import type { RedisConnections } from '../redis/redis-connections.ts';
import { createChangeBus } from './change-bus.ts';
import { ChangeStream } from './change-stream.ts';
import type { ContactChangeEvent } from './contact-change.ts';
import type { EventId } from './event-id.ts';
import { replayAfter } from './replay.ts';
import { createStreamCaps } from './stream-caps.ts';
import { createStreamMetrics, type RefusalReason, type Transport } from './stream-metrics.ts';

/** Who subscribes, to what, and on which connection: what a stream is opened and filtered with. */
export interface Subscriber {
  config: GatewayConfig;
  identity: Identity;
  instanceId: string;
  /** Without it, every contact of the instance. */
  contactId?: string;
  /** The id of the last change the client received (Last-Event-ID): the changes after it are replayed first. */
  after?: EventId;
  /** The TCP connection the subscription came on, for the per-connection cap. */
  connection?: object;
  /** For the metrics' `transport` label. */
  transport: Transport;
}

/** Publishing contact changes and streaming them to subscribers, on this replica. */
export interface ContactChanges {
  /** Sends a change of the instance to the subscribers of every replica; never throws, never waits. `event` is built only when someone may receive it or it is kept for replay. */
  publish(instanceId: string, event: () => ContactChangeEvent): void;
  /**
   * Publishes `event` to the subscribers of every replica unless one with the same `key` was
   * published within `ttlSeconds` through any replica: true when published, false for a duplicate.
   * Rejects when Redis refuses (nothing was published).
   */
  publishOnce(key: string, ttlSeconds: number, event: ContactChangeEvent): Promise<boolean>;
  /** A stream for a subscriber the schema admitted (scope, instance), or the cap that refused it. */
  open(subscriber: Subscriber): ChangeStream | RefusalReason;
  /**
   * A read after `change` (the contact; its references of some types), made by `read` at most once
   * per `what` on this replica however many of its subscribers ask (each replica parses its own copy
   * of an event, and hands that one object to every stream); forgotten with the event.
   */
  readAfter<Read>(change: ContactChangeEvent, what: string, read: () => Promise<Read>): Promise<Read>;
  /** Ends every stream with `shutdown` and refuses new ones (SIGTERM). */
  close(): void;
  /** Gateway changes whose CONTACT_DATA_UPDATED Connect sends back, for every replica's Connect events consumer. */
  readonly echoes: Echoes;
}

export interface ContactChangesDeps {
  logger: Logger;
  redis?: RedisConnections;
  /** The gateway's registry, when metrics are on. */
  metricsRegistry?: Registry;
}

/**
 * The largest change message taken from Redis. An event carries values of one request's input, no
 * larger than the request body, but JSON may spell them up to about twice as long as a GraphQL
 * literal did (quoted keys and enum values); the rest is the event's own fields.
 */
const maxMessageBytes = (config: GatewayConfig) => 2 * config.security.maxRequestBodyBytes + 64 * 1024;

/** Longest delay a Node timer takes (about 24.8 days); a token valid longer is re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Whether an event may reach this subscriber, checked for every event at delivery: the event is of
 * the subscribed instance (and contact), which the caller may still read with this token. A message
 * from Redis is checked like any other, whoever published it.
 */
function mayReceive(subscriber: Subscriber, event: ContactChangeEvent): boolean {
  return (
    event.instanceId === subscriber.instanceId &&
    (subscriber.contactId === undefined || event.contactId === subscriber.contactId) &&
    hasScope(subscriber.identity, 'contacts:read') &&
    isInstanceAllowed(subscriber, event.instanceId)
  );
}

/** Ends `stream` when the token expires; returns how to stop waiting. */
function endAtExpiry(stream: ChangeStream, expiresAt: number | undefined): () => void {
  if (expiresAt === undefined) return () => undefined;
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = expiresAt - Date.now();
    if (left <= 0) stream.end('token_expired');
    else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS)).unref();
  };
  arm();
  return () => clearTimeout(timer);
}

/**
 * The replica's contact changes: the bus (Redis or in-process), the caps on open streams, each
 * stream's buffer and token lifetime, and their metrics. One per gateway; start.ts closes it on SIGTERM.
 */
export function createContactChanges(config: GatewayConfig, deps: ContactChangesDeps): ContactChanges {
  const metrics = createStreamMetrics(deps.metricsRegistry);
  const bus = createChangeBus({
    redis: deps.redis,
    logger: deps.logger,
    maxMessageBytes: maxMessageBytes(config),
    replayWindowMs: config.subscriptions.replaySeconds * 1_000,
    replayMaxEvents: config.subscriptions.replayMaxEvents,
    published: metrics.published,
    dropped: metrics.dropped,
  });
  const caps = createStreamCaps(config.subscriptions);
  const streams = new Set<ChangeStream>();
  const reads = new WeakMap<ContactChangeEvent, Map<string, Promise<unknown>>>();
  let closed = false;
  return {
    // Only a replica that reads Connect's events (the queue, or the embedded emulator's) has echoes to mark.
    echoes: createEchoes(
      deps.redis?.publisher,
      config.connectEvents !== undefined || config.connect.backend === 'emulator',
    ),
    publish: (instanceId, event) => bus.publish(instanceId, event),
    publishOnce: (key, ttlSeconds, event) => bus.publishOnce(key, ttlSeconds, Object.freeze(event)),
    readAfter<Read>(change: ContactChangeEvent, what: string, read: () => Promise<Read>): Promise<Read> {
      let ofChange = reads.get(change);
      if (ofChange === undefined) {
        ofChange = new Map();
        reads.set(change, ofChange);
      }
      // What `read` answered for this `what`: the one Promise<Read> stored under it.
      let reading = ofChange.get(what) as Promise<Read> | undefined;
      if (reading === undefined) {
        reading = read();
        ofChange.set(what, reading);
      }
      return reading;
    },
    open(subscriber) {
      const { transport } = subscriber;
      if (closed) {
        metrics.refused('shutting_down', transport);
        return 'shutting_down';
      }
      const release = caps.acquire(subscriber.connection, subscriber.identity.subject);
      if (typeof release === 'string') {
        metrics.refused(release, transport);
        return release;
      }
      metrics.opened(transport);
      const { expiresAt } = subscriber.identity;
      // Assigned below; a token already expired ends (and releases) the stream while it is set up.
      let unlisten: () => void = () => undefined;
      let stopTimer: () => void = () => undefined;
      // Checked like live changes, at the time each is handed over.
      const accept = (event: ContactChangeEvent) =>
        (expiresAt === undefined || Date.now() < expiresAt) && mayReceive(subscriber, event);
      if (subscriber.after !== undefined) metrics.resumed(transport);
      // Released when the client leaves, or at once when the gateway ends the stream.
      const stream: ChangeStream = new ChangeStream(
        config.subscriptions.bufferEvents,
        (reason) => {
          unlisten();
          stopTimer();
          release();
          streams.delete(stream);
          metrics.ended(reason, transport);
        },
        () => metrics.delivered(transport),
        subscriber.after === undefined ? undefined : replayAfter(bus, subscriber.after, accept),
      );
      // Listening starts before the replay reads anything, so no change falls between the two.
      unlisten = bus.listen(subscriber.instanceId, (event, id) => {
        if (expiresAt !== undefined && Date.now() >= expiresAt) stream.end('token_expired');
        else if (mayReceive(subscriber, event)) stream.push(event, id);
      });
      streams.add(stream);
      stopTimer = endAtExpiry(stream, expiresAt);
      return stream;
    },
    close() {
      closed = true;
      for (const stream of streams) stream.end('shutdown');
      bus.close();
    },
  };
}
