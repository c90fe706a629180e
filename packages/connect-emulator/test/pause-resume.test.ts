import {
  ConflictException,
  DescribeContactCommand,
  InvalidParameterException,
  InvalidRequestException,
  LimitExceededException,
  PauseContactCommand,
  ResourceNotFoundException,
  ResumeContactCommand,
  UpdateContactRoutingDataCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS, SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

let now = new Date('2025-03-01T12:00:00.000Z');
const env = useEmulator({ clock: () => now });
beforeEach(() => {
  env.emulator.resetStore();
  now = new Date('2025-03-01T12:00:00.000Z');
});
const later = (ms: number) => (now = new Date(now.getTime() + ms));

const ids = (ContactId: string) => ({ InstanceId: SEED_INSTANCE_ID, ContactId });
const pause = (id: string, ContactFlowId?: string) =>
  env.client.send(new PauseContactCommand({ ...ids(id), ContactFlowId }));
const resume = (id: string, ContactFlowId?: string) =>
  env.client.send(new ResumeContactCommand({ ...ids(id), ContactFlowId }));
const describeContact = async (id: string) => (await env.client.send(new DescribeContactCommand(ids(id)))).Contact;
const stateOf = (id: string) => env.emulator.store.getContact(SEED_INSTANCE_ID, id)?.state;

describe('PauseContact and ResumeContact', () => {
  it('pause then resume a connected task: counts, timestamps and whole seconds paused', async () => {
    const id = SEED_CONTACT_IDS.taskConnected;
    expect((await pause(id)).$metadata.httpStatusCode).toBe(200);
    expect(stateOf(id)).toBe('paused');
    expect(await describeContact(id)).toMatchObject({
      TotalPauseCount: 1,
      TotalPauseDurationInSeconds: 0,
      LastPausedTimestamp: now,
    });
    const pausedAt = now;
    later(90_500);
    expect((await resume(id)).$metadata.httpStatusCode).toBe(200);
    expect(stateOf(id)).toBe('connected');
    expect(await describeContact(id)).toMatchObject({
      TotalPauseCount: 1,
      TotalPauseDurationInSeconds: 90,
      LastPausedTimestamp: pausedAt,
      LastResumedTimestamp: now,
    });
  });

  it('a queued task is dequeued while paused and back in its queue when resumed', async () => {
    const id = SEED_CONTACT_IDS.chainTransferred;
    const setPriority = () => env.client.send(new UpdateContactRoutingDataCommand({ ...ids(id), QueuePriority: 1 }));
    await pause(id);
    await expect(setPriority()).rejects.toMatchObject({ name: 'ResourceConflictException' });
    await resume(id);
    expect(stateOf(id)).toBe('queued');
    await expect(setPriority()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });

  it('resumes the seeded paused task, adding the time since its pause', async () => {
    await resume(SEED_CONTACT_IDS.taskPaused);
    const pausedSeconds = (now.getTime() - Date.parse('2025-01-15T13:10:00.000Z')) / 1000;
    expect(await describeContact(SEED_CONTACT_IDS.taskPaused)).toMatchObject({
      TotalPauseCount: 1,
      TotalPauseDurationInSeconds: pausedSeconds,
    });
  });

  it(`a task can be paused ${LIMITS.pausesPerContact} times; the next pause is LimitExceededException (429)`, async () => {
    const id = SEED_CONTACT_IDS.taskConnected;
    for (let i = 0; i < LIMITS.pausesPerContact; i++) {
      await pause(id);
      await resume(id);
    }
    expect((await describeContact(id))?.TotalPauseCount).toBe(LIMITS.pausesPerContact);
    const error = await rejectionOf(pause(id));
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 429 });
    expect(stateOf(id)).toBe('connected');
  });
});

describe('state refusals', () => {
  it.each([
    ['pause', 'an already paused task', SEED_CONTACT_IDS.taskPaused],
    ['pause', 'a task scheduled for later', SEED_CONTACT_IDS.taskScheduled],
    ['pause', 'an ended task', SEED_CONTACT_IDS.chainInitial],
    ['resume', 'a connected task', SEED_CONTACT_IDS.taskConnected],
    ['resume', 'a queued task', SEED_CONTACT_IDS.chainTransferred],
    ['resume', 'a scheduled task', SEED_CONTACT_IDS.taskScheduled],
    ['resume', 'an ended task', SEED_CONTACT_IDS.chainInitial],
  ] as const)('%s on %s → ConflictException (409)', async (op, _label, id) => {
    const error = await rejectionOf(op === 'pause' ? pause(id) : resume(id));
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 409 });
  });

  it.each([
    ['a voice call', SEED_CONTACT_IDS.voiceQueued],
    ['a chat', SEED_CONTACT_IDS.chatCompleted],
    ['an email', SEED_CONTACT_IDS.emailConnected],
  ])('%s is not a task → InvalidRequestException on both', async (_label, id) => {
    await expect(pause(id)).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(resume(id)).rejects.toBeInstanceOf(InvalidRequestException);
  });
});

describe('request errors', () => {
  it('ContactFlowId: 0 to 500 characters', async () => {
    await pause(SEED_CONTACT_IDS.taskConnected, '');
    await resume(SEED_CONTACT_IDS.taskConnected, 'f'.repeat(500));
    await expect(pause(SEED_CONTACT_IDS.taskConnected, 'f'.repeat(501))).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
    await expect(resume(SEED_CONTACT_IDS.taskPaused, '😀'.repeat(501))).rejects.toBeInstanceOf(
      InvalidParameterException,
    );
  });

  it('missing or too long ids → InvalidParameterException; unknown → ResourceNotFoundException', async () => {
    for (const send of [pause, resume]) {
      for (const id of ['', 'c'.repeat(257)]) await expect(send(id)).rejects.toBeInstanceOf(InvalidParameterException);
      await expect(send('no-such-contact')).rejects.toBeInstanceOf(ResourceNotFoundException);
    }
  });
});
