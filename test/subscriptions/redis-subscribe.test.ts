import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createRedisConnections, type RedisConnections } from '../../src/redis/redis-connections.ts';
import { createChangeBus } from '../../src/subscriptions/change-bus.ts';
import type { ContactChangeEvent } from '../../src/subscriptions/contact-change.ts';
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

it("a replica's first subscriber, arriving while its Redis connection is still being set up, hears changes from other replicas", async () => {
  const logger = createLogger({ env: 'test' });
  connections = createRedisConnections(redis.url, logger);
  const bus = createChangeBus({
    redis: connections,
    logger,
    maxMessageBytes: 1024 * 1024,
    published: () => undefined,
    dropped: () => undefined,
  });
  const received: ContactChangeEvent[] = [];
  // Between TCP connect and ready: where a SUBSCRIBE used to be sent, then lost with the connection.
  await new Promise<void>((resolve) => connections!.subscriber.once('connect', () => resolve()));
  bus.listen('instance-1', (event) => received.push(event));

  const other = new Redis(redis.url);
  try {
    await eventually(
      async () =>
        (
          (await other.pubsub('NUMSUB', 'connect-contact-gateway:contact-changed:instance-1')) as [string, number]
        )[1] === 1,
    );
    const event = {
      source: 'GATEWAY',
      instanceId: 'instance-1',
      contactId: 'contact-1',
      operation: 'updateContact',
      changes: [{ field: 'name', value: 'from another replica' }],
      changedAt: new Date().toISOString(),
      requestId: null,
    } as const;
    await other.publish('connect-contact-gateway:contact-changed:instance-1', JSON.stringify(event));
    await eventually(async () => received.length === 1);
    expect(received).toEqual([event]);
  } finally {
    other.disconnect();
  }
});
