import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { flowControl } from './support/flow-control.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { key, SEED } from './support/seed.ts';

let stack: Stack;
let pause: ReturnType<typeof flowControl>['pause'];
let resume: ReturnType<typeof flowControl>['resume'];
beforeAll(async () => {
  stack = await startStack({ client: { maxAttempts: 1 } });
  ({ pause, resume } = flowControl(stack));
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.faults.clear();
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

describe('pauseContact', () => {
  it('pauses a task connected to an agent and reads the pause back', async () => {
    const before = Date.now();
    const result = await pause({ ...key(SEED.taskConnected), contactFlowId: 'flow-1' });
    expect(result).toMatchObject({
      __typename: 'PauseContactSuccess',
      contact: { id: SEED.taskConnected, totalPauseCount: 1 },
    });
    if (result.__typename !== 'PauseContactSuccess') return;
    expect(Date.parse(result.contact.lastPausedTimestamp ?? '')).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000,
    );
    expect(stack.connectCalls('PauseContact')[0]?.body).toEqual({
      InstanceId: key('').instanceId,
      ContactId: SEED.taskConnected,
      ContactFlowId: 'flow-1',
    });
  });

  it('pauses a task waiting in a queue, and sends no ContactFlowId when none is given', async () => {
    expect((await pause(key(SEED.chainTransferred))).__typename).toBe('PauseContactSuccess');
    expect(stack.connectCalls('PauseContact')[0]?.body).toEqual({
      InstanceId: key('').instanceId,
      ContactId: SEED.chainTransferred,
    });
  });

  it('accepts a contactFlowId of 500 characters and refuses 501 without calling Connect', async () => {
    expect((await pause({ ...key(SEED.taskConnected), contactFlowId: emoji(500) })).__typename).toBe(
      'PauseContactSuccess',
    );
    stack.emulator.resetCalls();
    expectFieldErrors(stack, await pause({ ...key(SEED.taskConnected), contactFlowId: emoji(501) }), [
      ['input', 'contactFlowId'],
    ]);
  });

  it('pauses a task 10 times; the 11th pause is LimitExceededError', async () => {
    // The emulator counts pause seconds by its clock; a frozen one keeps the loop fast and exact.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let n = 1; n <= 10; n++) {
        expect(await pause(key(SEED.taskConnected))).toMatchObject({ contact: { totalPauseCount: n } });
        expect((await resume(key(SEED.taskConnected))).__typename).toBe('ResumeContactSuccess');
      }
      expect((await pause(key(SEED.taskConnected))).__typename).toBe('LimitExceededError');
      expect(stack.connectCalls('PauseContact').at(-1)?.status).toBe(429);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("pauseContact: contact states (the emulator's state machine)", () => {
  it.each([
    ['a task that is already paused', SEED.taskPaused, 'ConflictError'],
    ['a task scheduled for later', SEED.taskScheduled, 'ConflictError'],
    ['a task that has ended', SEED.chainInitial, 'ConflictError'],
    ['a voice call', SEED.voiceInbound, 'InvalidRequestError'],
    ['an email', SEED.emailConnected, 'InvalidRequestError'],
    ['an ended chat', SEED.chatCompleted, 'InvalidRequestError'],
    ['an unknown contact', 'no-such-contact', 'ResourceNotFoundError'],
  ])('refuses %s: %s', async (_case, contactId, member) => {
    expect((await pause(key(contactId))).__typename).toBe(member);
    expect(stack.connectCalls('PauseContact')).toHaveLength(1);
  });
});

describe('pauseContact: every documented Connect error is its union member', () => {
  it.each([
    'AccessDeniedException',
    'InternalServiceException',
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'LimitExceededException',
    'ConflictException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'PauseContact', exception, () => pause(key(SEED.taskConnected)));
  });
});
