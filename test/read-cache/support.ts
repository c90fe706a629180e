import type { Contact } from '@aws-sdk/client-connect';
import { SEED_CONTACT_IDS } from '@connect-gateway/connect-emulator';
import { INSTANCE_ID } from '../support/fixtures.ts';
import type { Stack } from '../support/stack.ts';

export const CHAIN_INITIAL: string = SEED_CONTACT_IDS.chainInitial;
export const CHAIN_TRANSFERRED: string = SEED_CONTACT_IDS.chainTransferred;

export interface ReadContact {
  id: string;
  name: string | null;
  attributes: { key: string; value: string }[];
}

/** One request reading each contact (name and chain attributes) through Query.contact. */
export async function readContacts(stack: Stack, contactIds: readonly string[]): Promise<ReadContact[]> {
  const fields = contactIds.map(
    (_, i) =>
      `c${i}: contact(instanceId: $instanceId, contactId: $id${i}) { __typename ... on Contact { instanceId id name attributes { key value } } ... on Error { message } }`,
  );
  const variables = Object.fromEntries(contactIds.map((id, i) => [`id${i}`, id]));
  const query = `query Read($instanceId: ID!, ${contactIds.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join('\n')} }`;
  const response = await stack.post({ query, variables: { instanceId: INSTANCE_ID, ...variables } });
  const body = (await response.json()) as { data?: Record<string, ReadContact & { __typename: string }> };
  return contactIds.map((_, i) => {
    const contact = body.data?.[`c${i}`];
    if (contact?.__typename !== 'Contact') throw new Error(`not a contact: ${JSON.stringify(body)}`);
    return { id: contact.id, name: contact.name, attributes: contact.attributes };
  });
}

/** updateContact's name, without reading the contact in the same request. */
export async function rename(stack: Stack, contactId: string, name: string): Promise<void> {
  const response = await stack.post({
    query:
      'mutation R($input: UpdateContactInput!) { updateContact(input: $input) { __typename ... on Error { message } } }',
    variables: { input: { instanceId: INSTANCE_ID, contactId, name } },
  });
  const body = (await response.json()) as { data?: { updateContact: { __typename: string } } };
  if (body.data?.updateContact.__typename !== 'UpdateContactSuccess') throw new Error(JSON.stringify(body));
}

/** updateContactAttributes on the chain `initialContactId` names, without reading a contact. */
export async function setAttribute(stack: Stack, initialContactId: string, key: string, value: string): Promise<void> {
  const response = await stack.post({
    query:
      'mutation A($input: UpdateContactAttributesInput!) { updateContactAttributes(input: $input) { __typename ... on Error { message } } }',
    variables: { input: { instanceId: INSTANCE_ID, initialContactId, attributes: [{ key, value }] } },
  });
  const body = (await response.json()) as { data?: { updateContactAttributes: { __typename: string } } };
  if (body.data?.updateContactAttributes.__typename !== 'UpdateContactAttributesSuccess')
    throw new Error(JSON.stringify(body));
}

/** The value of one metric sample on the stack's /metrics (0 when absent). */
export async function metric(stack: Stack, sample: string): Promise<number> {
  const text = await (await fetch(stack.metricsUrl)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? 0 : Number(line.slice(sample.length + 1));
}

/** An answer held back until `release`, as one slower than a change would be. */
export function heldAnswer<T>(answer: T) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  let begun = () => {};
  const begunPromise = new Promise<void>((resolve) => {
    begun = resolve;
  });
  const call = async () => {
    calls++;
    begun();
    await released;
    return answer;
  };
  return { call, release, begun: begunPromise, calls: () => calls };
}

/** A DescribeContact answer held back until `release`. */
export function heldRead(contact: Contact) {
  const held = heldAnswer(contact);
  return { ...held, describe: held.call };
}

export interface ReadReference {
  name: string;
  type: string;
  value: string | null;
}

/** One request reading a contact's references of `types` (null: every type) through Query.contact. */
export async function readReferences(
  stack: Stack,
  contactId: string,
  types: readonly string[] | null,
  headers?: Record<string, string>,
): Promise<ReadReference[]> {
  const response = await stack.post(
    {
      query: `query Refs($instanceId: ID!, $contactId: ID!, $types: [ReferenceType!]) {
        contact(instanceId: $instanceId, contactId: $contactId) {
          __typename ... on Contact { references(types: $types) { name type value } } ... on Error { message } } }`,
      variables: { instanceId: INSTANCE_ID, contactId, types },
    },
    headers,
  );
  const body = (await response.json()) as {
    data?: { contact: { __typename: string; references?: ReadReference[] } | null };
  };
  const contact = body.data?.contact;
  if (contact?.__typename !== 'Contact' || contact.references === undefined)
    throw new Error(`not a contact's references: ${JSON.stringify(body)}`);
  return contact.references;
}
