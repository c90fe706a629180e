import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument } from '../../operations/generated/graphql.ts';
import { CHANGE_STREAM_KEY } from '../../src/subscriptions/redis-change-bus.ts';
import { eventually, metric } from '../subscriptions/support/metrics.ts';
import { type SseEvent, type SseStream, subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { againstEmulator, jsonLine, type NodeProcess, startNode } from './processes.ts';

// Two gateway replicas as operators run them (node src/main.ts, CONNECT_BACKEND=aws against one
// standalone emulator) sharing one real redis-server: a change made through one reaches the
// subscribers of the other, through an outage of Redis and back.

interface Replica {
  process: NodeProcess;
  url: string;
  metricsUrl: string;
}

let redis: RedisServer;
let emulator: NodeProcess;
let a: Replica;
let b: Replica;
const open: SseStream<unknown>[] = [];

async function startReplica(emulatorUrl: string): Promise<Replica> {
  const process = startNode(['src/main.ts'], { ...againstEmulator(emulatorUrl), REDIS_URL: redis.url });
  const port = jsonLine(await process.waitForLine((l) => jsonLine(l)?.port !== undefined))?.port;
  const metricsPort = jsonLine(await process.waitForLine((l) => jsonLine(l)?.metricsPort !== undefined))?.metricsPort;
  return {
    process,
    url: `http://127.0.0.1:${String(port)}/graphql`,
    metricsUrl: `http://127.0.0.1:${String(metricsPort)}/metrics`,
  };
}

const redisCheck = async (replica: Replica) => {
  const response = await fetch(replica.url.replace('/graphql', '/ready'));
  return { status: response.status, redis: ((await response.json()) as { checks: { redis: string } }).checks.redis };
};

async function watch(replica: Replica) {
  const stream = await subscribe(replica.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
  open.push(stream);
  return stream;
}

async function rename(replica: Replica, name: string) {
  const response = await fetch(replica.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename}}',
      variables: { i: updateInput({ name }) },
    }),
  });
  expect(await response.json()).toEqual({ data: { updateContact: { __typename: 'UpdateContactSuccess' } } });
}

/** The names the next events carry, in order. */
const names = (events: SseEvent[]) =>
  events.map((e) =>
    e.event === 'next'
      ? (e.data.data as { contactChanged: { changes: { value: unknown }[] } }).contactChanged.changes[0]?.value
      : e.event,
  );
const nextName = async (stream: SseStream<unknown>) => names([await stream.next(8_000)])[0];

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = startNode(['packages/connect-emulator/src/main.ts'], { EMULATOR_PORT: '0' });
  const emulatorUrl = /(http:\/\/[^\s]+)/.exec(
    await emulator.waitForLine((l) => l.startsWith('Connect emulator at ')),
  )![1]!;
  [a, b] = await Promise.all([startReplica(emulatorUrl), startReplica(emulatorUrl)]);
  await eventually(async () => (await redisCheck(a)).redis === 'ok' && (await redisCheck(b)).redis === 'ok', 10_000);
}, 60_000);

afterAll(async () => {
  for (const stream of open) stream.close();
  for (const replica of [a, b]) replica?.process.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
  await redis?.stop();
});

describe('two replicas sharing Redis', () => {
  it("a change made through one replica reaches the other replica's subscribers, and its own", async () => {
    const onB = await watch(b);
    const onA = await watch(a);
    await rename(a, 'made on A');
    expect(await nextName(onB)).toBe('made on A');
    expect(await nextName(onA)).toBe('made on A');
    await rename(b, 'made on B');
    expect(await nextName(onA)).toBe('made on B');
    expect(await nextName(onB)).toBe('made on B');
    expect(await metric(a.metricsUrl, 'contact_changes_published_total{via="redis"}')).toBe(1);
  });

  it('delivers only well-formed events of the subscribed instance, whoever appends to the stream', async () => {
    const stream = await watch(b);
    const publisher = new Redis(redis.url);
    const event = {
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
      operation: 'updateContact',
      changes: [{ field: 'name', value: 'published by hand' }],
      changedAt: new Date().toISOString(),
      requestId: null,
    };
    try {
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', 'not json');
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', JSON.stringify({ ...event, changedAt: 'yesterday' }));
      await publisher.xadd(
        CHANGE_STREAM_KEY,
        '*',
        'event',
        JSON.stringify({ ...event, instanceId: '99999999-2222-4333-8444-555555555555' }),
      );
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', JSON.stringify(event));
    } finally {
      publisher.disconnect();
    }
    expect(names(await stream.during(500))).toEqual(['published by hand']);
    // The replica lives on: it still serves and delivers.
    await rename(a, 'after the junk');
    expect(await nextName(stream)).toBe('after the junk');
  });

  it('a Redis outage shows on /ready (still 200), each replica keeps serving its own subscribers, and delivery across replicas recovers without a restart', async () => {
    // No stream left on B, so B's first subscriber below starts listening during the outage.
    for (const stream of open.splice(0)) stream.close();
    await eventually(async () => (await metric(b.metricsUrl, 'subscription_streams_open')) === 0);
    const before = await watch(a);
    await redis.stop();
    await eventually(
      async () => (await redisCheck(a)).redis === 'unavailable' && (await redisCheck(b)).redis === 'unavailable',
      10_000,
    );
    expect((await redisCheck(b)).status).toBe(200);

    // During the outage: a change reaches the subscribers of the replica it was made on, only.
    const during = await watch(b);
    await rename(b, 'during the outage');
    expect(await nextName(during)).toBe('during the outage');
    expect(await metric(b.metricsUrl, 'contact_changes_published_total{via="local_fallback"}')).toBe(1);
    expect(names(await before.during(300))).toEqual([]);

    await redis.start();
    await eventually(async () => (await redisCheck(a)).redis === 'ok' && (await redisCheck(b)).redis === 'ok', 15_000);
    await rename(a, 'after the outage');
    // A stream opened before the outage and one opened during it both hear the other replica again:
    // each replica's XREAD waited for Redis and goes on from its cursor.
    expect(await nextName(during)).toBe('after the outage');
    expect(await nextName(before)).toBe('after the outage');
  }, 40_000);

  it('on SIGTERM a replica ends its streams with SHUTTING_DOWN and exits 0', async () => {
    const stream = await watch(b);
    const signalled = performance.now();
    b.process.child.kill('SIGTERM');
    const last = await stream.next(5_000);
    expect(last.event === 'next' && last.data.errors?.[0]?.extensions?.code).toBe('SHUTTING_DOWN');
    expect(await stream.next()).toEqual({ event: 'complete' });
    expect(await b.process.exited).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(5_000);
  });
});
