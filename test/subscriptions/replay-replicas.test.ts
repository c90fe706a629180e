import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument } from '../../operations/generated/graphql.ts';
import type { NodeProcess } from '../lifecycle/processes.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { eventually, metric } from './support/metrics.ts';
import { readersBlocked } from './support/readers.ts';
import { type Replica, startEmulatorProcess, startReplica } from './support/replicas.ts';
import { type SseEvent, type SseStream, subscribe } from './support/sse.ts';

// Two replicas as operators run them (node src/main.ts), one real redis-server. B reaches Redis
// through a proxy the test can cut, so B alone can lose Redis while A keeps publishing.
let redis: RedisServer;
let proxy: TcpProxy;
let emulator: NodeProcess;
let emulatorUrl: string;
let a: Replica;
let b: Replica;
const open: SseStream<unknown>[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  proxy = await startTcpProxy(redis.port);
  const started = await startEmulatorProcess();
  emulator = started.process;
  emulatorUrl = started.url;
  [a, b] = await Promise.all([startReplica(started.url, redis.url), startReplica(started.url, proxy.url('redis'))]);
  await readersBlocked(redis.url, 2);
}, 60_000);

// Each test starts with no stream open on either replica.
afterEach(async () => {
  for (const stream of open.splice(0)) stream.close();
  await eventually(async () => (await streamsOpen(a)) === 0 && (await streamsOpen(b)) === 0, 10_000);
});

afterAll(async () => {
  for (const replica of [a, b]) replica?.process.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
  await proxy?.close();
  await redis?.stop();
});

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

async function watch(replica: Replica, headers: Record<string, string> = {}) {
  const stream = await subscribe(replica.url, ContactChangedDocument, { instanceId: INSTANCE_ID }, headers);
  open.push(stream);
  return stream;
}

/** The name an event carries, or its error code, or `complete`. */
function read(event: SseEvent) {
  if (event.event === 'complete') return 'complete';
  const code = event.data.errors?.[0]?.extensions?.code;
  if (code !== undefined) return code;
  return (event.data.data as { contactChanged: { changes: { value: unknown }[] } }).contactChanged.changes[0]?.value;
}

async function take(stream: SseStream<unknown>, n: number) {
  const names = [];
  for (let i = 0; i < n; i++) names.push(read(await stream.next(8_000)));
  return names;
}

const streamsOpen = (replica: Replica) => metric(replica.metricsUrl, 'subscription_streams_open');

/** Subscribes on `replica`, sees one change named `name`, leaves, and returns the change's id. */
async function lastIdAfter(replica: Replica, name: string) {
  const stream = await watch(replica);
  await rename(a, name);
  const event = await stream.next(8_000);
  expect(read(event)).toBe(name);
  stream.close();
  await eventually(async () => (await streamsOpen(replica)) === 0);
  return event.event === 'next' ? event.id! : '';
}

