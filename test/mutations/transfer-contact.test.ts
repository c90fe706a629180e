import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TransferContactDocument, type TransferContactInput } from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

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

const toQueue = (contactId: string, more: Partial<TransferContactInput> = {}): TransferContactInput => ({
  ...key(contactId),
  contactFlowId: 'flow-transfer',
  queueId: 'q-new',
  ...more,
});

async function transfer(input: TransferContactInput, target = stack) {
  const { data, errors } = await target.execute(TransferContactDocument, { input });
  expect(errors).toBeUndefined();
  return data!.transferContact;
}

const sentBodies = (target = stack) => target.connectCalls('TransferContact').map((call) => call.body);

async function expectFieldError(input: TransferContactInput, path: string[]) {
  stack.emulator.resetCalls();
  expectFieldErrors(stack, await transfer(input), [path]);
}

describe('transferContact answers the new contact', () => {
  it('transfers a task to a queue: the success names the new contact and `contact` reads it', async () => {
    const result = await transfer(toQueue(SEED.taskConnected));
    expect(result.__typename).toBe('TransferContactSuccess');
    if (result.__typename !== 'TransferContactSuccess') return;
    expect(result.contactId).not.toBe(SEED.taskConnected);
    expect(result.contactArn).toBe(
      `arn:aws:connect:us-east-1:123456789012:instance/${INSTANCE_ID}/contact/${result.contactId}`,
    );
    expect(result.contact).toEqual({
      instanceId: INSTANCE_ID,
      id: result.contactId,
      initiationMethod: 'TRANSFER',
      previousContactId: SEED.taskConnected,
      initialContactId: SEED.taskConnected,
      queue: { id: 'q-new' },
      agent: null,
    });
  });

  it('transfers an email to an agent by user id', async () => {
    const result = await transfer({ ...key(SEED.emailConnected), contactFlowId: 'flow-agent', userId: 'agent-0009' });
    expect(result).toMatchObject({
      __typename: 'TransferContactSuccess',
      contact: { agent: { id: 'agent-0009' }, queue: null },
    });
    expect(sentBodies()).toEqual([
      expect.objectContaining({
        ContactFlowId: 'flow-agent',
        UserId: 'agent-0009',
        ClientToken: expect.stringMatching(UUID),
      }),
    ]);
    expect(sentBodies()[0]).not.toHaveProperty('QueueId');
  });
});

describe('transferContact: exactly one of queueId and userId', () => {
  it.each([
    ['both', { queueId: 'q-new', userId: 'agent-0009' }, 'Give queueId or userId, not both.'],
    ['neither', { queueId: null }, 'Give queueId or userId: where the contact goes.'],
  ] as const)('refuses %s with InvalidRequestError, without calling Connect', async (_case, more, message) => {
    const result = await transfer(toQueue(SEED.taskConnected, more));
    expect(result).toEqual({ __typename: 'InvalidRequestError', message, requestId: null });
    expect(stack.emulator.calls).toHaveLength(0);
  });
});

describe('transferContact limits (Unicode code points)', () => {
  it.each([
    ['contactFlowId', 500],
    ['userId', 256],
    ['clientToken', 500],
  ] as const)('accepts a %s of %i characters and refuses one more without calling Connect', async (field, max) => {
    const target = field === 'userId' ? { queueId: null } : {};
    expect((await transfer(toQueue(SEED.taskConnected, { ...target, [field]: emoji(max) }))).__typename).toBe(
      'TransferContactSuccess',
    );
    await expectFieldError(toQueue(SEED.emailConnected, { ...target, [field]: emoji(max + 1) }), ['input', field]);
  });

  it("refuses an empty userId (1 to 256) and accepts an empty contactFlowId, as Connect's model allows", async () => {
    await expectFieldError(toQueue(SEED.taskConnected, { queueId: null, userId: '' }), ['input', 'userId']);
    expect((await transfer(toQueue(SEED.taskConnected, { contactFlowId: '' }))).__typename).toBe(
      'TransferContactSuccess',
    );
  });
});

