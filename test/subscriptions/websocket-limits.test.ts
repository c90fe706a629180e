import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { eventually, metric } from './support/metrics.ts';
import { type SseStream, subscribe } from './support/sse.ts';
import { codesOf, connectWs, rawSocket, subscribeWs, type WsConnection } from './support/websocket.ts';

const BUFFER = 2;
let stack: Stack;
const connections: WsConnection[] = [];
const streams: SseStream<unknown>[] = [];
beforeAll(async () => {
  // Authentication off: every caller is the subject `anonymous`, so the subject cap counts them all.
  stack = await startStack({
    env: {
      SUBSCRIPTIONS_MAX_PER_SUBJECT: '3',
      SUBSCRIPTIONS_MAX_PER_CONNECTION: '2',
      SUBSCRIPTIONS_BUFFER_EVENTS: String(BUFFER),
    },
    // A client that stops reading cannot answer pings either: the heartbeat would cut it before
    // its buffer fills (websocket-edge.test.ts shows that side).
    websocketKeepAliveMs: 60_000,
  });
});
afterEach(async () => {
  for (const connection of connections.splice(0)) await connection.dispose();
  for (const stream of streams.splice(0)) stream.close();
  await eventually(async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === 0);
});
afterAll(async () => {
  await stack.close();
});

const connect = () => {
  const connection = connectWs(stack.wsUrl);
  connections.push(connection);
  return connection.client;
};
const watchWs = (client = connect()) => subscribeWs(client, ContactChangedDocument, { instanceId: INSTANCE_ID });
const streamsOpen = (transport: string) =>
  metric(stack.metricsUrl, `subscription_streams_open{transport="${transport}"}`);

describe('caps on open streams over WebSocket', () => {
  it('SUBSCRIPTIONS_MAX_PER_CONNECTION counts the subscriptions of one WebSocket: past it TOO_MANY_STREAMS', async () => {
    const client = connect();
    watchWs(client);
    watchWs(client);
    await eventually(async () => (await streamsOpen('websocket')) === 2);
    const third = watchWs(client);
    expect(codesOf(await third.next())).toEqual(['TOO_MANY_STREAMS']);
    expect(await third.next()).toEqual({ kind: 'complete' });
    expect(
      await metric(
        stack.metricsUrl,
        'subscription_streams_refused_total{reason="connection_cap",transport="websocket"}',
      ),
    ).toBe(1);
    // Another connection has places of its own.
    const other = watchWs();
    expect(await other.during(200)).toEqual([]);
  });

  it('SUBSCRIPTIONS_MAX_PER_SUBJECT is shared with the SSE streams of the same subject on the replica', async () => {
    for (let i = 0; i < 2; i++)
      streams.push(await subscribe(stack.url, ContactChangedDocument, { instanceId: INSTANCE_ID }));
    watchWs();
    await eventually(async () => (await streamsOpen('websocket')) === 1 && (await streamsOpen('sse')) === 2);
    const refused = watchWs();
    expect(codesOf(await refused.next())).toEqual(['TOO_MANY_STREAMS']);
    const sse = await subscribe(stack.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
    streams.push(sse);
    const first = await sse.next();
    expect(first.event === 'next' && first.data.errors?.[0]?.extensions?.code).toBe('TOO_MANY_STREAMS');
  });
});

describe('a slow WebSocket reader', () => {
  it(`cannot make the gateway hold more than ${BUFFER} events for it: the stream ends with STREAM_OVERFLOW`, async () => {
    const raw = rawSocket(stack.wsUrl);
    await raw.opened;
    raw.send({ type: 'connection_init' });
    await expect.poll(() => raw.messages.length).toBe(1);
    raw.send({
      id: '1',
      type: 'subscribe',
      payload: { query: print(ContactChangedDocument), variables: { instanceId: INSTANCE_ID } },
    });
    await eventually(async () => (await streamsOpen('websocket')) === 1);
    // The client stops reading; big changes fill the socket buffers, then the stream's own.
    raw.socket.pause();
    // References are limited to 4,096 bytes in all; segment attributes have no total (160 kB a change).
    const segmentAttributes = Array.from({ length: 160 }, (_, i) => ({ key: `k${i}`, valueString: 'v'.repeat(1024) }));
    const overflowed = () =>
      metric(stack.metricsUrl, 'subscription_streams_ended_total{reason="overflow",transport="websocket"}');
    for (let sent = 0; sent < 300 && (await overflowed()) === 0; sent++)
      await stack.execute(UpdateContactDocument, { input: updateInput({ name: `change ${sent}`, segmentAttributes }) });
    expect(await overflowed()).toBe(1);
    // Released at once: the stream no longer counts, nor listens.
    expect(await streamsOpen('websocket')).toBe(0);
    raw.socket.resume();
    await eventually(async () => raw.messages.at(-1)?.type === 'complete', 10_000);
    const last = raw.messages.at(-2) as { type: string; payload: { errors?: { extensions: { code: string } }[] } };
    expect(last.type).toBe('next');
    expect(last.payload.errors?.[0]?.extensions.code).toBe('STREAM_OVERFLOW');
    raw.socket.close();
  });
});
