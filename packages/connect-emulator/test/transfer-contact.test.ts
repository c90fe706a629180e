import type { TransferContactCommandInput } from '@aws-sdk/client-connect';
import {
  DescribeContactCommand,
  IdempotencyException,
  InvalidParameterException,
  InvalidRequestException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TransferContactCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS, SEED_CONTACT_IDS, SEED_INSTANCE_ID, SYSTEM_TAG_INSTANCE_ID } from '../src/index.ts';
import { rawOutcome } from './raw-http.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const env = useEmulator({ clock: () => NOW });
beforeEach(() => env.emulator.resetStore());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const transfer = (ContactId: string, input: Partial<TransferContactCommandInput> = { QueueId: 'q-next' }) =>
  env.client.send(
    new TransferContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId, ContactFlowId: 'flow-transfer', ...input }),
  );
const describeContact = async (ContactId: string) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact;
const contactCount = () => env.emulator.store.listContacts(SEED_INSTANCE_ID).length;

describe('TransferContact', () => {
  it('answers a new segment of the chain, queued where it was sent; the old one ends', async () => {
    const from = SEED_CONTACT_IDS.taskConnected;
    const out = await transfer(from, { QueueId: 'q-escalations-0005' });
    expect(out.ContactId).toMatch(UUID);
    expect(out.ContactArn).toBe(
      `arn:aws:connect:us-east-1:123456789012:instance/${SEED_INSTANCE_ID}/contact/${out.ContactId}`,
    );
    expect(await describeContact(out.ContactId ?? '')).toMatchObject({
      Channel: 'TASK',
      InitiationMethod: 'TRANSFER',
      Name: 'Approve refund',
      InitialContactId: from,
      PreviousContactId: from,
      InitiationTimestamp: NOW,
      QueueInfo: { Id: 'q-escalations-0005', EnqueueTimestamp: NOW },
      Tags: { [SYSTEM_TAG_INSTANCE_ID]: SEED_INSTANCE_ID },
    });
    expect(env.emulator.store.getContact(SEED_INSTANCE_ID, out.ContactId ?? '')?.state).toBe('queued');
    expect(await describeContact(from)).toMatchObject({ DisconnectTimestamp: NOW });
    expect(env.emulator.store.getContact(SEED_INSTANCE_ID, from)?.state).toBe('ended');
  });

  it('to an agent (id or ARN), an email, and a paused task', async () => {
    const arn = `arn:aws:connect:us-east-1:123456789012:instance/${SEED_INSTANCE_ID}/agent/agent-0009`;
    const email = await transfer(SEED_CONTACT_IDS.emailConnected, { UserId: arn });
    expect(await describeContact(email.ContactId ?? '')).toMatchObject({ Channel: 'EMAIL', AgentInfo: { Id: arn } });
    const paused = await transfer(SEED_CONTACT_IDS.taskPaused, { UserId: 'agent-0009' });
    expect(await describeContact(paused.ContactId ?? '')).toMatchObject({ AgentInfo: { Id: 'agent-0009' } });
    // The pause ended with the segment: its seconds were counted.
    expect((await describeContact(SEED_CONTACT_IDS.taskPaused))?.TotalPauseDurationInSeconds).toBeGreaterThan(0);
  });

  it('the new segment keeps the chain: initial id and attributes', async () => {
    const out = await transfer(SEED_CONTACT_IDS.chainTransferred);
    expect(await describeContact(out.ContactId ?? '')).toMatchObject({
      InitialContactId: SEED_CONTACT_IDS.chainInitial,
      PreviousContactId: SEED_CONTACT_IDS.chainTransferred,
      Attributes: { caseId: 'CASE-77', customerTier: 'gold' },
    });
  });

  it(`a chain is transferred at most ${LIMITS.transfersPerChain} times; then ServiceQuotaExceededException (402)`, async () => {
    // The seeded chain has had one transfer.
    let last: string = SEED_CONTACT_IDS.chainTransferred;
    for (let i = 1; i < LIMITS.transfersPerChain; i++) last = (await transfer(last)).ContactId ?? '';
    expect(env.emulator.store.chain(SEED_INSTANCE_ID, SEED_CONTACT_IDS.chainInitial)).toHaveLength(
      LIMITS.transfersPerChain + 1,
    );
    const error = await rejectionOf(transfer(last));
    expect(error).toBeInstanceOf(ServiceQuotaExceededException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 402 });
    expect(env.emulator.store.getContact(SEED_INSTANCE_ID, last)?.state).toBe('queued');
  });
});

