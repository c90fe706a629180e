import {
  type ConnectClient,
  StartTaskContactCommand,
  type StartTaskContactCommandInput,
} from '@aws-sdk/client-connect';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StartTaskContactDocument, type StartTaskContactInput } from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { INSTANCE_ID, SEED } from './support/seed.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

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

const task = (more: Partial<StartTaskContactInput> = {}): StartTaskContactInput => ({
  instanceId: INSTANCE_ID,
  name: 'Call the customer back',
  contactFlowId: 'flow-task',
  ...more,
});

async function start(input: StartTaskContactInput) {
  const { data, errors } = await stack.execute(StartTaskContactDocument, { input });
  expect(errors).toBeUndefined();
  return data!.startTaskContact;
}

async function created(input: StartTaskContactInput): Promise<string> {
  const result = await start(input);
  if (result.__typename !== 'StartTaskContactSuccess') throw new Error(`expected a success, got ${result.__typename}`);
  return result.contactId;
}

async function expectFieldError(input: StartTaskContactInput, path: (string | number)[]) {
  stack.emulator.resetCalls();
  expectFieldErrors(stack, await start(input), [path.map(String)]);
}

/** Connect's own answer to a request the gateway would refuse: the emulator checks the same rule. */
async function connectRefuses(connect: ConnectClient, input: Partial<StartTaskContactCommandInput>, name: string) {
  const sent = connect.send(
    new StartTaskContactCommand({ InstanceId: INSTANCE_ID, Name: 'n', ContactFlowId: 'flow-task', ...input }),
  );
  await expect(sent).rejects.toMatchObject({ name });
}

