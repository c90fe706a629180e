import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient } from '../../operations/examples/apollo-client.ts';
import { createUrqlClient } from '../../operations/examples/urql-client.ts';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { eventually, metric } from '../subscriptions/support/metrics.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const variables = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
const streamsOpen = () => metric(stack.metricsUrl, 'subscription_streams_open');

describe("the guide's clients subscribe over Server-Sent Events", () => {
  it('Apollo Client (SSELink): one tab subscribes, another updates, the first sees the change', async () => {
    const watcher = createApolloClient(stack.url);
    const received: unknown[] = [];
    const subscription = watcher
      .subscribe({ query: ContactChangedDocument, variables })
      .subscribe((result) => received.push(result.data));
    await eventually(async () => (await streamsOpen()) === 1);
    const editor = createApolloClient(stack.url);
    await editor.mutate({
      mutation: UpdateContactDocument,
      variables: { input: updateInput({ name: 'seen by Apollo' }) },
    });
    await eventually(async () => received.length === 1);
    expect(received[0]).toMatchObject({
      contactChanged: {
        contactId: ONGOING_CONTACT_ID,
        operation: 'updateContact',
        changes: [{ field: 'name', value: 'seen by Apollo' }],
      },
    });
    subscription.unsubscribe();
    await eventually(async () => (await streamsOpen()) === 0);
  });

  it('urql (fetchSubscriptions): the same', async () => {
    const watcher = createUrqlClient(stack.url);
    const received: unknown[] = [];
    const { unsubscribe } = watcher
      .subscription(ContactChangedDocument, variables)
      .subscribe((result) => received.push(result.data));
    await eventually(async () => (await streamsOpen()) === 1);
    const editor = createUrqlClient(stack.url);
    await editor.mutation(UpdateContactDocument, { input: updateInput({ name: 'seen by urql' }) }).toPromise();
    await eventually(async () => received.length === 1);
    expect(received[0]).toMatchObject({
      contactChanged: {
        contactId: ONGOING_CONTACT_ID,
        operation: 'updateContact',
        changes: [{ field: 'name', value: 'seen by urql' }],
      },
    });
    unsubscribe();
    await eventually(async () => (await streamsOpen()) === 0);
  });
});
