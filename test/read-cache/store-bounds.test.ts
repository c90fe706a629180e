import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/connect/read-cache/memory-store.ts';
import type { EntryKey, ReadCacheStore, StoreLimits } from '../../src/connect/read-cache/read-cache-store.ts';
import { createRedisStore } from '../../src/connect/read-cache/redis-store.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';

// Both stores with small bounds, so each bound is crossed by one entry. In production they are
// MAX_ENTRIES and MAX_BYTES (src/connect/read-cache/contact-read-cache.ts).
const LIMITS: StoreLimits = {
  ttlMs: 60_000,
  generationTtlMs: 120_000,
  maxEntryBytes: 1_000,
  maxEntries: 3,
  maxBytes: 100,
};

let redisServer: RedisServer;
let redis: Redis;
beforeAll(async () => {
  redisServer = await startRedisServer();
  redis = new Redis(redisServer.url);
});
afterAll(async () => {
  redis?.disconnect();
  await redisServer?.stop();
});

const contact = (id: string): EntryKey => ({ instanceId: 'instance-1', contactId: id, kind: 'contact' });
const listing = (id: string): EntryKey => ({ ...contact(id), kind: 'references:URL' });
// UTF-8 bytes, as the bound counts them: 'é' is two.
const bytesOf = (bytes: number, fill = 'x') => fill.repeat(bytes / Buffer.byteLength(fill, 'utf8'));

async function put(store: ReadCacheStore, key: EntryKey, value: string): Promise<boolean> {
  const [stamp = ''] = await store.stamp([key]);
  return store.put(key, stamp, key.contactId, value);
}

const kept = async (store: ReadCacheStore, keys: EntryKey[]) =>
  (await store.get(keys)).map((value) => value !== undefined);

describe.each([
  ['in memory', () => createMemoryStore(LIMITS)],
  ['in Redis', () => createRedisStore(redis, LIMITS)],
])('the read cache store %s is bounded', (_where, create) => {
  let store: ReadCacheStore;
  beforeEach(async () => {
    await redis.flushall();
    store = create();
  });

  it('keeps at most maxEntries entries (answers and listings together): the oldest goes first', async () => {
    const keys = [contact('a'), listing('a'), contact('b')];
    for (const key of keys) expect(await put(store, key, bytesOf(10))).toBe(true);
    expect(await kept(store, keys)).toEqual([true, true, true]);
    expect(await put(store, contact('c'), bytesOf(10))).toBe(true);
    expect(await kept(store, [...keys, contact('c')])).toEqual([false, true, true, true]);
  });

  it('keeps at most maxBytes of values, counted in UTF-8 bytes: at the bound all stay, one byte over the oldest goes', async () => {
    expect(await put(store, contact('a'), bytesOf(50, 'é'))).toBe(true);
    expect(await put(store, contact('b'), bytesOf(50))).toBe(true);
    // 100 bytes: exactly the bound.
    expect(await kept(store, [contact('a'), contact('b')])).toEqual([true, true]);
    expect(await put(store, contact('c'), bytesOf(1))).toBe(true);
    expect(await kept(store, [contact('a'), contact('b'), contact('c')])).toEqual([false, true, true]);
  });

  it('counts an entry stored again once', async () => {
    for (let i = 0; i < 5; i++) expect(await put(store, contact('a'), bytesOf(40))).toBe(true);
    expect(await put(store, contact('b'), bytesOf(40))).toBe(true);
    expect(await kept(store, [contact('a'), contact('b')])).toEqual([true, true]);
  });

  it('never keeps a value over maxEntryBytes', async () => {
    expect(await put(store, contact('a'), bytesOf(1_001))).toBe(false);
    expect(await kept(store, [contact('a')])).toEqual([false]);
  });
});

describe('the Redis store under many writers', () => {
  beforeEach(() => redis.flushall());

  it('holds its bounds across replicas: two stores on one Redis keep maxEntries together', async () => {
    const [a, b] = [createRedisStore(redis, LIMITS), createRedisStore(redis, LIMITS)];
    for (let i = 0; i < 10; i++) await put(i % 2 ? a : b, contact(`c${i}`), bytesOf(10));
    const keys = Array.from({ length: 10 }, (_, i) => contact(`c${i}`));
    expect(await kept(a, keys)).toEqual([...Array(7).fill(false), true, true, true]);
    expect(await redis.zcard('connect-contact-gateway:read-cache:i')).toBe(3);
    expect(Number(await redis.get('connect-contact-gateway:read-cache:t'))).toBe(30);
  });

  it('lets entries past their time leave the count', async () => {
    const short = createRedisStore(redis, { ...LIMITS, ttlMs: 100 });
    for (const id of ['a', 'b', 'c']) await put(short, contact(id), bytesOf(30));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await put(short, contact('d'), bytesOf(30));
    expect(await redis.zcard('connect-contact-gateway:read-cache:i')).toBe(1);
    expect(Number(await redis.get('connect-contact-gateway:read-cache:t'))).toBe(30);
  });
});
