import { ConnectClient, UpdateContactCommand } from '@aws-sdk/client-connect';
import {
  GetQueueAttributesCommand,
  SendMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument } from '../../operations/generated/graphql.ts';
import { againstEmulator, jsonLine, type NodeProcess, startNode } from '../lifecycle/processes.ts';
import { eventually, metric } from '../subscriptions/support/metrics.ts';
import { readersBlocked } from '../subscriptions/support/readers.ts';
import { type Replica, startReplica } from '../subscriptions/support/replicas.ts';
import { type SseEvent, type SseStream, subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';

// Two replicas as operators run them (node src/main.ts), sharing one redis-server and one SQS queue
// of the standalone emulator, into which the emulator sends its contact events as EventBridge would.
// Messages go in through @aws-sdk/client-sqs (SendMessage), as EventBridge's SQS target sends them.
const QUEUE = 'connect-contact-events';
const NO_CONTACT: TypedDocumentNode<unknown, { instanceId: string }> = parse(`
  subscription ($instanceId: ID!) { contactChanged(instanceId: $instanceId) { source eventType operation } }`);
/** ContactChanged with a field of the contact no event carries: read from Connect. */
const WITH_CONTACT: TypedDocumentNode<unknown, { instanceId: string }> = parse(`
  subscription ($instanceId: ID!) {
    contactChanged(instanceId: $instanceId) {
      source eventType instanceId contactId operation changes { field value } changedAt
      contact { instanceId id channel }
    }
  }`);
const OTHER_INSTANCE_ID = '99999999-2222-4333-8444-555555555555';
const MARKER = 'junk-marker-7c1e';

let redis: RedisServer;
let emulator: NodeProcess;
let emulatorUrl: string;
let queueUrl: string;
let sqs: SQSClient;
let a: Replica;
let b: Replica;
const open: SseStream<unknown>[] = [];

const env = () => ({
  CONNECT_EVENTS_QUEUE_URL: queueUrl,
  CONNECT_INSTANCE_IDS: INSTANCE_ID,
  // Long enough that only the consumer's invalidation can explain a fresh read.
  CONNECT_READ_CACHE_SECONDS: '300',
});

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = startNode(['packages/connect-emulator/src/main.ts'], {
    EMULATOR_PORT: '0',
    EMULATOR_CONTACT_EVENTS_QUEUE: QUEUE,
    EMULATOR_SQS_QUEUES: 'other-queue',
  });
  emulatorUrl = /(http:\/\/[^\s,]+)/.exec(await emulator.waitForLine((l) => l.startsWith('Connect emulator at ')))![1]!;
  queueUrl = `${emulatorUrl}/123456789012/${QUEUE}`;
  sqs = new SQSClient({
    endpoint: emulatorUrl,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  [a, b] = await Promise.all([
    startReplica(emulatorUrl, redis.url, env()),
    startReplica(emulatorUrl, redis.url, env()),
  ]);
  await readersBlocked(redis.url, 2);
}, 60_000);

afterEach(async () => {
  for (const stream of open.splice(0)) stream.close();
  await control('DELETE', '/sqs/faults');
});

afterAll(async () => {
  for (const replica of [a, b]) replica?.process.child.kill('SIGKILL');
  sqs?.destroy();
  emulator?.child.kill('SIGTERM');
  await emulator?.exited;
  await redis?.stop();
});

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulatorUrl}/_emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok).toBe(true);
  return response;
}

async function watch(replica: Replica) {
  const stream = await subscribe(replica.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
  open.push(stream);
  return stream;
}

/** An EventBridge envelope of a Connect contact event, as the rule's SQS target delivers it. */
function envelope(id: string, eventType: string, extra: Record<string, unknown> = {}, instanceId = INSTANCE_ID) {
  const instanceArn = `arn:aws:connect:us-east-1:123456789012:instance/${instanceId}`;
  return {
    version: '0',
    id,
    'detail-type': 'Amazon Connect Contact Event',
    source: 'aws.connect',
    account: '123456789012',
    time: '2026-12-05T10:00:00Z',
    region: 'us-east-1',
    resources: [`${instanceArn}/contact/${ONGOING_CONTACT_ID}`, instanceArn],
    detail: { eventType, contactId: ONGOING_CONTACT_ID, instanceArn, channel: 'VOICE', ...extra },
  };
}

const send = (body: string) => sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));

/** What a subscriber sees of an event: its source and event type (or operation), or the end. */
function seen(event: SseEvent) {
  if (event.event === 'complete') return 'complete';
  const change = (
    event.data.data as { contactChanged: { source: string; eventType: string | null; operation: string | null } }
  ).contactChanged;
  return `${change.source}:${change.eventType ?? change.operation}`;
}

