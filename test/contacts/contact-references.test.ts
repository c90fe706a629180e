import { REFERENCES_PAGE_SIZE } from '@connect-gateway/connect-emulator';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ContactReferencesDocument,
  type ReferenceType,
  UpdateContactDocument,
  type UpdateContactInput,
} from '../../operations/generated/graphql.ts';
import { MAX_REFERENCE_PAGES } from '../../src/connect/contact-references.ts';
import { subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { addContacts } from '../support/many-contacts.ts';
import { type Stack, useStack } from '../support/stack.ts';

// Contact.references: what updateContact wrote, read back through ListContactReferences (the real
// SDK, the emulator), every page, every type, the types filter, and the bounds on calls.

const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/x/file/abc';

async function update(stack: Stack, input: UpdateContactInput) {
  const { data, errors } = await stack.execute(UpdateContactDocument, { input });
  expect(errors).toBeUndefined();
  expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
}

async function references(stack: Stack, contactId: string, types: ReferenceType[] | null = null) {
  stack.emulator.resetCalls();
  const { data, errors } = await stack.execute(ContactReferencesDocument, {
    instanceId: INSTANCE_ID,
    contactId,
    types,
  });
  expect(errors).toBeUndefined();
  const contact = data?.contact;
  if (contact?.__typename !== 'Contact') throw new Error(`expected a Contact, got ${JSON.stringify(contact)}`);
  return contact.references;
}

/** The ReferenceTypes of each ListContactReferences call, in order. */
const typesSent = (stack: Stack) =>
  stack.connectCalls('ListContactReferences').map((call) => {
    const query = new URLSearchParams(call.rawPath.split('?')[1] ?? '');
    return query.getAll('referenceTypes');
  });

const manyStrings = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`r${i}`, { Type: 'STRING' as const, Value: `${i}` }]));

