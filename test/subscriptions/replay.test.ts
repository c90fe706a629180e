import { SEED_CONTACT_IDS } from '@connect-gateway/connect-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { eventually, metric } from './support/metrics.ts';
import { rawConnection, subscriptionRequest } from './support/raw-stream.ts';
import { type SseEvent, type SseStream, subscribe } from './support/sse.ts';
import { codesOf, connectWs, subscribeWs, type WsEvent } from './support/websocket.ts';

// One replica without Redis: events carry ids, and a client that subscribes again with
// Last-Event-ID gets what it missed from the replica's ring, in order, once, for its own filter.
const OTHER_CONTACT_ID = SEED_CONTACT_IDS.taskApi;
const ID = /^\d+-\d+$/;

const streamsOpen = (stack: Stack) => metric(stack.metricsUrl, 'subscription_streams_open');

async function rename(stack: Stack, name: string, contactId = ONGOING_CONTACT_ID) {
  const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ contactId, name }) });
  expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
}

/** The name an event carries, its SSE id and its extensions.eventId; or the error code; or `complete`. */
function read(event: SseEvent) {
  if (event.event === 'complete') return 'complete';
  const code = event.data.errors?.[0]?.extensions?.code;
  if (code !== undefined) return code;
  const change = (event.data.data as { contactChanged: { changes: { value: unknown }[] } }).contactChanged;
  return change.changes[0]?.value;
}

async function watch(stack: Stack, headers: Record<string, string> = {}, contactId?: string) {
  return subscribe(
    stack.url,
    ContactChangedDocument,
    { instanceId: INSTANCE_ID, ...(contactId ? { contactId } : {}) },
    headers,
  );
}

/** The next `n` events' names (or codes). */
async function take(stream: SseStream<unknown>, n: number) {
  const names = [];
  for (let i = 0; i < n; i++) names.push(read(await stream.next()));
  return names;
}

