import { describe, expect, it } from 'vitest';
import { ContactDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';

const OTHER_INSTANCE = '99999999-2222-4333-8444-555555555555';

// The seeded instance and one more are allowed; anything else is not.
const stack = useStack({ env: { ...HS256_ENV, CONNECT_INSTANCE_IDS: `${INSTANCE_ID},${OTHER_INSTANCE}` } });

const update = async (instanceId: string, claims = {}) =>
  stack.execute(
    UpdateContactDocument,
    { input: updateInput({ instanceId, name: 'n' }) },
    bearer(await hs256Token(claims)),
  );

describe('instance allow-lists (CONNECT_INSTANCE_IDS and the connect_instances claim)', () => {
  it('updates a contact of an allowed instance', async () => {
    const { data } = await update(INSTANCE_ID);
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it('answers AccessDeniedError (requestId null) for an instance outside CONNECT_INSTANCE_IDS, without calling Connect', async () => {
    const { data } = await update('00000000-0000-4000-8000-000000000000');
    expect(data?.updateContact).toMatchObject({ __typename: 'AccessDeniedError', requestId: null });
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('narrows further by the token claim: an allowed instance not in connect_instances is denied', async () => {
    const { data } = await update(INSTANCE_ID, { connect_instances: [OTHER_INSTANCE] });
    expect(data?.updateContact).toMatchObject({ __typename: 'AccessDeniedError', requestId: null });
    expect(stack.connectCalls()).toHaveLength(0);
    const allowed = await update(INSTANCE_ID, { connect_instances: `${INSTANCE_ID} ${OTHER_INSTANCE}` });
    expect(allowed.data?.updateContact.__typename).toBe('UpdateContactSuccess');
  });

  it('never widens: a claim naming an instance outside CONNECT_INSTANCE_IDS does not allow it', async () => {
    const outside = '00000000-0000-4000-8000-000000000000';
    const { data } = await update(outside, { connect_instances: [outside] });
    expect(data?.updateContact.__typename).toBe('AccessDeniedError');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('applies to Query.contact and to `_entities` too', async () => {
    const token = await hs256Token({ connect_instances: [OTHER_INSTANCE] });
    const { data } = await stack.execute(
      ContactDocument,
      { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
      bearer(token),
    );
    expect(data?.contact.__typename).toBe('AccessDeniedError');
    const entities = await stack.post(
      {
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { id } } }',
        variables: { r: [{ __typename: 'Contact', instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID }] },
      },
      bearer(token),
    );
    const body = (await entities.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code).toBe('ACCESS_DENIED');
    expect(stack.connectCalls()).toHaveLength(0);
  });
});