describe("transferContact: contact states (the emulator's state machine)", () => {
  it.each([
    ['a voice call', SEED.voiceInbound],
    ['an ended chat', SEED.chatCompleted],
    ['a task that has ended', SEED.chainInitial],
    ['a task scheduled for later', SEED.taskScheduled],
  ])('answers InvalidRequestError for %s: only active tasks and emails are transferred', async (_case, contactId) => {
    expect((await transfer(toQueue(contactId))).__typename).toBe('InvalidRequestError');
    expect(stack.connectCalls('TransferContact').map((call) => call.status)).toEqual([400]);
  });

  it('transfers a paused task', async () => {
    expect((await transfer(toQueue(SEED.taskPaused))).__typename).toBe('TransferContactSuccess');
  });

  it('transfers a contact 11 times; the 12th transfer is ServiceQuotaExceededError', async () => {
    let contactId: string = SEED.taskConnected;
    for (let n = 1; n <= 11; n++) {
      const result = await transfer(toQueue(contactId));
      if (result.__typename !== 'TransferContactSuccess') throw new Error(`transfer ${n}: ${result.__typename}`);
      contactId = result.contactId;
    }
    expect((await transfer(toQueue(contactId))).__typename).toBe('ServiceQuotaExceededError');
    expect(stack.connectCalls('TransferContact').at(-1)?.status).toBe(402);
  });

  it('answers ResourceNotFoundError for an unknown contact', async () => {
    expect((await transfer(toQueue('no-such-contact'))).__typename).toBe('ResourceNotFoundError');
  });
});

describe('transferContact: clientToken', () => {
  it('a repeated request with the same clientToken is done once and answers the same new contact', async () => {
    const first = await transfer(toQueue(SEED.taskConnected, { clientToken: 'retry-1' }));
    const again = await transfer(toQueue(SEED.taskConnected, { clientToken: 'retry-1' }));
    expect(first.__typename).toBe('TransferContactSuccess');
    expect(again).toMatchObject({
      __typename: 'TransferContactSuccess',
      contactId: 'contactId' in first ? first.contactId : '',
    });
  });

  it('the same clientToken with another destination is IdempotencyError', async () => {
    expect((await transfer(toQueue(SEED.taskConnected, { clientToken: 'retry-2' }))).__typename).toBe(
      'TransferContactSuccess',
    );
    const other = await transfer(toQueue(SEED.taskConnected, { clientToken: 'retry-2', queueId: 'q-other' }));
    expect(other.__typename).toBe('IdempotencyError');
    expect(stack.connectCalls('TransferContact').at(-1)?.status).toBe(409);
  });

  it('without one, the SDK sends a token of its own and its retries reuse it', async () => {
    const retrying = await startStack({ client: { maxAttempts: 3 } });
    try {
      retrying.emulator.faults.add({
        kind: 'error',
        name: 'InternalServiceException',
        operation: 'TransferContact',
        times: 1,
      });
      expect((await transfer(toQueue(SEED.taskConnected), retrying)).__typename).toBe('TransferContactSuccess');
      const calls = retrying.connectCalls('TransferContact');
      expect(calls.map((call) => call.status)).toEqual([500, 200]);
      const [first, second] = sentBodies(retrying);
      expect(first).toMatchObject({ ClientToken: expect.stringMatching(UUID) });
      expect(second).toEqual(first);
    } finally {
      await retrying.close();
    }
  });
});

describe("transferContact: Connect's answers", () => {
  it.each([
    'InvalidRequestException',
    'IdempotencyException',
    'AccessDeniedException',
    'ResourceNotFoundException',
    'ServiceQuotaExceededException',
    'ThrottlingException',
    'InternalServiceException',
  ] as const)('%s is its union member', async (exception) => {
    await expectInjectedError(stack, 'TransferContact', exception, () => transfer(toQueue(SEED.taskConnected)));
  });

  it('a 200 that names no new contact is CONNECT_BAD_RESPONSE, never a success', async () => {
    stack.emulator.faults.add({ kind: 'malformed', operation: 'TransferContact', body: '{}', times: 1 });
    const { data, errors } = await stack.execute(TransferContactDocument, { input: toQueue(SEED.taskConnected) });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: 'Amazon Connect did not complete the request.',
      extensions: { code: 'CONNECT_BAD_RESPONSE' },
    });
  });
});