describe('without Redis: replay from the replica', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('writes each event with an SSE `id:` line, the same id as extensions.eventId, increasing', async () => {
    const { socket, received } = await rawConnection(stack.url);
    try {
      socket.write(subscriptionRequest(stack.url));
      await eventually(async () => (await streamsOpen(stack)) === 1);
      await rename(stack, 'first');
      await rename(stack, 'second');
      await eventually(async () => (received().match(/^id: /gm) ?? []).length === 2);
      const blocks = received()
        .split('\n\n')
        .filter((block) => block.includes('event: next'));
      const pairs = blocks.map((block) => {
        const id = /^id: (.*)$/m.exec(block)?.[1];
        const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as { extensions?: { eventId?: string } };
        return [id, data.extensions?.eventId];
      });
      expect(pairs).toHaveLength(2);
      for (const [id, eventId] of pairs) {
        expect(id).toMatch(ID);
        expect(eventId).toBe(id);
      }
      const [first, second] = pairs.map(([id]) => id!.split('-').map(BigInt));
      expect(first![0]! < second![0]! || (first![0] === second![0] && first![1]! < second![1]!)).toBe(true);
    } finally {
      socket.destroy();
    }
  });

  it('a client that reconnects with Last-Event-ID receives exactly the events it missed, in order, then live ones', async () => {
    const before = await watch(stack);
    await rename(stack, 'seen');
    const seen = await before.next();
    expect(read(seen)).toBe('seen');
    const lastId = seen.event === 'next' ? seen.id : undefined;
    expect(lastId).toMatch(ID);
    before.close();
    await eventually(async () => (await streamsOpen(stack)) === 0);

    await rename(stack, 'missed 1');
    await rename(stack, 'missed 2');
    await rename(stack, 'missed 3');
    const after = await watch(stack, { 'last-event-id': lastId! });
    try {
      expect(await take(after, 3)).toEqual(['missed 1', 'missed 2', 'missed 3']);
      await rename(stack, 'live');
      expect(await take(after, 1)).toEqual(['live']);
      // Nothing twice.
      expect((await after.during(200)).map(read)).toEqual([]);
      expect(await metric(stack.metricsUrl, 'subscription_streams_resumed_total')).toBe(1);
    } finally {
      after.close();
    }
  });

  it('a replay longer than a page (the replica reads 100 at a time) gives every missed event once, in order', async () => {
    const before = await watch(stack);
    await rename(stack, 'before the gap');
    const seen = await before.next();
    before.close();
    await eventually(async () => (await streamsOpen(stack)) === 0);
    const missed = Array.from({ length: 250 }, (_, i) => `gap ${i}`);
    for (const name of missed) await rename(stack, name);
    const after = await watch(stack, { 'last-event-id': seen.event === 'next' ? seen.id! : '' });
    try {
      expect(await take(after, missed.length)).toEqual(missed);
      expect((await after.during(200)).map(read)).toEqual([]);
    } finally {
      after.close();
    }
  });

  it('a replay holds only what the subscription filters for: another contact changed meanwhile is not replayed', async () => {
    const before = await watch(stack, {}, ONGOING_CONTACT_ID);
    await rename(stack, 'mine, seen');
    const seen = await before.next();
    before.close();
    await eventually(async () => (await streamsOpen(stack)) === 0);
    await rename(stack, 'not mine', OTHER_CONTACT_ID);
    await rename(stack, 'mine, missed');
    const after = await watch(stack, { 'last-event-id': seen.event === 'next' ? seen.id! : '' }, ONGOING_CONTACT_ID);
    try {
      expect(await take(after, 1)).toEqual(['mine, missed']);
      expect((await after.during(200)).map(read)).toEqual([]);
    } finally {
      after.close();
    }
  });

  it('a Last-Event-ID that is not an event id is refused with BAD_USER_INPUT; one no event ever had, or older than the window, with REPLAY_WINDOW_EXCEEDED', async () => {
    const refusals: Record<string, unknown[]> = {};
    for (const value of [
      'abc',
      '1-2-3',
      '-1-0',
      `${'9'.repeat(21)}-0`,
      `1-${'0'.repeat(40)}`,
      '18446744073709551616-0',
    ]) {
      const stream = await watch(stack, { 'last-event-id': value });
      refusals[value] = [read(await stream.next()), read(await stream.next())];
      stream.close();
    }
    for (const answer of Object.values(refusals)) expect(answer).toEqual(['BAD_USER_INPUT', 'complete']);
    // Well-formed but ahead of every event this replica gave, or from 1970.
    for (const value of [`${Date.now() + 60_000}-0`, '1-0']) {
      const stream = await watch(stack, { 'last-event-id': value });
      expect([read(await stream.next()), read(await stream.next())]).toEqual(['REPLAY_WINDOW_EXCEEDED', 'complete']);
      stream.close();
    }
    await eventually(async () => (await streamsOpen(stack)) === 0);
    expect(await metric(stack.metricsUrl, 'subscription_streams_ended_total{reason="replay_window_exceeded"}')).toBe(2);
  });

  it('a Last-Event-ID of 41 characters is read; one of 42 is refused; a 20 kB header never reaches GraphQL (431)', async () => {
    const longest = `${'0'.repeat(20)}-${'0'.repeat(20)}`;
    expect(longest).toHaveLength(41);
    const atLimit = await watch(stack, { 'last-event-id': longest });
    // A real id format, so the refusal is the window (0-0 is before every event kept), not the format.
    expect(read(await atLimit.next())).toBe('REPLAY_WINDOW_EXCEEDED');
    atLimit.close();
    const beyond = await watch(stack, { 'last-event-id': `0${longest}` });
    expect(read(await beyond.next())).toBe('BAD_USER_INPUT');
    beyond.close();
    const huge = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'last-event-id': '1'.repeat(20_000) },
      body: JSON.stringify({ query: 'subscription { contactChanged(instanceId: "x") { contactId } }' }),
    });
    expect(huge.status).toBe(431);
  });
});

