import {
  DescribeContactCommand,
  PauseContactCommand,
  ResourceNotFoundException,
  ResumeContactCommand,
  StopContactCommand,
  TagContactCommand,
  TransferContactCommand,
  UntagContactCommand,
  UpdateContactAttributesCommand,
  UpdateContactCommand,
  UpdateContactRoutingDataCommand,
  UpdateContactScheduleCommand,
} from '@aws-sdk/client-connect';
import { DeleteMessageBatchCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactEventEnvelope, Emulator } from '../src/index.ts';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID, startEmulator } from '../src/index.ts';
import { rejectionOf, sdkClient } from './sdk-client.ts';
import { sqsClient } from './sqs-client.ts';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const QUEUE = 'connect-contact-events';
const INSTANCE_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${SEED_INSTANCE_ID}`;
const contactArn = (id: string) => `${INSTANCE_ARN}/contact/${id}`;
const ROUTING_CRITERIA = {
  Steps: [
    {
      Expiry: { DurationInSeconds: 30 },
      Expression: {
        AttributeCondition: {
          Name: 'Language',
          Value: 'Spanish',
          ProficiencyLevel: 4,
          ComparisonOperator: 'NumberGreaterOrEqualTo',
        },
      },
    },
  ],
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let emulator: Emulator;
let connect: ReturnType<typeof sdkClient>;
let sqs: ReturnType<typeof sqsClient>;
let queueUrl = '';
beforeAll(async () => {
  emulator = await startEmulator({ clock: () => NOW, contactEventsQueue: QUEUE });
  connect = sdkClient(emulator);
  sqs = sqsClient(emulator);
  queueUrl = `${emulator.url}/123456789012/${QUEUE}`;
});
afterAll(async () => {
  connect.destroy();
  sqs.destroy();
  await emulator.close();
});
beforeEach(async () => {
  emulator.resetStore();
  emulator.contactEvents.queueName = QUEUE;
  await drain();
});

/** Receives and deletes everything in the events queue, as a consumer does; bodies in order. */
async function drain(): Promise<string[]> {
  const bodies: string[] = [];
  for (;;) {
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
    if (!Messages) return bodies;
    bodies.push(...Messages.map((m) => m.Body ?? ''));
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Messages.map((m, i) => ({ Id: `m${i}`, ReceiptHandle: m.ReceiptHandle })),
      }),
    );
  }
}
const events = async () => (await drain()).map((b) => JSON.parse(b) as ContactEventEnvelope);
const summary = (e: ContactEventEnvelope) => [e.detail.eventType, e.detail.contactId, e.detail.updatedProperties];

describe('contact events into SQS', () => {
  it('UpdateContact sends one CONTACT_DATA_UPDATED EventBridge envelope with the documented fields', async () => {
    const id = SEED_CONTACT_IDS.voiceInbound;
    await connect.send(
      new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: id, Name: 'Renamed', Description: 'd' }),
    );
    const [event, ...more] = await events();
    expect(more).toEqual([]);
    expect(event?.id).toMatch(UUID);
    expect(event).toEqual({
      version: '0',
      id: event?.id,
      'detail-type': 'Amazon Connect Contact Event',
      source: 'aws.connect',
      account: '123456789012',
      time: '2025-03-01T12:00:00Z',
      region: 'us-east-1',
      resources: [contactArn(id), INSTANCE_ARN],
      detail: {
        eventType: 'CONTACT_DATA_UPDATED',
        contactId: id,
        initialContactId: id,
        channel: 'VOICE',
        instanceArn: INSTANCE_ARN,
        initiationMethod: 'INBOUND',
        initiationTimestamp: '2025-01-15T09:00:00.000Z',
        connectedToSystemTimestamp: '2025-01-15T09:00:01.000Z',
        queueInfo: {
          queueArn: `${INSTANCE_ARN}/queue/q-billing-0001`,
          queueType: 'STANDARD',
          enqueueTimestamp: '2025-01-15T09:00:20.000Z',
        },
        agentInfo: {
          agentArn: `${INSTANCE_ARN}/agent/agent-0001`,
          connectedToAgentTimestamp: '2025-01-15T09:02:30.000Z',
        },
        updatedProperties: ['Name', 'Description'],
        tags: { team: 'billing' },
      },
    });
  });

  it.each([
    [
      'UpdateContactAttributes',
      () =>
        connect.send(
          new UpdateContactAttributesCommand({
            InstanceId: SEED_INSTANCE_ID,
            InitialContactId: SEED_CONTACT_IDS.voiceInbound,
            Attributes: { a: 'b' },
          }),
        ),
      SEED_CONTACT_IDS.voiceInbound,
      ['UserDefinedAttributes'],
    ],
    [
      'TagContact',
      () =>
        connect.send(
          new TagContactCommand({
            InstanceId: SEED_INSTANCE_ID,
            ContactId: SEED_CONTACT_IDS.voiceInbound,
            Tags: { t: 'v' },
          }),
        ),
      SEED_CONTACT_IDS.voiceInbound,
      ['Tags'],
    ],
    [
      'UntagContact',
      () =>
        connect.send(
          new UntagContactCommand({
            InstanceId: SEED_INSTANCE_ID,
            ContactId: SEED_CONTACT_IDS.voiceInbound,
            TagKeys: ['team'],
          }),
        ),
      SEED_CONTACT_IDS.voiceInbound,
      ['Tags'],
    ],
    [
      'UpdateContactSchedule',
      () =>
        connect.send(
          new UpdateContactScheduleCommand({
            InstanceId: SEED_INSTANCE_ID,
            ContactId: SEED_CONTACT_IDS.taskScheduled,
            ScheduledTime: new Date(NOW.getTime() + 3_600_000),
          }),
        ),
      SEED_CONTACT_IDS.taskScheduled,
      ['ScheduledTimestamp'],
    ],
    [
      'UpdateContactRoutingData',
      () =>
        connect.send(
          new UpdateContactRoutingDataCommand({
            InstanceId: SEED_INSTANCE_ID,
            ContactId: SEED_CONTACT_IDS.voiceQueued,
            QueuePriority: 2,
            RoutingCriteria: ROUTING_CRITERIA,
          }),
        ),
      SEED_CONTACT_IDS.voiceQueued,
      ['RoutingCriteria'],
    ],
  ] as const)('%s sends CONTACT_DATA_UPDATED naming what changed', async (_name, call, contactId, properties) => {
    await call();
    expect((await events()).map(summary)).toEqual([['CONTACT_DATA_UPDATED', contactId, properties]]);
  });

  it('routing criteria go out camelCased, as in the routing-step sample; a priority change alone sends nothing', async () => {
    const update = (input: object) =>
      connect.send(
        new UpdateContactRoutingDataCommand({
          InstanceId: SEED_INSTANCE_ID,
          ContactId: SEED_CONTACT_IDS.voiceQueued,
          ...input,
        }),
      );
    await update({ QueuePriority: 1 });
    await update({ QueueTimeAdjustmentSeconds: 30 });
    expect(await events()).toEqual([]);
    await update({ RoutingCriteria: ROUTING_CRITERIA });
    const [event] = await events();
    expect(event?.detail.routingCriteria).toEqual({
      steps: [
        {
          expiry: { durationInSeconds: 30 },
          expression: {
            attributeCondition: {
              name: 'Language',
              value: 'Spanish',
              proficiencyLevel: 4,
              comparisonOperator: 'NumberGreaterOrEqualTo',
            },
          },
        },
      ],
    });
  });

  it('PauseContact sends PAUSED, ResumeContact RESUMED', async () => {
    const pause = { InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.taskConnected };
    await connect.send(new PauseContactCommand(pause));
    await connect.send(new ResumeContactCommand(pause));
    expect((await events()).map(summary)).toEqual([
      ['PAUSED', SEED_CONTACT_IDS.taskConnected, undefined],
      ['RESUMED', SEED_CONTACT_IDS.taskConnected, undefined],
    ]);
  });

  it('a transfer: the old segment DISCONNECTED and COMPLETED, the new one INITIATED (TRANSFER) then QUEUED; a replayed token sends nothing', async () => {
    const from = SEED_CONTACT_IDS.taskConnected;
    const input = {
      InstanceId: SEED_INSTANCE_ID,
      ContactId: from,
      ContactFlowId: 'flow-transfer',
      QueueId: 'q-escalations-0005',
      ClientToken: 'transfer-once',
    };
    const { ContactId: next } = await connect.send(new TransferContactCommand(input));
    const sent = await events();
    expect(sent.map(summary)).toEqual([
      ['DISCONNECTED', from, undefined],
      ['COMPLETED', from, undefined],
      ['INITIATED', next, undefined],
      ['QUEUED', next, undefined],
    ]);
    expect(sent[0]?.detail).toMatchObject({ disconnectTimestamp: NOW.toISOString(), initiationMethod: 'API' });
    for (const e of sent.slice(2)) {
      expect(e.resources).toEqual([contactArn(next ?? ''), INSTANCE_ARN]);
      expect(e.detail).toMatchObject({
        contactId: next,
        initialContactId: from,
        previousContactId: from,
        channel: 'TASK',
        initiationMethod: 'TRANSFER',
        initiationTimestamp: NOW.toISOString(),
        queueInfo: { queueArn: `${INSTANCE_ARN}/queue/q-escalations-0005`, enqueueTimestamp: NOW.toISOString() },
      });
    }
    await connect.send(new TransferContactCommand(input));
    expect(await events()).toEqual([]);
  });

  it('StopContact sends DISCONNECTED with the reason, then COMPLETED with the same data; a failed call and a read send nothing', async () => {
    const id = SEED_CONTACT_IDS.voiceInbound;
    await connect.send(new StopContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: id }));
    const [stopped, completed, ...more] = await events();
    expect(more).toEqual([]);
    expect(stopped?.detail).toMatchObject({
      eventType: 'DISCONNECTED',
      contactId: id,
      disconnectTimestamp: NOW.toISOString(),
      disconnectReason: 'API',
    });
    expect(completed?.detail).toEqual({ ...stopped?.detail, eventType: 'COMPLETED' });
    const missing = await rejectionOf(
      connect.send(new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: 'nope', Name: 'x' })),
    );
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    await connect.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: id }));
    expect(await events()).toEqual([]);
  });

  it('events are off without a queue (PUT /sqs/contact-events null), on again with one', async () => {
    const put = (queueName: string | null) =>
      fetch(`${emulator.url}/_emulator/sqs/contact-events`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ queueName }),
      });
    const update = () =>
      connect.send(
        new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound, Name: 'n' }),
      );
    expect((await put(null)).status).toBe(200);
    await update();
    expect(await events()).toEqual([]);
    expect((await put('no-such-queue')).status).toBe(404);
    expect((await put(QUEUE)).status).toBe(200);
    await update();
    expect(await events()).toHaveLength(1);
  });

  it('an emulator started without contactEventsQueue sends no events and has no queue', async () => {
    const quiet = await startEmulator();
    expect(quiet.contactEvents.queueName).toBeUndefined();
    expect(quiet.sqs.queues.list()).toEqual([]);
    const client = sdkClient(quiet);
    await client.send(
      new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: SEED_CONTACT_IDS.voiceInbound, Name: 'n' }),
    );
    client.destroy();
    await quiet.close();
  });
});

describe('injecting messages (control API)', () => {
  const inject = (body: unknown, queue = QUEUE) =>
    fetch(`${emulator.url}/_emulator/sqs/queues/${queue}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('a raw body goes in as it is, malformed JSON included; an envelope as its JSON', async () => {
    const malformed = '{"version": "0", "detail": {';
    expect((await inject({ body: malformed })).status).toBe(201);
    expect((await inject({ envelope: { source: 'aws.connect', detail: { eventType: 'FUTURE_EVENT' } } })).status).toBe(
      201,
    );
    expect(await drain()).toEqual([malformed, '{"source":"aws.connect","detail":{"eventType":"FUTURE_EVENT"}}']);
  });

  it('an event of any type for a stored contact, built as the emulator builds its own', async () => {
    const res = await inject({
      event: { eventType: 'QUEUED', instanceId: SEED_INSTANCE_ID, contactId: SEED_CONTACT_IDS.voiceQueued },
    });
    expect(res.status).toBe(201);
    const [event] = await events();
    expect(event).toMatchObject({
      source: 'aws.connect',
      resources: [contactArn(SEED_CONTACT_IDS.voiceQueued), INSTANCE_ARN],
      detail: { eventType: 'QUEUED', contactId: SEED_CONTACT_IDS.voiceQueued },
    });
  });

  it('an unknown queue or contact is 404; an empty body or an unknown event type is 400', async () => {
    expect((await inject({ body: 'x' }, 'nope')).status).toBe(404);
    expect(
      (await inject({ event: { eventType: 'QUEUED', instanceId: SEED_INSTANCE_ID, contactId: 'nope' } })).status,
    ).toBe(404);
    expect((await inject({ body: '' })).status).toBe(400);
    expect(
      (await inject({ event: { eventType: 'EXPLODED', instanceId: SEED_INSTANCE_ID, contactId: 'x' } })).status,
    ).toBe(400);
    expect(await drain()).toEqual([]);
  });
});
