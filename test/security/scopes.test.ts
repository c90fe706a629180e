import { describe, expect, it } from 'vitest';
import { ContactDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';

const stack = useStack({ env: HS256_ENV });

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Contact { id name } }
  }
`;
const representation = { __typename: 'Contact', instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID };

describe('scopes (contacts:read, contacts:write)', () => {
  it('refuses updateContact to a read-only token with FORBIDDEN, without calling Connect', async () => {
    const token = await hs256Token({ scope: 'contacts:read' });
    const { data, errors, status } = await stack.execute(
      UpdateContactDocument,
      { input: updateInput({ name: 'n' }) },
      bearer(token),
    );
    expect(status).toBe(200);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('takes scopes from an `scp` array as well as from `scope`', async () => {
    const token = await hs256Token({ scope: undefined, scp: ['contacts:write'] });
    const { data } = await stack
      .post(
        {
          query: 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { __typename } }',
          variables: { i: updateInput({ name: 'n' }) },
        },
        bearer(token),
      )
      .then(async (r) => (await r.json()) as { data: { updateContact: { __typename: string } } });
    expect(data.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it('refuses Query.contact to a write-only token, without calling Connect', async () => {
    const token = await hs256Token({ scope: 'contacts:write' });
    const { errors } = await stack.execute(
      ContactDocument,
      { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
      bearer(token),
    );
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('a write-only token updates, but reading the contact back is FORBIDDEN without a DescribeContact call', async () => {
    const token = await hs256Token({ scope: 'contacts:write' });
    const query =
      'mutation($i: UpdateContactInput!) { updateContact(input: $i) { ... on UpdateContactSuccess { contactId contact { name } } } }';
    const body = (await (
      await stack.post({ query, variables: { i: updateInput({ name: 'n' }) } }, bearer(token))
    ).json()) as {
      errors?: { extensions: { code: string }; path: string[] }[];
    };
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['updateContact', 'contact'] });
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(0);
  });

  it('reads a contact with contacts:read', async () => {
    const token = await hs256Token({ scope: 'contacts:read' });
    const { data } = await stack.execute(
      ContactDocument,
      { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
      bearer(token),
    );
    expect(data?.contact.__typename).toBe('Contact');
  });

  it('resolves `_entities` only with contacts:read; without it Connect is not called', async () => {
    const denied = await stack.post(
      { query: ENTITIES, variables: { representations: [representation] } },
      bearer(await hs256Token({ scope: 'contacts:write' })),
    );
    const deniedBody = (await denied.json()) as { errors?: { extensions: { code: string } }[] };
    expect(deniedBody.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(stack.connectCalls()).toHaveLength(0);

    const allowed = await stack.post(
      { query: ENTITIES, variables: { representations: [representation] } },
      bearer(await hs256Token({ scope: 'contacts:read' })),
    );
    const allowedBody = (await allowed.json()) as { data: { _entities: { id: string }[] } };
    expect(allowedBody.data._entities[0]?.id).toBe(ONGOING_CONTACT_ID);
  });
});