describe('Contact.references', () => {
  const stack = useStack();
  const fresh = () => addContacts(stack, 1, `refs-${Math.random().toString(36).slice(2)}`)[0] ?? '';

  it('reads back every type updateContact wrote, each with the members its summary has', async () => {
    const id = fresh();
    await update(
      stack,
      updateInput({
        contactId: id,
        references: [
          { key: 'link', type: 'URL', value: 'https://example.com' },
          { key: 'note', type: 'STRING', value: 'hello' },
          { key: 'count', type: 'NUMBER', value: '3' },
          { key: 'due', type: 'DATE', value: '1735689600' },
          { key: 'mail', type: 'EMAIL', value: 'a@example.com' },
          { key: 'file', type: 'ATTACHMENT', value: 'f.pdf', status: 'APPROVED', arn: ARN, statusReason: 'scanned' },
          { key: 'message', type: 'EMAIL_MESSAGE', arn: ARN },
          { key: 'plain', type: 'EMAIL_MESSAGE_PLAIN_TEXT', arn: ARN },
        ],
      }),
    );
    const read = await references(stack, id);
    const blank = { value: null, status: null, arn: null, statusReason: null };
    // In Connect's order, call by call: the first call's types, then the second's.
    expect(read).toEqual([
      { ...blank, name: 'link', type: 'URL', value: 'https://example.com' },
      { ...blank, name: 'note', type: 'STRING', value: 'hello' },
      { ...blank, name: 'count', type: 'NUMBER', value: '3' },
      { ...blank, name: 'due', type: 'DATE', value: '1735689600' },
      // ListContactReferences' AttachmentReference has no StatusReason: what was written is not answered.
      { ...blank, name: 'file', type: 'ATTACHMENT', value: 'f.pdf', status: 'APPROVED', arn: ARN },
      { ...blank, name: 'mail', type: 'EMAIL', value: 'a@example.com' },
      { ...blank, name: 'message', type: 'EMAIL_MESSAGE', arn: ARN },
      { ...blank, name: 'plain', type: 'EMAIL_MESSAGE_PLAIN_TEXT', arn: ARN },
    ]);
    // All 11 types, in calls of the model's 6 at most.
    expect(typesSent(stack)).toEqual([
      ['URL', 'ATTACHMENT', 'CONTACT_ANALYSIS', 'NUMBER', 'STRING', 'DATE'],
      [
        'EMAIL',
        'EMAIL_MESSAGE',
        'EMAIL_MESSAGE_PLAIN_TEXT',
        'EMAIL_MESSAGE_PLAIN_TEXT_REDACTED',
        'EMAIL_MESSAGE_REDACTED',
      ],
    ]);
  });

  it('sends the types filter to Connect, without duplicates, and answers only those types', async () => {
    const id = fresh();
    await update(
      stack,
      updateInput({
        contactId: id,
        references: [
          { key: 'link', type: 'URL', value: 'https://example.com' },
          { key: 'note', type: 'STRING', value: 'hello' },
        ],
      }),
    );
    expect((await references(stack, id, ['URL', 'URL'])).map((r) => r.name)).toEqual(['link']);
    expect(typesSent(stack)).toEqual([['URL']]);
    expect(await references(stack, id, [])).toEqual([]);
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(0);
  });

  it(`reads every page: ${REFERENCES_PAGE_SIZE * 2 + 1} references are ${3} calls`, async () => {
    const id = fresh();
    const written = manyStrings(REFERENCES_PAGE_SIZE * 2 + 1);
    await update(
      stack,
      updateInput({
        contactId: id,
        references: Object.entries(written).map(([key, ref]) => ({ key, type: ref.Type, value: ref.Value })),
      }),
    );
    expect((await references(stack, id, ['STRING'])).map((r) => r.name)).toEqual(Object.keys(written));
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(3);
  });

  it(`reads at most ${MAX_REFERENCE_PAGES} pages per call of types; one more is a bad answer, not a part`, async () => {
    const [within, beyond] = addContacts(stack, 2, 'pages');
    const full = REFERENCES_PAGE_SIZE * MAX_REFERENCE_PAGES;
    // Written into the emulator's state: more references than one UpdateContact's 4,096 bytes hold.
    const setReferences = (contactId: string | undefined, count: number) => {
      const stored = stack.emulator.store.getContact(INSTANCE_ID, contactId ?? '');
      if (!stored) throw new Error(`no contact ${contactId}`);
      stored.references = manyStrings(count);
    };
    setReferences(within, full);
    setReferences(beyond, full + 1);
    expect(await references(stack, within ?? '', ['STRING'])).toHaveLength(full);
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(MAX_REFERENCE_PAGES);

    stack.emulator.resetCalls();
    const body = (await (
      await stack.post({
        query: `{ contact(instanceId: "${INSTANCE_ID}", contactId: "${beyond}") { ... on Contact { instanceId id references(types: [STRING]) { name } } } }`,
      })
    ).json()) as { data: unknown; errors: { path: string[]; extensions: { code: string } }[] };
    expect(body.errors.map((e) => [e.path.join('.'), e.extensions.code])).toEqual([
      ['contact.references', 'CONNECT_BAD_RESPONSE'],
    ]);
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(MAX_REFERENCE_PAGES);
  });

  it("answers Connect's documented error at the field with the error table's code", async () => {
    const id = fresh();
    stack.emulator.faults.add({
      kind: 'error',
      name: 'ResourceNotFoundException',
      operation: 'ListContactReferences',
      times: 1,
    });
    const body = (await (
      await stack.post({
        query: `{ contact(instanceId: "${INSTANCE_ID}", contactId: "${id}") { ... on Contact { instanceId id name references { name } } } }`,
      })
    ).json()) as { data: unknown; errors: { path: string[]; extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.path).toEqual(['contact', 'references']);
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RESOURCE_NOT_FOUND' });
    expect(body.errors[0]?.extensions.awsRequestId).toBeTypeOf('string');
    // `references` is non-null (the public contract), so the error nulls the contact, and the root.
    expect(body.data).toBeNull();
  });

  it('reads a contact written through in the same request anew (the loader forgets it)', async () => {
    const id = fresh();
    const select = '... on UpdateContactSuccess { contact { instanceId id references(types: [URL]) { name } } }';
    const query = `mutation($a: UpdateContactInput!, $b: UpdateContactInput!) {
      a: updateContact(input: $a) { ${select} }
      b: updateContact(input: $b) { ${select} }
    }`;
    const answer = (await (
      await stack.post({
        query,
        variables: {
          a: updateInput({ contactId: id, references: [{ key: 'x', type: 'URL', value: 'u' }] }),
          b: updateInput({ contactId: id, references: [{ key: 'y', type: 'URL', value: 'v' }] }),
        },
      })
    ).json()) as { data: Record<'a' | 'b', { contact: { references: { name: string }[] } }> };
    expect(answer.data.a.contact.references).toEqual([{ name: 'x' }]);
    expect(answer.data.b.contact.references).toEqual([{ name: 'x' }, { name: 'y' }]);
  });
});

describe('Contact.references in a subscription', () => {
  const stack = useStack();

  it('reads each event anew: the second change shows both references', async () => {
    const [id = ''] = addContacts(stack, 1, 'subscribed');
    const document = parse(`subscription($instanceId: ID!, $contactId: ID) {
      contactChanged(instanceId: $instanceId, contactId: $contactId) {
        contact { instanceId id references(types: [URL]) { name } }
      }
    }`) as TypedDocumentNode<
      { contactChanged: { contact: { references: { name: string }[] } } },
      Record<string, string>
    >;
    const stream = await subscribe(stack.url, document, { instanceId: INSTANCE_ID, contactId: id });
    try {
      const names = async () => {
        const event = await stream.next(5_000);
        if (event.event !== 'next') throw new Error('the stream ended');
        expect(event.data.errors).toBeUndefined();
        return event.data.data?.contactChanged.contact.references.map((r) => r.name);
      };
      await update(stack, updateInput({ contactId: id, references: [{ key: 'x', type: 'URL', value: 'u' }] }));
      expect(await names()).toEqual(['x']);
      await update(stack, updateInput({ contactId: id, references: [{ key: 'y', type: 'URL', value: 'v' }] }));
      expect(await names()).toEqual(['x', 'y']);
    } finally {
      stream.close();
    }
  });
});

describe('Contact.references of an event, with many subscribers', () => {
  const stack = useStack();

  it('is listed once per event on the replica, shared by its 20 subscribers', async () => {
    const [id = ''] = addContacts(stack, 1, 'shared');
    const document = parse(`subscription($instanceId: ID!, $contactId: ID) {
      contactChanged(instanceId: $instanceId, contactId: $contactId) {
        contact { instanceId id references(types: [URL]) { name } }
      }
    }`) as TypedDocumentNode<
      { contactChanged: { contact: { references: { name: string }[] } } },
      Record<string, string>
    >;
    const streams = await Promise.all(
      Array.from({ length: 20 }, () => subscribe(stack.url, document, { instanceId: INSTANCE_ID, contactId: id })),
    );
    try {
      stack.emulator.resetCalls();
      await update(stack, updateInput({ contactId: id, references: [{ key: 'x', type: 'URL', value: 'u' }] }));
      for (const stream of streams) {
        const event = await stream.next(5_000);
        if (event.event !== 'next') throw new Error('the stream ended');
        expect(event.data.data?.contactChanged.contact.references).toEqual([{ name: 'x' }]);
      }
      expect(stack.connectCalls('ListContactReferences')).toHaveLength(1);
    } finally {
      for (const stream of streams) stream.close();
    }
  });
});

describe('Contact.references within the read cap (MAX_CONTACT_READS_PER_REQUEST=5)', () => {
  const stack = useStack({ env: { MAX_CONTACT_READS_PER_REQUEST: '5' } });
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { instanceId id
    a: references(types: [URL]) { name } b: references(types: [URL, URL]) { name } } } }`;

  it('lists the references of 5 contacts with one call each; the same types twice are one listing', async () => {
    const ids = addContacts(stack, 5, 'cap');
    stack.emulator.resetCalls();
    const body = (await (
      await stack.post({
        query: ENTITIES,
        variables: { r: ids.map((id) => ({ __typename: 'Contact', instanceId: INSTANCE_ID, id })) },
      })
    ).json()) as { data: { _entities: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(5);
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(5);
  });

  it('refuses listings past the cap without a call (other types of the same contacts)', async () => {
    const ids = addContacts(stack, 3, 'cap-types');
    stack.emulator.resetCalls();
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { instanceId id
      a: references(types: [URL]) { name } b: references(types: [STRING]) { name } } } }`;
    const body = (await (
      await stack.post({
        query,
        variables: { r: ids.map((id) => ({ __typename: 'Contact', instanceId: INSTANCE_ID, id })) },
      })
    ).json()) as { errors?: { extensions: { code: string } }[] };
    // 6 listings asked, 5 allowed: one fails with TOO_MANY_READS and never reaches Connect.
    expect(body.errors?.map((e) => e.extensions.code)).toEqual(['TOO_MANY_READS']);
    expect(stack.connectCalls('ListContactReferences')).toHaveLength(5);
  });
});

