import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloWsClient } from '../../operations/examples/apollo-ws-link.ts';
import { ContactChangedDocument, ContactDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { eventually, metric } from '../subscriptions/support/metrics.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { HS256_ENV, hs256Token } from '../support/tokens.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: HS256_ENV });
});
afterAll(() => stack.close());

const variables = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
const streamsOpen = () => metric(stack.metricsUrl, 'subscription_streams_open{transport="websocket"}');

describe("the guide's Apollo Client with GraphQLWsLink (graphql-ws over WebSocket)", () => {
  it('subscribes over WebSocket with the token in connection_init; another client updates over HTTP; the first sees the change', async () => {
    let tokensAsked = 0;
    const token = () => {
      tokensAsked++;
      return hs256Token();
    };
    const watcher = createApolloWsClient(stack.url, token);
    const received: unknown[] = [];
    const subscription = watcher
      .subscribe({ query: ContactChangedDocument, variables })
      .subscribe((result) => received.push(result.data));
    await eventually(async () => (await streamsOpen()) === 1);
    expect(await metric(stack.metricsUrl, 'websocket_connections_open')).toBe(1);

    const editor = createApolloWsClient(stack.url, token);
    const read = await editor.query({
      query: ContactDocument,
      variables: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
    });
    expect(read.data?.contact).toMatchObject({ __typename: 'Contact', id: ONGOING_CONTACT_ID });
    await editor.mutate({
      mutation: UpdateContactDocument,
      variables: { input: updateInput({ name: 'seen by GraphQLWsLink' }) },
    });
    await eventually(async () => received.length === 1);
    expect(received[0]).toMatchObject({
      contactChanged: {
        contactId: ONGOING_CONTACT_ID,
        operation: 'updateContact',
        changes: [{ field: 'name', value: 'seen by GraphQLWsLink' }],
      },
    });
    // One token for the watcher's connection, one for each of the editor's HTTP requests.
    expect(tokensAsked).toBe(3);
    subscription.unsubscribe();
    await eventually(async () => (await streamsOpen()) === 0);
    // graphql-ws closes its lazy connection once no subscription is left.
    await eventually(async () => (await metric(stack.metricsUrl, 'websocket_connections_open')) === 0);
  });
});

describe('urql with subscriptionExchange and graphql-ws', () => {
  it('subscribes over WebSocket (subscriptions only on the socket) and sees a change made over HTTP', async () => {
    const ws = createClient({
      url: stack.wsUrl,
      connectionParams: async () => ({ authorization: `Bearer ${await hs256Token()}` }),
    });
    const watcher = new Client({
      url: stack.url,
      exchanges: [
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
        fetchExchange,
      ],
    });
    const received: unknown[] = [];
    const { unsubscribe } = watcher
      .subscription(ContactChangedDocument, variables)
      .subscribe((result) => received.push(result.data));
    await eventually(async () => (await streamsOpen()) === 1);
    const editor = createApolloWsClient(stack.url, () => hs256Token());
    await editor.mutate({
      mutation: UpdateContactDocument,
      variables: { input: updateInput({ name: 'seen by urql over ws' }) },
    });
    await eventually(async () => received.length === 1);
    expect(received[0]).toMatchObject({
      contactChanged: { changes: [{ field: 'name', value: 'seen by urql over ws' }] },
    });
    unsubscribe();
    await eventually(async () => (await streamsOpen()) === 0);
    await ws.dispose();
  });
});