describe('resuming on another replica (Redis Streams)', () => {
  it('a client that leaves replica A and comes back to replica B with Last-Event-ID receives exactly the events it missed, in order, then live ones', async () => {
    const lastId = await lastIdAfter(a, 'seen on A');
    await rename(a, 'missed, made on A');
    await rename(b, 'missed, made on B');
    await rename(a, 'missed, made on A again');
    const resumed = await watch(b, { 'last-event-id': lastId });
    expect(await take(resumed, 3)).toEqual(['missed, made on A', 'missed, made on B', 'missed, made on A again']);
    await rename(a, 'live');
    expect(await take(resumed, 1)).toEqual(['live']);
    expect((await resumed.during(300)).map(read)).toEqual([]);
  });

  it('a replay longer than a page (100 entries per XRANGE) gives every missed event once, in order', async () => {
    const lastId = await lastIdAfter(a, 'before the gap');
    const missed = Array.from({ length: 250 }, (_, i) => `gap ${i}`);
    for (const name of missed) await rename(a, name);
    const resumed = await watch(b, { 'last-event-id': lastId });
    expect(await take(resumed, missed.length)).toEqual(missed);
    expect((await resumed.during(300)).map(read)).toEqual([]);
  });

  it('a forged Last-Event-ID is refused cleanly and never logged; one ahead of the stream gets REPLAY_WINDOW_EXCEEDED', async () => {
    const forged = 'forged-id-4f2a9c';
    const refused = await watch(b, { 'last-event-id': forged });
    expect(await take(refused, 2)).toEqual(['BAD_USER_INPUT', 'complete']);
    const ahead = await watch(b, { 'last-event-id': `${Date.now() + 3_600_000}-7` });
    expect(await take(ahead, 2)).toEqual(['REPLAY_WINDOW_EXCEEDED', 'complete']);
    // Both replicas still serve.
    const live = await watch(b);
    await rename(a, 'after the forged ids');
    expect(await take(live, 1)).toEqual(['after the forged ids']);
    for (const replica of [a, b]) {
      expect(replica.process.lines.join('\n')).not.toContain(forged);
      expect(replica.process.stderr()).not.toContain(forged);
    }
  });

  it('graphql-sse: when the replica a client streams from dies, its client retries on the other replica with Last-Event-ID and loses nothing', async () => {
    // A third replica to kill, so that A and B serve the other tests.
    const doomed = await startReplica(emulatorUrl, redis.url);
    await readersBlocked(redis.url, 3);
    const urls = [doomed.url, b.url];
    let lastEventId: string | undefined;
    const names: unknown[] = [];
    const client = createClient({
      url: () => urls[0]!,
      // The id of the last event received, as graphql-sse hands results over without SSE ids.
      headers: (): Record<string, string> => (lastEventId ? { 'last-event-id': lastEventId } : {}),
      retryAttempts: 5,
      retry: () => new Promise((resolve) => setTimeout(resolve, 200)),
    });
    const stop = client.subscribe<{ contactChanged: { changes: { value: unknown }[] } }>(
      { query: print(ContactChangedDocument), variables: { instanceId: INSTANCE_ID } },
      {
        next: (result) => {
          const eventId: unknown = (result.extensions as { eventId?: unknown } | undefined)?.eventId;
          if (typeof eventId === 'string') lastEventId = eventId;
          names.push(result.data?.contactChanged.changes[0]?.value ?? result.errors?.[0]?.extensions?.code);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    try {
      await eventually(async () => (await streamsOpen(doomed)) === 1);
      await rename(a, 'before the failure');
      await eventually(async () => names.length === 1);
      doomed.process.child.kill('SIGKILL');
      await doomed.process.exited;
      urls.shift();
      await rename(a, 'while failing over 1');
      await rename(a, 'while failing over 2');
      await eventually(async () => (await streamsOpen(b)) === 1, 10_000);
      await rename(a, 'after the failover');
      await eventually(async () => names.length === 4, 10_000);
      expect(names).toEqual([
        'before the failure',
        'while failing over 1',
        'while failing over 2',
        'after the failover',
      ]);
    } finally {
      stop();
      client.dispose();
    }
  }, 40_000);

  it('a replica that loses Redis reads, once back, every change published meanwhile through the other', async () => {
    const onB = await watch(b);
    await eventually(async () => (await streamsOpen(b)) === 1);
    proxy.cut();
    await eventually(async () => {
      const ready = (await (await fetch(b.url.replace('/graphql', '/ready'))).json()) as { checks: { redis: string } };
      return ready.checks.redis === 'unavailable';
    }, 10_000);
    await rename(a, 'while B was away 1');
    await rename(a, 'while B was away 2');
    expect((await onB.during(300)).map(read)).toEqual([]);
    proxy.restore();
    expect(await take(onB, 2)).toEqual(['while B was away 1', 'while B was away 2']);
    await rename(a, 'after B came back');
    expect(await take(onB, 1)).toEqual(['after B came back']);
  }, 30_000);

  it('while Redis is down a resume answers REPLAY_UNAVAILABLE; after Redis lost its data, REPLAY_WINDOW_EXCEEDED', async () => {
    const lastId = await lastIdAfter(b, 'before the outage');
    await redis.stop();
    await eventually(async () => {
      const ready = (await (await fetch(b.url.replace('/graphql', '/ready'))).json()) as { checks: { redis: string } };
      return ready.checks.redis === 'unavailable';
    }, 10_000);
    const during = await watch(b, { 'last-event-id': lastId });
    expect(await take(during, 2)).toEqual(['REPLAY_UNAVAILABLE', 'complete']);
    await redis.start();
    await eventually(async () => {
      const ready = (await (await fetch(b.url.replace('/graphql', '/ready'))).json()) as { checks: { redis: string } };
      return ready.checks.redis === 'ok';
    }, 15_000);
    // redis-server here keeps nothing on disk: the stream, and the window, are gone.
    const after = await watch(b, { 'last-event-id': lastId });
    expect(await take(after, 2)).toEqual(['REPLAY_WINDOW_EXCEEDED', 'complete']);
    expect(await metric(b.metricsUrl, 'subscription_streams_ended_total{reason="replay_unavailable"}')).toBe(1);
  }, 40_000);
});
