import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AssociateContactWithUserDocument,
  type AssociateContactWithUserInput,
  DismissUserContactDocument,
  type DismissUserContactInput,
} from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

// associateContactWithUser and dismissUserContact through the gateway and the emulator.

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

async function associate(input: AssociateContactWithUserInput) {
  const { data, errors } = await stack.execute(AssociateContactWithUserDocument, { input });
  expect(errors).toBeUndefined();
  return data!.associateContactWithUser;
}
async function dismiss(input: DismissUserContactInput) {
  const { data, errors } = await stack.execute(DismissUserContactDocument, { input });
  expect(errors).toBeUndefined();
  return data!.dismissUserContact;
}
const queuedTask = (userId = 'agent-0042') => ({ ...key(SEED.chainTransferred), userId });
const endedChat = (userId = 'agent-0002') => ({ ...key(SEED.chatCompleted), userId });

describe('associateContactWithUser', () => {
  it('gives a queued task to the agent, whom DescribeContact then shows; it sends exactly the input', async () => {
    const result = await associate(queuedTask());
    expect(result).toMatchObject({
      __typename: 'AssociateContactWithUserSuccess',
      contact: { id: SEED.chainTransferred, agent: { id: 'agent-0042' } },
    });
    const [call] = stack.connectCalls('AssociateContactWithUser');
    expect(call?.body).toEqual({ UserId: 'agent-0042' });
    expect(call?.rawPath).toBe(`/contacts/${INSTANCE_ID}/${SEED.chainTransferred}/associate-user`);
  });

  it.each([
    ['a queued voice call', SEED.voiceQueued],
    ['a task with an agent already', SEED.taskConnected],
    ['an ended chat', SEED.chatCompleted],
  ])('answers InvalidRequestError for %s: only queued contacts of other channels than voice', async (_c, id) => {
    expect((await associate({ ...key(id), userId: 'agent-0042' })).__typename).toBe('InvalidRequestError');
    expect(stack.connectCalls('AssociateContactWithUser').map((c) => c.status)).toEqual([400]);
  });

  it('userId: 256 characters reach Connect, 257 and none are refused without a call', async () => {
    expect((await associate(queuedTask(emoji(256)))).__typename).toBe('AssociateContactWithUserSuccess');
    stack.emulator.resetCalls();
    expectFieldErrors(stack, await associate(queuedTask(emoji(257))), [['input', 'userId']]);
    expectFieldErrors(stack, await associate(queuedTask('')), [['input', 'userId']]);
  });

  it.each([
    'InvalidRequestException',
    'InvalidParameterException',
    'AccessDeniedException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'InternalServiceException',
  ] as const)('%s is its union member', async (exception) => {
    await expectInjectedError(stack, 'AssociateContactWithUser', exception, () => associate(queuedTask()));
  });
});

describe('dismissUserContact', () => {
  it("dismisses the agent's ended contact once; it sends exactly the input", async () => {
    expect((await dismiss(endedChat())).__typename).toBe('DismissUserContactSuccess');
    const [call] = stack.connectCalls('DismissUserContact');
    expect(call?.body).toEqual({ ContactId: SEED.chatCompleted });
    expect(call?.rawPath).toBe(`/users/${INSTANCE_ID}/agent-0002/contact`);
    expect((await dismiss(endedChat())).__typename).toBe('InvalidRequestError');
  });

  it.each(['MISSED', 'ERROR', 'REJECTED'] as const)('dismisses a %s contact that has not ended', async (state) => {
    stack.emulator.store.supervision.setAgentState(INSTANCE_ID, SEED.taskConnected, state);
    expect((await dismiss({ ...key(SEED.taskConnected), userId: 'agent-0003' })).__typename).toBe(
      'DismissUserContactSuccess',
    );
  });

  it("answers InvalidRequestError for a contact in progress, and for another agent's contact", async () => {
    expect((await dismiss({ ...key(SEED.taskConnected), userId: 'agent-0003' })).__typename).toBe(
      'InvalidRequestError',
    );
    expect((await dismiss(endedChat('agent-0001'))).__typename).toBe('InvalidRequestError');
    expect(stack.connectCalls('DismissUserContact').map((c) => c.status)).toEqual([400, 400]);
  });

  it('refuses an empty userId, "." and "..", which would be URL path segments, without a call', async () => {
    for (const userId of ['', '.', '..'])
      expectFieldErrors(stack, await dismiss(endedChat(userId)), [['input', 'userId']]);
    expect((await dismiss(endedChat('...'))).__typename).toBe('InvalidRequestError');
  });

  it.each([
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'AccessDeniedException',
    'InternalServiceException',
  ] as const)('%s is its union member', async (exception) => {
    await expectInjectedError(stack, 'DismissUserContact', exception, () => dismiss(endedChat()));
  });
});