async function take(stream: SseStream<unknown>, n: number, timeoutMs = 10_000) {
  const events = [];
  for (let i = 0; i < n; i++) events.push(seen(await stream.next(timeoutMs)));
  return events;
}

/** Resolves once the queue holds no message, visible or in flight. */
async function queueDrained() {
  await eventually(async () => {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return Attributes?.ApproximateNumberOfMessages === '0' && Attributes?.ApproximateNumberOfMessagesNotVisible === '0';
  }, 10_000);
}

/** The consumer's state on /ready, and /ready's status. */
async function stateOf(replica: Replica) {
  const response = await fetch(replica.url.replace('/graphql', '/ready'));
  const { checks } = (await response.json()) as { checks: { connectEvents: string } };
  return { status: response.status, state: checks.connectEvents };
}

const total = async (series: string) => (await metric(a.metricsUrl, series)) + (await metric(b.metricsUrl, series));

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

describe('Connect contact events from SQS, on two replicas sharing the queue', () => {
  it("a mutation's own change and Connect's event of it reach the subscribers of both replicas, each once", async () => {
    const [onA, onB] = [await watch(a), await watch(b)];
    await rename(a, 'through the gateway');
    for (const stream of [onA, onB])
      expect((await take(stream, 2)).sort()).toEqual(['CONNECT:CONTACT_DATA_UPDATED', 'GATEWAY:updateContact']);
    await queueDrained();
    for (const stream of [onA, onB]) expect((await stream.during(500)).map(seen)).toEqual([]);
  });

  it("a CONNECT event carries Connect's event time, its type, and reads the contact like any change", async () => {
    const stream = await subscribe(a.url, WITH_CONTACT, { instanceId: INSTANCE_ID });
    open.push(stream);
    await send(JSON.stringify(envelope('evt-time-1', 'CONNECTED_TO_AGENT')));
    const event = await stream.next(10_000);
    expect(event.event === 'next' && event.data.data).toMatchObject({
      contactChanged: {
        source: 'CONNECT',
        eventType: 'CONNECTED_TO_AGENT',
        contactId: ONGOING_CONTACT_ID,
        instanceId: INSTANCE_ID,
        changedAt: '2026-12-05T10:00:00.000Z',
        operation: null,
        changes: [],
        contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, channel: 'VOICE' },
      },
    });
    expect(await metric(a.metricsUrl, 'connect_events_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('ten events, each delivered twice (SQS redelivery, EventBridge retry): every subscriber of both replicas receives each once', async () => {
    const [onA, onB] = [await watch(a), await watch(b)];
    const before = await total('connect_events_total{outcome="duplicate"}');
    const types = Array.from({ length: 10 }, (_, i) => `CUSTOM_TYPE_${i}`);
    for (const [i, type] of types.entries()) {
      const body = JSON.stringify(envelope(`evt-dup-${i}`, type));
      await send(body);
      await send(body);
    }
    // Both replicas receive from the queue at once, so the order between them is not Connect's
    // (nor is Connect's own: its events are "not ordered"); each subscriber sees the one stream's order.
    const expected = types.map((type) => `CONNECT:${type}`).sort();
    const [fromA, fromB] = [await take(onA, 10), await take(onB, 10)];
    expect(fromA.slice().sort()).toEqual(expected);
    expect(fromB).toEqual(fromA);
    await queueDrained();
    expect((await onA.during(300)).map(seen)).toEqual([]);
    expect((await onB.during(300)).map(seen)).toEqual([]);
    expect((await total('connect_events_total{outcome="duplicate"}')) - before).toBe(10);
  });

  it('a message whose delete failed comes back after its visibility timeout, and is deleted as a duplicate without a second delivery', async () => {
    const stream = await watch(a);
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { VisibilityTimeout: '1' } }));
    const before = await total('connect_events_total{outcome="duplicate"}');
    try {
      await control('POST', '/sqs/faults', { kind: 'error', name: 'InternalFailure', operation: 'DeleteMessageBatch' });
      await send(JSON.stringify(envelope('evt-redelivered', 'PAUSED')));
      expect(await take(stream, 1)).toEqual(['CONNECT:PAUSED']);
      await eventually(async () => (await total('connect_events_total{outcome="duplicate"}')) - before === 1, 10_000);
      await control('DELETE', '/sqs/faults');
      await queueDrained();
      expect((await stream.during(300)).map(seen)).toEqual([]);
    } finally {
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { VisibilityTimeout: '30' } }));
    }
  });

  it('a change made outside the gateway: its Connect event drops the cached contact, so the next read on any replica is fresh', async () => {
    const nameOn = async (replica: Replica) => {
      const response = await fetch(replica.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($i:ID!,$c:ID!){contact(instanceId:$i,contactId:$c){...on Contact{name}}}',
          variables: { i: INSTANCE_ID, c: ONGOING_CONTACT_ID },
        }),
      });
      return ((await response.json()) as { data: { contact: { name: string } } }).data.contact.name;
    };
    // Without `contact`: no subscriber reads the contact (which would drop the entry by itself).
    const stream = await subscribe(b.url, NO_CONTACT, { instanceId: INSTANCE_ID });
    open.push(stream);
    await rename(a, 'before, through the gateway');
    await take(stream, 2);
    expect(await nameOn(a)).toBe('before, through the gateway');
    expect(await nameOn(b)).toBe('before, through the gateway');
    // Another API client (as the agent's CCP or a flow would): the gateway sees only Connect's event.
    const connect = new ConnectClient({
      endpoint: emulatorUrl,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    try {
      await connect.send(
        new UpdateContactCommand({
          InstanceId: INSTANCE_ID,
          ContactId: ONGOING_CONTACT_ID,
          Name: 'outside the gateway',
        }),
      );
    } finally {
      connect.destroy();
    }
    expect(await take(stream, 1)).toEqual(['CONNECT:CONTACT_DATA_UPDATED']);
    expect(await nameOn(a)).toBe('outside the gateway');
    expect(await nameOn(b)).toBe('outside the gateway');
  });

  it('junk and poison messages are deleted, counted by reason and logged without their contents; unknown event types and fields pass', async () => {
    const stream = await watch(b);
    const count = (reason: string) => total(`connect_events_total{outcome="${reason}"}`);
    const before = Object.fromEntries(
      await Promise.all(
        ['malformed', 'not_contact_event', 'too_deep', 'too_large', 'instance_not_allowed'].map(
          async (reason) => [reason, await count(reason)] as const,
        ),
      ),
    );
    await send(`not json ${MARKER}`);
    await send(JSON.stringify({ source: 'aws.ec2', 'detail-type': 'EC2 Instance State-change', marker: MARKER }));
    await send(JSON.stringify({ ...envelope('evt-bad-type', 'lower_case'), marker: MARKER }));
    await send(`${'['.repeat(5_000)}"${MARKER}"${']'.repeat(5_000)}`);
    await send(JSON.stringify({ ...envelope('evt-large', 'INITIATED'), pad: `${MARKER}${'x'.repeat(300 * 1024)}` }));
    await send(JSON.stringify(envelope('evt-other-instance', 'INITIATED', {}, OTHER_INSTANCE_ID)));
    // Passes: a type Connect may add, and fields the gateway does not know.
    await send(JSON.stringify(envelope('evt-new-type', 'SOMETHING_NEW', { futureField: { nested: [1, 2] } })));
    expect(await take(stream, 1)).toEqual(['CONNECT:SOMETHING_NEW']);
    await queueDrained();
    expect((await count('malformed')) - before.malformed!).toBe(1);
    expect((await count('not_contact_event')) - before.not_contact_event!).toBe(2);
    expect((await count('too_deep')) - before.too_deep!).toBe(1);
    expect((await count('too_large')) - before.too_large!).toBe(1);
    expect((await count('instance_not_allowed')) - before.instance_not_allowed!).toBe(1);
    expect((await stream.during(300)).map(seen)).toEqual([]);
    for (const replica of [a, b]) {
      expect(replica.process.lines.join('\n')).not.toContain(MARKER);
      expect(replica.process.stderr()).not.toContain(MARKER);
    }
  });

  it('SQS unavailable: the replicas back off (/ready says so, still 200) and deliver what was queued once it is back', async () => {
    // From a consumer that is fine (an earlier test may have left it backing off).
    await eventually(async () => (await stateOf(a)).state === 'ok' && (await stateOf(b)).state === 'ok', 35_000);
    await control('POST', '/sqs/faults', { kind: 'unavailable', operation: 'ReceiveMessage' });
    // Both: a receive begun before the fault would still return the message sent below.
    await eventually(async () => {
      const [onA, onB] = [await stateOf(a), await stateOf(b)];
      return onA.status === 200 && onA.state === 'backing_off' && onB.state === 'backing_off';
    }, 25_000);
    expect(await metric(a.metricsUrl, 'connect_events_backing_off')).toBe(1);
    expect(await metric(a.metricsUrl, 'connect_events_receive_failures_total')).toBeGreaterThan(0);
    const stream = await watch(a);
    await send(JSON.stringify(envelope('evt-after-outage', 'QUEUED')));
    expect((await stream.during(500)).map(seen)).toEqual([]);
    await control('DELETE', '/sqs/faults');
    expect(await take(stream, 1)).toEqual(['CONNECT:QUEUED']);
    // A replica that did not get the message is ok again after its next receive: a back-off (at
    // most 10 s) and a long poll (20 s).
    await eventually(async () => (await stateOf(a)).state === 'ok', 35_000);
  }, 120_000);

  it('Redis refusing: the message stays in the queue, and its event reaches every subscriber once Redis is back', async () => {
    const [onA, onB] = [await watch(a), await watch(b)];
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { VisibilityTimeout: '1' } }));
    try {
      await redis.stop();
      await send(JSON.stringify(envelope('evt-during-redis-outage', 'DISCONNECTED')));
      await eventually(async () => (await total('connect_events_publish_failures_total')) > 0, 10_000);
      expect((await onA.during(300)).map(seen)).toEqual([]);
      await redis.start();
      // After the consumer's back-off (at most 10 s) and the message's visibility timeout.
      expect(await take(onA, 1, 25_000)).toEqual(['CONNECT:DISCONNECTED']);
      expect(await take(onB, 1)).toEqual(['CONNECT:DISCONNECTED']);
      await queueDrained();
      expect((await onA.during(300)).map(seen)).toEqual([]);
    } finally {
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { VisibilityTimeout: '30' } }));
    }
  }, 60_000);
});

