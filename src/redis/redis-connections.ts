import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

/** Whether Redis answers now; `off` when REDIS_URL is not set. */
export type RedisStatus = 'ok' | 'unavailable' | 'off';

/**
 * The replica's connections to Redis: one for commands and publishing, one held in subscriber mode
 * (a Redis connection that subscribes can do nothing else). Both reconnect by themselves after an
 * outage, with a capped backoff, so the replica recovers without a restart.
 */
export interface RedisConnections {
  readonly publisher: Redis;
  readonly subscriber: Redis;
  status(): RedisStatus;
  close(): Promise<void>;
}

// Reconnect quickly at first, then every 2 s at most: an outage is noticed and ended fast.
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2_000);

export function createRedisConnections(url: string, logger: Logger): RedisConnections {
  const options = {
    retryStrategy,
    // A command during an outage fails at once instead of waiting in a queue without bound;
    // callers fall back (in-process delivery, the replica's own budget).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectionName: 'connect-contact-gateway',
  };
  const publisher = new Redis(url, options);
  // The subscriber must queue its SUBSCRIBE until the first connection is up, and keep one sent
  // during an outage until Redis is back (ioredis re-subscribes only to channels Redis confirmed).
  // No ready check on it: ioredis sends a SUBSCRIBE made between connect and ready at once (Redis
  // takes it while loading), and its ready check (INFO) then fails in subscriber mode, drops the
  // connection and loses that SUBSCRIBE: a replica's first subscriber at start-up heard nothing.
  const subscriber = new Redis(url, {
    ...options,
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    enableReadyCheck: false,
  });
  let reported: 'ok' | 'unavailable' | undefined;
  const report = () => {
    const now = publisher.status === 'ready' && subscriber.status === 'ready' ? 'ok' : 'unavailable';
    if (now === reported) return;
    // The URL may hold a password: never logged.
    if (now === 'ok') logger.info('redis: connected');
    else if (reported !== undefined) logger.warn('redis: unavailable; reconnecting');
    reported = now;
  };
  for (const connection of [publisher, subscriber]) {
    connection.on('ready', report);
    connection.on('close', report);
    // ioredis emits 'error' on every failed attempt; the status above says it once.
    connection.on('error', () => undefined);
  }
  return {
    publisher,
    subscriber,
    status: () => (publisher.status === 'ready' && subscriber.status === 'ready' ? 'ok' : 'unavailable'),
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
