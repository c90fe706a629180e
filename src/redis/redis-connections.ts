import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

/** Whether Redis answers now; `off` when REDIS_URL is not set. */
export type RedisStatus = 'ok' | 'unavailable' | 'off';

/**
 * The replica's connections to Redis: one for commands and publishing, one that reads the change
 * stream with XREAD BLOCK (a blocked connection can do nothing else meanwhile). Both reconnect by
 * themselves after an outage, with a capped backoff, so the replica recovers without a restart.
 */
export interface RedisConnections {
  readonly publisher: Redis;
  readonly reader: Redis;
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
  // The reader's XREAD waits through an outage: queued until the connection is up, and sent again
  // (from the same cursor) when Redis goes away while it blocks.
  const reader = new Redis(url, { ...options, enableOfflineQueue: true, maxRetriesPerRequest: null });
  let reported: 'ok' | 'unavailable' | undefined;
  const report = () => {
    const now = publisher.status === 'ready' && reader.status === 'ready' ? 'ok' : 'unavailable';
    if (now === reported) return;
    // The URL may hold a password: never logged.
    if (now === 'ok') logger.info('redis: connected');
    else if (reported !== undefined) logger.warn('redis: unavailable; reconnecting');
    reported = now;
  };
  for (const connection of [publisher, reader]) {
    connection.on('ready', report);
    connection.on('close', report);
    // ioredis emits 'error' on every failed attempt; the status above says it once.
    connection.on('error', () => undefined);
  }
  return {
    publisher,
    reader,
    status: () => (publisher.status === 'ready' && reader.status === 'ready' ? 'ok' : 'unavailable'),
    async close() {
      publisher.disconnect();
      reader.disconnect();
    },
  };
}
