import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INSTANCE_ID, key, SEED } from '../mutations/support/seed.ts';
import { type Stack, startStack } from '../support/stack.ts';

// Contact.queueMetrics through the gateway and the emulator: GetContactMetrics only when selected,
// only for a queued contact, once per contact per request.

type Metrics = { positionInQueue: number | null; estimatedWaitTimeSeconds: number | null } | null;
type Read = { a: { queueMetrics?: Metrics; name?: string | null }; b?: { queueMetrics?: Metrics } };

const READ = parse(`query Read($instanceId: ID!, $contactId: ID!) {
  a: contact(instanceId: $instanceId, contactId: $contactId) {
    ... on Contact { name queueMetrics { positionInQueue estimatedWaitTimeSeconds } }
  }
  b: contact(instanceId: $instanceId, contactId: $contactId) {
    ... on Contact { queueMetrics { positionInQueue } }
  }
}`) as TypedDocumentNode<Read, { instanceId: string; contactId: string }>;
const WITHOUT = parse(`query Read($instanceId: ID!, $contactId: ID!) {
  a: contact(instanceId: $instanceId, contactId: $contactId) { ... on Contact { name } }
}`) as TypedDocumentNode<Read, { instanceId: string; contactId: string }>;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ client: { maxAttempts: 1 } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.faults.clear();
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

const read = (contactId: string) => stack.execute(READ, key(contactId));
const metricsCalls = () => stack.connectCalls('GetContactMetrics');

describe('Contact.queueMetrics', () => {
  it('reads where a queued contact stands: one GetContactMetrics call for two selections', async () => {
    const { data, errors } = await read(SEED.voiceQueued);
    expect(errors).toBeUndefined();
    expect(data?.a.queueMetrics).toEqual({ positionInQueue: 1, estimatedWaitTimeSeconds: 60 });
    expect(data?.b?.queueMetrics).toEqual({ positionInQueue: 1 });
    expect(metricsCalls().map((call) => call.body)).toEqual([
      {
        InstanceId: INSTANCE_ID,
        ContactId: SEED.voiceQueued,
        Metrics: [{ Name: 'POSITION_IN_QUEUE' }, { Name: 'ESTIMATED_WAIT_TIME' }],
      },
    ]);
  });

  it('follows the queue: a contact of a lower priority number ahead of it moves it back', async () => {
    stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contactId: 'c0ffee00-0000-4000-8000-0000000000aa',
      contact: {
        Channel: 'VOICE',
        QueueInfo: { Id: 'q-support-0003', EnqueueTimestamp: new Date() },
        QueuePriority: 1,
      },
    });
    const { data } = await read(SEED.voiceQueued);
    expect(data?.a.queueMetrics).toEqual({ positionInQueue: 2, estimatedWaitTimeSeconds: 120 });
  });

  it('makes no call when not selected', async () => {
    await stack.execute(WITHOUT, key(SEED.voiceQueued));
    expect(metricsCalls()).toHaveLength(0);
  });

  it.each([
    ['connected to an agent', SEED.voiceInbound],
    ['ended', SEED.chatCompleted],
    ['paused', SEED.taskPaused],
    ['scheduled', SEED.taskScheduled],
  ])('is null, without a call, for a contact %s', async (_case, contactId) => {
    const { data, errors } = await read(contactId);
    expect(errors).toBeUndefined();
    expect(data?.a.queueMetrics).toBeNull();
    expect(metricsCalls()).toHaveLength(0);
  });

  it("is null, without a call, for ids GetContactMetrics' pattern (a UUID or ARN) does not take", async () => {
    stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contactId: 'queued-not-a-uuid',
      contact: { Channel: 'CHAT', QueueInfo: { Id: 'q-1', EnqueueTimestamp: new Date() } },
    });
    const { data } = await read('queued-not-a-uuid');
    expect(data?.a.queueMetrics).toBeNull();
    expect(metricsCalls()).toHaveLength(0);
  });

  it('is null when Connect answers that the contact is no longer queued (InvalidRequestException)', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'InvalidRequestException', operation: 'GetContactMetrics' });
    const { data, errors } = await read(SEED.voiceQueued);
    expect(errors).toBeUndefined();
    expect(data?.a.queueMetrics).toBeNull();
  });

  it.each([
    ['ThrottlingException', 'THROTTLING'],
    ['ResourceNotFoundException', 'RESOURCE_NOT_FOUND'],
  ] as const)('a %s answers the field with an error of its code; the rest of the contact stays', async (name, code) => {
    stack.emulator.faults.add({ kind: 'error', name, message: `injected ${name}`, operation: 'GetContactMetrics' });
    const { data, errors } = await read(SEED.voiceQueued);
    expect(data?.a).toMatchObject({ name: expect.any(String), queueMetrics: null });
    expect(errors?.[0]).toMatchObject({ path: ['a', 'queueMetrics'], extensions: { code } });
  });
});

describe('Contact.queueMetrics within the read cap', () => {
  let capped: Stack;
  beforeAll(async () => {
    capped = await startStack({ env: { MAX_CONTACT_READS_PER_REQUEST: '1' } });
  });
  afterAll(() => capped.close());

  it('one contact read with its metrics fits a cap of one read', async () => {
    const { data, errors } = await capped.execute(READ, key(SEED.voiceQueued));
    expect(errors).toBeUndefined();
    expect(data?.a.queueMetrics?.positionInQueue).toBe(1);
    expect(capped.connectCalls('GetContactMetrics')).toHaveLength(1);
  });
});

describe("Contact.queueMetrics within GetContactMetrics' budget (CONNECT_QUOTAS)", () => {
  let budgeted: Stack;
  beforeAll(async () => {
    budgeted = await startStack({ env: { CONNECT_QUOTAS: 'defaults' } });
  });
  afterAll(() => budgeted.close());

  it('each GetContactMetrics call takes its token from the budget first', async () => {
    const { data } = await budgeted.execute(READ, key(SEED.voiceQueued));
    expect(data?.a.queueMetrics?.positionInQueue).toBe(1);
    const metrics = await budgeted.metricsRegistry.metrics();
    expect(metrics).toContain('connect_quota_wait_seconds_count{operation="GetContactMetrics"} 1');
  });
});
