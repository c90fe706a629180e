import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { TypedEvent, TypedEventTarget } from '@graphql-yoga/typed-event-target';
import type { Logger } from '../logger.ts';
import type { RedisConnections } from '../redis/redis-connections.ts';
import type { ContactChangeEvent } from './contact-change.ts';
import { checkMessage, type DropReason } from './redis-message.ts';
import type { PublishedVia } from './stream-metrics.ts';

/** The Redis channel of one instance's changes, prefixed: the Redis may be shared with other applications. */
const topicOf = (instanceId: string) => `connect-contact-gateway:contact-changed:${instanceId}`;

type ChangeEvent = TypedEvent<string, ContactChangeEvent | null>;

/** An in-process event target; every stream of an instance listens on its topic, so no listener limit. */
function inProcessTarget(): TypedEventTarget<ChangeEvent> {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target as TypedEventTarget<ChangeEvent>;
}

export type ChangeListener = (event: ContactChangeEvent) => void;

/** Contact changes between replicas: yoga's event target over Redis with REDIS_URL, in-process without. */
export interface ChangeBus {
  /**
   * Publishes the change `event()` describes. Built only when someone may receive it: with Redis
   * always (another replica may stream the instance), in-process only while a stream of this
   * replica listens on the instance, so mutations nobody watches pay nothing for events.
   */
  publish(instanceId: string, event: () => ContactChangeEvent): void;
  /** Calls `listener` with each change of the instance made through any replica; returns the unsubscribe. */
  listen(instanceId: string, listener: ChangeListener): () => void;
}

interface BusOptions {
  redis?: RedisConnections;
  logger: Logger;
  /** The largest message from Redis taken for a change event, in UTF-8 bytes. */
  maxMessageBytes: number;
  published: (via: PublishedVia) => void;
  /** A message from Redis that was not delivered, and why. */
  dropped: (reason: DropReason) => void;
}

/**
 * A message from Redis that is not a change event (anyone who can PUBLISH there can send one) is
 * dropped here, once per replica, instead of throwing inside ioredis' message handler, where an
 * exception would end the process. Its size and depth are checked before anything recursive reads it.
 */
function eventSerializer({ logger, maxMessageBytes, dropped }: BusOptions) {
  return {
    stringify: (event: unknown) => JSON.stringify(event),
    parse(message: string): ContactChangeEvent | null {
      const checked = checkMessage(message, maxMessageBytes);
      if ('event' in checked) return checked.event;
      dropped(checked.dropped);
      // The message may hold contact data, and is anyone's: only why it was dropped is logged.
      logger.warn({ reason: checked.dropped }, 'redis: dropped a message that is not a contact change event');
      return null;
    },
  };
}

/**
 * yoga's Redis event target for listening. Publishing goes through the same connection and
 * serializer, but awaits the answer: the target's own dispatchEvent drops the publish promise, whose
 * rejection during an outage would go unhandled. When Redis refuses, the event still reaches this
 * replica's own subscribers (another replica's cannot be reached until Redis is back).
 */
function redisEventTarget(redis: RedisConnections, options: BusOptions): TypedEventTarget<ChangeEvent> {
  const { published } = options;
  const serializer = eventSerializer(options);
  const remote = createRedisEventTarget<ChangeEvent>({
    publishClient: redis.publisher,
    subscribeClient: redis.subscriber,
    serializer,
  });
  const local = inProcessTarget();
  return {
    addEventListener(type, listener) {
      remote.addEventListener(type, listener);
      local.addEventListener(type, listener);
    },
    removeEventListener(type, listener) {
      remote.removeEventListener(type, listener);
      local.removeEventListener(type, listener);
    },
    dispatchEvent(event) {
      redis.publisher.publish(event.type, serializer.stringify(event.detail)).then(
        () => published('redis'),
        () => {
          published('local_fallback');
          local.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }) as ChangeEvent);
        },
      );
      return true;
    },
  };
}

/**
 * The replica's change bus. Listeners are plain callbacks on yoga's event target, not createPubSub's
 * Repeater: its queue of unread events is bounded only by throwing (past 1,024) inside the Redis
 * message handler, while each stream here keeps a bounded buffer of its own (change-stream.ts).
 */
export function createChangeBus(options: BusOptions): ChangeBus {
  const target = options.redis ? redisEventTarget(options.redis, options) : inProcessTarget();
  // This replica's listeners per topic (only consulted without Redis).
  const listening = new Map<string, number>();
  return {
    publish(instanceId, event) {
      const topic = topicOf(instanceId);
      if (!options.redis && !listening.has(topic)) return;
      target.dispatchEvent(new CustomEvent(topic, { detail: Object.freeze(event()) }) as ChangeEvent);
      if (!options.redis) options.published('local');
    },
    listen(instanceId, listener) {
      const topic = topicOf(instanceId);
      const callback = (event: ChangeEvent) => {
        if (event.detail !== null) listener(event.detail);
      };
      target.addEventListener(topic, callback);
      listening.set(topic, (listening.get(topic) ?? 0) + 1);
      return () => {
        target.removeEventListener(topic, callback);
        const left = (listening.get(topic) ?? 1) - 1;
        if (left > 0) listening.set(topic, left);
        else listening.delete(topic);
      };
    },
  };
}
