import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateContactScheduleDocument, type UpdateContactScheduleInput } from '../../operations/generated/graphql.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { key, SEED } from './support/seed.ts';

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
// The gateway's clock (and the emulator's, in the same process), frozen: the window's ends are
// tested to the millisecond without sleeping.
const NOW = new Date('2026-03-02T10:00:00.000Z').getTime();

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ client: { maxAttempts: 1 } });
});
afterAll(() => stack.close());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  stack.emulator.faults.clear();
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});
afterEach(() => vi.useRealTimers());

const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

async function schedule(input: UpdateContactScheduleInput) {
  const { data, errors } = await stack.execute(UpdateContactScheduleDocument, { input });
  expect(errors).toBeUndefined();
  return data!.updateContactSchedule;
}

const scheduled = (offsetMs: number) => ({ ...key(SEED.taskScheduled), scheduledTime: at(offsetMs) });

describe("updateContactSchedule: from now to 6 days ahead, by the gateway's clock", () => {
  it.each([
    ['now', 0],
    ['one second ahead', SECOND],
    ['6 days ahead less one second', 6 * DAY - SECOND],
    ['exactly 6 days ahead', 6 * DAY],
  ])('accepts %s, sent as epoch seconds, and reads it back', async (_case, offset) => {
    const result = await schedule(scheduled(offset));
    expect(result).toMatchObject({
      __typename: 'UpdateContactScheduleSuccess',
      contact: { id: SEED.taskScheduled, scheduledTimestamp: at(offset) },
    });
    const [call] = stack.connectCalls('UpdateContactSchedule');
    expect(call?.body).toEqual({
      InstanceId: key('').instanceId,
      ContactId: SEED.taskScheduled,
      ScheduledTime: (NOW + offset) / 1000,
    });
  });

  it.each([
    ['6 days and one second ahead', 6 * DAY + SECOND, 'must be at most 6 days ahead'],
    ['6 days and one millisecond ahead', 6 * DAY + 1, 'must be at most 6 days ahead'],
    ['one second in the past', -SECOND, 'must not be in the past'],
    ['one millisecond in the past', -1, 'must not be in the past'],
  ])(
    'refuses %s with an InvalidParameterError on scheduledTime, without calling Connect',
    async (_case, offset, reason) => {
      const result = await schedule(scheduled(offset));
      expect(result.__typename).toBe('InvalidParameterError');
      if (result.__typename !== 'InvalidParameterError') return;
      expect(result.fieldErrors).toEqual([
        { path: ['input', 'scheduledTime'], message: `${reason} (the gateway's time: ${new Date(NOW).toISOString()})` },
      ]);
      expect(stack.emulator.calls).toHaveLength(0);
    },
  );

  it('measures the window from the time of the request: a day later, 6 days ahead of the first time is in range', async () => {
    vi.setSystemTime(NOW + DAY);
    expect((await schedule(scheduled(7 * DAY))).__typename).toBe('UpdateContactScheduleSuccess');
  });
});

describe("updateContactSchedule: contact states (the emulator's state machine)", () => {
  it.each([
    ['a task that has started (connected to an agent)', SEED.taskConnected],
    ['a paused task', SEED.taskPaused],
    ['a voice call', SEED.voiceInbound],
    ['an email', SEED.emailConnected],
  ])(
    'answers InvalidRequestError for %s: only a task scheduled for later can be rescheduled',
    async (_case, contactId) => {
      const result = await schedule({ ...key(contactId), scheduledTime: at(DAY) });
      expect(result.__typename).toBe('InvalidRequestError');
      expect(stack.connectCalls('UpdateContactSchedule')[0]?.status).toBe(400);
    },
  );

  it('answers ResourceNotFoundError for an unknown contact', async () => {
    expect((await schedule({ ...key('no-such-contact'), scheduledTime: at(DAY) })).__typename).toBe(
      'ResourceNotFoundError',
    );
  });
});

describe('updateContactSchedule: every documented Connect error is its union member', () => {
  it.each([
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'LimitExceededException',
    'InternalServiceException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'UpdateContactSchedule', exception, () => schedule(scheduled(DAY)));
  });
});
