import { describe, expect, it } from 'vitest';
import { INSTANCE_CLAIM } from '../../src/auth/identity.ts';
import { COMPLETED_CONTACT_ID, INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';

// The cache holds Connect's answers, never a caller's view: each read checks the caller first.
const stack = useStack({ env: { ...HS256_ENV, CONNECT_READ_CACHE_SECONDS: '30' } });

const QUERY = `query C($instanceId: ID!, $contactId: ID!) { contact(instanceId: $instanceId, contactId: $contactId) {
  __typename ... on Contact { name } ... on Error { message } } }`;

async function read(token: string) {
  const response = await stack.post(
    { query: QUERY, variables: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID } },
    bearer(token),
  );
  return (await response.json()) as {
    data?: { contact: { __typename: string; name?: string } | null };
    errors?: { extensions?: { code?: string } }[];
  };
}

describe('a contact in the read cache', () => {
  it('is answered to a caller who may read it, from the cache', async () => {
    const token = await hs256Token();
    expect((await read(token)).data?.contact?.name).toBe('Billing question');
    expect((await read(token)).data?.contact?.name).toBe('Billing question');
    expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
  });

  it('is refused to a token without contacts:read', async () => {
    const answer = await read(await hs256Token({ scope: 'contacts:write' }));
    expect(answer.data?.contact ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("is refused to a token whose instance list does not name the contact's instance", async () => {
    const answer = await read(await hs256Token({ [INSTANCE_CLAIM]: ['another-instance'] }));
    expect(answer.data?.contact?.__typename).toBe('AccessDeniedError');
  });
});

const REFERENCES = `query R($instanceId: ID!, $contactId: ID!) { contact(instanceId: $instanceId, contactId: $contactId) {
  __typename ... on Contact { references(types: [STRING]) { name value } } ... on Error { message } } }`;

async function readReferences(token: string) {
  const response = await stack.post(
    { query: REFERENCES, variables: { instanceId: INSTANCE_ID, contactId: COMPLETED_CONTACT_ID } },
    bearer(token),
  );
  return (await response.json()) as {
    data?: { contact: { __typename: string; references?: { name: string; value: string }[] } | null };
    errors?: { extensions?: { code?: string } }[];
  };
}

describe("a contact's references in the read cache", () => {
  const seeded = [{ name: 'order', value: 'ORD-1042' }];
  const lists = () => stack.connectCalls('ListContactReferences');

  it('are answered to a caller who may read them, from the cache', async () => {
    const token = await hs256Token();
    expect((await readReferences(token)).data?.contact?.references).toEqual(seeded);
    expect((await readReferences(token)).data?.contact?.references).toEqual(seeded);
    expect(lists()).toHaveLength(1);
  });

  it('are refused to a token without contacts:read, though cached', async () => {
    expect((await readReferences(await hs256Token())).data?.contact?.references).toEqual(seeded);
    const answer = await readReferences(await hs256Token({ scope: 'contacts:write' }));
    expect(answer.data?.contact ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(answer)).not.toContain('ORD-1042');
  });

  it("are refused to a token whose instance list does not name the contact's instance, though cached", async () => {
    expect((await readReferences(await hs256Token())).data?.contact?.references).toEqual(seeded);
    const answer = await readReferences(await hs256Token({ [INSTANCE_CLAIM]: ['another-instance'] }));
    expect(answer.data?.contact?.__typename).toBe('AccessDeniedError');
    expect(JSON.stringify(answer)).not.toContain('ORD-1042');
  });
});