describe("Contact.references within ListContactReferences' quota (CONNECT_QUOTAS)", () => {
  const stack = useStack({
    // DescribeContact raised far above the test's needs, ListContactReferences at Connect's default.
    env: {
      CONNECT_QUOTAS: 'DescribeContact=1000/1500',
      GRAPHQL_DEADLINE_MS: '1500',
      MAX_CONTACT_READS_PER_REQUEST: '50',
    },
    client: { maxAttempts: 1 },
  });

  it('50 contacts × references: Connect never answers 429; what the budget cannot serve in time is THROTTLING', async () => {
    // Connect's own default for ListContactReferences: 2/s, burst 5.
    stack.emulator.faults.add({ kind: 'quotas' });
    const ids = addContacts(stack, 50, 'budget');
    stack.emulator.resetCalls();
    const body = (await (
      await stack.post({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { instanceId id references(types: [URL]) { name } } } }`,
        variables: { r: ids.map((id) => ({ __typename: 'Contact', instanceId: INSTANCE_ID, id })) },
      })
    ).json()) as { data: { _entities: unknown[] }; errors?: { path: unknown[]; extensions: { code: string } }[] };
    const calls = stack.connectCalls('ListContactReferences');
    expect(calls.filter((c) => c.status !== 200)).toHaveLength(0);
    // The budget spends 2/s burst 5 as 2 calls per 1-second window: 2 to 3 windows within 1.5 s.
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(50);
    // Every other listing is THROTTLING at its field, its contact null (the list is non-null).
    expect(body.errors?.map((e) => [e.path.at(-1), e.extensions.code])).toEqual(
      Array.from({ length: 50 - calls.length }, () => ['references', 'THROTTLING']),
    );
    expect(body.data._entities.filter((e) => e !== null)).toHaveLength(calls.length);
  });
});