describe('without Redis: the replay window', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { SUBSCRIPTIONS_REPLAY_MAX_EVENTS: '3', SUBSCRIPTIONS_REPLAY_SECONDS: '2' } });
  });
  afterAll(() => stack.close());

  async function lastIdAfter(name: string) {
    const stream = await watch(stack);
    await rename(stack, name);
    const event = await stream.next();
    stream.close();
    await eventually(async () => (await streamsOpen(stack)) === 0);
    return event.event === 'next' ? event.id! : '';
  }

  it('within SUBSCRIPTIONS_REPLAY_MAX_EVENTS the missed events are replayed; past it, REPLAY_WINDOW_EXCEEDED', async () => {
    const within = await lastIdAfter('kept 0');
    await rename(stack, 'kept 1');
    await rename(stack, 'kept 2');
    await rename(stack, 'kept 3');
    // 3 events after `within`, 3 kept: all of them.
    const replayed = await watch(stack, { 'last-event-id': within });
    expect(await take(replayed, 3)).toEqual(['kept 1', 'kept 2', 'kept 3']);
    replayed.close();
    await rename(stack, 'kept 4');
    // Now `kept 1` is gone: the client would miss it.
    const tooOld = await watch(stack, { 'last-event-id': within });
    expect([read(await tooOld.next()), read(await tooOld.next())]).toEqual(['REPLAY_WINDOW_EXCEEDED', 'complete']);
    tooOld.close();
  });

  it('past SUBSCRIPTIONS_REPLAY_SECONDS, REPLAY_WINDOW_EXCEEDED', async () => {
    const id = await lastIdAfter('aged');
    await rename(stack, 'after it');
    const fresh = await watch(stack, { 'last-event-id': id });
    expect(await take(fresh, 1)).toEqual(['after it']);
    fresh.close();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const late = await watch(stack, { 'last-event-id': id });
    expect(read(await late.next())).toBe('REPLAY_WINDOW_EXCEEDED');
    late.close();
  });
});

describe('over WebSocket (graphql-ws): extensions.lastEventId', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const nameOf = (event: WsEvent) =>
    event.kind === 'next'
      ? ((event.data.data as { contactChanged?: { changes: { value: unknown }[] } } | null | undefined)?.contactChanged
          ?.changes[0]?.value ?? codesOf(event)[0])
      : event.kind;

  it('each result carries extensions.eventId; subscribing again with extensions.lastEventId replays what was missed, in order', async () => {
    const first = connectWs(stack.wsUrl);
    const seen = subscribeWs(first.client, ContactChangedDocument, { instanceId: INSTANCE_ID });
    await eventually(async () => (await streamsOpen(stack)) === 1);
    await rename(stack, 'seen over ws');
    const event = await seen.next();
    expect(nameOf(event)).toBe('seen over ws');
    const lastEventId = event.kind === 'next' ? (event.data.extensions as { eventId?: string }).eventId : undefined;
    expect(lastEventId).toMatch(ID);
    await first.dispose();
    await eventually(async () => (await streamsOpen(stack)) === 0);

    await rename(stack, 'missed over ws 1');
    await rename(stack, 'missed over ws 2');
    const second = connectWs(stack.wsUrl);
    try {
      const resumed = subscribeWs(
        second.client,
        ContactChangedDocument,
        { instanceId: INSTANCE_ID },
        { extensions: { lastEventId } },
      );
      expect([nameOf(await resumed.next()), nameOf(await resumed.next())]).toEqual([
        'missed over ws 1',
        'missed over ws 2',
      ]);
      const forged = subscribeWs(
        second.client,
        ContactChangedDocument,
        { instanceId: INSTANCE_ID },
        { extensions: { lastEventId: { not: 'a string' } } },
      );
      expect(nameOf(await forged.next())).toBe('BAD_USER_INPUT');
    } finally {
      await second.dispose();
    }
  });
});
