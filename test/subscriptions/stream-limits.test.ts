import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { eventually, metric } from './support/metrics.ts';
import { rawConnection, subscriptionRequest } from './support/raw-stream.ts';
import { type SseStream, subscribe } from './support/sse.ts';

const BUFFER = 2;
let stack: Stack;
const open: SseStream<unknown>[] = [];
beforeAll(async () => {
  // Authentication off: every caller is the subject `anonymous`, so the subject cap counts them all.
  stack = await startStack({
    env: {
      SUBSCRIPTIONS_MAX_PER_SUBJECT: '3',
      SUBSCRIPTIONS_MAX_PER_CONNECTION: '1',
      SUBSCRIPTIONS_BUFFER_EVENTS: String(BUFFER),
    },
  });
});
afterAll(async () => {
  for (const stream of open) stream.close();
  await stack.close();
});

const gauge = () => metric(stack.metricsUrl, 'subscription_streams_open');
const watch = async () => {
  const stream = await subscribe(stack.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
  open.push(stream);
  return stream;
};

describe('caps on open streams', () => {
  it('per token subject: past SUBSCRIPTIONS_MAX_PER_SUBJECT a subscription is refused TOO_MANY_STREAMS; closing one frees its place', async () => {
    const held = [await watch(), await watch(), await watch()];
    expect(await gauge()).toBe(3);
    const refused = await watch();
    const first = await refused.next();
    expect(first.event === 'next' && first.data.errors?.[0]?.extensions?.code).toBe('TOO_MANY_STREAMS');
    expect(await refused.next()).toEqual({ event: 'complete' });
    expect(await metric(stack.metricsUrl, 'subscription_streams_refused_total{reason="subject_cap"}')).toBe(1);

    held[0]!.close();
    await eventually(async () => (await gauge()) === 2);
    const again = await watch();
    expect(await again.during(100)).toEqual([]);
    for (const stream of [...held, again]) stream.close();
    await eventually(async () => (await gauge()) === 0);
  });

  it('per connection: a subscription pipelined behind another on one HTTP/1.1 connection is refused', async () => {
    const { socket } = await rawConnection(stack.url);
    // node:http runs a pipelined request while the first response still streams (its answer waits).
    socket.write(subscriptionRequest(stack.url) + subscriptionRequest(stack.url));
    await eventually(
      async () => (await metric(stack.metricsUrl, 'subscription_streams_refused_total{reason="connection_cap"}')) === 1,
    );
    expect(await gauge()).toBe(1);
    socket.destroy();
    await eventually(async () => (await gauge()) === 0);
  });
});

describe('a slow consumer', () => {
  it(`cannot make the gateway hold more than ${BUFFER} events for it: the stream ends with STREAM_OVERFLOW`, async () => {
    const { socket, received } = await rawConnection(stack.url);
    socket.write(subscriptionRequest(stack.url));
    await eventually(async () => (await gauge()) === 1);
    // The client stops reading; big changes fill the socket buffers, then the stream's own.
    socket.pause();
    // References are limited to 4,096 bytes in all; segment attributes have no total (160 kB a change).
    const segmentAttributes = Array.from({ length: 160 }, (_, i) => ({ key: `k${i}`, valueString: 'v'.repeat(1024) }));
    const overflowed = () => metric(stack.metricsUrl, 'subscription_streams_ended_total{reason="overflow"}');
    for (let sent = 0; sent < 200 && (await overflowed()) === 0; sent++)
      await stack.execute(UpdateContactDocument, { input: updateInput({ name: `change ${sent}`, segmentAttributes }) });
    expect(await overflowed()).toBe(1);
    // Released at once: the stream no longer counts, nor listens.
    expect(await gauge()).toBe(0);
    socket.resume();
    await eventually(async () => received().includes('event: complete'), 10_000);
    const lastEvent = received().split('event: next\n').at(-1)!;
    expect(lastEvent).toContain('"code":"STREAM_OVERFLOW"');
    socket.destroy();
  });
});

describe('heartbeat', () => {
  it('an idle stream receives SSE comments (yoga pings every 12 s; every 300 ms under NODE_ENV=test)', async () => {
    const stream = await watch();
    const before = stream.comments;
    await stream.during(1_000);
    expect(stream.comments - before).toBeGreaterThanOrEqual(2);
    stream.close();
  });
});

describe('metrics', () => {
  it('publish nothing on the in-process bus for a change no stream of the replica watches, then one per change watched', async () => {
    const published = () => metric(stack.metricsUrl, 'contact_changes_published_total{via="local"}');
    await eventually(async () => (await gauge()) === 0);
    const before = await published();
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'unwatched' }) });
    expect(await published()).toBe(before);
    const stream = await watch();
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'watched' }) });
    expect((await stream.next()).event).toBe('next');
    expect(await published()).toBe(before + 1);
    stream.close();
    await eventually(async () => (await gauge()) === 0);
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'unwatched again' }) });
    expect(await published()).toBe(before + 1);
  });

  it('count open streams and events delivered, with no label a client chooses', async () => {
    const delivered = () => metric(stack.metricsUrl, 'subscription_events_delivered_total');
    const before = await delivered();
    const streams = [await watch(), await watch()];
    expect(await gauge()).toBe(2);
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'counted' }) });
    for (const stream of streams) expect((await stream.next()).event).toBe('next');
    expect(await delivered()).toBe(before + 2);
    expect(await metric(stack.metricsUrl, 'contact_changes_published_total{via="local"}')).toBeGreaterThan(0);
    for (const stream of streams) stream.close();
    await eventually(async () => (await gauge()) === 0);
    expect(await metric(stack.metricsUrl, 'subscription_streams_ended_total{reason="client"}')).toBeGreaterThanOrEqual(
      2,
    );
  });
});
