import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ECHO_WINDOW_MS } from '../../src/connect-events/echoes.ts';
import { type NodeProcess, startNode } from '../lifecycle/processes.ts';
import { readersBlocked } from '../subscriptions/support/readers.ts';
import { type Replica, startReplica } from '../subscriptions/support/replicas.ts';
import { type SseStream, subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';

// Two replicas as operators run them (node src/main.ts), sharing one redis-server and the standalone
// emulator's events queue, into which the emulator sends CONTACT_DATA_UPDATED after each UpdateContact
// as Connect does. Mutations go through A, subscribers listen on B: whichever replica takes the event
// from SQS, the echo is recognised through Redis.
const QUEUE = 'connect-contact-events';
interface Change {
  source: string;
  eventType: string | null;
  operation: string | null;
  requestId: string | null;
  echoOf: string | null;
}
const CHANGES: TypedDocumentNode<{ contactChanged: Change }, { instanceId: string }> = parse(`
  subscription ($instanceId: ID!) { contactChanged(instanceId: $instanceId) { source eventType operation requestId echoOf } }`);

let redis: RedisServer;
let emulator: NodeProcess;
let emulatorUrl: string;
let a: Replica;
let b: Replica;
const open: SseStream<unknown>[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = startNode(['packages/connect-emulator/src/main.ts'], {
    EMULATOR_PORT: '0',
    EMULATOR_CONTACT_EVENTS_QUEUE: QUEUE,
  });
  emulatorUrl = /(http:\/\/[^\s,]+)/.exec(await emulator.waitForLine((l) => l.startsWith('Connect emulator at ')))![1]!;
  const env = { CONNECT_EVENTS_QUEUE_URL: `${emulatorUrl}/123456789012/${QUEUE}` };
  [a, b] = await Promise.all([startReplica(emulatorUrl, redis.url, env), startReplica(emulatorUrl, redis.url, env)]);
  await readersBlocked(redis.url, 2);
}, 60_000);

afterEach(async () => {
  for (const stream of open.splice(0)) stream.close();
  await control('DELETE', '/faults');
});

afterAll(async () => {
  for (const replica of [a, b]) replica?.process.child.kill('SIGKILL');
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
  await redis?.stop();
});

async function watch() {
  const stream = await subscribe(b.url, CHANGES, { instanceId: INSTANCE_ID });
  open.push(stream);
  return stream;
}

/** updateContact through replica A; its request id. */
async function update(changes: Record<string, string>): Promise<string> {
  const response = await fetch(a.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename ... on UpdateContactSuccess{requestId}}}',
      variables: { i: updateInput(changes) },
    }),
  });
  const body = (await response.json()) as { data: { updateContact: { __typename: string; requestId: string } } };
  expect(body.data.updateContact.__typename).toBe('UpdateContactSuccess');
  return body.data.updateContact.requestId;
}

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulatorUrl}/_emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok).toBe(true);
}

/** A CONTACT_DATA_UPDATED of the contact made in Connect itself, not through the gateway (the emulator's control API). */
async function changedInConnect(updatedProperties: string[]) {
  const response = await fetch(`${emulatorUrl}/_emulator/sqs/queues/${QUEUE}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      event: {
        eventType: 'CONTACT_DATA_UPDATED',
        instanceId: INSTANCE_ID,
        contactId: ONGOING_CONTACT_ID,
        updatedProperties,
      },
    }),
  });
  expect(response.status).toBe(201);
}

async function take(stream: SseStream<{ contactChanged: Change }>, n: number): Promise<Change[]> {
  const changes: Change[] = [];
  for (let i = 0; i < n; i++) {
    const event = await stream.next(10_000);
    if (event.event !== 'next' || !event.data.data) throw new Error(`not a change: ${JSON.stringify(event)}`);
    changes.push(event.data.data.contactChanged);
  }
  // The two arrive in the order the replicas published them: GATEWAY first here.
  return changes.sort((x, y) => (x.source === y.source ? 0 : x.source === 'GATEWAY' ? -1 : 1));
}

describe("Connect's CONTACT_DATA_UPDATED that echoes a change made through the gateway", () => {
  it('a gateway update: its GATEWAY event, then the CONNECT echo marked with its requestId', async () => {
    const stream = await watch();
    const requestId = await update({ name: 'echoed', description: 'echoed too' });
    expect(await take(stream, 2)).toEqual([
      { source: 'GATEWAY', eventType: null, operation: 'updateContact', requestId, echoOf: null },
      { source: 'CONNECT', eventType: 'CONTACT_DATA_UPDATED', operation: null, requestId: null, echoOf: requestId },
    ]);
  });

  it('a change made in Connect within the window is not marked when the gateway did not change every property it names', async () => {
    const stream = await watch();
    const requestId = await update({ name: 'only the name' });
    expect((await take(stream, 2)).map((c) => c.echoOf)).toEqual([null, requestId]);
    await changedInConnect(['UserDefinedAttributes']);
    await changedInConnect(['Name', 'Tags']);
    expect(await take(stream, 2)).toEqual([
      { source: 'CONNECT', eventType: 'CONTACT_DATA_UPDATED', operation: null, requestId: null, echoOf: null },
      { source: 'CONNECT', eventType: 'CONTACT_DATA_UPDATED', operation: null, requestId: null, echoOf: null },
    ]);
  });

  it(`the window: the same properties ${ECHO_WINDOW_MS} ms after the gateway change are no longer an echo; just before, they are`, async () => {
    const stream = await watch();
    const started = Date.now();
    const requestId = await update({ name: 'window' });
    expect((await take(stream, 2)).map((c) => c.echoOf)).toEqual([null, requestId]);
    // Inside the window the gateway cannot tell Connect's own change of the same property from an echo.
    await changedInConnect(['Name']);
    expect((await take(stream, 1)).map((c) => c.echoOf)).toEqual([requestId]);
    await new Promise((resolve) => setTimeout(resolve, started + ECHO_WINDOW_MS + 300 - Date.now()));
    await changedInConnect(['Name']);
    expect(await take(stream, 1)).toEqual([
      { source: 'CONNECT', eventType: 'CONTACT_DATA_UPDATED', operation: null, requestId: null, echoOf: null },
    ]);
  }, 20_000);

  it("an update Connect refused leaves nothing to echo: Connect's own change right after is not marked", async () => {
    const stream = await watch();
    await control('POST', '/faults', {
      kind: 'error',
      name: 'InvalidRequestException',
      operation: 'UpdateContact',
      times: 1,
    });
    const response = await fetch(a.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i:UpdateContactInput!){updateContact(input:$i){__typename}}',
        variables: { i: updateInput({ name: 'refused' }) },
      }),
    });
    expect(await response.json()).toEqual({ data: { updateContact: { __typename: 'InvalidRequestError' } } });
    await changedInConnect(['Name']);
    expect((await take(stream, 1)).map((c) => [c.source, c.echoOf])).toEqual([['CONNECT', null]]);
  });
});
