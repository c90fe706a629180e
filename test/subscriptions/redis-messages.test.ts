import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument } from '../../operations/generated/graphql.ts';
import { CHANGE_STREAM_KEY } from '../../src/subscriptions/redis-change-bus.ts';
import { jsonLine, type NodeProcess } from '../lifecycle/processes.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { eventually, metric } from './support/metrics.ts';
import { type Replica, startEmulatorProcess, startReplica } from './support/replicas.ts';
import { type SseStream, subscribe } from './support/sse.ts';

// Anyone who can XADD to the change stream of the Redis the replicas share can send them anything. Two replicas as
// operators run them (their own processes, whose uncaught exceptions end them), one real redis-server.
const MARKER = 'published-by-hand';

let redis: RedisServer;
let emulator: NodeProcess;
let replicas: Replica[];
const open: SseStream<unknown>[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  const started = await startEmulatorProcess();
  emulator = started.process;
  replicas = await Promise.all([startReplica(started.url, redis.url), startReplica(started.url, redis.url)]);
}, 60_000);

afterAll(async () => {
  for (const stream of open) stream.close();
  for (const replica of replicas ?? []) replica.process.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
  await redis?.stop();
});

/** A change event as a replica publishes it, with `value` as the new name. */
const eventWith = (value: unknown) => ({
  source: 'GATEWAY',
  instanceId: INSTANCE_ID,
  contactId: ONGOING_CONTACT_ID,
  operation: 'updateContact',
  changes: [{ field: 'name', value }],
  changedAt: new Date().toISOString(),
  requestId: null,
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

const nameIn = (event: Awaited<ReturnType<SseStream<unknown>['next']>>) =>
  event.event === 'next'
    ? (event.data.data as { contactChanged: { changes: { value: unknown }[] } }).contactChanged.changes[0]?.value
    : event.event;

describe('messages from Redis are checked for size and depth before anything parses them', () => {
  it('a message nested 3,000 levels deep and one of 10 MB are dropped, counted and logged without their contents; both replicas keep serving and their streams stay open', async () => {
    const streams = await Promise.all(
      replicas.map(async (replica) => {
        const stream = await subscribe(replica.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
        open.push(stream);
        return stream;
      }),
    );
    // 3,000 nested lists: about 6 KB, far within the size limit.
    const deep = `${'['.repeat(3_000)}"${MARKER}"${']'.repeat(3_000)}`;
    const deepMessage = JSON.stringify(eventWith(null)).replace('"value":null', `"value":${deep}`);
    expect(Buffer.byteLength(deepMessage)).toBeLessThan(7_000);
    // A well-formed event, but 10 MB: past twice the default body limit (1 MiB) and more.
    const largeMessage = JSON.stringify(eventWith(`${MARKER}${'x'.repeat(10 * 1024 * 1024)}`));
    const publisher = new Redis(redis.url);
    try {
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', deepMessage);
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', largeMessage);
    } finally {
      publisher.disconnect();
    }
    for (const replica of replicas)
      await eventually(
        async () =>
          (await metric(replica.metricsUrl, 'contact_change_messages_dropped_total{reason="too_deep"}')) === 1 &&
          (await metric(replica.metricsUrl, 'contact_change_messages_dropped_total{reason="too_large"}')) === 1,
      );

    // Both replicas live on: a change made afterwards reaches the streams opened before, and nothing else did.
    await rename(replicas[0]!, 'after the deep message');
    for (const stream of streams) expect(nameIn(await stream.next(8_000))).toBe('after the deep message');
    for (const replica of replicas) {
      expect(replica.process.child.exitCode).toBeNull();
      const dropped = replica.process.lines.map(jsonLine).filter((line) => line?.msg?.toString().includes('dropped'));
      expect(dropped.map((line) => line?.reason)).toEqual(['too_deep', 'too_large']);
      expect(replica.process.lines.join('\n')).not.toContain(MARKER);
      expect(replica.process.stderr()).toBe('');
    }
  }, 30_000);

  it('a message just within the depth limit is delivered; malformed JSON is dropped as malformed', async () => {
    const stream = await subscribe(replicas[1]!.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
    open.push(stream);
    // The event, `changes` and one change are 3 levels; 69 nested lists make 72, the limit.
    const within = JSON.stringify(eventWith(null)).replace(
      '"value":null',
      `"value":${'['.repeat(69)}"deep"${']'.repeat(69)}`,
    );
    const beyond = JSON.stringify(eventWith(null)).replace(
      '"value":null',
      `"value":${'['.repeat(70)}"deep"${']'.repeat(70)}`,
    );
    const publisher = new Redis(redis.url);
    try {
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', beyond);
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', '{"instanceId": [[[');
      await publisher.xadd(CHANGE_STREAM_KEY, '*', 'event', within);
    } finally {
      publisher.disconnect();
    }
    const delivered = nameIn(await stream.next(8_000));
    expect(JSON.stringify(delivered)).toBe(`${'['.repeat(69)}"deep"${']'.repeat(69)}`);
    const { metricsUrl } = replicas[1]!;
    expect(await metric(metricsUrl, 'contact_change_messages_dropped_total{reason="too_deep"}')).toBe(2);
    expect(await metric(metricsUrl, 'contact_change_messages_dropped_total{reason="malformed"}')).toBe(1);
  });
});
