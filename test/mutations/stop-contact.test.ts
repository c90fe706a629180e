import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StopContactDocument, type StopContactInput } from '../../operations/generated/graphql.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

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

async function stop(input: StopContactInput) {
  const { data, errors } = await stack.execute(StopContactDocument, { input });
  expect(errors).toBeUndefined();
  return data!.stopContact;
}

describe('stopContact', () => {
  it('ends a task and reads back when and why (API when no reason is given)', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const result = await stop(key(SEED.taskConnected));
    expect(result).toMatchObject({
      __typename: 'StopContactSuccess',
      contact: { id: SEED.taskConnected, disconnectReason: 'API' },
    });
    if (result.__typename === 'StopContactSuccess')
      expect(Date.parse(result.contact.disconnectTimestamp ?? '')).toBeGreaterThanOrEqual(before);
    expect(stack.connectCalls('StopContact')[0]?.body).toEqual({
      InstanceId: INSTANCE_ID,
      ContactId: SEED.taskConnected,
    });
  });

  it('sends the disconnect reason code given', async () => {
    const result = await stop({ ...key(SEED.voiceInbound), disconnectReason: { code: 'CUSTOMER_NEVER_ARRIVED' } });
    expect(result).toMatchObject({ contact: { disconnectReason: 'CUSTOMER_NEVER_ARRIVED' } });
    expect(stack.connectCalls('StopContact')[0]?.body).toMatchObject({
      DisconnectReason: { Code: 'CUSTOMER_NEVER_ARRIVED' },
    });
  });

  it('sends no DisconnectReason for a reason without a code', async () => {
    expect((await stop({ ...key(SEED.emailConnected), disconnectReason: { code: null } })).__typename).toBe(
      'StopContactSuccess',
    );
    expect(stack.connectCalls('StopContact')[0]?.body).not.toHaveProperty('DisconnectReason');
  });

  it('refuses a code that is not well-formed Unicode, without calling Connect', async () => {
    const result = await stop({ ...key(SEED.taskConnected), disconnectReason: { code: 'x\uD800' } });
    expectFieldErrors(stack, result, [['input', 'disconnectReason', 'code']]);
  });
});

describe("stopContact: contact states (the emulator's state machine)", () => {
  it('a voice call stopped twice: the second stop is ContactNotFoundError (410)', async () => {
    expect((await stop(key(SEED.voiceInbound))).__typename).toBe('StopContactSuccess');
    expect((await stop(key(SEED.voiceInbound))).__typename).toBe('ContactNotFoundError');
    expect(stack.connectCalls('StopContact').map((call) => call.status)).toEqual([200, 410]);
  });

  it.each([
    ['an ended chat', SEED.chatCompleted],
    ['an ended task', SEED.chainInitial],
  ])('answers InvalidRequestError for %s', async (_case, contactId) => {
    expect((await stop(key(contactId))).__typename).toBe('InvalidRequestError');
  });

  it.each(['DISCONNECT', 'TRANSFER', 'QUEUE_TRANSFER', 'EXTERNAL_OUTBOUND', 'MONITOR'] as const)(
    'answers InvalidRequestError for a voice call initiated by %s, which StopContact does not end',
    async (InitiationMethod) => {
      const added = stack.emulator.store.addContact({
        instanceId: INSTANCE_ID,
        contact: { Channel: 'VOICE', InitiationMethod },
      });
      expect((await stop(key(added.contact.Id ?? ''))).__typename).toBe('InvalidRequestError');
    },
  );

  it.each([
    ['a queued voice call', SEED.voiceQueued],
    ['a task scheduled for later', SEED.taskScheduled],
    ['a paused task', SEED.taskPaused],
  ])('ends %s', async (_case, contactId) => {
    expect((await stop(key(contactId))).__typename).toBe('StopContactSuccess');
  });

  it('answers ResourceNotFoundError for an unknown contact', async () => {
    expect((await stop(key('no-such-contact'))).__typename).toBe('ResourceNotFoundError');
  });
});

describe('stopContact: every documented Connect error is its union member', () => {
  it.each([
    'InvalidRequestException',
    'ContactNotFoundException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidActiveRegionException',
    'ThrottlingException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'StopContact', exception, () => stop(key(SEED.taskConnected)));
  });
});

describe('stopContact needs the scope contacts:stop', () => {
  let secured: Stack;
  beforeAll(async () => {
    secured = await startStack({ env: HS256_ENV });
  });
  afterAll(() => secured.close());
  beforeEach(() => secured.emulator.resetCalls());

  const STOP = 'mutation($i: StopContactInput!) { stopContact(input: $i) { __typename } }';
  const send = async (scope: string) => {
    const response = await secured.post(
      { query: STOP, variables: { i: key(SEED.taskConnected) } },
      bearer(await hs256Token({ scope })),
    );
    return (await response.json()) as {
      data?: { stopContact: { __typename: string } } | null;
      errors?: { extensions: { code: string } }[];
    };
  };

  it.each(['contacts:write', 'contacts:read contacts:write'])(
    'refuses a token with %s FORBIDDEN, without calling Connect',
    async (scope) => {
      const body = await send(scope);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(secured.emulator.calls).toHaveLength(0);
    },
  );

  it('ends the contact with a token that holds contacts:stop alone', async () => {
    expect((await send('contacts:stop')).data?.stopContact.__typename).toBe('StopContactSuccess');
    expect(secured.connectCalls('StopContact')).toHaveLength(1);
  });

  it('contacts:stop does not allow the other mutations', async () => {
    const response = await secured.post(
      {
        query: 'mutation($i: PauseContactInput!) { pauseContact(input: $i) { __typename } }',
        variables: { i: key(SEED.taskConnected) },
      },
      bearer(await hs256Token({ scope: 'contacts:stop' })),
    );
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(secured.emulator.calls).toHaveLength(0);
  });
});
