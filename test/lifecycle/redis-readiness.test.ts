import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { type Stack, startStack } from '../support/stack.ts';

const checks = async (stack: Stack) => {
  const response = await fetch(stack.url.replace('/graphql', '/ready'));
  return { status: response.status, redis: ((await response.json()) as { checks: { redis: string } }).checks.redis };
};

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Redis in readiness (REDIS_URL)', () => {
  let redis: RedisServer;
  let stack: Stack;
  beforeAll(async () => {
    redis = await startRedisServer();
    stack = await startStack({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await stack.close();
    await redis.stop();
  });

  it('reports ok, then unavailable during an outage (still serving), then ok again without a restart', async () => {
    await eventually(async () => (await checks(stack)).redis === 'ok');
    await redis.stop();
    await eventually(async () => (await checks(stack)).redis === 'unavailable');
    expect((await checks(stack)).status).toBe(200);
    await redis.start();
    await eventually(async () => (await checks(stack)).redis === 'ok');
  });

  it('is off without REDIS_URL', async () => {
    const plain = await startStack();
    try {
      expect(await checks(plain)).toEqual({ status: 200, redis: 'off' });
    } finally {
      await plain.close();
    }
  });

  it('REDIS_URL must be a redis:// or rediss:// URL', async () => {
    await expect(startStack({ env: { REDIS_URL: 'http://127.0.0.1:6379' } })).rejects.toThrow(
      /REDIS_URL must be a redis/,
    );
  });
});
