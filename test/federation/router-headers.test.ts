import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { bearer, HS256_ENV, hs256Token, ROUTER_SECRET } from '../support/tokens.ts';
import { type Federation, ROUTERS, startFederation } from './support/federation.ts';

// With AUTH_JWT_SECRET and ROUTER_SECRET set, the gateway wants two things on every subgraph
// request: the caller's own bearer token (who is asking, with which scopes) and the router secret
// (that the router is the one asking). A router must forward the first and add the second.

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation({
    env: { ...HS256_ENV, ROUTER_SECRET },
    routerSecret: ROUTER_SECRET,
    tickets: [{ id: 'T-1', title: 'Duplicate charge', instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID }],
  });
});
afterAll(() => federation?.close());
beforeEach(() => federation.stack.emulator.resetCalls());

const TICKETS = '{ tickets { id contact { instanceId id name } } }';
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateContactInput!) {
    updateContact(input: $input) { __typename ... on UpdateContactSuccess { contact { instanceId id name } } ... on Error { message } }
  }
`;
const updateInput = (name: string) => ({ input: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID, name } });

describe.each(ROUTERS)('%s forwarding authorization and adding router-authorization', (name) => {
  const router = () => federation.routers[name];

  it('serves a caller with a token: the entity read and the update both reach Connect', async () => {
    const headers = bearer(await hs256Token());
    const read = await router().post(TICKETS, undefined, headers);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      tickets: [{ id: 'T-1', contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, name: expect.any(String) } }],
    });

    const updated = await router().post(UPDATE, updateInput(`Renamed through ${name}`), headers);
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({
      updateContact: {
        __typename: 'UpdateContactSuccess',
        contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, name: `Renamed through ${name}` },
      },
    });
    expect(federation.stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it('the subgraph judges the caller, not the router: a read-only token cannot update', async () => {
    const { data, errors } = await router().post(
      UPDATE,
      updateInput('x'),
      bearer(await hs256Token({ scope: 'contacts:read' })),
    );
    expect(data?.updateContact ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(federation.stack.connectCalls('UpdateContact')).toHaveLength(0);
  });

  it('the router secret alone is not enough: a caller without a token gets UNAUTHENTICATED, no contact data', async () => {
    const { data, errors } = await router().post(TICKETS);
    // The ticket subgraph answers; our fields on the reference stay null.
    expect(data).toEqual({
      tickets: [{ id: 'T-1', contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, name: null } }],
    });
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(federation.stack.connectCalls('DescribeContact')).toHaveLength(0);
  });
});
