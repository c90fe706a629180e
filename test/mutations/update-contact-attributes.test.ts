import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '@connect-gateway/connect-emulator';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  type ContactAttributeInput,
  ContactDataDocument,
  UpdateContactAttributesDocument,
  type UpdateContactAttributesInput,
} from '../../operations/generated/graphql.ts';
import { loadConfig } from '../../src/config.ts';
import { createContextFactory } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { updateContactAttributesConstraints } from '../../src/schema/operations/update-contact-attributes-constraints.ts';
import { emoji } from '../support/fixtures.ts';
import { describeSharedErrors } from './support/connect-errors.ts';
import { SUBJECT, useMutationStack } from './support/mutation-stack.ts';
import { limitChecks } from './support/outcomes.ts';

const h = useMutationStack();

/** The first segment of the seeded chain (attributes caseId and customerTier), and its second segment. */
const INITIAL = SEED_CONTACT_IDS.chainInitial;
const LATER = SEED_CONTACT_IDS.chainTransferred;
/** A contact whose chain holds no attributes, so the whole 32,768-byte total is the input's. */
const BARE = SEED_CONTACT_IDS.voiceInbound;

const input = (
  attributes: ContactAttributeInput[],
  changes: Partial<UpdateContactAttributesInput> = {},
): UpdateContactAttributesInput => ({
  instanceId: SEED_INSTANCE_ID,
  initialContactId: INITIAL,
  attributes,
  ...changes,
});

const update = async (given: UpdateContactAttributesInput) =>
  (await h.run(UpdateContactAttributesDocument, { input: given })).updateContactAttributes;

const writes = () => h.stack.connectCalls('UpdateContactAttributes');
const { expectAccepted, expectRefused } = limitChecks(h, 'UpdateContactAttributes', update);

describe('updateContactAttributes merges into the contact chain', () => {
  it('keeps keys not sent, sets the keys sent, clears a value with "", and reads the chain back', async () => {
    const result = await update(
      input([
        { key: 'note', value: 'called back' },
        { key: 'caseId', value: '' },
      ]),
    );
    expect(result).toMatchObject({
      __typename: 'UpdateContactAttributesSuccess',
      instanceId: SEED_INSTANCE_ID,
      initialContactId: INITIAL,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      contact: {
        instanceId: SEED_INSTANCE_ID,
        id: INITIAL,
        attributes: [
          { key: 'caseId', value: '' },
          { key: 'customerTier', value: 'gold' },
          { key: 'note', value: 'called back' },
        ],
      },
    });
  });

  it('sends Connect exactly the documented request: signed POST /contact/attributes with the map', async () => {
    await update(
      input([
        { key: 'note', value: 'n' },
        { key: 'score', value: '5' },
      ]),
    );
    const [call, ...more] = writes();
    expect(more).toHaveLength(0);
    expect(call).toMatchObject({ method: 'POST', rawPath: '/contact/attributes' });
    expect(call?.headers).toMatchObject({ authorization: true, contentType: 'application/json' });
    expect(call?.body).toEqual({
      InstanceId: SEED_INSTANCE_ID,
      InitialContactId: INITIAL,
      Attributes: { note: 'n', score: '5' },
    });
  });

  it('shows the write on a later segment of the chain, which is keyed by the initial contact id', async () => {
    await update(input([{ key: 'note', value: 'for the next agent' }]));
    const { contact } = await h.run(ContactDataDocument, { instanceId: SEED_INSTANCE_ID, contactId: LATER });
    expect(contact).toMatchObject({
      __typename: 'Contact',
      id: LATER,
      initialContactId: INITIAL,
      attributes: [
        { key: 'caseId', value: 'CASE-77' },
        { key: 'customerTier', value: 'gold' },
        { key: 'note', value: 'for the next agent' },
      ],
    });
  });

  it('sends an empty list as an empty map: the model sets no minimum', async () => {
    expect((await update(input([]))).__typename).toBe('UpdateContactAttributesSuccess');
    expect(writes()[0]?.body).toMatchObject({ Attributes: {} });
  });
});