describe('one replica without Redis', () => {
  it('de-duplicates in memory: an event delivered twice reaches its subscriber once', async () => {
    const otherQueue = `${emulatorUrl}/123456789012/other-queue`;
    const process = startNode(['src/main.ts'], {
      ...againstEmulator(emulatorUrl),
      CONNECT_EVENTS_QUEUE_URL: otherQueue,
    });
    try {
      const port = jsonLine(await process.waitForLine((l) => jsonLine(l)?.port !== undefined))?.port;
      const url = `http://127.0.0.1:${String(port)}/graphql`;
      const stream = await subscribe(url, ContactChangedDocument, { instanceId: INSTANCE_ID });
      open.push(stream);
      const body = JSON.stringify(envelope('evt-memory-1', 'RESUMED'));
      for (let i = 0; i < 2; i++) await sqs.send(new SendMessageCommand({ QueueUrl: otherQueue, MessageBody: body }));
      expect(await take(stream, 1)).toEqual(['CONNECT:RESUMED']);
      expect((await stream.during(1_000)).map(seen)).toEqual([]);
    } finally {
      process.child.kill('SIGKILL');
    }
  });

  it('npm start: the embedded emulator sends its contact events to the gateway, no AWS needed', async () => {
    const process = startNode(['src/main.ts'], {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: '0',
      METRICS_PORT: '0',
      HOST: '127.0.0.1',
      AUTH_DISABLED: 'true',
    });
    try {
      const port = jsonLine(await process.waitForLine((l) => jsonLine(l)?.port !== undefined))?.port;
      const replica = { url: `http://127.0.0.1:${String(port)}/graphql` } as Replica;
      const stream = await subscribe(replica.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
      open.push(stream);
      await rename(replica, 'on the embedded emulator');
      const events = [await stream.next(10_000), await stream.next(10_000)];
      expect(events.map(seen).sort()).toEqual(['CONNECT:CONTACT_DATA_UPDATED', 'GATEWAY:updateContact']);
      // Without Redis the echo is recognised in the process: Connect's event names the mutation's request id.
      type Echo = { contactChanged: { requestId: string | null; echoOf: string | null } };
      const changes = events.map(
        (event) => (event.event === 'next' ? (event.data.data as Echo) : undefined)?.contactChanged,
      );
      const requestId = changes.find((change) => change?.requestId)?.requestId;
      expect(requestId).toEqual(expect.any(String));
      expect(changes.map((change) => change?.echoOf).sort()).toEqual([requestId, null].sort());
      const ready = (await (await fetch(replica.url.replace('/graphql', '/ready'))).json()) as {
        checks: { connectEvents: string };
      };
      expect(ready.checks.connectEvents).toBe('ok');
    } finally {
      process.child.kill('SIGKILL');
    }
  });
});

describe('start-up', () => {
  async function startWith(queue: string) {
    const replica = startNode(['src/main.ts'], {
      ...againstEmulator(emulatorUrl),
      REDIS_URL: redis.url,
      CONNECT_EVENTS_QUEUE_URL: queue,
    });
    const code = await replica.exited;
    return { code, stderr: replica.stderr() };
  }

  it('a queue that does not exist stops start-up with one line naming CONNECT_EVENTS_QUEUE_URL', async () => {
    const { code, stderr } = await startWith(`${emulatorUrl}/123456789012/no-such-queue`);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['invalid configuration: CONNECT_EVENTS_QUEUE_URL names no SQS queue']);
  });

  it('a forbidden queue likewise', async () => {
    await control('POST', '/sqs/faults', { kind: 'error', name: 'AccessDenied', operation: 'GetQueueAttributes' });
    const { code, stderr } = await startWith(queueUrl);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^invalid configuration: CONNECT_EVENTS_QUEUE_URL: access denied/);
  });
});
