import { __DEV__ as apolloDevelopmentBuild } from '@apollo/client/utilities/environment';
import type { OperationName } from '@connect-gateway/connect-emulator';
import { type DocumentNode, parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../../operations/examples/apollo-client.ts';
import { createUrqlClient } from '../../operations/examples/urql-client.ts';
import { CONNECT_EXCEPTIONS, type ConnectExceptionRow } from '../../src/connect/exceptions.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { operationDefinitions, rootField, typedDocument } from '../support/operation-documents.ts';
import { useStack } from '../support/stack.ts';
import {
  type MutationFixture,
  OPERATION_FIXTURES,
  type QueryFixture,
  type SubscriptionFixture,
} from './operation-fixtures.ts';

// Every operation in operations/, as a frontend sends it: through Apollo Client 4 and through urql
// with graphcache, each set up exactly as operations/examples/ (and so docs/frontend-guide.md)
// prescribe, against the gateway and the emulator. A client that throws, warns or logs an error,
// or a cache that does not show the change afterwards, fails the operation's test.

// One attempt, so that an injected throttle or 500 reaches the client instead of being retried.
const stack = useStack({ client: { maxAttempts: 1 } });

type Data = Record<string, unknown>;
type Result = { data?: Data | null; errors?: readonly unknown[] };

/** One client library, behind the three things the tests do with it. */
interface Client {
  query(document: DocumentNode, variables: Data, fetch: 'network' | 'cache-only'): Promise<Data | undefined>;
  mutate(document: DocumentNode, variables: Data): Promise<Data | undefined>;
  subscribe(document: DocumentNode, variables: Data, onResult: (result: Result) => void): () => void;
}

const CLIENTS: Record<string, (url: string) => Client> = {
  'Apollo Client 4': (url) => {
    const client = createApolloClient(url);
    return {
      async query(query, variables, fetch) {
        const fetchPolicy = fetch === 'network' ? 'network-only' : 'cache-only';
        return (await client.query<Data>({ query, variables, fetchPolicy })).data;
      },
      async mutate(mutation, variables) {
        return (await client.mutate<Data>({ mutation, variables })).data ?? undefined;
      },
      subscribe(query, variables, onResult) {
        const subscription = client.subscribe<Data>({ query, variables }).subscribe({
          next: (result) => onResult({ data: result.data, errors: result.error ? [result.error] : undefined }),
          error: (error) => onResult({ errors: [error] }),
        });
        return () => subscription.unsubscribe();
      },
    };
  },
  'urql with graphcache': (url) => {
    const client = createUrqlClient(url);
    const answer = ({ data, error }: { data?: Data; error?: Error }) => {
      if (error) throw error;
      return data;
    };
    return {
      async query(query, variables, fetch) {
        const requestPolicy = fetch === 'network' ? 'network-only' : 'cache-only';
        return answer(await client.query<Data>(query, variables, { requestPolicy }).toPromise());
      },
      async mutate(mutation, variables) {
        return answer(await client.mutation<Data>(mutation, variables).toPromise());
      },
      subscribe(query, variables, onResult) {
        const { unsubscribe } = client
          .subscription<Data>(query, variables)
          .subscribe((result) => onResult({ data: result.data, errors: result.error ? [result.error] : undefined }));
        return unsubscribe;
      },
    };
  },
};

// Both clients warn through console.warn and console.error (graphcache's warnings, Apollo's
// development checks): any of them fails the test it happens in.
const consoleOutput: string[] = [];
beforeEach(() => {
  for (const level of ['warn', 'error'] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  stack.emulator.resetStore();
});
afterEach(() => {
  vi.restoreAllMocks();
  const output = consoleOutput.splice(0);
  expect(output, 'console.warn / console.error from a client').toEqual([]);
});

const OPERATIONS = operationDefinitions();

/** A query of one contact's fields, to read them from the network before and from the cache after. */
const readBack = (select: string) =>
  parse(`query ReadBack($instanceId: ID!, $contactId: ID!) {
    contact(instanceId: $instanceId, contactId: $contactId) { __typename ... on Contact { instanceId id ${select} } }
  }`);

// Apollo Client 4 runs its checks (possibleTypes misses, cache data loss) and prints their warnings
// only in its development build, the one the `development` export condition selects. vitest
// resolves that condition, as a development bundler does; plain Node would load the silent build.
it("runs Apollo Client's development build, whose checks warn", () => {
  expect(apolloDevelopmentBuild).toBe(true);
});

it('has a fixture for every operation in operations/, and none for an operation that is gone', () => {
  const names = OPERATIONS.map((o) => o.name).sort();
  expect(names.length).toBeGreaterThanOrEqual(12);
  expect(Object.keys(OPERATION_FIXTURES).sort()).toEqual(names);
});

describe.each(Object.keys(CLIENTS))('%s', (clientName) => {
  const connect = () => CLIENTS[clientName]?.(stack.url) as Client;

  describe.each(OPERATIONS)('$name (operations/$file)', ({ name, operation }) => {
    const fixture = OPERATION_FIXTURES[name];
    const field = rootField(operation);
    const document = () => typedDocument(name);
    const needs = <K extends string>(kind: K) => {
      if (fixture?.kind !== kind)
        throw new Error(
          `${name}: OPERATION_FIXTURES (test/frontend/operation-fixtures.ts) has no ${operation.operation} entry for it`,
        );
      return fixture as Extract<typeof fixture, { kind: K }>;
    };

    if (operation.operation === 'mutation') {
      it('succeeds, and the cached Contact shows the change', async () => {
        const { success } = needs('mutation') as MutationFixture;
        const { cached } = success;
        success.setup?.(stack);
        const client = connect();
        const input = success.variables.input as { contactId?: string; initialContactId?: string };
        const changed = typeof cached.contactId === 'string' ? cached.contactId : String(input.contactId);
        const read = readBack(cached.select);
        if (!cached.creates) {
          const before = await client.query(read, { instanceId: INSTANCE_ID, contactId: changed }, 'network');
          expect(before?.contact).toMatchObject({ __typename: 'Contact', id: changed });
          expect(before?.contact).not.toMatchObject(cached.expected);
        }

        const data = await client.mutate(document(), success.variables);
        const result = data?.[field] as Data | undefined;
        expect(result?.__typename).toBe(`${field.charAt(0).toUpperCase()}${field.slice(1)}Success`);
        const target = typeof cached.contactId === 'string' ? cached.contactId : cached.contactId(result ?? {});

        const after = await client.query(read, { instanceId: INSTANCE_ID, contactId: target }, 'cache-only');
        expect(after?.contact).toMatchObject({
          __typename: 'Contact',
          instanceId: INSTANCE_ID,
          id: target,
          ...cached.expected,
        });
      });

      it('answers a documented error with its message and request id', async () => {
        const { error } = needs('mutation') as MutationFixture;
        const connectOperation = `${field.charAt(0).toUpperCase()}${field.slice(1)}` as OperationName;
        const message = `injected ${error.exception}`;
        stack.emulator.faults.add({
          kind: 'error',
          name: error.exception,
          message,
          operation: connectOperation,
          times: 1,
        });
        const data = await connect().mutate(document(), error.variables);
        // Connect's message reaches the client, except where the gateway answers a fixed one.
        const row: ConnectExceptionRow = CONNECT_EXCEPTIONS[error.exception];
        const expected = row.fixedMessage ?? message;
        expect(data?.[field]).toMatchObject({
          __typename: error.typename,
          message: expected,
          requestId: expect.any(String),
        });
        expect(stack.connectCalls(connectOperation)).toHaveLength(1);
      });
    } else if (operation.operation === 'query') {
      it.each(['success', 'error'] as const)(
        'answers its %s, and reads the same from the cache alone',
        async (outcome) => {
          const { variables, typename } = (needs('query') as QueryFixture)[outcome];
          const client = connect();
          const fromNetwork = await client.query(document(), variables, 'network');
          expect(fromNetwork?.[field]).toMatchObject({
            __typename: typename,
            ...(outcome === 'error' && { message: expect.any(String) }),
          });
          expect(await client.query(document(), variables, 'cache-only')).toEqual(fromNetwork);
        },
      );
    } else {
      it('receives an event without errors', async () => {
        const { variables, trigger } = needs('subscription') as SubscriptionFixture;
        const results: Result[] = [];
        const unsubscribe = connect().subscribe(document(), variables, (result) => results.push(result));
        try {
          // The stream opens a moment after subscribe(): publish until the first event arrives.
          const until = performance.now() + 5_000;
          while (results.length === 0 && performance.now() < until) {
            await trigger(stack);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        } finally {
          unsubscribe();
        }
        expect(results[0]?.errors).toBeUndefined();
        expect(results[0]?.data?.[field]).toEqual(expect.any(Object));
      });
    }
  });
});