describe('a read after the write in the same request sees it', () => {
  it('reads the contact back after each of two writes, not a copy cached before the second', async () => {
    const response = await h.post({
      query: `mutation($a: UpdateContactAttributesInput!, $b: UpdateContactAttributesInput!) {
        a: updateContactAttributes(input: $a) { ... on UpdateContactAttributesSuccess { contact { attributes { key value } } } }
        b: updateContactAttributes(input: $b) { ... on UpdateContactAttributesSuccess { contact { attributes { key value } } } }
      }`,
      variables: { a: input([{ key: 'step', value: 'one' }]), b: input([{ key: 'step', value: 'two' }]) },
    });
    const json = (await response.json()) as {
      data: Record<string, { contact: { attributes: { key: string; value: string }[] } }>;
    };
    expect(json.data.a?.contact.attributes).toContainEqual({ key: 'step', value: 'one' });
    expect(json.data.b?.contact.attributes).toContainEqual({ key: 'step', value: 'two' });
  });

  // No GraphQL request can read another segment after a write today (a mutation reads only the
  // contact it acted on, which it forgets first), so this is checked on the request's own context.
  it('forgets every segment of the chain the request had read, not only the contact written through', async () => {
    const context = createContextFactory(
      loadConfig({ NODE_ENV: 'test' }),
      h.stack.connect,
      createLogger({ env: 'test' }),
    )();
    const later = { instanceId: SEED_INSTANCE_ID, contactId: LATER };
    const unrelated = { instanceId: SEED_INSTANCE_ID, contactId: BARE };
    expect((await context.loaders.contact.load(later)).Attributes).not.toHaveProperty('note');
    await context.loaders.contact.load(unrelated);
    const result = await graphql({
      schema: buildSchema(),
      source: `mutation($input: UpdateContactAttributesInput!) { updateContactAttributes(input: $input) { __typename } }`,
      variableValues: { input: input([{ key: 'note', value: 'seen by the later segment' }]) },
      contextValue: context,
    });
    expect(result).toEqual({ data: { updateContactAttributes: { __typename: 'UpdateContactAttributesSuccess' } } });
    expect((await context.loaders.contact.load(later)).Attributes).toMatchObject({ note: 'seen by the later segment' });
    await context.loaders.contact.load(unrelated);
    // The later segment was read again; the unrelated contact came from the cache.
    expect(h.stack.connectCalls('DescribeContact').map((call) => call.contactId)).toEqual([LATER, BARE, LATER]);
  });
});

