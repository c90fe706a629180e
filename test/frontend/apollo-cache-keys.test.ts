import { InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApolloClient, createContactCache } from '../../operations/examples/apollo-client.ts';
import { ContactDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import introspection from '../../operations/generated/possible-types.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

const variables = (contactId: string) => ({ instanceId: INSTANCE_ID, contactId });

describe('Apollo Client 4 with the documented cache: Contact is keyed by instanceId and id', () => {
  it('reads a contact from the cache after updateContact with the new name, without asking the gateway', async () => {
    const client = createApolloClient(stack.url, createContactCache());
    const before = await client.query({ query: ContactDocument, variables: variables(ONGOING_CONTACT_ID) });
    expect(before.data?.contact).toMatchObject({ __typename: 'Contact', name: 'Billing question' });

    const { data } = await client.mutate({
      mutation: UpdateContactDocument,
      variables: { input: updateInput({ name: 'Refund approved' }) },
    });
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    const describesSoFar = stack.connectCalls('DescribeContact').length;

    const after = await client.query({
      query: ContactDocument,
      variables: variables(ONGOING_CONTACT_ID),
      fetchPolicy: 'cache-only',
    });
    expect(after.data?.contact).toMatchObject({ __typename: 'Contact', name: 'Refund approved' });
    expect(stack.connectCalls('DescribeContact')).toHaveLength(describesSoFar);
  });

  it('refuses to store a contact selected without instanceId, so every operation selects both keys', async () => {
    const client = createApolloClient(stack.url, createContactCache());
    const withoutInstanceId = parse(
      'mutation($input: UpdateContactInput!) { updateContact(input: $input) { __typename ... on UpdateContactSuccess { contact { id name } } } }',
    );
    await expect(
      client.mutate({ mutation: withoutInstanceId, variables: { input: updateInput({ name: 'x' }) } }),
    ).rejects.toThrow(/Missing field 'instanceId'/);
  });

  it("keeps each contact's queue and agent timestamps apart, though the queue and agent ids are shared", async () => {
    const shared = (contactId: string, at: string) =>
      stack.emulator.store.addContact({
        instanceId: INSTANCE_ID,
        contactId,
        contact: {
          Channel: 'VOICE',
          QueueInfo: { Id: 'q-shared', EnqueueTimestamp: new Date(at) },
          AgentInfo: { Id: 'agent-shared', ConnectedToAgentTimestamp: new Date(at) },
        },
      });
    shared('queue-mate-1', '2025-02-01T10:00:00.000Z');
    shared('queue-mate-2', '2025-02-01T11:00:00.000Z');

    const timestampsOf = async (cache: InMemoryCache) => {
      const client = createApolloClient(stack.url, cache);
      for (const contactId of ['queue-mate-1', 'queue-mate-2'])
        await client.query({ query: ContactDocument, variables: variables(contactId) });
      const first = await client.query({
        query: ContactDocument,
        variables: variables('queue-mate-1'),
        fetchPolicy: 'cache-only',
      });
      const contact = first.data?.contact;
      return contact?.__typename === 'Contact'
        ? [contact.queue?.enqueueTimestamp, contact.agent?.connectedToAgentTimestamp]
        : [];
    };

    expect(await timestampsOf(createContactCache())).toEqual(['2025-02-01T10:00:00.000Z', '2025-02-01T10:00:00.000Z']);
    // Apollo's default keys them by `id` alone: the second contact's timestamps overwrite the first's.
    const keyedByQueueId = await timestampsOf(new InMemoryCache({ possibleTypes: introspection.possibleTypes }));
    expect(keyedByQueueId).toEqual(['2025-02-01T11:00:00.000Z', '2025-02-01T11:00:00.000Z']);
  });
});
