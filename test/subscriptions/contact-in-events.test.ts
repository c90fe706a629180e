import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isObjectType, parse } from 'graphql';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient, createContactCache } from '../../operations/examples/apollo-client.ts';
import { createUrqlClient } from '../../operations/examples/urql-client.ts';
import { ContactChangedDocument, ContactDocument } from '../../operations/generated/graphql.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type RedisServer, startRedisServer } from '../support/redis-server.ts';
import { type Stack, startStack, useStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';
import { eventually, metric } from './support/metrics.ts';
import { readersBlocked } from './support/readers.ts';
import { subscribe } from './support/sse.ts';

// ContactChange.contact: the contact after the change, which client caches merge by its key. What the
// change carries comes from the event; anything else is one DescribeContact per event per replica.

/** A subscription whose `lastUpdateTimestamp` no change carries: it needs the shared read. */
const WITH_READ = `subscription($instanceId: ID!, $contactId: ID) {
  contactChanged(instanceId: $instanceId, contactId: $contactId) {
    source eventType operation
    contact { instanceId id name lastUpdateTimestamp }
  }
}`;

interface ChangedWithRead {
  contactChanged: {
    source: string;
    eventType: string | null;
    operation: string;
    contact: { instanceId: string; id: string; name: string; lastUpdateTimestamp: string | null } | null;
  };
}

/** updateContact selecting no contact: the mutation itself reads nothing back. */
async function rename(stack: Stack, input: Parameters<typeof updateInput>[0]) {
  const response = await stack.post({
    query: 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { __typename } }',
    variables: { i: updateInput(input) },
  });
  expect(await response.json()).toEqual({ data: { updateContact: { __typename: 'UpdateContactSuccess' } } });
}

/** `count` graphql-sse clients (distinct connections mode, each its own request) on one contact; resolves once all are open. */
async function subscribers(stack: Stack, count: number) {
  const received: ChangedWithRead[][] = Array.from({ length: count }, () => []);
  const client = createClient({ url: stack.url, retryAttempts: 0 });
  const before = await metric(stack.metricsUrl, 'subscription_streams_open');
  const stops = received.map((events) =>
    client.subscribe<ChangedWithRead>(
      { query: WITH_READ, variables: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID } },
      {
        next: (result) => {
          expect(result.errors).toBeUndefined();
          if (result.data) events.push(result.data);
        },
        error: (error) => {
          throw error;
        },
        complete: () => undefined,
      },
    ),
  );
  await eventually(
    async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === before + count,
    10_000,
  );
  return {
    received,
    close: () => {
      for (const stop of stops) stop();
      client.dispose();
    },
  };
}

describe('one replica', () => {
  const stack = useStack({ env: { SUBSCRIPTIONS_MAX_PER_SUBJECT: '100' } });

  it("Apollo Client's InMemoryCache holding a contact takes the new name from an event alone: no refetch, no Connect read", async () => {
    const cache = createContactCache();
    const client = createApolloClient(stack.url, cache);
    const key = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
    await client.query({ query: ContactDocument, variables: key });
    const id = cache.identify({ __typename: 'Contact', instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID });
    const fragment = gql`
      fragment CachedName on Contact {
        name
        description
      }
    `;
    expect(cache.readFragment({ id, fragment })).toMatchObject({ name: expect.any(String) });
    const received: unknown[] = [];
    const subscription = client
      .subscribe({ query: ContactChangedDocument, variables: key })
      .subscribe((result) => received.push(result.data));
    await eventually(async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === 1);
    stack.emulator.resetCalls();

    // Another tab renames the contact, through its own request.
    await rename(stack, { name: 'Renamed in another tab', description: 'Set there too' });
    await eventually(async () => received.length === 1);
    expect(received[0]).toMatchObject({
      contactChanged: {
        source: 'GATEWAY',
        eventType: null,
        contact: { __typename: 'Contact', instanceId: INSTANCE_ID, id: ONGOING_CONTACT_ID },
      },
    });
    expect(cache.readFragment({ id, fragment })).toEqual({
      __typename: 'Contact',
      name: 'Renamed in another tab',
      description: 'Set there too',
    });
    // The change carried both fields: only the mutation reached Connect.
    expect(stack.connectCalls().map((call) => call.operation)).toEqual(['UpdateContact']);
    subscription.unsubscribe();
    await eventually(async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === 0);
  });

  it("urql's graphcache holding a contact takes the new name from an event alone", async () => {
    const client = createUrqlClient(stack.url);
    const key = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
    await client.query(ContactDocument, key).toPromise();
    const cachedName = () => {
      const cached = client.readQuery(ContactDocument, key, { requestPolicy: 'cache-only' })?.data?.contact;
      return cached?.__typename === 'Contact' ? cached.name : undefined;
    };
    const received: unknown[] = [];
    const { unsubscribe } = client
      .subscription(ContactChangedDocument, key)
      .subscribe((result) => received.push(result.data));
    await eventually(async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === 1);
    stack.emulator.resetCalls();
    await rename(stack, { name: 'Renamed for urql', description: 'Described for urql' });
    await eventually(async () => received.length === 1);
    expect(cachedName()).toBe('Renamed for urql');
    expect(stack.connectCalls().map((call) => call.operation)).toEqual(['UpdateContact']);
    unsubscribe();
    await eventually(async () => (await metric(stack.metricsUrl, 'subscription_streams_open')) === 0);
  });

  it('100 graphql-sse subscribers, one mutation: exactly 1 DescribeContact, and all 100 get the contact', async () => {
    const { received, close } = await subscribers(stack, 100);
    try {
      stack.emulator.resetCalls();
      await rename(stack, { name: 'Seen by a hundred' });
      await eventually(async () => received.every((events) => events.length === 1), 10_000);
      for (const [event] of received)
        expect(event).toEqual({
          contactChanged: {
            source: 'GATEWAY',
            eventType: null,
            operation: 'updateContact',
            contact: {
              instanceId: INSTANCE_ID,
              id: ONGOING_CONTACT_ID,
              name: 'Seen by a hundred',
              lastUpdateTimestamp: expect.any(String),
            },
          },
        });
      expect(stack.connectCalls('DescribeContact')).toHaveLength(1);
      expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    } finally {
      close();
    }
  });

  it('a read that fails answers that event with a null contact and the Connect error; the stream goes on', async () => {
    const stream = await subscribe(stack.url, parse(WITH_READ) as TypedDocumentNode<ChangedWithRead>, {
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
    });
    try {
      stack.emulator.faults.add({
        kind: 'error',
        name: 'ResourceNotFoundException',
        times: 1,
        operation: 'DescribeContact',
      });
      await rename(stack, { name: 'Read refused' });
      const failed = await stream.next();
      expect(failed.event === 'next' && failed.data.data?.contactChanged.contact).toBeNull();
      expect(failed.event === 'next' && failed.data.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [['contactChanged', 'contact'], 'RESOURCE_NOT_FOUND'],
      ]);
      await rename(stack, { name: 'Read again' });
      const next = await stream.next();
      expect(next.event === 'next' && next.data.data?.contactChanged.contact?.name).toBe('Read again');
    } finally {
      stream.close();
    }
  });
});