describe('updateContactAttributes limits, checked before any call', () => {
  it('accepts a key of 32767 characters and refuses 32768', async () => {
    await expectAccepted(input([{ key: 'k'.repeat(32767), value: '' }], { initialContactId: BARE }));
    await expectRefused(input([{ key: 'k'.repeat(32768), value: '' }], { initialContactId: BARE }), [
      ['attributes', '0', 'key'],
    ]);
  });

  it('accepts keys of ASCII letters, digits, "-" and "_" and refuses any other character', async () => {
    const good = ['Case_ID-2', 'a', 'Z', '0', '9', '-', '_'];
    await expectAccepted(input(good.map((key) => ({ key, value: 'v' }))));
    const bad = ['case id', 'case.id', 'a:b', 'clé', 'ключ', emoji(1)];
    const result = await expectRefused(
      input(bad.map((key) => ({ key, value: 'v' }))),
      bad.map((_, i) => ['attributes', String(i), 'key']),
    );
    expect(result.fieldErrors[0]?.message).toMatch(/letters, digits, "-" and "_"/);
  });

  it('refuses an empty key, once, for its length', async () => {
    const result = await expectRefused(input([{ key: '', value: 'v' }]), [['attributes', '0', 'key']]);
    expect(result.fieldErrors[0]?.message).toMatch(/1 to 32767 characters/);
  });

  it('accepts a value of 32767 characters and refuses 32768', async () => {
    await expectAccepted(input([{ key: 'k', value: 'v'.repeat(32767) }], { initialContactId: BARE }));
    // One more character also takes the total to 32,769 bytes: two violations.
    await expectRefused(input([{ key: 'k', value: 'v'.repeat(32768) }], { initialContactId: BARE }), [
      ['attributes', '0', 'value'],
      ['attributes'],
    ]);
  });

  it("counts a value's length in code points: 32767 emoji break only the byte total", async () => {
    await expectRefused(input([{ key: 'k', value: emoji(32767) }]), [['attributes']]);
    await expectRefused(input([{ key: 'k', value: emoji(32768) }]), [['attributes', '0', 'value'], ['attributes']]);
  });

  it.each([
    ['one key and 8191 emoji', (extra: string) => [{ key: `abc${extra}d`, value: emoji(8191) }]],
    [
      'two keys, 8000 two-byte and 5588 three-byte characters',
      (extra: string) => [
        { key: 'ab', value: 'é'.repeat(8000) },
        { key: `c${extra}d`, value: '€'.repeat(5588) },
      ],
    ],
  ])('accepts keys and values of exactly 32,768 UTF-8 bytes (%s) and refuses 32,769', async (_case, attributes) => {
    await expectAccepted(input(attributes(''), { initialContactId: BARE }));
    const sent = Object.fromEntries(attributes('').map(({ key, value }) => [key, value]));
    expect(writes()[0]?.body).toMatchObject({ Attributes: sent });
    const refused = await expectRefused(input(attributes('x'), { initialContactId: BARE }), [['attributes']]);
    expect(refused.fieldErrors[0]?.message).toBe(
      'keys and values together must be at most 32768 bytes of UTF-8; got 32769',
    );
  });

  it('refuses a repeated key at the later entry, naming the first', async () => {
    const result = await expectRefused(
      input([
        { key: 'note', value: 'a' },
        { key: 'other', value: 'b' },
        { key: 'note', value: 'c' },
      ]),
      [['attributes', '2', 'key']],
    );
    expect(result.fieldErrors[0]?.message).toMatch(/attributes\[0\].*unique/);
  });

  it('refuses a lone surrogate, which the SDK would send unchecked', async () => {
    await expectRefused(input([{ key: 'k', value: 'ok\uD83D' }]), [['attributes', '0', 'value']]);
  });

  it('passes an instanceId of 100 characters on and refuses 101', async () => {
    // Past validation, the allow-list (the seed instance only) refuses it, still without a call.
    const passed = await update(input([], { instanceId: emoji(100) }));
    expect(passed.__typename).toBe('AccessDeniedError');
    await expectRefused(input([], { instanceId: emoji(101) }), [['instanceId']]);
  });

  it('passes an initialContactId of 256 characters to Connect and refuses 257, empty, "." and ".."', async () => {
    expect((await update(input([], { initialContactId: emoji(256) }))).__typename).toBe('ResourceNotFoundError');
    expect(writes()).toHaveLength(1);
    for (const initialContactId of [emoji(257), '', '.', '..'])
      await expectRefused(input([], { initialContactId }), [['initialContactId']]);
  });

  it('reports every violation at once, one FieldError each', async () => {
    await expectRefused(
      {
        instanceId: '',
        initialContactId: emoji(257),
        attributes: [
          { key: 'bad key', value: 'v' },
          { key: 'bad key', value: 'v'.repeat(32768) },
        ],
      },
      [
        ['instanceId'],
        ['initialContactId'],
        ['attributes', '0', 'key'],
        ['attributes', '1', 'key'],
        ['attributes', '1', 'key'],
        ['attributes', '1', 'value'],
        ['attributes'],
      ],
    );
  });
});

