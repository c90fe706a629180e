import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createRedisConnections, type RedisConnections } from '../../src/redis/redis-connections.ts';
import { createChangeBus } from '../../src/subscriptions/change-bus.ts';
import type { ContactChangeEvent } from '../../src/subscriptions/contact-change.ts';
import { CHANGE_STREAM_KEY } from '../../src/subscriptions/redis-change-bus.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { eventually } from './support/metrics.ts';

let redis: RedisServer;
let connections: RedisConnections | undefined;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await connections?.close();
  await redis.stop();
});

it("a replica's first listener, arriving while its Redis connections are still being set up, hears changes from other replicas", async () => {
  const logger = createLogger({ env: 'test' });
  connections = createRedisConnections(redis.url, logger);
  const bus = createChangeBus({
    redis: connections,
    logger,
    maxMessageBytes: 1024 * 1024,
    replayWindowMs: 300_000,
    replayMaxEvents: 1_000,
    published: () => undefined,
    dropped: () => undefined,
  });
  const received: ContactChangeEvent[] = [];
  // Between TCP connect and ready: the reader's first commands are still queued.
  await new Promise<void>((resolve) => connections!.reader.once('connect', () => resolve()));
  bus.listen('instance-1', (event) => received.push(event));

  const other = new Redis(redis.url);
  try {
    const event = {
      source: 'GATEWAY',
      instanceId: 'instance-1',
      contactId: 'contact-1',
      operation: 'updateContact',
      changes: [{ field: 'name', value: 'from another replica' }],
      changedAt: new Date().toISOString(),
      requestId: null,
    } as const;
    // Once the reader blocks on the stream (a client in XREAD), what another replica appends reaches it.
    await eventually(async () => ((await other.client('LIST')) as string).includes('cmd=xread'));
    await other.xadd(CHANGE_STREAM_KEY, '*', 'event', JSON.stringify(event));
    await eventually(async () => received.length === 1);
    expect(received).toEqual([event]);
  } finally {
    bus.close();
    other.disconnect();
  }
});
