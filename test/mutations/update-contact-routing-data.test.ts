import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  UpdateContactRoutingDataDocument,
  type UpdateContactRoutingDataInput,
} from '../../operations/generated/graphql.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { key, SEED } from './support/seed.ts';

const LARGEST_LONG = '9223372036854775807';

let stack: Stack;
beforeAll(async () => {
  // One attempt: a documented error injected once must come back, not be retried away.
  stack = await startStack({ client: { maxAttempts: 1 } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.faults.clear();
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

const queued = (fields: Omit<UpdateContactRoutingDataInput, 'instanceId' | 'contactId'>) => ({
  ...key(SEED.voiceQueued),
  ...fields,
});

async function route(input: UpdateContactRoutingDataInput) {
  const { data, errors } = await stack.execute(UpdateContactRoutingDataDocument, { input });
  expect(errors).toBeUndefined();
  return data!.updateContactRoutingData;
}

const sentBodies = () => stack.connectCalls('UpdateContactRoutingData').map((call) => call.rawBody);

async function expectRefused(input: UpdateContactRoutingDataInput, paths: string[][]) {
  expectFieldErrors(stack, await route(input), paths);
}

describe('updateContactRoutingData: queuePriority travels as a 64-bit integer, digit for digit', () => {
  it('sends the largest long exactly and reads it back exactly', async () => {
    const result = await route(queued({ queuePriority: LARGEST_LONG }));
    expect(result).toMatchObject({
      __typename: 'UpdateContactRoutingDataSuccess',
      contact: { id: SEED.voiceQueued, queuePriority: LARGEST_LONG },
    });
    // The exact bytes Connect received: a JSON number, not 9223372036854776000 nor a string.
    expect(sentBodies()).toEqual([`{"QueuePriority":${LARGEST_LONG}}`]);
  });

  it('takes an integer literal of any length in the document exactly', async () => {
    const response = await stack.post({
      query: `mutation { updateContactRoutingData(input: { instanceId: "${key('').instanceId}", contactId: "${SEED.voiceQueued}", queuePriority: ${LARGEST_LONG} }) { __typename } }`,
    });
    expect(await response.json()).toEqual({
      data: { updateContactRoutingData: { __typename: 'UpdateContactRoutingDataSuccess' } },
    });
    expect(sentBodies()).toEqual([`{"QueuePriority":${LARGEST_LONG}}`]);
  });

  it('accepts 1, the smallest priority, and a JSON number up to 2^53 - 1', async () => {
    expect((await route(queued({ queuePriority: 1 }))).__typename).toBe('UpdateContactRoutingDataSuccess');
    expect((await route(queued({ queuePriority: 9007199254740991 }))).__typename).toBe(
      'UpdateContactRoutingDataSuccess',
    );
    expect(sentBodies()).toEqual(['{"QueuePriority":1}', '{"QueuePriority":9007199254740991}']);
  });

  it('refuses 0 with an InvalidParameterError on queuePriority, without calling Connect', async () => {
    await expectRefused(queued({ queuePriority: '0' }), [['input', 'queuePriority']]);
  });

  it.each([
    ['9223372036854775808, one past the largest long', '9223372036854775808'],
    // biome-ignore lint/correctness/noPrecisionLoss: the rounded number is what this case sends
    ['a JSON number past 2^53 - 1, which JSON parsing has already rounded', 9223372036854775807],
    ['a fraction', '1.5'],
  ] as const)('refuses %s as not a Long, without calling Connect', async (_case, queuePriority) => {
    const { data, errors } = await stack.execute(UpdateContactRoutingDataDocument, {
      input: queued({ queuePriority }),
    });
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.message).toMatch(/Long cannot represent/);
    expect(stack.emulator.calls).toHaveLength(0);
  });
});

describe('updateContactRoutingData: queueTimeAdjustmentSeconds', () => {
  it('sends a negative adjustment and reads it back', async () => {
    const result = await route(queued({ queueTimeAdjustmentSeconds: -90 }));
    expect(result).toMatchObject({ contact: { queueTimeAdjustmentSeconds: -90 } });
    expect(sentBodies()).toEqual(['{"QueueTimeAdjustmentSeconds":-90}']);
  });
});

describe('updateContactRoutingData: exactly one of queuePriority and queueTimeAdjustmentSeconds', () => {
  it('refuses both, one FieldError on each, without calling Connect', async () => {
    await expectRefused(queued({ queuePriority: '2', queueTimeAdjustmentSeconds: 10 }), [
      ['input', 'queuePriority'],
      ['input', 'queueTimeAdjustmentSeconds'],
    ]);
  });

  it('refuses neither (null counts as absent), without calling Connect', async () => {
    await expectRefused(queued({ queuePriority: null }), [['input']]);
  });
});

describe("updateContactRoutingData: contact states (the emulator's state machine)", () => {
  it.each([
    ['a voice call connected to an agent', SEED.voiceInbound],
    ['an ended chat', SEED.chatCompleted],
    ['a task scheduled for later', SEED.taskScheduled],
  ])('answers ResourceConflictError for %s: only a queued contact has routing data', async (_case, contactId) => {
    const result = await route({ ...key(contactId), queuePriority: '1' });
    expect(result.__typename).toBe('ResourceConflictError');
    expect(stack.connectCalls('UpdateContactRoutingData')[0]?.status).toBe(409);
  });

  it('answers ResourceNotFoundError for an unknown contact', async () => {
    expect((await route({ ...key('no-such-contact'), queuePriority: '1' })).__typename).toBe('ResourceNotFoundError');
  });
});

describe('updateContactRoutingData: every documented Connect error is its union member', () => {
  it.each([
    'ResourceConflictException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'ThrottlingException',
    'AccessDeniedException',
    'InvalidActiveRegionException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'UpdateContactRoutingData', exception, () =>
      route(queued({ queuePriority: '1' })),
    );
  });
});
