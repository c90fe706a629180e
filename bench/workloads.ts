// The request bodies every server receives, and what a correct answer looks like.
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '@connect-gateway/connect-emulator';

export type Expectation =
  /** Any 2xx answer is fine (the "hello" ceiling). */
  | { kind: 'status-only' }
  /**
   * `count` results, each with this __typename: the fields of `data`, or the items of the list
   * field `data[list]` when `list` is given.
   */
  | { kind: 'typenames'; typename: string; count: number; list?: string };

export interface Workload {
  name: string;
  body: string;
  expect: Expectation;
}

/** One updateContact, selecting what a frontend would: the result's type, ids and any error message. */
export const UPDATE_WORKLOAD: Workload = {
  name: 'updateContact',
  body: JSON.stringify({
    query: `mutation UpdateContact($input: UpdateContactInput!) {
  updateContact(input: $input) {
    __typename
    ... on UpdateContactSuccess { contactId requestId }
    ... on Error { message }
  }
}`,
    variables: {
      input: {
        instanceId: SEED_INSTANCE_ID,
        contactId: SEED_CONTACT_IDS.voiceInbound,
        name: 'Billing question — refund approved',
        description: 'Customer asked about a duplicate charge; refund issued.',
        references: [{ key: 'ticket', type: 'URL', value: 'https://tickets.example.com/T-1042' }],
      },
    },
  }),
  expect: { kind: 'typenames', typename: 'UpdateContactSuccess', count: 1 },
};

export const READ_FIELDS = 50;
export const READ_DISTINCT = 25;

/** The contact ids workload 2 reads; the runner adds them to the emulator first. */
export const READ_CONTACT_IDS = Array.from(
  { length: READ_DISTINCT },
  (_, i) => `bench0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
);

/**
 * Workload 2: 50 contacts (25 distinct) in one request, as a federation router fetches them: one
 * `_entities` field with 50 representations. (50 aliased `contact` fields would be refused by the
 * gateway's alias limit, 15.)
 */
export const READ_WORKLOAD: Workload = {
  name: `read ${READ_FIELDS} contacts (${READ_DISTINCT} distinct) through _entities`,
  body: JSON.stringify({
    query: `query Contacts($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Contact { id name channel lastUpdateTimestamp }
  }
}`,
    variables: {
      representations: Array.from({ length: READ_FIELDS }, (_, i) => ({
        __typename: 'Contact',
        instanceId: SEED_INSTANCE_ID,
        id: READ_CONTACT_IDS[i % READ_DISTINCT],
      })),
    },
  }),
  expect: { kind: 'typenames', typename: 'Contact', count: READ_FIELDS, list: '_entities' },
};

/** The contacts workload 2 reads, as POSTed to the emulator's /_emulator/contacts. */
export const READ_CONTACTS = READ_CONTACT_IDS.map((contactId, i) => ({
  instanceId: SEED_INSTANCE_ID,
  contactId,
  contact: { Channel: 'CHAT', InitiationMethod: 'API', Name: `Bench contact ${i}` },
}));