describe('ClientToken', () => {
  it('the same token and request answer the first answer again, creating nothing', async () => {
    const first = await transfer(SEED_CONTACT_IDS.taskConnected, { QueueId: 'q-1', ClientToken: 'token-1' });
    const count = contactCount();
    const again = await transfer(SEED_CONTACT_IDS.taskConnected, { QueueId: 'q-1', ClientToken: 'token-1' });
    expect(again).toMatchObject({ ContactId: first.ContactId, ContactArn: first.ContactArn });
    expect(contactCount()).toBe(count);
  });

  it('the same token with another request → IdempotencyException (409)', async () => {
    await transfer(SEED_CONTACT_IDS.taskConnected, { QueueId: 'q-1', ClientToken: 'token-2' });
    for (const change of [{ QueueId: 'q-2' }, { UserId: 'agent-1' }, { QueueId: 'q-1', ContactFlowId: 'other-flow' }]) {
      const error = await rejectionOf(transfer(SEED_CONTACT_IDS.taskConnected, { ClientToken: 'token-2', ...change }));
      expect(error).toBeInstanceOf(IdempotencyException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 409 });
    }
  });

  it('without a token the SDK sends a fresh one: a second call is a new request (the contact has ended)', async () => {
    env.emulator.resetCalls();
    await transfer(SEED_CONTACT_IDS.taskConnected);
    await expect(transfer(SEED_CONTACT_IDS.taskConnected)).rejects.toBeInstanceOf(InvalidRequestException);
    const [first, second] = env.emulator.calls.map((c) => (c.body as { ClientToken?: string }).ClientToken);
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
  });

  it('a token is forgotten when the store is reset', async () => {
    await transfer(SEED_CONTACT_IDS.taskConnected, { QueueId: 'q', ClientToken: 'token-3' });
    env.emulator.resetStore();
    await expect(
      transfer(SEED_CONTACT_IDS.emailConnected, { QueueId: 'q', ClientToken: 'token-3' }),
    ).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });
});

describe('refusals', () => {
  it.each([
    ['a voice call', SEED_CONTACT_IDS.voiceQueued, 'TASK and EMAIL'],
    ['a chat', SEED_CONTACT_IDS.chatCompleted, 'TASK and EMAIL'],
    ['a scheduled task', SEED_CONTACT_IDS.taskScheduled, 'active'],
    ['an ended task', SEED_CONTACT_IDS.chainInitial, 'active'],
  ])('%s → InvalidRequestException', async (_label, id, message) => {
    const error = await rejectionOf(transfer(id));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.message).toContain(message);
  });

  it.each([
    ['both QueueId and UserId', { QueueId: 'q', UserId: 'u' }],
    ['neither QueueId nor UserId', {}],
  ])('%s → InvalidRequestException', async (_label, input) => {
    await expect(transfer(SEED_CONTACT_IDS.taskConnected, input)).rejects.toBeInstanceOf(InvalidRequestException);
  });
});

describe('limits', () => {
  it.each([
    ['a ContactFlowId of 500', { QueueId: 'q', ContactFlowId: 'f'.repeat(500) }],
    ['an empty ContactFlowId', { QueueId: 'q', ContactFlowId: '' }],
    ['a UserId of 256', { UserId: 'u'.repeat(256) }],
    ['a UserId of 1', { UserId: 'u' }],
    ['a ClientToken of 500', { QueueId: 'q', ClientToken: 't'.repeat(500) }],
  ])('accepts %s', async (_label, input) => {
    await expect(transfer(SEED_CONTACT_IDS.taskConnected, input)).resolves.toMatchObject({
      $metadata: { httpStatusCode: 200 },
    });
  });

  it.each([
    ['a ContactFlowId of 501', { QueueId: 'q', ContactFlowId: 'f'.repeat(501) }],
    ['a UserId of 257', { UserId: 'u'.repeat(257) }],
    ['an empty UserId', { UserId: '' }],
    ['a ClientToken of 501', { QueueId: 'q', ClientToken: 't'.repeat(501) }],
    ['an empty ContactId', { QueueId: 'q', ContactId: '' }],
  ])('refuses %s with InvalidParameterException', async (_label, input) => {
    await expect(transfer(SEED_CONTACT_IDS.taskConnected, input)).rejects.toBeInstanceOf(InvalidParameterException);
    expect(env.emulator.store.getContact(SEED_INSTANCE_ID, SEED_CONTACT_IDS.taskConnected)?.state).toBe('connected');
  });

  it('no ContactFlowId → InvalidParameterException', async () => {
    const body = JSON.stringify({
      InstanceId: SEED_INSTANCE_ID,
      ContactId: SEED_CONTACT_IDS.taskConnected,
      QueueId: 'q',
    });
    expect(await rawOutcome(env.emulator, 'POST', '/contact/transfer', body)).toBe('400 InvalidParameterException');
  });

  it('unknown contact → ResourceNotFoundException', async () => {
    await expect(transfer('no-such-contact')).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});