describe('with CONNECT_QUOTAS', () => {
  // DescribeContact at 1/s, burst 2; a 1.5 s deadline lets a call wait at most its first half:
  // three reads at once cannot all be served.
  const stack = useStack({ env: { CONNECT_QUOTAS: 'DescribeContact=1/2', GRAPHQL_DEADLINE_MS: '1500' } });

  it("the events' reads take DescribeContact's budget: past it an event's contact is THROTTLING, and Connect is not called", async () => {
    const stream = await subscribe(stack.url, parse(WITH_READ) as TypedDocumentNode<ChangedWithRead>, {
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
    });
    try {
      // At once, so that the three reads come within the burst and well before a new token.
      await Promise.all(['First', 'Second', 'Third'].map((name) => rename(stack, { name })));
      const results = [await stream.next(), await stream.next(), await stream.next()].map((event) =>
        event.event === 'next'
          ? [event.data.data?.contactChanged.contact?.name ?? null, event.data.errors?.[0]?.extensions?.code]
          : event.event,
      );
      // How many the window admits at once depends on timing; each one refused reached no Connect.
      const read = results.filter(([name]) => name !== null);
      const refused = results.filter(([name]) => name === null);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      for (const entry of refused) expect(entry).toEqual([null, 'THROTTLING']);
      expect(stack.connectCalls('DescribeContact')).toHaveLength(read.length);
      const refusedBy = (reason: string) =>
        metric(stack.metricsUrl, `connect_quota_refused_total{operation="DescribeContact",reason="${reason}"}`);
      expect((await refusedBy('deadline')) + (await refusedBy('deadline_waited'))).toBe(refused.length);
    } finally {
      stream.close();
    }
  });
});

describe('a subscriber without contacts:read', () => {
  const stack = useStack({ env: HS256_ENV });

  it('ContactChange.contact declares contacts:read itself, whatever the subscription asks', () => {
    const type = buildSchema().getType('ContactChange');
    const field = isObjectType(type) ? type.getFields().contact : undefined;
    expect((field?.extensions.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes).toEqual({
      'contacts:read': true,
    });
  });

  it('cannot select the contact: refused with FORBIDDEN, and Connect is not called', async () => {
    const headers = bearer(await hs256Token({ scope: 'contacts:write' }));
    const stream = await subscribe(
      stack.url,
      ContactChangedDocument,
      { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
      headers,
    );
    const first = await stream.next();
    expect(first.event === 'next' && first.data.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stream.next()).toEqual({ event: 'complete' });
    expect(stack.connectCalls()).toEqual([]);
  });
});

describe('two replicas sharing a real redis-server', () => {
  let redis: RedisServer;
  let replicas: Stack[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { REDIS_URL: redis.url, SUBSCRIPTIONS_MAX_PER_SUBJECT: '100' };
    // Each replica has its own emulator, so each one's received calls are that replica's reads.
    replicas = await Promise.all([startStack({ env }), startStack({ env })]);
  }, 30_000);
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await redis?.stop();
  });

  it('one mutation through one replica: each replica reads the contact once for all of its 20 subscribers', async () => {
    const groups = await Promise.all(replicas.map((replica) => subscribers(replica, 20)));
    try {
      // Both replicas read the change stream before the change is made.
      await readersBlocked(redis.url, 2);
      for (const replica of replicas) replica.emulator.resetCalls();
      await rename(replicas[0]!, { name: 'Seen on both replicas' });
      await eventually(
        async () => groups.every(({ received }) => received.every((events) => events.length === 1)),
        10_000,
      );
      for (const { received } of groups)
        for (const [event] of received) expect(event?.contactChanged.contact?.name).toBe('Seen on both replicas');
      for (const replica of replicas) expect(replica.connectCalls('DescribeContact')).toHaveLength(1);
    } finally {
      for (const group of groups) group.close();
      // Closed before the stacks, whose Redis connections would refuse the streams' UNSUBSCRIBE.
      for (const replica of replicas)
        await eventually(async () => (await metric(replica.metricsUrl, 'subscription_streams_open')) === 0);
    }
  });
});
