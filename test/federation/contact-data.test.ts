import { SEED_CONTACT_IDS, SEED_INSTANCE_ID, SYSTEM_TAG_INSTANCE_ID } from '@connect-gateway/connect-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack.ts';
import { type Router, startSupergraph } from './support/supergraph.ts';
import { startTicketSubgraph, type TicketRow, type TicketSubgraph } from './support/ticket-subgraph.ts';

// Contact.attributes and Contact.tags through a supergraph: the router reaches them through our
// `_entities`, one DescribeContact per distinct contact, and sees writes made through it.

const { chainInitial, chainTransferred, taskConnected } = SEED_CONTACT_IDS;
const ticket = (id: string, contactId: string): TicketRow => ({
  id,
  title: id,
  instanceId: SEED_INSTANCE_ID,
  contactId,
});
const TICKETS = [
  ticket('T-1', chainInitial),
  ticket('T-2', chainTransferred),
  ticket('T-3', taskConnected),
  ticket('T-4', chainInitial),
];
const DATA = '{ tickets { id contact { id attributes { key value } tags { key value } } } }';
const SYSTEM_TAG = { key: SYSTEM_TAG_INSTANCE_ID, value: SEED_INSTANCE_ID };

let stack: Stack;
let tickets: TicketSubgraph;
let router: Router;

beforeAll(async () => {
  stack = await startStack();
  tickets = await startTicketSubgraph(TICKETS);
  router = await startSupergraph({ contacts: stack.url, tickets: tickets.url });
});
afterAll(async () => {
  await router?.close();
  await tickets?.close();
  await stack?.close();
});
beforeEach(() => {
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

type Rows = { tickets: { id: string; contact: { id: string; attributes: unknown[]; tags: unknown[] } }[] };

describe('attributes and tags through the supergraph', () => {
  it("reads them through `_entities`: the chain's attributes on both segments, aws: tags included, one read per contact", async () => {
    const { data, errors } = await router.post(DATA);
    expect(errors).toBeUndefined();
    const chainAttributes = [
      { key: 'caseId', value: 'CASE-77' },
      { key: 'customerTier', value: 'gold' },
    ];
    expect((data as Rows).tickets).toEqual([
      { id: 'T-1', contact: { id: chainInitial, attributes: chainAttributes, tags: [SYSTEM_TAG] } },
      { id: 'T-2', contact: { id: chainTransferred, attributes: chainAttributes, tags: [SYSTEM_TAG] } },
      { id: 'T-3', contact: { id: taskConnected, attributes: [], tags: [SYSTEM_TAG] } },
      { id: 'T-4', contact: { id: chainInitial, attributes: chainAttributes, tags: [SYSTEM_TAG] } },
    ]);
    // Three distinct contacts, and no GetContactAttributes: the attributes come with DescribeContact.
    expect(stack.emulator.calls.map((call) => call.operation)).toEqual([
      'DescribeContact',
      'DescribeContact',
      'DescribeContact',
    ]);
  });

  it('writes attributes and tags through the router, and the supergraph then reads them', async () => {
    const written = await router.post(
      `mutation($attributes: UpdateContactAttributesInput!, $tags: TagContactInput!) {
        updateContactAttributes(input: $attributes) { __typename }
        tagContact(input: $tags) { __typename }
      }`,
      {
        attributes: {
          instanceId: SEED_INSTANCE_ID,
          initialContactId: chainInitial,
          attributes: [{ key: 'note', value: 'via the router' }],
        },
        tags: {
          instanceId: SEED_INSTANCE_ID,
          contactId: chainTransferred,
          tags: [{ key: 'escalation', value: 'level-2' }],
        },
      },
    );
    expect(written).toEqual({
      data: {
        updateContactAttributes: { __typename: 'UpdateContactAttributesSuccess' },
        tagContact: { __typename: 'TagContactSuccess' },
      },
    });

    const { data } = await router.post(DATA);
    const later = (data as Rows).tickets.find((row) => row.id === 'T-2')?.contact;
    expect(later?.attributes).toContainEqual({ key: 'note', value: 'via the router' });
    expect(later?.tags).toEqual([SYSTEM_TAG, { key: 'escalation', value: 'level-2' }]);
  });
});
