import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MonitorContactDocument, type MonitorContactInput } from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

// monitorContact through the gateway and the emulator: a monitoring contact, its idempotency, the
// contacts Connect lets a supervisor monitor, the limits of its members and its documented errors.

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

const input = (more: Partial<MonitorContactInput> = {}): MonitorContactInput => ({
  ...key(SEED.voiceInbound),
  userId: 'supervisor-0001',
  ...more,
});

async function monitor(given: MonitorContactInput = input()) {
  const { data, errors } = await stack.execute(MonitorContactDocument, { input: given });
  expect(errors).toBeUndefined();
  return data!.monitorContact;
}

describe('monitorContact answers the monitoring contact', () => {
  it('creates a contact of its own, initiated by MONITOR, whose agent is the supervisor', async () => {
    const result = await monitor(input({ allowedMonitorCapabilities: ['SILENT_MONITOR', 'BARGE'] }));
    if (result.__typename !== 'MonitorContactSuccess') throw new Error(result.__typename);
    expect(result.contactId).not.toBe(SEED.voiceInbound);
    expect(result.contactArn).toBe(
      `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}/contact/${result.contactId}`,
    );
    expect(result.contact).toEqual({
      instanceId: INSTANCE_ID,
      id: result.contactId,
      initiationMethod: 'MONITOR',
      relatedContactId: SEED.voiceInbound,
      agent: { id: 'supervisor-0001' },
    });
    expect(stack.connectCalls('MonitorContact')[0]?.body).toEqual({
      InstanceId: INSTANCE_ID,
      ContactId: SEED.voiceInbound,
      UserId: 'supervisor-0001',
      AllowedMonitorCapabilities: ['SILENT_MONITOR', 'BARGE'],
      ClientToken: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('a repeated clientToken answers the same monitoring contact; with other members it is IdempotencyError', async () => {
    const first = await monitor(input({ clientToken: 'shift-7' }));
    const again = await monitor(input({ clientToken: 'shift-7' }));
    if (first.__typename !== 'MonitorContactSuccess' || again.__typename !== 'MonitorContactSuccess')
      throw new Error(`${first.__typename} ${again.__typename}`);
    expect(again.contactId).toBe(first.contactId);
    expect(
      stack.emulator.store.listContacts(INSTANCE_ID).filter((c) => c.contact.InitiationMethod === 'MONITOR'),
    ).toHaveLength(1);
    const other = await monitor(input({ clientToken: 'shift-7', userId: 'supervisor-0002' }));
    expect(other).toMatchObject({ __typename: 'IdempotencyError', requestId: expect.any(String) });
    expect(stack.connectCalls('MonitorContact').map((c) => c.status)).toEqual([200, 200, 409]);
  });
});

describe("monitorContact: which contacts (the emulator's rules)", () => {
  it.each([
    ['a task', SEED.taskConnected],
    ['an email', SEED.emailConnected],
    ['an ended chat', SEED.chatCompleted],
    ['a queued voice call, with no agent yet', SEED.voiceQueued],
  ])('answers InvalidRequestError for %s', async (_case, contactId) => {
    expect((await monitor(input(key(contactId)))).__typename).toBe('InvalidRequestError');
    expect(stack.connectCalls('MonitorContact').map((c) => c.status)).toEqual([400]);
  });

  it('monitors a chat connected to an agent', async () => {
    const chat = stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contact: { Channel: 'CHAT', AgentInfo: { Id: 'agent-0005', ConnectedToAgentTimestamp: new Date() } },
    });
    expect((await monitor(input(key(chat.contact.Id)))).__typename).toBe('MonitorContactSuccess');
  });

  it('answers ResourceNotFoundError for an unknown contact', async () => {
    expect((await monitor(input(key('no-such-contact')))).__typename).toBe('ResourceNotFoundError');
  });
});

describe('monitorContact limits, on both sides', () => {
  it('userId: 256 characters reach Connect, 257 and none are refused without a call', async () => {
    expect((await monitor(input({ userId: emoji(256) }))).__typename).toBe('MonitorContactSuccess');
    stack.emulator.resetCalls();
    expectFieldErrors(stack, await monitor(input({ userId: emoji(257) })), [['input', 'userId']]);
    expectFieldErrors(stack, await monitor(input({ userId: '' })), [['input', 'userId']]);
  });

  it('clientToken: 500 characters reach Connect, 501 are refused without a call', async () => {
    expect((await monitor(input({ clientToken: emoji(500) }))).__typename).toBe('MonitorContactSuccess');
    stack.emulator.resetCalls();
    expectFieldErrors(stack, await monitor(input({ clientToken: emoji(501) })), [['input', 'clientToken']]);
  });

  it('allowedMonitorCapabilities: 2 reach Connect, 3 are refused without a call', async () => {
    const two = await monitor(input({ allowedMonitorCapabilities: ['SILENT_MONITOR', 'BARGE'] }));
    expect(two.__typename).toBe('MonitorContactSuccess');
    stack.emulator.resetCalls();
    const three = await monitor(input({ allowedMonitorCapabilities: ['SILENT_MONITOR', 'BARGE', 'BARGE'] }));
    expectFieldErrors(stack, three, [['input', 'allowedMonitorCapabilities']]);
  });

  it('refuses a userId ARN of another instance, without a call', async () => {
    const arn = 'arn:aws:connect:us-east-1:123456789012:instance/22222222-2222-4333-8444-555555555555/agent/a';
    expectFieldErrors(stack, await monitor(input({ userId: arn })), [['input', 'userId']]);
  });
});

describe('monitorContact: every documented Connect error is its union member', () => {
  it.each([
    'InvalidRequestException',
    'IdempotencyException',
    'AccessDeniedException',
    'ResourceNotFoundException',
    'ServiceQuotaExceededException',
    'ThrottlingException',
    'InternalServiceException',
    'InvalidParameterException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'MonitorContact', exception, () => monitor());
  });
});
