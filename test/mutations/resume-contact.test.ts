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

describe('resumeContact', () => {
  it("resumes a paused task and reads back the pause's length and the resume time", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T10:00:00.000Z') });
    try {
      expect((await pause(key(SEED.taskConnected))).__typename).toBe('PauseContactSuccess');
      vi.setSystemTime(new Date('2026-03-02T10:01:30.000Z'));
      const result = await resume({ ...key(SEED.taskConnected), contactFlowId: 'flow-1' });
      expect(result).toMatchObject({
        __typename: 'ResumeContactSuccess',
        contact: {
          totalPauseCount: 1,
          totalPauseDurationInSeconds: 90,
          lastPausedTimestamp: '2026-03-02T10:00:00.000Z',
          lastResumedTimestamp: '2026-03-02T10:01:30.000Z',
        },
      });
      expect(stack.connectCalls('ResumeContact')[0]?.body).toMatchObject({ ContactFlowId: 'flow-1' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('resumes the seeded paused task, which can then be paused again', async () => {
    expect((await resume(key(SEED.taskPaused))).__typename).toBe('ResumeContactSuccess');
    expect(await pause(key(SEED.taskPaused))).toMatchObject({ contact: { totalPauseCount: 2 } });
  });

  it('accepts a contactFlowId of 500 characters and refuses 501 without calling Connect', async () => {
    expect((await resume({ ...key(SEED.taskPaused), contactFlowId: emoji(500) })).__typename).toBe(
      'ResumeContactSuccess',
    );
    stack.emulator.resetCalls();
    expectFieldErrors(stack, await resume({ ...key(SEED.taskPaused), contactFlowId: emoji(501) }), [
      ['input', 'contactFlowId'],
    ]);
  });
});

describe("resumeContact: contact states (the emulator's state machine)", () => {
  it.each([
    ['a task that is not paused', SEED.taskConnected, 'ConflictError'],
    ['a task scheduled for later', SEED.taskScheduled, 'ConflictError'],
    ['a task that has ended', SEED.chainInitial, 'ConflictError'],
    ['a voice call', SEED.voiceInbound, 'InvalidRequestError'],
    ['an email', SEED.emailConnected, 'InvalidRequestError'],
    ['an unknown contact', 'no-such-contact', 'ResourceNotFoundError'],
  ])('refuses %s: %s', async (_case, contactId, member) => {
    expect((await resume(key(contactId))).__typename).toBe(member);
    expect(stack.connectCalls('ResumeContact')).toHaveLength(1);
  });
});

describe('resumeContact: every documented Connect error is its union member', () => {
  it.each([
    'AccessDeniedException',
    'InternalServiceException',
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'ConflictException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'ResumeContact', exception, () => resume(key(SEED.taskPaused)));
  });
});