/** One GraphQL operation by its text, expecting no top-level errors. */
async function run(query: string, variables: Record<string, unknown>): Promise<Record<string, { __typename: string }>> {
  const response = await stack.post({ query, variables });
  const body = (await response.json()) as { data: Record<string, { __typename: string }>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('startTaskContact creates a task contact', () => {
  it('answers the new contact, which reads back with every member sent', async () => {
    const scheduled = new Date(Date.now() + DAY_MS);
    const result = await start(
      task({
        description: 'Refund approved',
        references: [{ key: 'ticket', type: 'URL', value: 'https://example.test/t/1' }],
        attributes: [{ key: 'orderId', value: 'A-1' }],
        segmentAttributes: [{ key: 'priority', valueString: 'high' }],
        scheduledTime: scheduled.toISOString(),
        relatedContactId: SEED.voiceInbound,
      }),
    );
    expect(result.__typename).toBe('StartTaskContactSuccess');
    if (result.__typename !== 'StartTaskContactSuccess') return;
    expect(result.contact).toEqual({
      instanceId: INSTANCE_ID,
      id: result.contactId,
      name: 'Call the customer back',
      description: 'Refund approved',
      channel: 'TASK',
      initiationMethod: 'API',
      initialContactId: result.contactId,
      previousContactId: null,
      relatedContactId: SEED.voiceInbound,
      scheduledTimestamp: scheduled.toISOString(),
      segmentAttributes: [{ key: 'priority', valueString: 'high' }],
    });
    const [call] = stack.connectCalls('StartTaskContact');
    expect(call?.body).toEqual({
      InstanceId: INSTANCE_ID,
      Name: 'Call the customer back',
      Description: 'Refund approved',
      References: { ticket: { Type: 'URL', Value: 'https://example.test/t/1' } },
      Attributes: { orderId: 'A-1' },
      ContactFlowId: 'flow-task',
      RelatedContactId: SEED.voiceInbound,
      ScheduledTime: scheduled.getTime() / 1000,
      SegmentAttributes: { priority: { ValueString: 'high' } },
      ClientToken: expect.any(String),
    });
    // Stored as UpdateContact stores references: ListContactReferences reads them there.
    expect(stack.emulator.store.getContact(INSTANCE_ID, result.contactId)?.references).toEqual({
      ticket: { Type: 'URL', Value: 'https://example.test/t/1' },
    });
  });

  it('is a contact every other operation finds: update, attributes, pause, resume, transfer, stop', async () => {
    const contactId = await created(task());
    const key = { instanceId: INSTANCE_ID, contactId };
    const steps: [string, string, Record<string, unknown>][] = [
      ['updateContact', 'UpdateContactInput', { ...key, name: 'Renamed' }],
      [
        'updateContactAttributes',
        'UpdateContactAttributesInput',
        { instanceId: INSTANCE_ID, initialContactId: contactId, attributes: [{ key: 'k', value: 'v' }] },
      ],
      ['pauseContact', 'PauseContactInput', key],
      ['resumeContact', 'ResumeContactInput', key],
      ['transferContact', 'TransferContactInput', { ...key, contactFlowId: 'flow-transfer', queueId: 'q-new' }],
    ];
    for (const [field, type, input] of steps) {
      const data = await run(`mutation($i: ${type}!) { ${field}(input: $i) { __typename } }`, { i: input });
      expect(data[field]?.__typename, field).toMatch(/Success$/);
    }
    const other = await created(task({ name: 'Second' }));
    const data = await run('mutation($i: StopContactInput!) { stopContact(input: $i) { __typename } }', {
      i: { instanceId: INSTANCE_ID, contactId: other },
    });
    expect(data.stopContact?.__typename).toBe('StopContactSuccess');
  });

  it('shares attributes with the chain of previousContactId, and copies those of relatedContactId', async () => {
    const first = await created(task({ attributes: [{ key: 'shared', value: '1' }] }));
    const next = await created(task({ previousContactId: first, attributes: [{ key: 'more', value: '2' }] }));
    const related = await created(task({ relatedContactId: first }));
    const store = stack.emulator.store;
    const chainOf = (id: string) => store.getContact(INSTANCE_ID, id)?.contact.InitialContactId ?? '';
    expect(chainOf(next)).toBe(first);
    expect(store.attributes.get(INSTANCE_ID, first)).toEqual({ shared: '1', more: '2' });
    expect(store.attributes.get(INSTANCE_ID, chainOf(related))).toEqual({ shared: '1', more: '2' });
    expect(chainOf(related)).toBe(related);
  });

  it('accepts a task template alone, and a quick connect alone', async () => {
    expect((await start(task({ contactFlowId: null, taskTemplateId: 'tt-1' }))).__typename).toBe(
      'StartTaskContactSuccess',
    );
    expect((await start(task({ contactFlowId: null, quickConnectId: 'qc-1' }))).__typename).toBe(
      'StartTaskContactSuccess',
    );
  });
});

describe('startTaskContact: the clientToken makes it idempotent', () => {
  it('a repeat with the same token answers the same contact and creates no other', async () => {
    const before = stack.emulator.store.listContacts(INSTANCE_ID).length;
    const first = await created(task({ clientToken: 'token-1' }));
    const again = await created(task({ clientToken: 'token-1' }));
    expect(again).toBe(first);
    expect(stack.emulator.store.listContacts(INSTANCE_ID)).toHaveLength(before + 1);
  });

  it('the same token with other members is IdempotencyError (409)', async () => {
    await created(task({ clientToken: 'token-2' }));
    expect((await start(task({ clientToken: 'token-2', name: 'Another task' }))).__typename).toBe('IdempotencyError');
    expect(stack.connectCalls('StartTaskContact').map((call) => call.status)).toEqual([200, 409]);
  });
});

describe('startTaskContact: exactly one of contactFlowId, quickConnectId, taskTemplateId', () => {
  it.each([
    [
      'none',
      { contactFlowId: null },
      'Give one of contactFlowId, quickConnectId, taskTemplateId: the flow that runs the task.',
    ],
    [
      'two',
      { taskTemplateId: 'tt-1' },
      'Give only one of contactFlowId, quickConnectId, taskTemplateId; got contactFlowId, taskTemplateId.',
    ],
    [
      'three',
      { taskTemplateId: 'tt-1', quickConnectId: 'qc-1' },
      'Give only one of contactFlowId, quickConnectId, taskTemplateId; got contactFlowId, quickConnectId, taskTemplateId.',
    ],
  ] as const)('refuses %s with InvalidRequestError, without calling Connect', async (_case, more, message) => {
    expect(await start(task(more))).toEqual({ __typename: 'InvalidRequestError', message, requestId: null });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('Connect refuses them too (the emulator)', async () => {
    await connectRefuses(stack.connect, { ContactFlowId: undefined }, 'InvalidRequestException');
    await connectRefuses(stack.connect, { TaskTemplateId: 'tt-1' }, 'InvalidRequestException');
  });
});

describe('startTaskContact limits (Unicode code points), on both sides', () => {
  it.each([
    ['name', 'Name', 1024],
    ['description', 'Description', 4096],
    ['contactFlowId', 'ContactFlowId', 500],
    ['clientToken', 'ClientToken', 500],
  ] as const)('%s (%s): accepts %i characters and refuses one more', async (field, member, max) => {
    expect((await start(task({ [field]: emoji(max) }))).__typename).toBe('StartTaskContactSuccess');
    await expectFieldError(task({ [field]: emoji(max + 1) }), ['input', field]);
    await connectRefuses(stack.connect, { [member]: emoji(max + 1) }, 'InvalidParameterException');
  });

  it("keeps the model's 1,024 for the name, not updateContact's 512", async () => {
    expect((await start(task({ name: emoji(513) }))).__typename).toBe('StartTaskContactSuccess');
  });

  it('taskTemplateId: 1 to 500', async () => {
    const template = (id: string) => task({ contactFlowId: null, taskTemplateId: id });
    expect((await start(template(emoji(500)))).__typename).toBe('StartTaskContactSuccess');
    await expectFieldError(template(emoji(501)), ['input', 'taskTemplateId']);
    await expectFieldError(template(''), ['input', 'taskTemplateId']);
    await connectRefuses(stack.connect, { ContactFlowId: undefined, TaskTemplateId: '' }, 'InvalidParameterException');
  });

  it.each(['previousContactId', 'relatedContactId'] as const)('%s: 1 to 256', async (field) => {
    await expectFieldError(task({ [field]: emoji(257) }), ['input', field]);
    await expectFieldError(task({ [field]: '' }), ['input', field]);
    const member = field === 'previousContactId' ? 'PreviousContactId' : 'RelatedContactId';
    await connectRefuses(stack.connect, { [member]: emoji(257) }, 'InvalidParameterException');
    // 256 characters pass the limit and reach Connect, which knows no such contact.
    expect((await start(task({ [field]: emoji(256) }))).__typename).toBe('ResourceNotFoundError');
  });
});

describe('startTaskContact totals (UTF-8 bytes), on both sides', () => {
  // "é" is 1 code point and 2 bytes: the totals count bytes, not characters.
  it('references: 4,096 bytes pass, 4,097 are refused', async () => {
    const refs = (bytes: number) => [
      { key: 'k', type: 'STRING' as const, value: `${'é'.repeat((bytes - 2) / 2)}${bytes % 2 ? 'ab' : 'a'}` },
    ];
    expect((await start(task({ references: refs(4096) }))).__typename).toBe('StartTaskContactSuccess');
    await expectFieldError(task({ references: refs(4097) }), ['input', 'references']);
    await connectRefuses(
      stack.connect,
      { References: { k: { Type: 'STRING', Value: `${'é'.repeat(2047)}ab` } } },
      'InvalidParameterException',
    );
  });

  it('attributes: 32,768 bytes pass, 32,769 are refused', async () => {
    const attrs = (extra: string) => [{ key: 'k', value: `${'é'.repeat(16_383)}${extra}` }];
    // 1 + 32,766 + 1 = 32,768 bytes; one more byte breaks the total.
    expect((await start(task({ attributes: attrs('a') }))).__typename).toBe('StartTaskContactSuccess');
    await expectFieldError(task({ attributes: attrs('ab') }), ['input', 'attributes']);
    await connectRefuses(stack.connect, { Attributes: { k: `${'é'.repeat(16_383)}ab` } }, 'InvalidParameterException');
  });

  it('attribute keys: ASCII letters, digits, "-" and "_" only', async () => {
    await expectFieldError(task({ attributes: [{ key: 'bad key', value: 'v' }] }), ['input', 'attributes', 0, 'key']);
    await connectRefuses(stack.connect, { Attributes: { 'bad key': 'v' } }, 'InvalidParameterException');
  });
});

describe('startTaskContact: scheduledTime from now to 6 days ahead, on both sides', () => {
  it('accepts 6 days less a minute, refuses 6 days and a minute and the past', async () => {
    const at = (ms: number) => new Date(Date.now() + ms);
    expect((await start(task({ scheduledTime: at(6 * DAY_MS - 60_000).toISOString() }))).__typename).toBe(
      'StartTaskContactSuccess',
    );
    await expectFieldError(task({ scheduledTime: at(6 * DAY_MS + 60_000).toISOString() }), ['input', 'scheduledTime']);
    await expectFieldError(task({ scheduledTime: at(-60_000).toISOString() }), ['input', 'scheduledTime']);
    await connectRefuses(stack.connect, { ScheduledTime: at(6 * DAY_MS + 60_000) }, 'InvalidParameterException');
    await connectRefuses(stack.connect, { ScheduledTime: at(-60_000) }, 'InvalidParameterException');
  });
});

describe('startTaskContact: linked contacts', () => {
  it('answers ResourceNotFoundError for an unknown previous contact', async () => {
    expect((await start(task({ previousContactId: 'no-such-contact' }))).__typename).toBe('ResourceNotFoundError');
  });

  it('12 tasks may continue one previous contact; the 13th is ServiceQuotaExceededError', async () => {
    for (let n = 1; n <= 12; n++) await created(task({ previousContactId: SEED.taskConnected }));
    expect((await start(task({ previousContactId: SEED.taskConnected }))).__typename).toBe('ServiceQuotaExceededError');
    expect(stack.connectCalls('StartTaskContact').at(-1)?.status).toBe(402);
  });

  it('refuses a flow ARN of another instance at its field, without calling Connect', async () => {
    const arn = 'arn:aws:connect:us-east-1:123456789012:instance/another-instance/contact-flow/f-1';
    await expectFieldError(task({ contactFlowId: arn }), ['input', 'contactFlowId']);
  });
});

describe('startTaskContact: every documented Connect error is its union member', () => {
  it.each([
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'ThrottlingException',
    'ServiceQuotaExceededException',
    'InternalServiceException',
  ] as const)('%s', async (exception) => {
    await expectInjectedError(stack, 'StartTaskContact', exception, () => start(task()));
  });
});

describe('startTaskContact needs the scope contacts:create', () => {
  let secured: Stack;
  beforeAll(async () => {
    secured = await startStack({ env: HS256_ENV });
  });
  afterAll(() => secured.close());
  beforeEach(() => secured.emulator.resetCalls());

  const START = 'mutation($i: StartTaskContactInput!) { startTaskContact(input: $i) { __typename } }';
  const send = async (scope: string, query = START, variables: Record<string, unknown> = { i: task() }) => {
    const response = await secured.post({ query, variables }, bearer(await hs256Token({ scope })));
    return (await response.json()) as {
      data?: { startTaskContact: { __typename: string } } | null;
      errors?: { extensions: { code: string } }[];
    };
  };

  it.each(['contacts:write', 'contacts:read contacts:write contacts:stop contacts:search'])(
    'refuses a token with %s FORBIDDEN, without calling Connect',
    async (scope) => {
      const body = await send(scope);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(secured.emulator.calls).toHaveLength(0);
    },
  );

  it('creates the task with a token that holds contacts:create alone', async () => {
    expect((await send('contacts:create')).data?.startTaskContact.__typename).toBe('StartTaskContactSuccess');
    expect(secured.connectCalls('StartTaskContact')).toHaveLength(1);
  });

  it('contacts:create does not allow changing a contact', async () => {
    const body = await send(
      'contacts:create',
      'mutation($i: UpdateContactInput!) { updateContact(input: $i) { __typename } }',
      { i: { instanceId: INSTANCE_ID, contactId: SEED.taskConnected, name: 'x' } },
    );
    expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(secured.emulator.calls).toHaveLength(0);
  });
});
