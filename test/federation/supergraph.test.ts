import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMPLETED_CONTACT_ID, INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { addContacts } from '../support/many-contacts.ts';
import { useStack } from '../support/stack.ts';
import { composeSupergraph, type Router, startRouter } from './support/supergraph.ts';
import { startTicketSubgraph, type TicketRow, type TicketSubgraph } from './support/ticket-subgraph.ts';

// 50 tickets over 25 contacts (two tickets each), plus tickets for two seeded contacts.
const CONTACTS = 25;
const TICKETS = 50;

const seededTickets: TicketRow[] = [
  { id: 'T-1', title: 'Duplicate charge', instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
  { id: 'T-2', title: 'Where is my order', instanceId: INSTANCE_ID, contactId: COMPLETED_CONTACT_ID },
];

const stack = useStack();
let tickets: TicketSubgraph;
let router: Router;
let bulkIds: string[];
beforeAll(async () => {
  bulkIds = addContacts(stack, CONTACTS, 'fed');
  tickets = await startTicketSubgraph(seededTickets);
  const composed = composeSupergraph({ contacts: stack.url, tickets: tickets.url });
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  router = await startRouter(composed.supergraphSdl);
});
afterAll(async () => {
  await router?.close();
  await tickets?.close();
});
beforeEach(() => {
  tickets.tickets = [...seededTickets];
});

describe('a federation gateway serving the supergraph', () => {
  it('answers a query that starts at tickets and reads Contact fields from our subgraph', async () => {
    const { data, errors } = await router.post(
      '{ tickets { id title contact { id name channel initiationTimestamp } } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      tickets: [
        {
          id: 'T-1',
          title: 'Duplicate charge',
          contact: {
            id: ONGOING_CONTACT_ID,
            name: 'Billing question',
            channel: 'VOICE',
            initiationTimestamp: '2025-01-15T09:00:00.000Z',
          },
        },
        {
          id: 'T-2',
          title: 'Where is my order',
          contact: {
            id: COMPLETED_CONTACT_ID,
            name: 'Order status',
            channel: 'CHAT',
            initiationTimestamp: '2025-01-14T15:30:00.000Z',
          },
        },
      ],
    });
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(2);
  });

  it(`reads ${TICKETS} tickets pointing at ${CONTACTS} contacts with exactly ${CONTACTS} DescribeContact calls`, async () => {
    tickets.tickets = Array.from({ length: TICKETS }, (_, i) => ({
      id: `B-${i}`,
      title: `Ticket ${i}`,
      instanceId: INSTANCE_ID,
      contactId: bulkIds[i % CONTACTS]!,
    }));
    const { data, errors } = await router.post('{ tickets { id contact { id name } } }');

    expect(errors).toBeUndefined();
    const rows = (data as { tickets: { id: string; contact: { id: string; name: string } }[] }).tickets;
    expect(rows).toHaveLength(TICKETS);
    for (const [i, row] of rows.entries())
      expect(row.contact).toEqual({ id: bulkIds[i % CONTACTS], name: `Contact ${i % CONTACTS}` });
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(CONTACTS);
    expect(new Set(stack.emulator.calls.map((c) => c.contactId)).size).toBe(CONTACTS);
  });

  it('goes through a union the other subgraph owns, and into our entity', async () => {
    const { data, errors } = await router.post(
      'query($id: ID!) { ticket(id: $id) { __typename ... on Ticket { contact { name } } ... on Error { message } } }',
      { id: 'T-1' },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ ticket: { __typename: 'Ticket', contact: { name: 'Billing question' } } });
  });

  it('runs updateContact through the federation gateway, and the supergraph then reads the new name', async () => {
    const mutation = /* GraphQL */ `
      mutation ($input: UpdateContactInput!) {
        updateContact(input: $input) {
          __typename
          ... on UpdateContactSuccess { contactId contact { name description } }
          ... on Error { message }
        }
      }
    `;
    const input = {
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
      name: 'Refund approved',
      description: 'Via the supergraph',
    };
    const updated = await router.post(mutation, { input });
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({
      updateContact: {
        __typename: 'UpdateContactSuccess',
        contactId: ONGOING_CONTACT_ID,
        contact: { name: 'Refund approved', description: 'Via the supergraph' },
      },
    });
    expect(stack.emulator.calls.map((c) => c.operation)).toEqual(['UpdateContact', 'DescribeContact']);

    const { data } = await router.post('{ tickets { id contact { name } } }');
    expect(data).toMatchObject({ tickets: [{ id: 'T-1', contact: { name: 'Refund approved' } }, { id: 'T-2' }] });
  });

  it('answers a failed update with our error union member, through the gateway', async () => {
    const { data, errors } = await router.post(
      'mutation($input: UpdateContactInput!) { updateContact(input: $input) { __typename ... on InvalidParameterError { fieldErrors { path } } } }',
      { input: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID, name: 'x'.repeat(513) } },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      updateContact: { __typename: 'InvalidParameterError', fieldErrors: [{ path: ['input', 'name'] }] },
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });
});
