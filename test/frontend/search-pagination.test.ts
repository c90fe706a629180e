import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApolloClient } from '../../operations/examples/apollo-client.ts';
import { SearchContactsDocument, type SearchContactsQuery } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';

// The guide's Apollo cache (operations/examples/apollo-client.ts) pages searchContacts with
// relayStylePagination: fetchMore with the end cursor appends the next page to the cached list.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const input = {
  instanceId: INSTANCE_ID,
  timeRange: { type: 'INITIATION_TIMESTAMP' as const, start: '2025-01-01T00:00:00Z', end: '2025-02-01T00:00:00Z' },
};

it('fetchMore with pageInfo.endCursor merges the second page into the cached first one', async () => {
  const client = createApolloClient(stack.url);
  const watched = client.watchQuery({ query: SearchContactsDocument, variables: { input, first: 4 } });
  // The query runs once it is watched; its first complete result is the first page.
  const first = await new Promise<SearchContactsQuery>((resolve, reject) => {
    const subscription = watched.subscribe({
      next: (result) => {
        if (result.dataState !== 'complete') return;
        subscription.unsubscribe();
        resolve(result.data);
      },
      error: reject,
    });
  });
  const page1 = first.searchContacts;
  if (page1?.__typename !== 'ContactSearchConnection') throw new Error(`got ${page1?.__typename}`);
  expect(page1.edges).toHaveLength(4);
  // The ten contacts of SEED and the detailed one.
  expect(page1.totalCount).toBe(11);

  await watched.fetchMore({ variables: { after: page1.pageInfo.endCursor } });
  const merged = (watched.getCurrentResult().data as SearchContactsQuery | undefined)?.searchContacts;
  if (merged?.__typename !== 'ContactSearchConnection') throw new Error(`got ${merged?.__typename}`);
  const ids = merged.edges.map((edge) => edge.node.id);
  expect(ids).toHaveLength(8);
  expect(new Set(ids).size).toBe(8);
  expect(ids.slice(0, 4)).toEqual(page1.edges.map((edge) => edge.node.id));
  expect(merged.pageInfo.hasNextPage).toBe(true);
  expect(stack.connectCalls('SearchContacts')).toHaveLength(2);
});
