import {
  DescribeContactCommand,
  InvalidParameterException,
  InvalidRequestException,
  LimitExceededException,
  ResourceNotFoundException,
  UpdateContactScheduleCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rawOutcome } from './raw-http.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

// The emulator's clock, fixed so "6 days ahead ± 1 s" is exact.
const NOW = new Date('2025-03-01T12:00:00.000Z');
const env = useEmulator({ clock: () => NOW });
beforeEach(() => {
  env.emulator.resetStore();
  env.emulator.faults.clear();
});

const SIX_DAYS = 6 * 24 * 60 * 60 * 1000;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const schedule = (ScheduledTime: Date, ContactId: string = SEED_CONTACT_IDS.taskScheduled) =>
  env.client.send(new UpdateContactScheduleCommand({ InstanceId: SEED_INSTANCE_ID, ContactId, ScheduledTime }));
const scheduledOf = async (ContactId: string = SEED_CONTACT_IDS.taskScheduled) =>
  (await env.client.send(new DescribeContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId }))).Contact
    ?.ScheduledTimestamp;

describe('UpdateContactSchedule: from now to 6 days ahead', () => {
  it.each([
    ['now', 0],
    ['1 s ahead', 1000],
    ['6 days ahead less 1 s', SIX_DAYS - 1000],
    ['exactly 6 days ahead', SIX_DAYS],
  ])('accepts %s and DescribeContact shows it', async (_label, ms) => {
    expect((await schedule(at(ms))).$metadata.httpStatusCode).toBe(200);
    expect(await scheduledOf()).toEqual(at(ms));
    expect(env.emulator.calls.at(-2)?.body).toMatchObject({ ScheduledTime: at(ms).getTime() / 1000 });
  });

  it.each([
    ['1 s in the past', -1000],
    ['1 ms in the past', -1],
    ['6 days and 1 s ahead', SIX_DAYS + 1000],
    ['6 days and 1 ms ahead', SIX_DAYS + 1],
  ])('refuses %s with InvalidParameterException and keeps the schedule', async (_label, ms) => {
    const error = await rejectionOf(schedule(at(ms)));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
    expect(await scheduledOf()).toEqual(new Date('2025-01-20T09:00:00.000Z'));
  });

  it('the original scheduled API task can be rescheduled too', async () => {
    await schedule(at(60_000), SEED_CONTACT_IDS.taskApi);
    expect(await scheduledOf(SEED_CONTACT_IDS.taskApi)).toEqual(at(60_000));
  });
});

describe('scheduled TASK contacts only', () => {
  it.each([
    ['a queued voice call', SEED_CONTACT_IDS.voiceQueued, 'Only TASK'],
    ['an email', SEED_CONTACT_IDS.emailConnected, 'Only TASK'],
    ['a connected task', SEED_CONTACT_IDS.taskConnected, 'scheduled task'],
    ['a paused task', SEED_CONTACT_IDS.taskPaused, 'scheduled task'],
    ['an ended task', SEED_CONTACT_IDS.chainInitial, 'scheduled task'],
  ])('%s → InvalidRequestException', async (_label, id, message) => {
    const error = await rejectionOf(schedule(at(60_000), id));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error.message).toContain(message);
  });
});

describe('request errors', () => {
  it('no ScheduledTime → InvalidParameterException; a string → SerializationException', async () => {
    const body = (time: string) =>
      `{"InstanceId": "${SEED_INSTANCE_ID}", "ContactId": "${SEED_CONTACT_IDS.taskScheduled}"${time}}`;
    expect(await rawOutcome(env.emulator, 'POST', '/contact/schedule', body(''))).toBe('400 InvalidParameterException');
    expect(
      await rawOutcome(env.emulator, 'POST', '/contact/schedule', body(', "ScheduledTime": "2025-03-02T00:00:00Z"')),
    ).toBe('400 SerializationException');
  });

  it('missing or too long ids → InvalidParameterException; unknown → ResourceNotFoundException', async () => {
    for (const ContactId of ['', 'c'.repeat(257)])
      await expect(schedule(at(1000), ContactId)).rejects.toBeInstanceOf(InvalidParameterException);
    await expect(schedule(at(1000), 'no-such-contact')).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('LimitExceededException (429) comes from fault injection, filtered by the contact in the body', async () => {
    env.emulator.faults.add({
      kind: 'error',
      name: 'LimitExceededException',
      operation: 'UpdateContactSchedule',
      contactId: SEED_CONTACT_IDS.taskApi,
    });
    await expect(schedule(at(1000))).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    const error = await rejectionOf(schedule(at(1000), SEED_CONTACT_IDS.taskApi));
    expect(error).toBeInstanceOf(LimitExceededException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 429 });
  });
});
