import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { type Federation, startFederation } from './support/federation.ts';

// `_entities` has no result union: a contact that cannot be read is an error for that entity only.
// The two routers report it differently, and clients behind them must expect either shape.
let federation: Federation;
beforeAll(async () => {
  federation = await startFederation({
    tickets: [
      { id: 'T-1', title: 'Duplicate charge', instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
      { id: 'T-3', title: 'Ghost', instanceId: INSTANCE_ID, contactId: 'no-such-contact' },
    ],
  });
});
afterAll(() => federation?.close());

const QUERY = '{ tickets { id contact { instanceId id name channel } } }';
const NOT_FOUND = {
  message: 'Contact not found: no-such-contact',
  extensions: expect.objectContaining({ code: 'RESOURCE_NOT_FOUND', serviceName: 'contacts' }),
};

// Both keep the reference the ticket subgraph returned; the fields only we resolve are null.
const EXPECTED_DATA = {
  tickets: [
    {
      id: 'T-1',
      contact: { instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID, name: 'Billing question', channel: 'VOICE' },
    },
    { id: 'T-3', contact: { instanceId: INSTANCE_ID, id: 'no-such-contact', name: null, channel: null } },
  ],
};

describe('a ticket whose contact does not exist; the other tickets still get theirs', () => {
  it('Apollo Gateway: one error, at the entity (the referencing field)', async () => {
    const { data, errors } = await federation.routers['Apollo Gateway'].post(QUERY);
    expect(data).toEqual(EXPECTED_DATA);
    expect(errors).toEqual([expect.objectContaining({ ...NOT_FOUND, path: ['tickets', 1, 'contact'] })]);
  });

  it('Hive Gateway: one error per selected field the contacts subgraph resolves', async () => {
    const { data, errors } = await federation.routers['Hive Gateway'].post(QUERY);
    expect(data).toEqual(EXPECTED_DATA);
    expect(errors).toEqual([
      expect.objectContaining({ ...NOT_FOUND, path: ['tickets', 1, 'contact', 'name'] }),
      expect.objectContaining({ ...NOT_FOUND, path: ['tickets', 1, 'contact', 'channel'] }),
    ]);
  });
});