describe('a null attribute value is refused, never sent (the SDK would drop it silently)', () => {
  it('answers a null in variables with a GraphQL error naming the field, and does not call Connect', async () => {
    const response = await h.post({
      query:
        'mutation($input: UpdateContactAttributesInput!) { updateContactAttributes(input: $input) { __typename } }',
      variables: { input: { ...input([]), attributes: [{ key: 'note', value: null }] } },
    });
    const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.message).toBe(
      'Variable "$input" got an invalid value at "input.attributes[0].value"; Expected non-nullable type "String!" not to be null.',
    );
    expect(h.stack.emulator.calls).toHaveLength(0);
  });

  it('answers a null literal as a validation failure, and does not call Connect', async () => {
    const response = await h.post({
      query: `mutation { updateContactAttributes(input: { instanceId: "${SEED_INSTANCE_ID}", initialContactId: "${INITIAL}", attributes: [{ key: "note", value: null }] }) { __typename } }`,
    });
    const json = (await response.json()) as { errors?: { message: string; extensions: { code?: string } }[] };
    expect(json.errors?.[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/String!/),
    });
    expect(h.stack.emulator.calls).toHaveLength(0);
  });

  it("is refused by the declaration's own constraints too, for callers that bypass GraphQL", () => {
    const parsed = updateContactAttributesConstraints.safeParse({
      ...input([]),
      attributes: [{ key: 'note', value: null }],
    });
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['attributes', 0, 'value']]);
  });
});

describeSharedErrors({
  h,
  field: 'updateContactAttributes',
  document: UpdateContactAttributesDocument,
  operation: 'UpdateContactAttributes',
  // The model omits ThrottlingException, but any Connect API can answer 429.
  exceptions: [
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidActiveRegionException',
    'ThrottlingException',
  ],
  input: input([{ key: 'note', value: 'x' }]),
  unknownContact: input([{ key: 'note', value: 'x' }], { initialContactId: 'no-such-contact' }),
  outsideAllowList: input([{ key: 'note', value: 'x' }], { instanceId: 'another-instance' }),
});

describe("Connect's own refusal of updateContactAttributes", () => {
  it('a merge past 32,768 bytes with what the chain already holds is InvalidRequestError', async () => {
    await expectAccepted(input([{ key: 'a', value: 'x'.repeat(30_000) }], { initialContactId: BARE }));
    const result = await update(input([{ key: 'b', value: 'y'.repeat(3000) }], { initialContactId: BARE }));
    expect(result).toMatchObject({
      __typename: 'InvalidRequestError',
      message: expect.stringMatching(/33002/),
      requestId: expect.any(String),
    });
  });
});

describe('updateContactAttributes audit', () => {
  const SECRET_VALUE = 'card ending 4242, account 99-1234';

  it('writes one line naming the keys, never the values', async () => {
    const result = await update(
      input([
        { key: 'paymentNote', value: SECRET_VALUE },
        { key: 'caseId', value: '' },
      ]),
    );
    expect(h.audits('updateContactAttributes')).toEqual([
      expect.objectContaining({
        subject: SUBJECT,
        instanceId: SEED_INSTANCE_ID,
        contactId: INITIAL,
        fields: ['attributes'],
        keys: ['paymentNote', 'caseId'],
        result: 'UpdateContactAttributesSuccess',
        requestId: result.__typename === 'UpdateContactAttributesSuccess' ? result.requestId : 'missing',
      }),
    ]);
    expect(h.lines.join('\n')).not.toContain(SECRET_VALUE);
  });

  it('records refusals and Connect errors with their result type, still without values', async () => {
    await update(input([{ key: 'paymentNote', value: SECRET_VALUE }], { instanceId: 'another-instance' }));
    h.stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContactAttributes',
      times: 1,
    });
    await update(input([{ key: 'paymentNote', value: SECRET_VALUE }]));
    expect(h.audits('updateContactAttributes')).toEqual([
      expect.objectContaining({ result: 'AccessDeniedError', requestId: null, keys: ['paymentNote'] }),
      expect.objectContaining({ result: 'InternalServiceError', requestId: expect.any(String), keys: ['paymentNote'] }),
    ]);
    expect(h.lines.join('\n')).not.toContain(SECRET_VALUE);
  });
});
